/** The rule tester (test/helpers.ts) fails where ESLint v9's RuleTester fails. */
import assert from 'node:assert/strict';
import { assertFilled, checkExample, checkInvalid, checkValid, duplicates, type InvalidCase } from './helpers.js';
import type { Finding } from '../src/index.js';

const LEAK = '# Investment\n\nThe lowest we can go is $38,000.\n';
const MOVED = '# Investment\n\n<!-- internal -->\n\nThe lowest we can go is $38,000.\n\n<!-- /internal -->\n';
const GOOD: InvalidCase = {
  code: LEAK,
  errors: [{ line: 3, column: 1, messageId: 'exposed', data: { phrase: 'The lowest we can go' }, suggestions: [{ desc: 'Move this sentence into an internal block', output: MOVED }] }],
};
const error = GOOD.errors[0]!;

describe('the rule tester', () => {
  it('passes an exact case, with the message instead of the data too', () => {
    checkInvalid('exposed-batna', GOOD);
    const { data: _, ...noData } = error;
    checkInvalid('exposed-batna', {
      code: LEAK,
      errors: [{ ...noData, message: '"The lowest we can go" reveals your walk-away point; move it into an internal block.' }],
    });
  });

  it('fails without a message or data, or with the wrong ones', () => {
    const { data: _, ...noData } = error;
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [noData] }), /give its message or its data/);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [{ ...error, data: { phrase: 'The lowest' } }] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [{ ...noData, message: 'Something else entirely, long enough to be a message.' }] }), assert.AssertionError);
  });

  it('fails when a suggestion is not stated, or its output or order differs', () => {
    const { suggestions: _, ...bare } = error;
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [bare] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [{ ...error, suggestions: [{ desc: error.suggestions![0]!.desc, output: MOVED + '\n' }] }] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [{ ...error, suggestions: [...error.suggestions!, ...error.suggestions!] }] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [{ ...error, suggestions: [{ desc: 'x', output: LEAK }] }] }), /a suggestion changes the text/);
  });

  it('fails an invalid case with no errors, a missing or extra error, or a fix output with no fix', () => {
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [] }), /at least one error/);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK + '\nWe cannot go below $40,000.\n', errors: [error] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { code: LEAK, errors: [error, error] }), assert.AssertionError);
    assert.throws(() => checkInvalid('exposed-batna', { ...GOOD, output: MOVED }), /no finding carries a fix/);
  });

  it('fails a valid case that raises a finding', () => {
    checkValid('exposed-batna', MOVED);
    assert.throws(() => checkValid('exposed-batna', LEAK), assert.AssertionError);
  });

  it('finds duplicate cases: same code and options', () => {
    assert.deepEqual(
      duplicates({ valid: ['a', { code: 'a' }, { code: 'a', options: { ratio: 2 } }], invalid: [{ code: 'a', options: { ratio: 2 }, errors: [] }, { code: 'b', errors: [] }] }),
      { valid: [false, true, false], invalid: [true, false] },
    );
  });

  it('fails a message or suggestion with an unfilled {{placeholder}}', () => {
    const f = { ruleId: 'r', messageId: 'm', message: 'The prices in "{{section}}" stand alone.', suggestions: [] } as unknown as Finding;
    assert.throws(() => assertFilled([f]), /unfilled placeholder in the message/);
    assert.throws(() => assertFilled([{ ...f, message: 'ok', suggestions: [{ desc: 'Reframe as "{{ replacement }}"', edits: [] }] }]), /unfilled placeholder in a suggestion/);
    assertFilled([{ ...f, message: 'The prices in "Investment" stand alone.' }]);
  });

  it('runs meta.examples: a valid one that raises, or an invalid one that does not, fails', () => {
    checkExample('exposed-batna', { lang: 'en', kind: 'invalid', title: 't', code: LEAK });
    assert.throws(() => checkExample('exposed-batna', { lang: 'en', kind: 'valid', title: 't', code: LEAK }), assert.AssertionError);
    assert.throws(() => checkExample('exposed-batna', { lang: 'en', kind: 'invalid', title: 't', code: MOVED }), assert.AssertionError);
  });
});
