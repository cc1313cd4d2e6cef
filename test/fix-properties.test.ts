/**
 * Issue 12, the quick run: every offered edit (suggestions, fixes, disable for this
 * line / file) on generated proposals in LF, CRLF, CR-only and BOM form keeps front
 * matter, code fences and the user's text (see test/fix-properties.ts). The long run is
 * test/slow/fix-properties.test.ts.
 */
import { runFixProperty } from './fix-properties.js';

const RUNS = Number(process.env.FIX_RUNS ?? 40);
const SEED = Number(process.env.FIX_SEED ?? 20261201);

describe('offered edits on generated proposals', function () {
  this.timeout(120_000);
  it(`keep front matter, fences and text, use the document's line endings, settle what they fix (${RUNS} documents, seed ${SEED})`, () => {
    runFixProperty(RUNS, SEED);
  });
});
