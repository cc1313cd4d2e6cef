/** lintFile: everything a front end shows, so the editor's worker answer is complete. */
import assert from 'node:assert/strict';
import { lintFile } from '../src/app/lint.js';
import { buildModel, disableFileEdit, disableLineEdit } from '../src/index.js';

describe('lintFile (the application layer)', () => {
  const text = '---\nclient: Acme\n---\n\n# P\n\nThe lowest we can go is $38,000.\n';
  it('carries the disable edits of every finding, as the model would give them', () => {
    const r = lintFile(text);
    const model = buildModel(text);
    assert.equal(r.disable.length, r.findings.length);
    r.findings.forEach((f, i) => {
      assert.deepEqual(r.disable[i]!.line, f.documentLevel ? null : disableLineEdit(model, f));
      assert.deepEqual(r.disable[i]!.file, disableFileEdit(model, f.ruleId));
    });
    assert.ok(r.disable.some((d) => d.line !== null), 'a line finding can be silenced on its line');
  });
  it('is plain data a worker can post (structured clone)', () => {
    const { findings, readiness, frontMatter, disable } = lintFile(text);
    assert.deepEqual(structuredClone({ findings, readiness, frontMatter, disable }), { findings, readiness, frontMatter, disable });
  });
  it('readiness with the same lexicon as the lint', () => {
    const lexicon = { batna: { en: ['line in the sand'] } };
    const t = '# P\n\n<!-- internal -->\nOur line in the sand is $40,000.\n<!-- /internal -->\n';
    assert.ok(lintFile(t, { lexicon }).readiness.covered.includes('our-position'));
    assert.ok(!lintFile(t).readiness.covered.includes('our-position'));
  });
});
