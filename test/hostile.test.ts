/**
 * Hostile input (issue 12): shapes that used to hang, crash or mislead, each refused or
 * handled quickly with one clear message. The slow shapes are in test/slow/hostile-*.test.ts.
 */
import assert from 'node:assert/strict';
import { lint, lintDocument, applyEdits, disableFileEdit, buildModel, ConfigError, type Finding, type LintOptions } from '../src/index.js';
import { nestingDepth, MAX_NESTING } from '../src/engine/parse.js';
import { bodyDepth } from '../src/engine/shapes.js';
import type { ProposalModel } from '../src/engine/types.js';

const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};
const internal = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.messageId);

describe('hostile input: nesting', () => {
  it('refuses 10,000 ordered-list markers on one line quickly, as nested too deeply', () => {
    const text = '1. '.repeat(10000) + 'x';
    assert.ok(nestingDepth(text) > MAX_NESTING);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('refuses 4,000 "- 1. " (bullets and ordered markers mixed) quickly', () => {
    const text = '- 1. '.repeat(4000);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('counts "1)" markers and list items continued by indentation', () => {
    assert.equal(nestingDepth('1) 2) 3) x'), 3);
    assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
    assert.equal(nestingDepth('> - 1. x'), 3);
    // Numbers in text are no markers.
    assert.equal(nestingDepth('2024 was a year. 3.5% more.'), 0);
  });

  it('does not take indentation alone for nesting: one line indented by 2,002 spaces is checked', () => {
    const text = '# Proposal\n\nWe propose a programme.\n\n' + ' '.repeat(2002) + 'indented text\n';
    assert.equal(nestingDepth(text), 0);
    const findings = lint(text);
    assert.deepEqual(internal(findings), []);
    assert.ok(findings.some((f) => f.ruleId === 'missing-next-steps'));
  });

  it('finds the body depth of 200,000 headings without a spread (no stack overflow)', () => {
    const sections = Array.from({ length: 200_000 }, (_, i) => ({ heading: {}, depth: i === 0 ? 1 : 2 }));
    assert.equal(bodyDepth({ sections } as unknown as ProposalModel), 2);
    const flat = Array.from({ length: 200_000 }, () => ({ heading: {}, depth: 3 }));
    assert.equal(bodyDepth({ sections: flat } as unknown as ProposalModel), 3);
  });
});

describe('hostile input: a byte-order mark', () => {
  const TEXT = '---\nproposal: true\n---\n\n# Investment\n\nThe lowest we can go is $38,000.\n\n## Next steps\n\nWe call you.\n';

  it('lint() ignores a leading BOM: the same findings, positions and edits as without it', () => {
    const plain = lint(TEXT);
    assert.ok(plain.some((f) => f.ruleId === 'exposed-batna'));
    assert.deepEqual(lint('\ufeff' + TEXT), plain);
    assert.deepEqual(lint('\ufeffThe lowest we can go is $38,000.\n'), lint('The lowest we can go is $38,000.\n'));
  });

  it('positions refer to the text without the BOM (the model text lintDocument returns)', () => {
    const { model, findings } = lintDocument('\ufeff' + TEXT);
    assert.equal(model.text, TEXT);
    const leak = findings.find((f) => f.ruleId === 'exposed-batna')!;
    assert.equal(model.text.slice(leak.startOffset, leak.endOffset), 'The lowest we can go');
    assert.equal(model.frontMatter?.start, 0);
    assert.equal(model.text.slice(model.frontMatter!.bodyStart, model.frontMatter!.bodyEnd), 'proposal: true\n');
  });

  it('"disable for this file" after a BOM goes below the front matter, not inside its closing ---', () => {
    const text = '\ufeff' + TEXT;
    const model = buildModel(text);
    const out = applyEdits(text, [disableFileEdit(model, 'missing-batna')]);
    assert.equal(out, '\ufeff---\nproposal: true\n---\n\n<!-- proposal-lint-disable-file missing-batna -->\n\n# Investment\n\nThe lowest we can go is $38,000.\n\n## Next steps\n\nWe call you.\n');
    const fm = model.frontMatter!;
    assert.equal(text.slice(fm.start, fm.end), '\ufeff---\nproposal: true\n---');
  });
});

describe('hostile input: front matter', () => {
  it('malformed YAML gets one invalid-front-matter warning at the error, in English', () => {
    const text = '---\nbatna: [below $30,000\n---\n\n# Proposal\n\nWe propose a programme.\n';
    const found = lint(text).filter((f) => f.ruleId === 'invalid-front-matter');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.severity, 'warning');
    assert.equal(f.lang, 'en');
    assert.match(f.message, /^The front matter is not valid YAML \(.+\), so none of its settings/);
    assert.deepEqual([f.line, f.column], [2, 22]); // the end of "batna: [below $30,000"
  });

  it('the warning is in Japanese for a Japanese proposal', () => {
    const text = '---\na: 1\n  b: 2\n---\n\n# ご提案\n\n貴社の課題を解決いたします。弊社の研修で成果を上げます。\n';
    const f = lint(text).find((x) => x.ruleId === 'invalid-front-matter')!;
    assert.equal(f.lang, 'ja');
    assert.match(f.message, /^フロントマターが YAML として正しくありません/);
    assert.equal(f.line, 2);
  });

  it('valid front matter gets no such warning', () => {
    assert.equal(lint('---\nbatna: x\n---\n\n# P\n').filter((f) => f.ruleId === 'invalid-front-matter').length, 0);
  });

  it('reads front matter with CR-only line endings', () => {
    const text = '---\rbatna: "Below $30,000 we decline"\rproposal: true\r---\r\r# Proposal\r\rWe propose a programme.\r';
    const { model, findings } = lintDocument(text);
    assert.deepEqual(model.frontMatter?.data, { batna: 'Below $30,000 we decline', proposal: true });
    assert.equal(text.slice(model.frontMatter!.bodyStart, model.frontMatter!.bodyEnd), 'batna: "Below $30,000 we decline"\rproposal: true\r');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'missing-batna' || f.ruleId === 'invalid-front-matter'), []);
  });
});

describe('hostile input: library arguments', () => {
  const rejects = (f: () => unknown, pattern: RegExp) => assert.throws(f, (e: unknown) => e instanceof ConfigError && pattern.test(e.message));
  it('rejects a text that is not a string with a ConfigError, not a TypeError', () => {
    rejects(() => lint(undefined as unknown as string), /^lint\(\) takes the Markdown text as a string \(got undefined\)\.$/);
    rejects(() => lint(Buffer.from('x') as unknown as string), /as a string \(got an object\)/);
  });
  it('rejects unusable options by name', () => {
    rejects(() => lint('x', { language: 'fr' as 'en' }), /^Option "language" must be "auto", "en" or "ja" \(got "fr"\)\.$/);
    rejects(() => lint('x', { client: 123 as unknown as string }), /^Option "client" must be a name or a list of names \(got 123\)\.$/);
    rejects(() => lint('x', 'strict' as unknown as LintOptions), /^lint\(\) options must be an object/);
    rejects(() => lint('x', { rules: ['a'] as unknown as LintOptions['rules'] }), /^Option "rules" must be an object/);
    rejects(() => lint('x', { lexicon: { addon: { en: 'Insight Pack' } } as unknown as LintOptions['lexicon'] }), /lists of literal phrases/);
  });
  it('still accepts null options and every valid option', () => {
    assert.ok(Array.isArray(lint('# P\n', null as unknown as LintOptions)));
    assert.ok(Array.isArray(lint('# P\n', { language: 'ja', client: ['Kestrel'], lexicon: { addon: { en: ['Insight Pack'] } }, requireReason: true })));
  });
});
