/**
 * Issue 12: one example per bug the fix property (test/fix-properties.test.ts) found in the
 * edits the linter offers.
 */
import assert from 'node:assert/strict';
import { applyEdits, disableFileEdit, disableLineEdit, lintDocument, type Finding } from '../src/index.js';

const finding = (findings: Finding[], ruleId: string) => {
  const f = findings.find((g) => g.ruleId === ruleId);
  assert.ok(f, `no ${ruleId} finding`);
  return f;
};

describe('offered edits (issue 12)', () => {
  it('a section inserted at the end goes before a code fence left unclosed, not into it', () => {
    const text = '# Proposal\n\nThe price is $48,000.\n\n```\nunclosed code\n';
    const { findings } = lintDocument(text);
    const edit = finding(findings, 'missing-next-steps').suggestions![0]!.edits[0]!;
    assert.equal(edit.start, text.indexOf('```'));
    const after = applyEdits(text, [edit]);
    assert.ok(after.endsWith('\n\n```\nunclosed code\n'), after);
    const code = lintDocument(after).model.tree.children.filter((c) => c.type === 'code');
    assert.deepEqual(code.map((c) => c.type === 'code' && c.value), ['unclosed code']);
    assert.equal(lintDocument(after).findings.filter((f) => f.ruleId === 'missing-next-steps' && f.messageId === 'missing').length, 0);
  });

  it('an unclosed HTML comment at the end is kept out of the same way', () => {
    const text = '# Proposal\n\nThe price is $48,000.\n\n<!-- internal\n\nnotes\n';
    const { findings } = lintDocument(text);
    const edit = finding(findings, 'missing-next-steps').suggestions![0]!.edits[0]!;
    assert.equal(edit.start, text.indexOf('<!--'));
  });

  it('a CR-only document gets CR line breaks in inserted sections and front matter', () => {
    const text = '# Proposal\r\rThe price is $48,000.\r\rMore.\r';
    const { findings } = lintDocument(text);
    for (const ruleId of ['missing-next-steps', 'missing-batna']) {
      const inserted = finding(findings, ruleId).suggestions![0]!.edits.map((e) => e.text).join('');
      assert.ok(inserted.includes('\r') && !inserted.includes('\n'), `${ruleId}: ${JSON.stringify(inserted)}`);
    }
  });

  it('"disable for this line" in a CR-only document ends the finding\'s line, not the file', () => {
    const text = '# Proposal\r\rThe price is $48,000.\r\rMore.\r';
    const { findings, model } = lintDocument(text);
    const f = finding(findings, 'missing-next-steps');
    const edit = disableLineEdit(model, f)!;
    assert.equal(edit.start, '# Proposal'.length);
    const after = applyEdits(text, [edit]);
    assert.equal(lintDocument(after).findings.filter((g) => g.ruleId === 'missing-next-steps').length, 0);
  });

  // A letter this short is not asked for next steps: the document-level finding here is the missing walk-away point.
  it('"disable for this line" is not offered on a fence\'s opening line (it would become the info string)', () => {
    const text = '```\ncode\n```\n\nThe price is $48,000.\n';
    const { findings, model } = lintDocument(text);
    const f = finding(findings, 'missing-batna');
    assert.equal(f.line, 1);
    assert.equal(disableLineEdit(model, f), null);
    // For the file it still is, and the fence is untouched.
    const after = applyEdits(text, [disableFileEdit(model, f.ruleId)!]);
    assert.ok(after.includes('```\ncode\n```\n'));
    assert.equal(lintDocument(after).findings.filter((g) => g.ruleId === 'missing-batna').length, 0);
  });

  it('"disable for this line" on a whitespace-only line goes at its start (four spaces and a comment are code)', () => {
    const text = '    \nThe price is $48,000.\n';
    const { findings, model } = lintDocument(text);
    const f = finding(findings, 'missing-batna');
    const edit = disableLineEdit(model, f)!;
    assert.deepEqual({ start: edit.start, end: edit.end }, { start: 0, end: 0 });
    const after = applyEdits(text, [edit]);
    assert.equal(lintDocument(after).model.tree.children.some((c) => c.type === 'code'), false);
    assert.equal(lintDocument(after).findings.filter((g) => g.ruleId === 'missing-batna').length, 0);
  });

  it('no "disable" edits for findings no directive silences (invalid-directive and the like)', () => {
    const text = '# Proposal\n\nHi <!-- proposal-lint-disable-line no-such-rule -->\n';
    const { findings, model } = lintDocument(text);
    const f = finding(findings, 'invalid-directive');
    assert.equal(disableLineEdit(model, f), null);
    assert.equal(disableFileEdit(model, f.ruleId), null);
    assert.equal(disableFileEdit(model, 'invalid-front-matter'), null);
    assert.ok(disableFileEdit(model, 'missing-batna'));
  });
});
