/**
 * The generators and properties shared by the quick runs in `npm test` (test/fuzz.test.ts,
 * test/incremental.test.ts) and the long runs in `npm run test:slow` (test/slow/).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lint, lintDocument, applyEdits, ParseCache } from '../src/index.js';
import { parseSectioned } from '../src/engine/incremental.js';
import { parseMarkdown } from '../src/engine/parse.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The examples, the fixtures and the hand-made corpus, and every 12th file of the outside writers' rounds
 * (test/slow/incremental.test.ts reads them all with `all`: the dev corpus is near 900 files and would take npm test
 * over its minute).
 */
export function corpus(all = false): Array<[string, string]> {
  const dirs = ['examples', 'test/fixtures', 'test/corpus/en', 'test/corpus/ja'];
  const outside = (name: string) => /\/[a-z]{1,2}\d\d-/.test(name);
  return dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.md')).sort().map((f) => `${d}/${f}`))
    .filter((name, i) => all || !outside(name) || i % 12 === 0)
    .map((name) => [name, fs.readFileSync(path.join(ROOT, name), 'utf8')] as [string, string]);
}

// ---- lint() on generated Markdown (test/fuzz.test.ts)

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
export const document = fc.tuple(frontMatter, fc.array(block, { maxLength: 14 }), eol).map(([fm, blocks, nl]) => fm + blocks.join(nl + nl).replace(/\n/g, nl));

/** `relint`: also lint the text after each suggestion (the costly part: one lint per suggestion). */
export function check(text: string, relint = true): void {
  const { findings, model } = lintDocument(text);
  for (const f of findings) {
    assert.ok(f.startOffset >= 0 && f.startOffset <= f.endOffset && f.endOffset <= text.length, `range inside: ${f.ruleId}`);
    assert.deepEqual(model.toPoint(f.startOffset), { line: f.line, column: f.column });
    assert.equal(model.toOffset(f.line, f.column), f.startOffset, 'line/column round-trips to the offset');
    for (const s of f.suggestions ?? []) {
      for (const e of s.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
      if (relint) lint(applyEdits(text, s.edits));
    }
  }
}

// ---- sectioned parsing and linting (test/incremental.test.ts)

export const same = (text: string) => {
  const whole = parseMarkdown(text);
  assert.deepEqual(new ParseCache(0).parse(text), whole);
  assert.deepEqual(parseSectioned(text, 0), whole);
};
/**
 * lint() parses sections independently by default (documents of 16,000 characters and
 * more), the editor's ParseCache always does; `sectioned: false` parses the document whole.
 */
export const sameFindings = (text: string) => {
  const whole = lint(text, { sectioned: false });
  assert.deepEqual(lint(text, { parseCache: new ParseCache(0) }), whole);
  assert.deepEqual(lint(text), whole);
};

const line = fc.oneof(
  fc.constantFrom('# Title', '## Investment', '### Sub', '#nospace', ' # indented', 'Plain text with **bold**.', '- item', '  - nested', '> quote', '> # heading in quote',
    '```', '~~~', '```js', '<!-- comment', 'still comment', '-->', '<!-- one line -->', '<pre>', '</pre>', '<div>', '</div>', '| a | b |', '|---|---|', '| 1 | 2 |',
    '---', 'batna: x', '***', 'Setext', '===', '1. one', '[link](http://x)', 'http://example.com', '', '', '',
    '## Next steps', '## 費用', 'The price is $40,000, our best price.', 'This is our final offer.', '弊社は業界最高水準です。', '貴社の課題は', '<!-- internal -->', '<!-- /internal -->',
    '<!-- proposal-lint-disable-next-line -->', 'Offer expires soon.', '- Dashboards', '- SSO',
    '...', '--- ', '----', '> [q]: http://quoted', 'See [q] and [l].', '# comment after a blank line',
    // Shapes that once fell off the incremental path (issue 14): definitions and footnotes, setext
    // headings, HTML blocks, fences in list items, headings without a blank line above them.
    '[l]: http://example.com', '[Q]: <http://q> "title"', '- [l]: http://in-a-list', '[^1]: A footnote.', '    continued footnote', 'A claim[^1] and [L] and [l][].', '[^2]',
    'Title', '=====', '-----', '___', '* * *', '<details>', '</details>', '<span>', '<div class="x">', '<!--', '<https://autolink.example>',
    '  ```', '   ~~~~', '- ```', '`````', '```a`b', '    indented code', '1) one', '2. two', '+ plus'),
  fc.string({ maxLength: 20 }),
);
export const incrementalDoc = fc
  .tuple(fc.constantFrom('', '', '', '\ufeff'), fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\n', '\n', '\r\n'))
  .map(([bom, l, nl]) => bom + l.join(nl));

/** Random edits to a proposal: the editor's incremental findings equal full findings after each. */
export function incrementalEdits(runs: number, seed: number): void {
  const base = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
  const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('x', ' cheapest ', '\n', '\n\n## New\n\n', 'The lowest we can go is $1. ', '`', '<!--', '-->', '```\n', '')), { minLength: 10, maxLength: 40 });
  fc.assert(fc.property(edits, (steps) => {
    const cache = new ParseCache(0); // split even this short proposal into sections
    let text = base;
    lint(text, { parseCache: cache });
    for (const [at, del, ins] of steps) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + ins + text.slice(Math.min(text.length, start + del));
      assert.deepEqual(lint(text, { parseCache: cache }), lint(text));
    }
  }), { numRuns: runs, seed });
}

/** Lines that make a super-linear lexicon pattern show itself (test/lexicon.test.ts, test/slow/lexicon-linear.test.ts). */
export function adversarialLines(n: number): string[] {
  return ['a'.repeat(n), '1,'.repeat(n / 2), 'あ'.repeat(n), ' '.repeat(n / 2) + 'x', '¥' + '9'.repeat(n), 'walk '.repeat(n / 5), '-'.repeat(n)];
}
