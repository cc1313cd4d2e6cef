/**
 * Generated Markdown never makes lint() throw; every finding's range lies inside the
 * document and round-trips through line/column and offset; applying any suggestion
 * yields text that still lints without throwing. A fixed seed keeps `npm test`
 * reproducible and quick; `npm run fuzz` runs more cases (FUZZ_RUNS), and
 * `npm run test:slow` (test/slow/fuzz.test.ts) more than 100,000.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../src/index.js';
import { check, document } from './properties.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

describe('fuzzing lint()', function () {
  this.timeout(600_000);
  it(`never throws, ranges are sound, suggestions apply (${RUNS} generated documents, seed ${SEED})`, () => {
    fc.assert(fc.property(document, (text) => check(text)), { numRuns: RUNS, seed: SEED });
  });

  it('survives deep nesting, long lines, unbalanced front matter and unterminated internal blocks', () => {
    // 2,000 list items nested in a staircase take seconds: test/slow/fuzz.test.ts runs them.
    const cases = [
      '> '.repeat(2000) + 'deep quote',
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
