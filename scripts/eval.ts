/**
 * Precision and recall of every rule on the labelled corpora:
 *   test/corpus/        the dev set: rules are shaped on it;
 *   test/corpus-blind/  the blind set: written and labelled by people who never saw the
 *                       rules, the lexicon or the dev set; scored, never tuned on.
 * Labels come from reading each proposal against the playbook, not from the linter.
 *   npm run eval [-- --json] [-- --set dev|blind] [-- --misses]   (blind misses only with --set blind)
 * Exits 1 when the dev set is below its floor, or the blind set below its gate.
 * (The blind misses are not printed unless asked for: reading them is tuning on them.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { lint, RULES, type Finding } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SETS = { dev: path.join(ROOT, 'test', 'corpus'), blind: path.join(ROOT, 'test', 'corpus-blind') } as const;
export type SetName = keyof typeof SETS;

/**
 * Gates, as ratchets below today's scores (raise them as the rules improve; never lower
 * them to let a change through). The goal of issue 13 is precision 0.93 and recall 0.88
 * overall on the blind set, every rule at 0.85 / 0.70; docs/evaluation.md says where we are.
 * Per-rule blind gates apply to rules with enough labelled cases to measure.
 */
export const GATES = {
  // Set on 2026-12-02 (fifth session) when round 25 moved to dev and round 26 became the blind set (a new set
  // is scored afresh: the gates follow the set, then ratchet again). The dev recall gate moved from 0.57 to 0.56
  // with the round-26 guide's check 18: rounds 21–25 were labelled again for checks 17 and 18 and earlier
  // rounds' notes to self left unfilled-placeholder (docs/evaluation.md), so findings moved to note-to-self,
  // which those earlier rounds do not score. Round 26 scored 0.60 / 0.49 on arrival; its folder dx then moved to dev (its
  // misses were printed by mistake) and folder ec took its place: 0.55 / 0.50 for the set as it stands.
  dev: { rule: { precision: 0.15, recall: 0.12 }, total: { precision: 0.81, recall: 0.56 } },
  blind: { rule: { precision: 0, recall: 0 }, total: { precision: 0.54, recall: 0.49 } },
} as const;
/**
 * Per-rule gates where a rule is held above the set's rule gate: the fact rules of issue 15,
 * each just under today's score (issue 15 asks 0.98 precision: not met on the blind set).
 */
export const RULE_GATES: Record<SetName, Record<string, { precision: number; recall: number }>> = {
  dev: {
    // Round 6's labeller put one "税込／税別？" finding at the first price of the pitch, the rule
    // at the price section: one false alarm and one miss for the same finding (round 14's did the same twice).
    // Each round moved to dev brings its own misses and false alarms: the gates follow the set (round 22, 2 December:
    // its labellers read 御中 over 様 on the next line as correct, which the earlier rounds' labellers did not).
    // Rounds 23 and 24 (fourth session) and 25 (fifth: one price-arithmetic false alarm, 2 right) brought misses of their own.
    'currency-and-tax': { precision: 0.52, recall: 0.20 },
    'client-name-consistency': { precision: 0.93, recall: 0.40 },
    'offer-validity': { precision: 0.84, recall: 0.46 },
    'price-arithmetic': { precision: 0.96, recall: 0.39 },
    // Scored on rounds 21–25 (labelled again for it) only.
    'note-to-self': { precision: 0.90, recall: 0.50 },
  },
  // The blind set of round 26 (folders dy, dz, ea, eb, ec): held just under its scores on arrival (a handful of
  // cases each; offer-validity has six labelled problems, so its gate says little).
  blind: {
    'unfilled-placeholder': { precision: 0.45, recall: 0.65 },
    'note-to-self': { precision: 0.60, recall: 0.35 },
    'price-arithmetic': { precision: 0.95, recall: 0.25 },
    'client-name-consistency': { precision: 0.95, recall: 0.27 },
    'offer-validity': { precision: 0.45, recall: 0.30 },
  },
};
/** Rules added after part of a corpus was labelled (issue 15): files without their label are skipped for them. */
const LATER_RULES = new Set(['unfilled-placeholder', 'note-to-self', 'price-arithmetic', 'currency-and-tax', 'client-name-consistency', 'offer-validity']);

export const GOAL = { rule: { precision: 0.85, recall: 0.7 }, total: { precision: 0.93, recall: 0.88 } } as const;

export interface Expected { line: number | null; range?: [number, number]; reason: string }
type RuleLabel = { expected: Expected[]; silentReason?: string };
/** Dev labels: rule → label. Blind labels: { kind, labels: rule → label }. */
type FileLabels = Record<string, RuleLabel> | { kind: string; labels: Record<string, RuleLabel> };

