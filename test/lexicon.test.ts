import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CONCEPTS, ConceptMatcher, LEXICON_FILES, Lexicon } from '../src/lexicon/index.js';
import type { LexiconEntry, LexiconFile } from '../src/lexicon/index.js';
import { adversarialLines } from './properties.js';

/**
 * Patterns must stay linear: no capturing groups, no back-references, and no
 * unbounded quantifier (*, +, {n,}) on a group that contains an unbounded quantifier.
 */
export function patternProblem(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return 'back-reference';
  const stack: { unbounded: boolean }[] = [{ unbounded: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) { if (ch === ']') inClass = false; else continue; }
    else if (ch === '[') { inClass = true; continue; }
    if (ch === '(') {
      if (source[i + 1] !== '?') return 'capturing group (use (?:...))';
      stack.push({ unbounded: false });
      continue;
    }
    const next = source[i + 1];
    const unboundedNext = next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(source.slice(i + 1, i + 12)));
    if (ch === ')' && source[i - 1] !== '\\') {
      const inner = stack.pop();
      if (!inner || stack.length === 0) return 'unbalanced parentheses';
      if (unboundedNext && inner.unbounded) return 'nested unbounded quantifier';
      if (inner.unbounded || unboundedNext) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    if (unboundedNext) stack[stack.length - 1]!.unbounded = true;
  }
  return stack.length === 1 ? null : 'unbalanced parentheses';
}

