/**
 * The properties of test/incremental.test.ts at their full budgets (the seeds npm test
 * uses, with FUZZ_RUNS documents: 1000 by default).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitTopLevel } from '../../src/index.js';
import { parseSectioned } from '../../src/engine/incremental.js';
import { parseMarkdown } from '../../src/engine/parse.js';
import { corpus, incrementalDoc, incrementalEdits, same, sameFindings } from '../properties.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe('incremental parsing (sectioned) at length', function () {
  this.timeout(900_000);
  it(`equals the whole-document parse on ${RUNS} generated documents`, () => {
    fc.assert(fc.property(incrementalDoc, (text) => same(text)), { numRuns: RUNS, seed: 7 });
  });
  it(`sectioned and whole-document linting give identical findings on ${RUNS * 2} generated documents`, () => {
    fc.assert(fc.property(incrementalDoc, (text) => sameFindings(text)), { numRuns: RUNS * 2, seed: 8 });
  });
  it('after random edits, incremental findings equal full findings', () => {
    incrementalEdits(Math.max(20, Math.floor(RUNS / 12)), 11);
  });
  it('every file of the corpus parses and lints the same in sections and whole (npm test reads a sample)', () => {
    for (const [name, text] of corpus(true)) {
      try {
        same(text);
        sameFindings(text);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
  });
  it('a 40,000-character document of one-line headings, rules or setext headings is parsed in pieces of bounded size', () => {
    for (const unit of ['#\n', '# a\n', 'a\n---\n', 'a\n=\n', '---\n', '# a\n\n', 'a\n\n']) {
      const text = unit.repeat(Math.ceil(40_000 / unit.length));
      const pieces = splitTopLevel(text, { minPiece: 2_000 })!;
      assert.ok(pieces.length >= 10 && pieces.every((p) => p.text.length < 2_100), unit);
      assert.deepEqual(parseSectioned(text), parseMarkdown(text));
    }
  });
});
