/**
 * Performance benchmark: proposal-lint against its parser floor and markdownlint.
 *   npm run bench [-- --sizes 5k,50k,1m,10m] [--runs N] [--json]
 *
 * Generates deterministic proposal-like Markdown (seeded PRNG) and, in this one
 * process, after warm-up, times the median of several runs per size of:
 *   floor        unified + remark-parse + remark-gfm + remark-frontmatter `.parse()`
 *   lint         `lint()` from the built bundle dist/index.mjs, every rule on
 *   markdownlint markdownlint/sync `lint()` with its default rules
 * Peak RSS per tool is sampled every 5 ms by a worker thread. Then the CLI is timed as
 * a whole process on the 5 KB document, next to `node -e 0`. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lint as markdownlint } from 'markdownlint/sync';
// @ts-ignore -- the bundle has no .d.mts next to it; its types are dist/types/index.d.ts.
import { lint as bundleLint } from '../dist/index.mjs';
import type { Finding, LintOptions } from '../src/index.js';

const lint = bundleLint as (markdown: string, options?: LintOptions) => Finding[];
const ROOT = path.resolve(import.meta.dirname, '..');
const KB = 1024;
const MB = 1024 * KB;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const log = (line: string): void => void process.stderr.write(`${line}\n`);

// ---------- arguments ----------
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (use e.g. 5k, 50k, 1m, 10m)`);
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'm' ? MB : m[2] ? KB : 1));
}
const json = argv.includes('--json');
const sizes = (flag('--sizes') ?? '5k,50k,1m,10m').split(',').map(parseSize);
const runsOverride = flag('--runs') === undefined ? undefined : Number(flag('--runs'));
if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride >= 1)) throw new Error('--runs takes a whole number of at least 1');
/** Warm-ups and timed runs per size: fewer for the large documents. */
const plan = (bytes: number): { warmups: number; runs: number } =>
  bytes <= 64 * KB ? { warmups: 3, runs: runsOverride ?? 5 } : bytes <= 2 * MB ? { warmups: 1, runs: runsOverride ?? 3 } : { warmups: 0, runs: runsOverride ?? 1 };

