import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, applyEdits, type Finding } from '../src/index.js';

const DIR = path.resolve(import.meta.dirname, 'fixtures');
const MARKER = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

/**
 * Expected findings from `<!-- expect: rule-id[, rule-id/messageId] -->` markers: a marker
 * at the end of a line expects them on that line; a marker alone on a line expects them
 * on the next line. Markers are HTML comments, so the fixtures render cleanly.
 */
export function expectations(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(MARKER)) {
      const alone = line.replace(MARKER, '').trim() === '';
      const target = alone ? i + 2 : i + 1;
      for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${target} ${id}`);
    }
  });
  return out.sort();
}

function actual(findings: Finding[], expected: string[]): string[] {
  return findings.map((f) => {
    const withMessage = `${f.line} ${f.ruleId}/${f.messageId}`;
    return expected.includes(withMessage) ? withMessage : `${f.line} ${f.ruleId}`;
  }).sort();
}

describe('fixture proposals', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
  it('has fixtures in both languages', () => {
    assert.ok(files.some((f) => f.includes('.ja.')) && files.some((f) => f.includes('.en.')));
  });
  for (const file of files) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    describe(file, () => {
      it('raises exactly the findings its markers expect', () => {
        const expected = expectations(text);
        assert.deepEqual(actual(lint(text), expected), expected);
      });
      it('every suggestion applies cleanly and removes its own finding', () => {
        for (const f of lint(text)) {
          for (const s of f.suggestions ?? []) {
            const after = applyEdits(text, s.edits);
            const again = lint(after).filter((g) => g.ruleId === f.ruleId && g.messageId === f.messageId);
            const before = lint(text).filter((g) => g.ruleId === f.ruleId && g.messageId === f.messageId);
            assert.ok(again.length < before.length, `${file}: "${s.desc}" left ${f.ruleId}/${f.messageId} in place`);
          }
        }
      });
    });
  }
  describe('the bundled examples', () => {
    for (const name of ['strong-proposal-en.md', 'strong-proposal-ja.md']) {
      it(`${name} lints clean`, () => {
        const text = fs.readFileSync(path.resolve(DIR, '../../examples', name), 'utf8');
        assert.deepEqual(lint(text).map((f) => `${f.line}:${f.column} ${f.ruleId}/${f.messageId}`), []);
      });
    }
    for (const [name, lang] of [['draft-proposal-en.md', 'en'], ['draft-proposal-ja.md', 'ja']]) {
      it(`${name} gets the four headline findings, in ${lang}`, () => {
        const findings = lint(fs.readFileSync(path.resolve(DIR, '../../examples', name!), 'utf8'));
        const ids = new Set(findings.map((f) => `${f.ruleId}/${f.messageId}`));
        for (const id of ['missing-batna/missing', 'price-only-framing/competing', 'price-only-framing/noValue', 'missing-value-add/missing', 'weak-credibility-statement/tooLongWords', 'weak-credibility-statement/superlative', 'weak-credibility-statement/noProof', 'exposed-batna/exposed']) {
          const want = lang === 'ja' ? id.replace('tooLongWords', 'tooLongChars') : id;
          assert.ok(ids.has(want), `${name} lacks ${want}`);
        }
        assert.ok(findings.every((f) => f.lang === lang), 'messages in the document language');
      });
    }
  });
});
