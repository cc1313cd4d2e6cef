import assert from 'node:assert/strict';
import path from 'node:path';
import { lint, RULES, applyEdits, type Finding, type LintOptions, type RuleExample } from '../src/index.js';
import { run } from '../src/cli/main.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The CLI in-process: `run(argv, io)` with captured output, standard input `input`, in `cwd`
 * (the repository by default), without colour (as with NO_COLOR=1).
 */
export async function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => options.input ?? '',
    cwd: options.cwd ?? ROOT,
    color: false,
    env: options.env,
  });
  return { code, stdout, stderr };
}

/** Options that turn every rule off but one. */
export function only(ruleId: string, ruleOptions?: Record<string, unknown>): LintOptions {
  const rules: NonNullable<LintOptions['rules']> = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  const rule = RULES.find((r) => r.meta.id === ruleId);
  assert.ok(rule, `unknown rule ${ruleId}`);
  rules[ruleId] = ruleOptions ? [rule.meta.severity, ruleOptions] : rule.meta.severity;
  return { rules };
}

export interface ExpectedSuggestion {
  /** The suggestion's title, in the finding's language. */
  desc: string;
  /** The text after applying this suggestion alone. */
  output: string;
}

/**
 * One expected finding. As in ESLint's RuleTester: position and messageId, plus the exact
 * `message` or the message `data` (the values filled into its placeholders; `{}` when the
 * message has none), plus every suggestion (title and output, in order) when it has any.
 */
export interface Expected {
  line: number;
  column: number;
  messageId: string;
  endLine?: number;
  endColumn?: number;
  message?: string;
  data?: Record<string, string | number>;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  /** At least one. */
  errors: Expected[];
  /** The text after applying every finding's safe fix (required when there is one, as in ESLint). */
  output?: string;
}

export type ValidCase = string | { name?: string; code: string; options?: Record<string, unknown> };

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/;

/** A message or suggestion title with a placeholder left unfilled (the report lacked its data). */
export function assertFilled(findings: readonly Finding[]): void {
  for (const f of findings) {
    // A {{…}} the message quotes from the document (unfilled-placeholder's own data) is the user's text, not ours.
    const quoted = Object.values(f.data ?? {}).map(String).join('\n');
    const left = f.message.match(new RegExp(PLACEHOLDER.source, 'g'))?.filter((p) => !quoted.includes(p)) ?? [];
    assert.deepEqual(left, [], `${f.ruleId}/${f.messageId}: unfilled placeholder in the message`);
    for (const s of f.suggestions ?? []) assert.doesNotMatch(s.desc, PLACEHOLDER, `${f.ruleId}/${f.messageId}: unfilled placeholder in a suggestion`);
  }
}

function actualOf(code: string, f: Finding, e: Expected | undefined): Expected {
  const b: Expected = { line: f.line, column: f.column, messageId: f.messageId };
  if (e?.endLine !== undefined) b.endLine = f.endLine;
  if (e?.endColumn !== undefined) b.endColumn = f.endColumn;
  if (e?.message !== undefined) b.message = f.message;
  if (e?.data !== undefined || e?.message === undefined) b.data = f.data ?? {};
  if (f.suggestions?.length) b.suggestions = f.suggestions.map((s) => ({ desc: s.desc, output: applyEdits(code, s.edits) }));
  return b;
}

const title = (name: string | undefined, code: string) => name ?? code.slice(0, 60).replace(/\n/g, '⏎');

/** The checks of one valid case (exported for test/rule-tester.test.ts). */
export function checkValid(ruleId: string, code: string, options?: Record<string, unknown>): void {
  const findings = lint(code, only(ruleId, options));
  assertFilled(findings);
  assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`), []);
}

/** The checks of one invalid case (exported for test/rule-tester.test.ts). */
export function checkInvalid(ruleId: string, c: InvalidCase): void {
  assert.ok(c.errors.length > 0, 'an invalid case expects at least one error');
  for (const e of c.errors) {
    assert.ok(e.message !== undefined || e.data !== undefined, `error ${e.line}:${e.column} ${e.messageId}: give its message or its data`);
    for (const s of e.suggestions ?? []) assert.notEqual(s.output, c.code, 'a suggestion changes the text');
  }
  const findings = lint(c.code, only(ruleId, c.options));
  assertFilled(findings);
  assert.deepEqual(findings.map((f, i) => actualOf(c.code, f, c.errors[i])), c.errors);
  for (const f of findings) {
    assert.equal(f.ruleId, ruleId);
    assert.ok(f.message.length > (f.lang === 'ja' ? 20 : 40), 'a message says what is wrong and what to do');
  }
  const fixes = findings.flatMap((f) => f.fix ?? []);
  if (fixes.length) {
    assert.ok(c.output !== undefined, 'the findings carry fixes: give the output after fixing');
    assert.equal(applyEdits(c.code, fixes), c.output);
  } else {
    assert.equal(c.output, undefined, 'no finding carries a fix: there is no fix output (suggestions are checked per error)');
  }
}

/** A `meta.examples` entry: a valid one raises nothing from the rule, an invalid one at least one finding. */
export function checkExample(ruleId: string, ex: RuleExample): void {
  const findings = lint(ex.code, only(ruleId));
  assertFilled(findings);
  const own = findings.filter((f) => f.ruleId === ruleId || f.ruleId === 'internal-error');
  if (ex.kind === 'valid') assert.deepEqual(own.map((f) => `${f.line}:${f.column} ${f.ruleId}/${f.messageId}: ${f.message}`), []);
  else assert.ok(own.length > 0 && own.every((f) => f.ruleId === ruleId), `the example raises ${ruleId}: ${JSON.stringify(own.map((f) => f.ruleId))}`);
}

/** For each case, whether an earlier case has the same code and options. */
export function duplicates(cases: { valid: ValidCase[]; invalid: InvalidCase[] }): { valid: boolean[]; invalid: boolean[] } {
  const seen = new Set<string>();
  const dup = (code: string, options: Record<string, unknown> | undefined): boolean => {
    const key = JSON.stringify([code, options ?? null]);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  };
  return {
    valid: cases.valid.map((c) => (typeof c === 'string' ? dup(c, undefined) : dup(c.code, c.options))),
    invalid: cases.invalid.map((c) => dup(c.code, c.options)),
  };
}

/**
 * ESLint-v9-style RuleTester: exact findings for invalid code, none for valid code, no
 * duplicate cases, no unfilled placeholders, and every `meta.examples` entry of the rule.
 */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const dup = duplicates(cases);
  describe(ruleId, () => {
    it('is a rule', () => assert.ok(rule, `unknown rule ${ruleId}`));
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        const { code, options, name } = typeof c === 'string' ? { code: c, options: undefined, name: undefined } : c;
        it(title(name, code), () => {
          assert.ok(!dup.valid[i], 'duplicate test case (same code and options)');
          checkValid(ruleId, code, options);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(title(c.name, c.code), () => {
          assert.ok(!dup.invalid[i], 'duplicate test case (same code and options)');
          checkInvalid(ruleId, c);
        });
      });
    });
    describe('meta.examples', () => {
      for (const ex of rule?.meta.examples ?? []) {
        it(`${ex.kind} (${ex.lang}): ${ex.title}`, () => checkExample(ruleId, ex));
      }
    });
  });
}
