/**
 * Issue 12 at length (npm run test:slow): the properties of test/fix-properties.test.ts
 * on a few thousand generated proposals, in chunks with their own seeds.
 */
import { runFixProperty } from '../fix-properties.js';

const TOTAL = Number(process.env.FIX_SLOW_RUNS ?? 4_000);
const CHUNK = Number(process.env.FIX_CHUNK ?? 500);
const SEED = Number(process.env.FIX_SEED ?? 20261201);

describe(`offered edits at length (${TOTAL} generated proposals)`, function () {
  this.timeout(900_000);
  for (let done = 0, i = 0; done < TOTAL; done += CHUNK, i++) {
    const runs = Math.min(CHUNK, TOTAL - done);
    const seed = SEED + i;
    it(`chunk ${i + 1}: offered edits keep the document sound (${runs} proposals, seed ${seed})`, () => runFixProperty(runs, seed));
  }
});
