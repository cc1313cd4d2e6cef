/**
 * Hostile input (issue 12): shapes that used to hang, crash or mislead, each refused or
 * handled quickly with one clear message. The slow shapes are in test/slow/hostile-*.test.ts.
 */
import assert from 'node:assert/strict';
import { lint, type Finding } from '../src/index.js';
import { nestingDepth, MAX_NESTING } from '../src/engine/parse.js';
import { bodyDepth } from '../src/engine/shapes.js';
import type { ProposalModel } from '../src/engine/types.js';

const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};
const internal = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.messageId);

describe('hostile input: nesting', () => {
  it('refuses 10,000 ordered-list markers on one line quickly, as nested too deeply', () => {
    const text = '1. '.repeat(10000) + 'x';
    assert.ok(nestingDepth(text) > MAX_NESTING);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('refuses 4,000 "- 1. " (bullets and ordered markers mixed) quickly', () => {
    const text = '- 1. '.repeat(4000);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('counts "1)" markers and list items continued by indentation', () => {
    assert.equal(nestingDepth('1) 2) 3) x'), 3);
    assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
    assert.equal(nestingDepth('> - 1. x'), 3);
    // Numbers in text are no markers.
    assert.equal(nestingDepth('2024 was a year. 3.5% more.'), 0);
  });

  it('does not take indentation alone for nesting: one line indented by 2,002 spaces is checked', () => {
    const text = '# Proposal\n\nWe propose a programme.\n\n' + ' '.repeat(2002) + 'indented text\n';
    assert.equal(nestingDepth(text), 0);
    const findings = lint(text);
    assert.deepEqual(internal(findings), []);
    assert.ok(findings.some((f) => f.ruleId === 'missing-next-steps'));
  });

  it('finds the body depth of 200,000 headings without a spread (no stack overflow)', () => {
    const sections = Array.from({ length: 200_000 }, (_, i) => ({ heading: {}, depth: i === 0 ? 1 : 2 }));
    assert.equal(bodyDepth({ sections } as unknown as ProposalModel), 2);
    const flat = Array.from({ length: 200_000 }, () => ({ heading: {}, depth: 3 }));
    assert.equal(bodyDepth({ sections: flat } as unknown as ProposalModel), 3);
  });
});
