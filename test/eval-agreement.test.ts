/**
 * The evaluation's agreement between two labellers (scripts/eval.ts): a finding is scored only
 * where both labellers flagged the same problem; what one labeller alone flagged is disputed.
 */
import assert from 'node:assert/strict';
import { sameProblem } from '../scripts/eval.js';

describe('two labellers on the same problem', () => {
  it('both about the document', () => assert.equal(sameProblem({ line: null, reason: 'a' }, { line: null, reason: 'b' }), true));
  it('one about the document, one at a line', () => assert.equal(sameProblem({ line: null, reason: 'a' }, { line: 12, reason: 'b' }), false));
  it('the same line', () => assert.equal(sameProblem({ line: 12, reason: 'a' }, { line: 12, reason: 'b' }), true));
  it('a line inside the other\'s range', () => assert.equal(sameProblem({ line: 14, reason: 'a' }, { line: 12, range: [12, 20], reason: 'b' }), true));
  it('ranges that meet', () => assert.equal(sameProblem({ line: 10, range: [8, 12], reason: 'a' }, { line: 12, range: [12, 20], reason: 'b' }), true));
  it('lines apart', () => assert.equal(sameProblem({ line: 10, range: [8, 11], reason: 'a' }, { line: 12, range: [12, 20], reason: 'b' }), false));
});
