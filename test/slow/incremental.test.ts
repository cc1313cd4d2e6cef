/**
 * The properties of test/incremental.test.ts at their full budgets (the seeds npm test
 * uses, with FUZZ_RUNS documents: 1000 by default).
 */
import fc from 'fast-check';
import { incrementalDoc, incrementalEdits, same, sameFindings } from '../properties.js';

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
});
