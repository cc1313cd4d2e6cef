import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ParseCache, splitTopLevel, lint } from '../src/index.js';
import { parseSectioned } from '../src/engine/incremental.js';
import { parseMarkdown } from '../src/engine/parse.js';
import { corpus, incrementalDoc, incrementalEdits, same, sameFindings } from './properties.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** npm test runs a few; test/slow/incremental.test.ts runs 1000 (FUZZ_RUNS). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** Repeated one-line units of this many characters (the slow suite uses 40,000: the whole-document parse of setext headings is slow). */
export const LONG_UNITS = Number(process.env.LONG_UNITS ?? 8_000);

describe('incremental parsing (sectioned) equals the whole-document parse', function () {
  this.timeout(300_000);
  for (const [name, text] of corpus()) {
    it(name, () => {
      same(text);
      // The hand-made corpus exercises the split path; the outside writers' files may hold definitions or footnotes (parsed whole).
      if (!/\/[a-z]{1,2}\d\d-/.test(name)) assert.ok((splitTopLevel(text)?.length ?? 0) > 1 || !text.includes('\n## '), 'proposals split into sections');
    });
  }

  it(`on ${RUNS} generated documents`, () => {
    fc.assert(fc.property(incrementalDoc, (text) => same(text)), { numRuns: RUNS, seed: 7 });
  });

  for (const [name, text] of corpus()) {
    it(`sectioned and whole-document linting give identical findings: ${name}`, () => sameFindings(text));
  }

  it(`sectioned and whole-document linting give identical findings on ${RUNS * 2} generated documents`, () => {
    fc.assert(fc.property(incrementalDoc, (text) => sameFindings(text)), { numRuns: RUNS * 2, seed: 8 });
  });

  it('after random edits, incremental findings equal full findings and only touched sections are parsed again', () => {
    incrementalEdits(Math.max(6, Math.floor(RUNS / 12)), 11);
  });

  it('a keystroke searches only the prose it touched; the rest comes from the memo', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    const cache = new ParseCache(0); // memo from the first character (by default from 16,000)
    lint(text, { parseCache: cache });
    const first = cache.memo.misses;
    assert.ok(first > 100 && cache.memo.hits < first, `first lint computes (${first} misses, ${cache.memo.hits} hits)`);
    const at = text.indexOf('## Next steps') + 20;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepEqual(lint(edited, { parseCache: cache }), lint(edited));
    assert.ok(cache.memo.misses > 0 && cache.memo.misses * 20 < first, `one paragraph recomputed (${cache.memo.misses} of ${first})`);
    assert.ok(cache.memo.hits > first / 2);
  });

  it('the memo is dropped when the lexicon changes (configured phrases)', () => {
    const text = '# Proposal\n\n## Investment\n\nThe fee is $40,000.\n\n## Options\n\nThe Kestrel Pulse comes with it.\n';
    const lexicon = { addon: { en: ['Kestrel Pulse'] } };
    const cache = new ParseCache(0);
    const plain = lint(text, { parseCache: cache });
    const extended = lint(text, { parseCache: cache, lexicon });
    assert.deepEqual(plain, lint(text));
    assert.deepEqual(extended, lint(text, { lexicon }));
    assert.ok(plain.some((f) => f.ruleId === 'missing-value-add'));
    assert.ok(!extended.some((f) => f.ruleId === 'missing-value-add'), 'the configured add-on counts');
    assert.deepEqual(lint(text, { parseCache: cache }), plain, 'and back');
  });

  it('a keystroke re-parses one section, not the document', () => {
    const body = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    const text = body + body.replace(/^---[\s\S]*?\n---\n/, '').repeat(3);
    const cache = new ParseCache();
    cache.parse(text);
    const sections = splitTopLevel(text)!.length;
    assert.ok(text.length >= 16_000 && sections > 10);
    assert.ok(cache.lastParsed > 1 && cache.lastParsed <= sections, "each distinct section parsed once");
    const at = text.indexOf('## Next steps') + 20;
    cache.parse(text.slice(0, at) + 'x' + text.slice(at));
    assert.equal(cache.lastParsed, 1);
  });

  it('a short proposal is parsed whole by the editor too (pieces would cost more than they save)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    assert.ok(text.length < 16_000);
    const cache = new ParseCache();
    assert.deepEqual(cache.parse(text), parseMarkdown(text));
    assert.equal(cache.lastParsed, 1);
  });

  it('a long proposal is parsed in sections by default, with the same tree and findings', () => {
    const body = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    const text = body + body.replace(/^---[\s\S]*?\n---\n/, '').repeat(3);
    assert.ok(text.length >= 16_000 && splitTopLevel(text)!.length > 10);
    assert.deepEqual(parseSectioned(text), parseMarkdown(text));
    sameFindings(text);
  });

  it('reads front matter as remark does: closed by "---" only, after a byte-order mark too', () => {
    for (const text of [
      '---\nproposal: true\n...\n\n# Pricing\n\nOur final offer is $40,000.\n\n---\n',
      '\ufeff---\nbatna: x\n\n# comment\nclient: y\n---\n\n# A\n\nText.\n\n# B\n\nMore.\n',
    ]) {
      same(text);
      sameFindings(text);
    }
  });

  it('definitions and footnotes reach across pieces: every piece knows the whole document\'s', () => {
    for (const text of [
      '# A\n\n> [x]: http://example.com\n\n# B\n\n[x]\n',
      '# A\n\n- [x]: http://example.com\n\n# B\n\n[x]\n',
      '# A\n\n[X]\n\n# B\n\n[x]: http://example.com\n',
      '# A\n\nText[^1]\n\n# B\n\n[^1]: note\n',
      '# A\n\n[^1]: note\n\n# B\n\nText[^1] and [^2].\n',
    ]) {
      assert.ok(splitTopLevel(text)!.length > 1, text);
      same(text);
      sameFindings(text);
    }
    assert.deepEqual(splitTopLevel('# A\n\n```\n\n# not a heading\n```\n\n# B\n')!.map((p) => p.text), ['# A\n\n', '```\n\n# not a heading\n```\n\n', '# B\n']);
  });

  it('splits after setext headings and rules, before headings without a blank line, in CRLF text', () => {
    assert.deepEqual(splitTopLevel('Title\n---\nText.\n# A\nMore.\n')!.map((p) => p.text), ['Title\n---\n', 'Text.\n', '# A\nMore.\n']);
    assert.deepEqual(splitTopLevel('# A\r\n\r\nText.\r\n\r\n# B\r\n')!.map((p) => p.text), ['# A\r\n\r\n', 'Text.\r\n\r\n', '# B\r\n']);
    assert.equal(splitTopLevel('# A\r\rText.\r'), null, 'lone CR: parsed whole');
    for (const text of ['Title\n---\nText.\n# A\nMore.\n', '# A\r\n\r\nText.\r\n\r\n# B\r\n', '---\n---\n---\n', 'a\n---\n'.repeat(5), '#\n'.repeat(9)]) same(text);
  });

  it('a block that is most of the document (a 130,000-character paragraph) takes the rest in: the same tree, in the editor too', () => {
    const text = '# Proposal\n\nIntro.\n\n' + 'Plain words, 平文です。\n'.repeat(7_000) + 'See [a].\n' + '\n[a]: https://example.com\n\n# Next\n\nMore [a].\n';
    assert.deepEqual(parseSectioned(text), parseMarkdown(text));
    assert.deepEqual(new ParseCache().parse(text), parseMarkdown(text));
  });

  it('a wrong guess from the lines is caught where the pieces meet (the rest is parsed as one piece)', () => {
    for (const text of [
      // A fence inside a list item looked like a top-level one and turned the line scan inside out.
      '- a\n\n  ~~~~\n---\n~~~~~\n\n# x\n\n~~~~~\n',
      // A backtick in a backtick fence\'s info string: no fence.
      '```a`b\n\n# x\n\n```\n\n# y\n',
      // A tag that cannot interrupt a paragraph, then a real fence.
      'text\n<span>\n~~~\ncode\n\n# x\n~~~\n',
      '<div>\n# x\n\n# y\n',
      '- a\n\n- b\n\nc\n\n- d\n',
      '| a |\n| - |\n# x\n',
    ]) same(text);
  });

  it('a long document of one-line headings, rules or setext headings is parsed in pieces of bounded size', () => {
    for (const unit of ['#\n', '# a\n', 'a\n---\n', 'a\n=\n', '---\n', '# a\n\n', 'a\n\n']) {
      const text = unit.repeat(Math.ceil(LONG_UNITS / unit.length));
      const pieces = splitTopLevel(text, { minPiece: 2_000 })!;
      assert.ok(pieces.length >= Math.floor(LONG_UNITS / 4_000) && pieces.every((p) => p.text.length < 2_100), unit);
      assert.deepEqual(parseSectioned(text), parseMarkdown(text));
    }
  });
});