export interface Row { rule: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Miss { file: string; rule: string; line: number | null; kind: 'miss' | 'false alarm'; note: string }
export interface Result { set: SetName; rows: Row[]; total: Row; misses: Miss[]; files: number; unlabelled: Record<string, number> }

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function row(rule: string, tp: number, fp: number, fn: number): Row {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rule, tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores a set. `agreed`: where a second labeller labelled the same files (`labels-b.<lang>.json`),
 * a finding counts only where both labellers agree; one flagged by one labeller alone is disputed,
 * and a finding on a disputed problem counts neither way. Undefined when the set has no second labels.
 */
/** Findings by file: the agreed-label score reads the same files again. */
const linted = new Map<string, Finding[]>();

export function evaluate(set: SetName = 'dev', agreed = false): Result {
  const dir = SETS[set];
  const counts = new Map(RULES.map((r) => [r.meta.id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  const unlabelled = new Map<string, number>();
  let files = 0;
  for (const lang of ['en', 'ja']) {
    const labelFile = path.join(dir, `labels.${lang}.json`);
    if (!fs.existsSync(labelFile)) continue;
    const labels = JSON.parse(fs.readFileSync(labelFile, 'utf8')) as Record<string, FileLabels>;
    const secondFile = path.join(dir, `labels-b.${lang}.json`);
    const second = agreed && fs.existsSync(secondFile) ? (JSON.parse(fs.readFileSync(secondFile, 'utf8')) as Record<string, FileLabels>) : undefined;
    for (const [file, entry] of Object.entries(labels)) {
      if (agreed && !second?.[file]) continue;
      files++;
      const rules = ruleLabels(entry);
      const other = second?.[file] ? ruleLabels(second[file]!) : undefined;
      const filePath = path.join(dir, lang, file);
      const findings = linted.get(filePath) ?? lint(fs.readFileSync(filePath, 'utf8'));
      linted.set(filePath, findings);
      // A rule that throws is caught by the runner and would only show as a silent rule here: that is a bug, not a score.
      const crashed = findings.find((f) => f.ruleId === 'internal-error');
      if (crashed) throw new Error(`${set}/${lang}/${file}:${crashed.line}: ${crashed.message}`);
      for (const rule of RULES) {
        const id = rule.meta.id;
        const label = rules[id];
        // Files labelled before a rule existed carry no label for it: not scored for that rule (said in the output).
        if (!label) {
          if (!LATER_RULES.has(id)) throw new Error(`${set}/${lang}/${file}: no label for ${id}`);
          unlabelled.set(id, (unlabelled.get(id) ?? 0) + 1);
          continue;
        }
        let expected = label.expected.map((e) => ({ ...e }));
        // Disputed: flagged by one labeller only. A finding on one is neither right nor wrong.
        let disputed: Expected[] = [];
        if (other) {
          const theirs = other[id]?.expected ?? [];
          disputed = [...expected.filter((e) => !theirs.some((t) => sameProblem(e, t))), ...theirs.filter((t) => !expected.some((e) => sameProblem(e, t)))];
          expected = expected.filter((e) => theirs.some((t) => sameProblem(e, t)));
        }
        const actual: Array<Finding | null> = findings.filter((f) => f.ruleId === id);
        const c = counts.get(id)!;
        const take = (pred: (e: Expected, f: Finding) => boolean) => {
          for (let i = 0; i < expected.length; i++) {
            const j = actual.findIndex((f) => f !== null && pred(expected[i]!, f));
            if (j === -1) continue;
            actual[j] = null;
            expected.splice(i, 1);
            i--;
            c.tp++;
          }
        };
        take((e, f) => e.line !== null && e.line === f.line);
        // A labelled range: the problem lives on these lines (the section, list or sentence).
        take((e, f) => e.line !== null && !!e.range && f.line >= e.range[0] && f.line <= e.range[1]);
        // Document-level expectations (line null) match any finding of the rule that is about the document.
        take((e, f) => e.line === null && (!!f.documentLevel || !!rule.meta.documentLevel));
        if (rule.meta.documentLevel) take(() => true);
        // Findings on a disputed problem leave the count as it is.
        for (const d of disputed) {
          const j = actual.findIndex((f) => f !== null && (d.line === null ? !!f.documentLevel || !!rule.meta.documentLevel : f.line === d.line || (!!d.range && f.line >= d.range[0] && f.line <= d.range[1])));
          if (j !== -1) actual[j] = null;
        }
        for (const e of expected) {
          c.fn++;
          misses.push({ file: `${lang}/${file}`, rule: id, line: e.line, kind: 'miss', note: e.reason });
        }
        for (const f of actual) {
          if (!f) continue;
          c.fp++;
          misses.push({ file: `${lang}/${file}`, rule: id, line: f.documentLevel ? null : f.line, kind: 'false alarm', note: f.message.slice(0, 140) });
        }
      }
    }
  }
  const rows: Row[] = RULES.map((r) => {
    const { tp, fp, fn } = counts.get(r.meta.id)!;
    return row(r.meta.id, tp, fp, fn);
  });
  const sum = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return { set, rows, total: row('total', sum.tp, sum.fp, sum.fn), misses, files, unlabelled: Object.fromEntries(unlabelled) };
}

function ruleLabels(entry: FileLabels): Record<string, RuleLabel> {
  return ('labels' in entry && typeof entry.kind === 'string' ? entry.labels : entry) as Record<string, RuleLabel>;
}

/** Two labellers name the same problem: both about the document, or their lines and ranges meet. */
export function sameProblem(a: Expected, b: Expected): boolean {
  if (a.line === null || b.line === null) return a.line === b.line;
  const [a0, a1] = a.range ?? [a.line, a.line];
  const [b0, b1] = b.range ?? [b.line, b.line];
  return a0 <= b1 && b0 <= a1;
}

/** Whether a set has a second labeller's labels. */
export function hasSecondLabels(set: SetName): boolean {
  return ['en', 'ja'].some((lang) => fs.existsSync(path.join(SETS[set], `labels-b.${lang}.json`)));
}

/** What falls below the set's gate. */
export function failures(result: Result): string[] {
  const out: string[] = [];
  const gate = GATES[result.set];
  for (const r of result.rows) {
    const g = RULE_GATES[result.set][r.rule] ?? gate.rule;
    if (r.precision < g.precision || r.recall < g.recall) out.push(`${r.rule} (P ${r.precision.toFixed(2)}, R ${r.recall.toFixed(2)})`);
  }
  if ('total' in gate && (result.total.precision < gate.total.precision || result.total.recall < gate.total.recall)) {
    out.push(`overall (P ${result.total.precision.toFixed(2)}, R ${result.total.recall.toFixed(2)})`);
  }
  return out;
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

function print(result: Result, showMisses: boolean, agreed = false): void {
  const where = result.set === 'dev' ? 'test/corpus/, the dev set' : 'test/corpus-blind/, the blind set';
  console.log(agreed
    ? `\nthe same ${result.files} proposals (${where}) on what two labellers agree on (a problem one labeller alone flagged counts neither way)\n`
    : `\nproposal-lint evaluation on ${result.files} labelled proposals (${where})\n`);
  console.log(`${pad('rule', 30)} ${pad('tp', 4, true)} ${pad('fp', 4, true)} ${pad('fn', 4, true)} ${pad('prec', 6, true)} ${pad('recall', 7, true)} ${pad('F1', 6, true)}`);
  const gate = GATES[result.set].rule;
  for (const r of [...result.rows, result.total]) {
    const goal = r.rule === 'total' ? GOAL.total : GOAL.rule;
    const g = RULE_GATES[result.set][r.rule] ?? gate;
    // A rule with nothing labelled and nothing found in the scored files (every file unlabelled for it) is not measured here.
    const unmeasured = r.tp + r.fp + r.fn === 0;
    const flag = unmeasured ? '  · not measured on this set' : !agreed && r.rule !== 'total' && (r.precision < g.precision || r.recall < g.recall) ? '  ✖ below the gate' : r.precision < goal.precision || r.recall < goal.recall ? '  · below the goal' : '';
    console.log(`${pad(r.rule, 30)} ${pad(r.tp, 4, true)} ${pad(r.fp, 4, true)} ${pad(r.fn, 4, true)} ${pad(r.precision.toFixed(2), 6, true)} ${pad(r.recall.toFixed(2), 7, true)} ${pad(r.f1.toFixed(2), 6, true)}${flag}`);
  }
  for (const [rule, n] of Object.entries(result.unlabelled)) console.log(`(${rule}: ${n} files carry no label for it and are not scored)`);
  if (showMisses && result.misses.length) {
    console.log('\nMisses and false alarms:');
    for (const m of result.misses) console.log(`  ${m.kind === 'miss' ? 'miss       ' : 'false alarm'} ${m.file}:${m.line ?? 'doc'} ${m.rule} — ${m.note}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as SetName) : undefined;
  const sets: SetName[] = only ? [only] : ['dev', 'blind'];
  const results = sets.map((s) => evaluate(s));
  const agreedResults = sets.filter(hasSecondLabels).map((s) => ({ ...evaluate(s, true), agreed: true }));
  // The blind set's misses only when asked for by name (--set blind --misses): a bare --misses is for shaping
  // the rules on dev, and printing the blind set's misses beside them is how a blind set gets read by mistake.
  const misses = (r: Result) => args.includes('--misses') && (r.set === 'dev' || only === 'blind');
  if (args.includes('--json')) {
    console.log(JSON.stringify([...results, ...agreedResults].map((r) => (misses(r) ? r : { ...r, misses: undefined })), null, 2));
  } else {
    for (const r of results) print(r, misses(r));
    for (const r of agreedResults) print(r, false, true);
  }
  for (const r of results) {
    const failing = failures(r);
    if (failing.length) {
      console.error(`\n${r.set}: below the gate: ${failing.join(', ')}`);
      process.exitCode = 1;
    }
  }
}
