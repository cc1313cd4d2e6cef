/**
 * Performance benchmark: proposal-lint against its parser floor and markdownlint.
 *   npm run bench [-- --sizes 5k,50k,1m,10m] [--runs N] [--json] [--repo-files N] [--no-repo] [--shape-size 1m] [--no-shapes]
 *
 * Generates deterministic proposal-like Markdown (seeded PRNG) and, in this one
 * process, after warm-up, times the median of several runs per size of:
 *   floor        unified + remark-parse + remark-gfm + remark-frontmatter `.parse()`
 *   lint         `lint()` from the built bundle dist/index.mjs, every rule on
 *   markdownlint markdownlint/sync `lint()` with its default rules
 * Peak RSS per tool is sampled every 5 ms by a worker thread. The editor path per size:
 *   keystroke    one-character edits re-linted with the document's ParseCache (median)
 *   host block   the longest the main thread's event loop stalls while dist/lint-worker.cjs
 *                lints the document, as the extension does for large documents
 * Then, as whole processes: the CLI on the 5 KB document next to `node -e 0`, and the
 * first (cold) lint after loading the library. Last, what the extension bundle holds.
 * See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
// @ts-ignore -- the bundle has no .d.mts next to it; its types are dist/types/index.d.ts.
import { lint as bundleLint, ParseCache as BundleParseCache } from '../dist/index.mjs';
import type { Finding, LintOptions } from '../src/index.js';
import { generate, parseSize, shapes, KB, MB } from './bench-doc.js';

const lint = bundleLint as (markdown: string, options?: LintOptions) => Finding[];
const ParseCache = BundleParseCache as new () => NonNullable<LintOptions['parseCache']>;
const ROOT = path.resolve(import.meta.dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const log = (line: string): void => void process.stderr.write(`${line}\n`);

// ---------- yardsticks ----------
// The floor and markdownlint come from scripts/bench-peers, installed there as a user
// installs them (exact current releases, no `overrides` from this project, so micromark
// is the current release even though the project pins 4.0.2).
const PEERS = path.join(ROOT, 'scripts', 'bench-peers');
if (!existsSync(path.join(PEERS, 'node_modules', '.package-lock.json'))) {
  log('installing the benchmark yardsticks into scripts/bench-peers (first run only) ...');
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in scripts/bench-peers failed; the bench needs the npm registry once');
}
const peers = (await import(pathToFileURL(path.join(PEERS, 'peers.mjs')).href)) as {
  floor: (text: string) => unknown;
  markdownlint: (text: string) => unknown;
  versions: Record<string, string>;
};
const ownVersion = (name: string): string => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const versions = { yardstick: peers.versions, project: { micromark: ownVersion('micromark'), 'remark-parse': ownVersion('remark-parse') } };

// ---------- arguments ----------
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const json = argv.includes('--json');
const sizes = (flag('--sizes') ?? '5k,50k,1m,10m').split(',').map(parseSize);
const runsOverride = flag('--runs') === undefined ? undefined : Number(flag('--runs'));
if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride >= 1)) throw new Error('--runs takes a whole number of at least 1');
/** Warm-ups and timed runs per size: fewer for the large documents. */
const plan = (bytes: number): { warmups: number; runs: number } =>
  bytes <= 8 * KB ? { warmups: 30, runs: runsOverride ?? 41 } : bytes <= 64 * KB ? { warmups: 10, runs: runsOverride ?? 15 } : bytes <= 2 * MB ? { warmups: 1, runs: runsOverride ?? 3 } : { warmups: 0, runs: runsOverride ?? 1 };

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
    // Small documents: no forced GC between runs (a full collection also drops compiled
    // code and inline caches, so every run would be a cold one, 2-3x slower than an
    // editor's lint). Large documents: each run starts from a clean heap.
    if (runs <= 5) gc();
    if (runs <= 5) log(`  ${label}: run ${i + 1}/${runs} ...`);
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

const tools = {
  floor: (text: string) => peers.floor(text),
  lint: (text: string) => lint(text),
  markdownlint: (text: string) => peers.markdownlint(text),
};
type Tool = keyof typeof tools;

interface Editor { keystrokeMs: number; keystrokeVsLint: number; edits: number; workerLintMs: number; hostBlockMs: number }
interface Row { size: string; bytes: number; findings: number; floor: Measure; lint: Measure; markdownlint: Measure; lintMBps: number; lintVsFloor: number; lintVsMarkdownlint: number; editor: Editor }

/** Keystrokes: an "x" typed before a space at evenly spread places, each re-linted with the document's cache. */
function keystrokes(text: string, edits: number): number[] {
  const cache = new ParseCache();
  lint(text, { parseCache: cache });
  let current = text;
  const times: number[] = [];
  for (let i = 1; i <= edits; i++) {
    const near = Math.floor((current.length * i) / (edits + 1));
    const at = Math.max(0, current.indexOf(' ', near));
    current = current.slice(0, at) + 'x' + current.slice(at);
    const t0 = performance.now();
    lint(current, { parseCache: cache });
    times.push(performance.now() - t0);
  }
  return times;
}