// ---------- deterministic document ----------
/** mulberry32: a small seeded PRNG, so every run lints the same text. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const EN = [
  'Kestrel Fluid Systems sells engineered valves to chemical and water-treatment plants.',
  'Your win rate on competitive tenders dropped from 31% in 2025 to 24% in 2026.',
  'The programme pays for itself if it recovers two tenders a year.',
  'We are the leading, best-in-class provider of world-class sales training.',
  'Each workshop uses your own deals, so that reps leave with a reworked opportunity.',
  'Either party may end the agreement with 30 days\' written notice.',
  'This offer expires on Friday, so please sign today.',
  'Our platform delivers *measurable* results with **real-time dashboards** and `SSO`.',
  'Procurement and legal review complete by 23 April 2027, budget approval by 30 April.',
];
const JA = [
  '貴社は静岡・浜松・掛川の3工場で生産管理システムを24時間稼働させていらっしゃいます。',
  '2026年度は夜間障害が3件発生し、浜松工場のラインが約4時間停止しました。',
  '弊社は2009年の創業以来18年間、製造業のシステム保守を専門としております。',
  '業界最高水準の圧倒的な品質で、必ずご満足いただけます。',
  '年額1,150万円で、障害によるライン停止時間を前年比63％削減いたします。',
  '本日中にご決断いただけない場合、この価格はお約束できません。',
  '契約変更は書面で合意し、双方が署名するまで効力を生じないものとします。',
];
const HEADINGS = ['Your situation', 'Approach', 'Why us', 'Investment', 'Terms', 'Next steps', '貴社の現状と課題', 'ご提案内容', '費用', '今後の進め方'];

function generate(bytes: number, seed = 20270315): string {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const prose = (list: readonly string[], n: number, sep: string): string => Array.from({ length: n }, () => pick(list)).join(sep);
  const out: string[] = [
    '---\ntitle: Sales Enablement Programme for Kestrel Fluid Systems\nclient: Kestrel Fluid Systems, Inc.\nproposal: true\n---\n',
    '# Sales Enablement Programme / 生産管理システム保守のご提案\n',
  ];
  let size = Buffer.byteLength(out.join('\n'));
  const add = (block: string): void => {
    out.push(block);
    size += Buffer.byteLength(block) + 1;
  };
  // Sections of a heading, English and Japanese prose, then 2-4 random blocks; stops at the first block past `bytes`.
  for (let section = 1, left = 0; size < bytes; left--) {
    if (left <= 0) {
      add(`## ${pick(HEADINGS)} ${section++}\n`);
      add(prose(EN, 3 + Math.floor(rand() * 3), ' ') + '\n');
      add(prose(JA, 2 + Math.floor(rand() * 3), '') + '\n');
      left = 2 + Math.floor(rand() * 3);
      continue;
    }
    const kind = Math.floor(rand() * 5);
    if (kind === 0) {
      add(Array.from({ length: 3 }, () => `- ${pick(EN)}\n  - ${pick(JA)}\n    - ${pick(EN)}`).join('\n') + '\n');
    } else if (kind === 1) {
      add(`> ${pick(EN)}\n> ${pick(JA)}\n>\n> - ${pick(EN)}\n`);
    } else if (kind === 2) {
      const rows = Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `| ${pick(['Workshops', 'Coaching', 'Playbook', '保守', '監視'])} ${i + 1} | ${pick(JA).slice(0, 14)} | $${(1 + Math.floor(rand() * 40)) * 500} |`);
      add(['| Item | Scope | Fee (USD) |', '| --- | --- | ---: |', ...rows].join('\n') + '\n');
    } else if (kind === 3) {
      add(`<!-- internal -->\n\n- **Walk-away:** below $38,000 we decline.\n- ${pick(JA)}\n\n<!-- /internal -->\n`);
    } else {
      add(`1. ${pick(EN)}\n2. ${pick(EN)}\n   1. ${pick(JA)}\n3. ${pick(EN)}\n`);
    }
  }
  return out.join('\n');
}

// ---------- measurement ----------
/** A worker samples the process RSS every 5 ms (the main thread is busy in sync code) and prints a heartbeat. */
const shared = new Float64Array(new SharedArrayBuffer(3 * 8)); // [peak RSS, measuring since (ms epoch) or 0, last heartbeat]
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads'); const fs = require('node:fs');
   const s = new Float64Array(workerData);
   setInterval(() => {
     const rss = process.memoryUsage.rss(); if (rss > s[0]) s[0] = rss;
     const now = Date.now();
     if (s[1] && now - s[1] > 10000 && now - s[2] > 10000) {
       s[2] = now; // fs.writeSync: the worker's process.stderr would wait for the busy main thread
       fs.writeSync(2, '    ... still running, ' + Math.round((now - s[1]) / 1000) + ' s, RSS ' + (rss / 1048576).toFixed(0) + ' MB\\n');
     }
   }, 5);`,
  { eval: true, workerData: shared.buffer },
);
sampler.unref();

interface Measure { medianMs: number; minMs: number; runs: number; peakRssMB: number }
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function measure(label: string, fn: () => unknown, warmups: number, runs: number): Measure {
  for (let i = 0; i < warmups; i++) fn();
  gc();
  shared[0] = process.memoryUsage.rss();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    log(`  ${label}: run ${i + 1}/${runs} ...`);
    shared[1] = shared[2] = Date.now();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    shared[1] = 0;
  }
  const m = { medianMs: median(times), minMs: Math.min(...times), runs, peakRssMB: shared[0]! / MB };
  log(`  ${label}: median ${m.medianMs.toFixed(1)} ms, peak RSS ${m.peakRssMB.toFixed(0)} MB`);
  gc();
  return m;
}

const floorParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const tools = {
  floor: (text: string) => floorParser.parse(text),
  lint: (text: string) => lint(text),
  markdownlint: (text: string) => markdownlint({ strings: { doc: text } }),
};
type Tool = keyof typeof tools;

interface Row { size: string; bytes: number; findings: number; floor: Measure; lint: Measure; markdownlint: Measure; lintMBps: number; lintVsFloor: number; lintVsMarkdownlint: number }
const label = (bytes: number): string => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

// One warm-up of every tool on a 50 KB document, so even `--sizes 10m` is timed after JIT warm-up.
const warmDoc = generate(50 * KB);
for (const fn of Object.values(tools)) for (let i = 0; i < 3; i++) fn(warmDoc);

const rows: Row[] = [];
for (const bytes of sizes) {
  const text = generate(bytes);
  const actual = Buffer.byteLength(text);
  const { warmups, runs } = plan(bytes);
  log(`[${label(bytes)}] ${actual} bytes, ${text.split('\n').length} lines; ${warmups} warm-up(s), ${runs} run(s)`);
  const m = {} as Record<Tool, Measure>;
  for (const tool of Object.keys(tools) as Tool[]) m[tool] = measure(`${label(bytes)} ${tool}`, () => tools[tool](text), warmups, runs);
  rows.push({
    size: label(bytes), bytes: actual, findings: lint(text).length, ...m,
    lintMBps: actual / MB / (m.lint.medianMs / 1000),
    lintVsFloor: m.lint.medianMs / m.floor.medianMs,
    lintVsMarkdownlint: m.lint.medianMs / m.markdownlint.medianMs,
  });
}

// ---------- CLI as a whole process ----------
function wallMs(args: string[], times: number): number {
  spawnSync(process.execPath, args, { cwd: ROOT }); // warm the file cache
  const xs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    xs.push(performance.now() - t0);
    if (r.status === null || r.status > 1) throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
  return median(xs);
}
const dir = mkdtempSync(path.join(tmpdir(), 'proposal-lint-bench-'));
const file = path.join(dir, 'bench-proposal-5k.md');
writeFileSync(file, generate(5 * KB));
log('[cli] node dist/cli.cjs --no-config (5 KB) and node -e 0, 10 runs each');
const cli = { nodeStartMs: wallMs(['-e', '0'], 10), cliMs: wallMs(['dist/cli.cjs', '--no-config', file], 10), runs: 10 };
rmSync(dir, { recursive: true, force: true });

// ---------- report ----------
const env = { node: process.version, date: new Date().toISOString(), maxRssMB: process.resourceUsage().maxRSS / 1024 };
if (json) {
  console.log(JSON.stringify({ ...env, rows, cli }, null, 2));
} else {
  const f = (n: number, d = 1): string => n.toFixed(d);
  const table = [
    ['size', 'floor ms', 'lint ms', 'markdownlint ms', 'lint MB/s', 'lint/floor', 'lint/markdownlint', 'peak RSS MB (floor/lint/mdl)'],
    ...rows.map((r) => [r.size, f(r.floor.medianMs), f(r.lint.medianMs), f(r.markdownlint.medianMs), f(r.lintMBps, 2), `${f(r.lintVsFloor, 2)}x`, `${f(r.lintVsMarkdownlint, 2)}x`,
      `${f(r.floor.peakRssMB, 0)} / ${f(r.lint.peakRssMB, 0)} / ${f(r.markdownlint.peakRssMB, 0)}`]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]): string => `| ${row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  console.log(`proposal-lint bench, Node ${env.node}, ${env.date} (medians; runs: ${rows.map((r) => `${r.size} ${r.lint.runs}`).join(', ')})\n`);
  console.log([line(table[0]!), `|${widths.map((w, c) => (c ? ` ${'-'.repeat(w - 1)}: ` : ` ${'-'.repeat(w)} `)).join('|')}|`, ...table.slice(1).map(line)].join('\n'));
  console.log(`\n| process (5 KB document, median of 10) | wall ms |\n| --- | ---: |\n| node -e 0 | ${f(cli.nodeStartMs)} |\n| node dist/cli.cjs --no-config FILE | ${f(cli.cliMs)} |`);
  console.log(`\nprocess max RSS: ${f(env.maxRssMB, 0)} MB`);
}
