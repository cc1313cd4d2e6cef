/**
 * Generated Markdown never makes lint() throw; every finding's range lies inside the
 * document and round-trips through line/column and offset; applying any suggestion
 * yields text that still lints without throwing. A fixed seed keeps `npm test`
 * reproducible; `npm run fuzz` runs many more cases (FUZZ_RUNS).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, lintDocument, applyEdits } from '../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

const words = fc.constantFrom(
  'we', 'our', 'you', 'your', 'price', '$48,000', '480万円', 'cheapest', 'the lowest we can go', 'final offer', 'act now', 'world-class',
  '貴社', '弊社', '最安値', 'これ以下の価格では', '業界トップクラス', '今だけ', 'report', 'survey', 'phased payment', '分割払い', 'good faith',
  'BATNA', 'walk-away', '2027-03-31', 'because', 'ため', 'e.g.', '3.5%', '。', '.', '!', '?', '\u200b', 'e\u0301', 'مرحبا', '👋🏽', '\u0000', '\u0007',
);
const inline = fc.oneof(
  fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('**bold**', '*em*', '`code`', '[link](http://x)', '<!-- internal -->', '<!-- /internal -->', '<!-- proposal-lint-disable -->', '<!-- proposal-lint-disable-next-line exposed-batna -- why -->', '\\*', '&amp;', '<br>'),
);
const block = fc.oneof(
  inline,
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('Investment', 'Why us', 'Your situation', 'Terms', 'Next steps', 'Internal notes', 'お見積り', '弊社について', '今後の進め方', '社内メモ', 'Value-added services'), inline).map(([d, h, t]) => `${'#'.repeat(d)} ${h} ${t}`),
  fc.array(inline, { minLength: 1, maxLength: 5 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `> ${i}`).join('\n')),
  fc.tuple(inline, inline).map(([a, b]) => `| Item | Price |\n|---|---|\n| ${a} | ${b} |`),
  inline.map((c) => `\`\`\`\n${c}\n\`\`\``),
  fc.constantFrom('---', '<!-- internal -->', '<!-- /internal -->', '***', ''),
);
const frontMatter = fc.oneof(fc.constant(''), fc.constantFrom('---\nbatna: x\n---\n', '---\nproposal: true\nstage: final\nclient: Acme\n---\n', '---\nlang: ja\n---\n', '---\nbroken: [\n---\n', '---\n'));
const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const document = fc.tuple(frontMatter, fc.array(block, { maxLength: 14 }), eol).map(([fm, blocks, nl]) => fm + blocks.join(nl + nl).replace(/\n/g, nl));

function check(text: string): void {
  const { findings, model } = lintDocument(text);
  for (const f of findings) {
    assert.ok(f.startOffset >= 0 && f.startOffset <= f.endOffset && f.endOffset <= text.length, `range inside: ${f.ruleId}`);
    assert.deepEqual(model.toPoint(f.startOffset), { line: f.line, column: f.column });
    assert.equal(model.toOffset(f.line, f.column), f.startOffset, 'line/column round-trips to the offset');
    for (const s of f.suggestions ?? []) {
      for (const e of s.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
      lint(applyEdits(text, s.edits));
    }
  }
}

describe('fuzzing lint()', function () {
  this.timeout(600_000);
  it(`never throws, ranges are sound, suggestions apply (${RUNS} generated documents, seed ${SEED})`, () => {
    fc.assert(fc.property(document, (text) => check(text)), { numRuns: RUNS, seed: SEED });
  });

  it('survives deep nesting, long lines, unbalanced front matter and unterminated internal blocks', () => {
    const cases = [
      '> '.repeat(2000) + 'deep quote',
      Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 60)}- item ${i}`).join('\n'),
      '> '.repeat(10_000) + 'ten thousand levels deep',
      '- '.repeat(10_000) + 'ten thousand levels deep',
      'word '.repeat(20_000),
      '---\nbatna: x\nno closing fence\n# Title\n',
      '# P\n\n<!-- internal -->\n\nThe lowest we can go is $38,000.\n',
      '<!--'.repeat(5000),
      '|'.repeat(10_000),
      '\r'.repeat(5000) + 'x',
    ];
    for (const text of cases) check(text);
    const deep = lint('> '.repeat(10_000) + 'x');
    assert.deepEqual(deep.map((f) => `${f.line}:${f.column} ${f.ruleId}/${f.messageId}`), ['1:1 internal-error/tooDeep']);
    assert.equal(deep[0]!.message, 'Quotes or lists are nested too deeply to analyse; this file was not checked. Reduce the nesting.');
  });
});