/** The extension's lint worker: how long it takes, and the longest stall of this thread's event loop meanwhile. */
async function worker(text: string): Promise<{ workerLintMs: number; hostBlockMs: number }> {
  const w = new Worker(path.join(ROOT, 'dist', 'lint-worker.cjs'));
  let id = 0;
  const request = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const mine = ++id;
      const onMessage = (r: { id: number; error?: string }) => {
        if (r.id !== mine) return;
        w.off('message', onMessage);
        if (r.error) reject(new Error(r.error));
        else resolve();
      };
      w.on('message', onMessage);
      w.postMessage({ kind: 'lint', id: mine, uri: 'file:///bench.md', text: body, options: {} });
    });
  await request(text); // warm the worker, as after the document was opened
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const t0 = performance.now();
  await request(`${text}\nx`);
  const workerLintMs = performance.now() - t0;
  delay.disable();
  await w.terminate();
  return { workerLintMs, hostBlockMs: delay.max / 1e6 };
}
const label = (bytes: number): string => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

// One warm-up of every tool on a 50 KB document, so even `--sizes 10m` is timed after JIT warm-up.
const warmDoc = generate(50 * KB);
for (const fn of Object.values(tools)) for (let i = 0; i < 10; i++) fn(warmDoc);

const rows: Row[] = [];
for (const bytes of sizes) {
  const text = generate(bytes);
  const actual = Buffer.byteLength(text);
  const { warmups, runs } = plan(bytes);
  log(`[${label(bytes)}] ${actual} bytes, ${text.split('\n').length} lines; ${warmups} warm-up(s), ${runs} run(s)`);
  const m = {} as Record<Tool, Measure>;
  for (const tool of Object.keys(tools) as Tool[]) m[tool] = measure(`${label(bytes)} ${tool}`, () => tools[tool](text), warmups, runs);
  const edits = bytes <= 64 * KB ? 21 : bytes <= 2 * MB ? 9 : 5;
  log(`  ${label(bytes)} keystrokes: ${edits} edits with a ParseCache ...`);
  const keystrokeMs = median(keystrokes(text, edits));
  log(`  ${label(bytes)} lint worker ...`);
  const w = await worker(text);
  rows.push({
    size: label(bytes), bytes: actual, findings: lint(text).length, ...m,
    editor: { keystrokeMs, keystrokeVsLint: keystrokeMs / m.lint.medianMs, edits, ...w },
    lintMBps: actual / MB / (m.lint.medianMs / 1000),
    lintVsFloor: m.lint.medianMs / m.floor.medianMs,
    lintVsMarkdownlint: m.lint.medianMs / m.markdownlint.medianMs,
  });
}