describe('lexicons', () => {
  it('has an English and a Japanese file for every concept, named after it', () => {
    for (const concept of CONCEPTS) {
      const files = LEXICON_FILES[concept];
      assert.deepEqual(files.map((f) => f.lang), ['en', 'ja'], concept);
      for (const f of files) assert.equal(f.concept, concept);
    }
  });

  it('the pattern checker rejects what would not stay linear', () => {
    assert.equal(patternProblem('(?:a+)+'), 'nested unbounded quantifier');
    assert.equal(patternProblem('(a)'), 'capturing group (use (?:...))');
    assert.equal(patternProblem('(?:\\d+[,.])*'), 'nested unbounded quantifier');
    assert.equal(patternProblem('[¥￥]\\s?[0-9][0-9,]*'), null);
    assert.equal(patternProblem('(?:USD|JPY)\\s?[0-9]+(?:\\.[0-9]{1,2})?'), null);
  });

  for (const concept of CONCEPTS) {
    for (const file of LEXICON_FILES[concept] as readonly LexiconFile[]) {
      describe(`${file.lang}/${concept}.json`, () => {
        const whole = new ConceptMatcher(concept, [file]);
        it('has a description and unique entry ids', () => {
          assert.ok(file.description.length > 0 || file.entries.length === 0, 'description missing');
          const ids = file.entries.map((e) => e.id);
          assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids.join(', ')}`);
        });
        for (const entry of file.entries as LexiconEntry[]) {
          it(`entry ${entry.id}`, () => {
            assert.ok((entry.phrases?.length ?? 0) + (entry.patterns?.length ?? 0) > 0, 'entry has no phrase or pattern');
            for (const p of entry.patterns ?? []) assert.equal(patternProblem(p), null, `pattern ${p}`);
            const alone = new ConceptMatcher(concept, [{ ...file, entries: [entry] }]);
            for (const text of entry.match ?? []) {
              assert.ok(alone.test(text), `${entry.id} should match: ${text}`);
            }
            for (const text of entry.noMatch ?? []) {
              const hits = whole.find(text).map((m) => `${m.entryId}:"${m.text}"`);
              assert.deepEqual(hits, [], `nothing in ${file.lang}/${concept} should match: ${text}`);
            }
          });
        }
        // 20,000 characters here; test/slow/lexicon-linear.test.ts runs the same lines at 100,000.
        it('stays linear on long adversarial lines', () => {
          for (const line of adversarialLines(20_000)) whole.find(line);
        });
      });
    }
  }
});

describe('the matcher searches folded text (lower case, whitespace as spaces, offsets kept)', () => {
  const files = (entries: LexiconEntry[]): LexiconFile[] => [{ concept: 'test', lang: 'en', description: '', entries }];
  const m = new ConceptMatcher('test', files([
    { id: 'offer', phrases: ['final offer', '最終提示'] },
    { id: 'amount', patterns: ['(?<![A-Za-z0-9_])USD\\s?[0-9]+(?![A-Za-z0-9_])'] },
  ]));
  const found = (text: string) => m.find(text).map((x) => `${x.entryId}@${x.start}-${x.end}:${x.text}`);

  it('matches whatever the case, across any whitespace run, with offsets into the original text', () => {
    assert.deepEqual(found('Our FINAL\n  Offer: usd 40'), ['offer@4-17:FINAL\n  Offer', 'amount@19-25:usd 40']);
    assert.deepEqual(found('This Final\u00a0offer and that final\u3000offer.'), ['offer@5-16:Final\u00a0offer', 'offer@26-37:final\u3000offer']);
    assert.deepEqual(found('「最終提示」です'), ['offer@1-5:最終提示']);
  });

  it('keeps word boundaries: no match inside longer words', () => {
    assert.deepEqual(found('semifinal offers, USD40k'), []);
  });

  it('text whose lower case changes length ("İ") is searched case-insensitively, offsets still right', () => {
    const text = 'İstanbul: our Final Offer, USD 12.';
    assert.notEqual(text.toLowerCase().length, text.length);
    assert.deepEqual(found(text), ['offer@14-25:Final Offer', 'amount@27-33:USD 12']);
    assert.equal(m.test(text), true);
    assert.equal(m.test('İstanbul'), false);
  });
});

describe('folding agrees with case-insensitive matching of the original text', () => {
  const files = (entries: LexiconEntry[]): LexiconFile[] => [{ concept: 'test', lang: 'en', description: '', entries }];
  const B = '[A-Za-z0-9_\\u00C0-\\u024F]';
  const m = new ConceptMatcher('test', files([
    { id: 'phrase', phrases: ['walk away'] },
    { id: 'pattern', patterns: [`(?<!${B})USD\\s?[0-9]+(?!${B})`] },
  ]));
  const reference = new RegExp(`(?<!${B})walk\\s+away(?!${B})|(?<!${B})USD\\s?[0-9]+(?!${B})`, 'giu');

  it('for every character of the Basic Multilingual Plane next to a phrase and a pattern', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      const text = `${ch}walk away${ch} ${ch}usd 5${ch} WALK${ch}AWAY`;
      const expected = [...text.matchAll(reference)].map((x) => `${x.index}:${x[0]}`);
      const actual = m.find(text).map((x) => `${x.start}:${x.text}`);
      if (expected.join('|') !== actual.join('|')) differ.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    assert.deepEqual(differ, []);
  });

  it('a configured phrase with "İ" still matches itself', () => {
    const bank = new ConceptMatcher('client-name', [], [{ lang: 'en', phrases: ['İş Bankası'] }]);
    assert.deepEqual(bank.find('We beat İş Bankası on price.').map((x) => x.text), ['İş Bankası']);
    assert.deepEqual(bank.find('İş bankası, as written in lower case').map((x) => x.text), ['İş bankası']);
  });
});

describe('the matcher skips a phrase list only where it cannot match', () => {
  // A list whose phrases all have a non-ASCII character is not run on ASCII-only text, one whose phrases
  // all have a Latin letter or digit not on text without one; text made to have both is searched by every list.
  const paragraphs: string[] = [];
  for (const lang of ['en', 'ja']) {
    const dir = path.join(import.meta.dirname, 'corpus', lang);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md')).sort().slice(0, 12)) {
      paragraphs.push(...fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/).filter((p) => p.trim()).slice(0, 12));
    }
  }
  it('finds in every corpus paragraph what it finds when the paragraph also has Japanese, a letter and a digit', () => {
    assert.ok(paragraphs.length > 150);
    const lexicon = new Lexicon();
    for (const concept of CONCEPTS) {
      const m = lexicon.get(concept);
      for (const p of paragraphs) {
        const wide = `${p}\n\nあa1`;
        const all = m.find(wide).filter((x) => x.end <= p.length).map((x) => `${x.start}-${x.end}:${x.entryId}`);
        assert.deepEqual(m.find(p).map((x) => `${x.start}-${x.end}:${x.entryId}`), all, `${concept}: ${p.slice(0, 60)}`);
        if (!m.test(p)) assert.deepEqual(all, [], `${concept} test(): ${p.slice(0, 60)}`);
      }
    }
  });
});
