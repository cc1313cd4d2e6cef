/**
 * The long fuzz (npm run test:slow, run by .ci/run): the properties of test/fuzz.test.ts
 * on at least 100,000 generated documents, in chunks of FUZZ_CHUNK with their own seeds
 * so that no single test comes near its timeout.
 */
import fc from 'fast-check';
import { check, document } from '../properties.js';

const TOTAL = Number(process.env.FUZZ_SLOW_RUNS ?? 100_000);
const CHUNK = Number(process.env.FUZZ_CHUNK ?? 2_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

describe(`fuzzing lint() at length (${TOTAL} generated documents)`, function () {
  this.timeout(900_000);
  for (let done = 0, i = 0; done < TOTAL; done += CHUNK, i++) {
    const runs = Math.min(CHUNK, TOTAL - done);
    const seed = SEED + i;
    // Every document: lint never throws and every range is sound. One in eight also re-lints the text after each
    // suggestion (one lint per suggestion: the costly part), so the run stays well inside CI's time.
    it(`chunk ${i + 1}: never throws, ranges are sound, suggestions apply (${runs} documents, seed ${seed})`, () => {
      fc.assert(fc.property(document, (text) => check(text, text.length % 8 === 0)), { numRuns: runs, seed });
    });
  }

  it('survives 2,000 list items nested in a staircase', () => {
    check(Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 60)}- item ${i}`).join('\n'));
  });
});