// ---------- the editor path by document shape ----------
// A keystroke re-lints only what it touched when the document stays on the incremental path;
// these shapes once fell off it (issue 14). Full lint and keystroke per shape, 1 MB by default.
interface ShapeRow { shape: string; bytes: number; lintMs: number; keystrokeMs: number; keystrokeVsLint: number }
const shapeRows: ShapeRow[] = [];
if (!argv.includes('--no-shapes')) {
  const shapeBytes = parseSize(flag('--shape-size') ?? '1m');
  const examples = ['strong-proposal-en.md', 'draft-proposal-en.md', 'strong-proposal-ja.md', 'draft-proposal-ja.md'].map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
  for (const [shape, text] of Object.entries(shapes(shapeBytes, examples))) {
    log(`[shape] ${shape}, ${label(shapeBytes)} ...`);
    const full = measure(`${shape} lint`, () => lint(text), 1, runsOverride ?? 3);
    const keystrokeMs = median(keystrokes(text, 5));
    shapeRows.push({ shape, bytes: Buffer.byteLength(text), lintMs: full.medianMs, keystrokeMs, keystrokeVsLint: keystrokeMs / full.medianMs });
  }
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

// ---------- the first lint in a fresh process (what the editor's first lint after activation pays) ----------
log('[cold] first lint of the 5 KB document in a fresh process, 10 processes');
const coldScript = `const { readFileSync } = require('node:fs'); const t0 = performance.now(); const { lint } = require(${JSON.stringify(path.join(ROOT, 'dist', 'index.cjs'))});
const t1 = performance.now(); const text = readFileSync(${JSON.stringify(file)}, 'utf8'); const t2 = performance.now(); lint(text); const t3 = performance.now(); lint(text); const t4 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, firstMs: t3 - t2, secondMs: t4 - t3 }));`;
const colds = Array.from({ length: 10 }, () => JSON.parse(spawnSync(process.execPath, ['-e', coldScript], { encoding: 'utf8' }).stdout) as { loadMs: number; firstMs: number; secondMs: number });
const cold = { loadMs: median(colds.map((c) => c.loadMs)), firstLintMs: median(colds.map((c) => c.firstMs)), secondLintMs: median(colds.map((c) => c.secondMs)), processes: colds.length };
rmSync(dir, { recursive: true, force: true });

// ---------- the extension bundle ----------
// dist/extension.meta.json: esbuild's metafile of the real extension build (esbuild.js writes it).
const bundle = { metafile: JSON.parse(readFileSync(path.join(ROOT, 'dist', 'extension.meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> } };
const byPart = new Map<string, number>();
for (const [file, info] of Object.entries(bundle.metafile.outputs)) {
  if (file.endsWith('.map')) continue;
  for (const [input, { bytesInOutput }] of Object.entries(info.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const dir = /^(src\/\w+|[^/]+)/.exec(input)?.[1] ?? input;
    const part = pkg ? (/^(micromark|mdast-util|unist-util|remark-)/.test(pkg) ? 'remark / micromark / mdast' : pkg) : dir === 'src/lexicon' ? (input.endsWith('.json') ? 'src/lexicon (data)' : 'src/lexicon (code)') : dir;
    byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
  }
}
const bundleBytes = [...byPart.values()].reduce((a, b) => a + b, 0);
const bundleParts = [...byPart].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => ({ part, kb: bytes / KB }));

// ---------- report ----------
/** A Markdown table, columns padded, numbers (every column but the first) right-aligned. */
function markdownTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]): string => `| ${row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c ? ` ${'-'.repeat(w - 1)}: ` : ` ${'-'.repeat(w)} `)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const env = { node: process.version, date: new Date().toISOString(), maxRssMB: process.resourceUsage().maxRSS / 1024 };
if (json) {
  console.log(JSON.stringify({ ...env, versions, rows, shapes: shapeRows, cli, cold, bundle: { kb: bundleBytes / KB, parts: bundleParts } }, null, 2));
} else {
  const f = (n: number, d = 1): string => n.toFixed(d);
  const table = [
    ['size', 'floor ms', 'lint ms', 'markdownlint ms', 'lint MB/s', 'lint/floor', 'lint/markdownlint', 'peak RSS MB (floor/lint/mdl)'],
    ...rows.map((r) => [r.size, f(r.floor.medianMs), f(r.lint.medianMs), f(r.markdownlint.medianMs), f(r.lintMBps, 2), `${f(r.lintVsFloor, 2)}x`, `${f(r.lintVsMarkdownlint, 2)}x`,
      `${f(r.floor.peakRssMB, 0)} / ${f(r.lint.peakRssMB, 0)} / ${f(r.markdownlint.peakRssMB, 0)}`]),
  ];
  console.log(`proposal-lint bench, Node ${env.node}, ${env.date} (medians; runs: ${rows.map((r) => `${r.size} ${r.lint.runs}`).join(', ')})`);
  console.log(`yardsticks: ${Object.entries(versions.yardstick).map(([k, v]) => `${k} ${v}`).join(', ')}; proposal-lint parses with micromark ${versions.project.micromark}\n`);
  console.log(markdownTable(table));
  console.log(`\n| process (5 KB document, median of 10) | wall ms |\n| --- | ---: |\n| node -e 0 | ${f(cli.nodeStartMs)} |\n| node dist/cli.cjs --no-config FILE | ${f(cli.cliMs)} |`);
  const editor = [
    ['size', 'full lint ms', 'keystroke ms', 'keystroke/full', 'worker lint ms', 'longest host stall ms'],
    ...rows.map((r) => [r.size, f(r.lint.medianMs), f(r.editor.keystrokeMs), `${f(100 * r.editor.keystrokeVsLint, 1)}%`, f(r.editor.workerLintMs), f(r.editor.hostBlockMs)]),
  ];
  console.log(`\nEditor path (keystroke: median of one-character edits re-linted with the document's ParseCache)\n`);
  console.log(markdownTable(editor));
  if (shapeRows.length) {
    const byShape = [
      ['shape', 'bytes', 'full lint ms', 'keystroke ms', 'keystroke/full'],
      ...shapeRows.map((r) => [r.shape, String(r.bytes), f(r.lintMs), f(r.keystrokeMs), `${f(100 * r.keystrokeVsLint, 1)}%`]),
    ];
    console.log(`\nEditor path by document shape (keystroke: median of 5 one-character edits with the document's ParseCache)\n`);
    console.log(markdownTable(byShape));
  }
  console.log(`\n| fresh process, 5 KB document (median of ${cold.processes}) | ms |\n| --- | ---: |\n| load dist/index.cjs | ${f(cold.loadMs)} |\n| first lint (cold) | ${f(cold.firstLintMs)} |\n| second lint | ${f(cold.secondLintMs)} |`);
  console.log(`\nExtension bundle (minified, Node): ${f(bundleBytes / KB, 0)} KB\n\n| part | KB |\n| --- | ---: |\n${bundleParts.map((p) => `| ${p.part} | ${f(p.kb)} |`).join('\n')}`);
  console.log(`\nprocess max RSS: ${f(env.maxRssMB, 0)} MB`);
}

// ---------- whole repository ----------
// The CLI over a generated folder of proposals beside markdownlint-cli2 (scripts/bench-repo.ts;
// `npm run bench:repo` alone, also for its --json). Skipped with --no-repo or --json; its size with --repo-files.
if (!argv.includes('--no-repo') && !json) {
  const repoArgs = ['--files', flag('--repo-files') ?? '2000'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-repo.ts'), ...repoArgs], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
