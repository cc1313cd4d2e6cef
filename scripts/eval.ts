/**
 * Precision and recall of every rule on the labelled corpus (test/corpus/).
 * Labels come from reading each proposal against the playbook, not from the linter.
 *   npm run eval [-- --json]
 * Exits 1 when a rule is below precision 0.90 or recall 0.85.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lint, RULES, type Finding } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'test', 'corpus');
export const MIN_PRECISION = 0.9;
export const MIN_RECALL = 0.85;

type Labels = Record<string, Record<string, { expected: Array<{ line: number | null; reason: string }>; silentReason?: string }>>;

export interface Row { rule: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Miss { file: string; rule: string; line: number | null; kind: 'miss' | 'false alarm'; note: string }

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function evaluate(): { rows: Row[]; misses: Miss[]; files: number } {
  const counts = new Map(RULES.map((r) => [r.meta.id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  let files = 0;
  for (const lang of ['en', 'ja']) {
    const labelFile = path.join(CORPUS, `labels.${lang}.json`);
    if (!fs.existsSync(labelFile)) continue;
    const labels = JSON.parse(fs.readFileSync(labelFile, 'utf8')) as Labels;
    for (const [file, rules] of Object.entries(labels)) {
      files++;
      const text = fs.readFileSync(path.join(CORPUS, lang, file), 'utf8');
      const findings = lint(text);
      for (const rule of RULES) {
        const id = rule.meta.id;
        const label = rules[id];
        if (!label) throw new Error(`${lang}/${file}: no label for ${id}`);
        const expected = label.expected.map((e) => ({ ...e }));
        const actual: Array<Finding | null> = findings.filter((f) => f.ruleId === id);
        const c = counts.get(id)!;
        const take = (pred: (e: (typeof expected)[number], f: Finding) => boolean) => {
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
        // Document-level expectations (line null) match any finding of the rule that is about the document.
        take((e, f) => e.line === null && (!!f.documentLevel || !!rule.meta.documentLevel));
        if (rule.meta.documentLevel) take(() => true);
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
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rule: r.meta.id, tp, fp, fn, precision, recall, f1 };
  });
  return { rows, misses, files };
}

function pad(s: string | number, n: number, right = false): string {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { rows, misses, files } = evaluate();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, rows, misses }, null, 2));
  } else {
    console.log(`proposal-lint evaluation on ${files} labelled proposals (test/corpus/)\n`);
    console.log(`${pad('rule', 30)} ${pad('tp', 4, true)} ${pad('fp', 4, true)} ${pad('fn', 4, true)} ${pad('prec', 6, true)} ${pad('recall', 7, true)} ${pad('F1', 6, true)}`);
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const r of rows) {
      total.tp += r.tp; total.fp += r.fp; total.fn += r.fn;
      const flag = r.precision < MIN_PRECISION || r.recall < MIN_RECALL ? '  ✖' : '';
      console.log(`${pad(r.rule, 30)} ${pad(r.tp, 4, true)} ${pad(r.fp, 4, true)} ${pad(r.fn, 4, true)} ${pad(r.precision.toFixed(2), 6, true)} ${pad(r.recall.toFixed(2), 7, true)} ${pad(r.f1.toFixed(2), 6, true)}${flag}`);
    }
    const p = ratio(total.tp, total.tp + total.fp);
    const rc = ratio(total.tp, total.tp + total.fn);
    console.log(`${pad('total', 30)} ${pad(total.tp, 4, true)} ${pad(total.fp, 4, true)} ${pad(total.fn, 4, true)} ${pad(p.toFixed(2), 6, true)} ${pad(rc.toFixed(2), 7, true)} ${pad(((2 * p * rc) / (p + rc || 1)).toFixed(2), 6, true)}`);
    if (misses.length) {
      console.log('\nMisses and false alarms:');
      for (const m of misses) console.log(`  ${m.kind === 'miss' ? 'miss       ' : 'false alarm'} ${m.file}:${m.line ?? 'doc'} ${m.rule} — ${m.note}`);
    }
  }
  const failing = rows.filter((r) => r.precision < MIN_PRECISION || r.recall < MIN_RECALL);
  if (failing.length) {
    console.error(`\n${failing.length} rule(s) below precision ${MIN_PRECISION} or recall ${MIN_RECALL}: ${failing.map((r) => r.rule).join(', ')}`);
    process.exitCode = 1;
  }
}
