import assert from 'node:assert/strict';
import { lint, RULES, applyEdits, type Finding, type LintOptions } from '../src/index.js';

/** Options that turn every rule off but one. */
export function only(ruleId: string, ruleOptions?: Record<string, unknown>): LintOptions {
  const rules: NonNullable<LintOptions['rules']> = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  const rule = RULES.find((r) => r.meta.id === ruleId);
  assert.ok(rule, `unknown rule ${ruleId}`);
  rules[ruleId] = ruleOptions ? [rule.meta.severity, ruleOptions] : rule.meta.severity;
  return { rules };
}

export interface Expected {
  line: number;
  column: number;
  messageId: string;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  errors: Expected[];
  /** The text after applying the first suggestion of the first finding. */
  output?: string;
}

export type ValidCase = string | { name?: string; code: string; options?: Record<string, unknown> };

function brief(f: Finding): Expected {
  return { line: f.line, column: f.column, messageId: f.messageId };
}

/** ESLint-style RuleTester: exact findings for invalid code, none for valid code. */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        const { code, options, name } = typeof c === 'string' ? { code: c, options: undefined, name: undefined } : c;
        it(name ?? code.slice(0, 60).replace(/\n/g, '⏎'), () => {
          const findings = lint(code, only(ruleId, options));
          assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? c.code.slice(0, 60).replace(/\n/g, '⏎'), () => {
          const findings = lint(c.code, only(ruleId, c.options));
          const actual = findings.map((f, i) => {
            const e = c.errors[i];
            const b: Expected = brief(f);
            if (e?.endLine !== undefined) b.endLine = f.endLine;
            if (e?.endColumn !== undefined) b.endColumn = f.endColumn;
            return b;
          });
          assert.deepEqual(actual, c.errors);
          for (const f of findings) {
            assert.equal(f.ruleId, ruleId);
            // The why lives in the rule's rationale; a message says what is wrong and what to do (Japanese is denser).
            assert.ok(f.message.length > (f.lang === 'ja' ? 20 : 40), 'a message says what is wrong and what to do');
          }
          if (c.output !== undefined) {
            const s = findings[0]?.suggestions?.[0];
            assert.ok(s, 'expected a suggestion');
            assert.equal(applyEdits(c.code, s.edits), c.output);
          }
        });
      }
    });
  });
}
