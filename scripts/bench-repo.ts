/**
 * Whole-repository benchmark: proposal-lint over a generated folder of proposals beside
 * markdownlint-cli2 (scripts/bench-peers, installed as a user installs it) on the same folder.
 *   npm run bench:repo [-- --files 2000] [--runs 3] [--json]      (also the last part of npm run bench)
 *
 * Each proposal is 8 KB of deterministic proposal-like Markdown (scripts/bench-doc.ts, one seed a
 * file). Every tool runs as a whole process, wall time as the median of --runs runs:
 *   markdownlint-cli2   markdownlint-cli2 "**\/*.md" with its default rules
 *   cold                proposal-lint --cache with no cache file (every file linted; the pool on every core)
 *   warm                proposal-lint --cache again (nothing changed: every answer from the cache)
 *   one thread          proposal-lint --concurrency off (what it was before the pool)
 * Peak memory is the process's VmHWM (Linux /proc; the pool's workers are threads of the same process),
 * at the full size and at a quarter of it: memory that does not grow with the number of files.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate, KB } from './bench-doc.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const PEERS = path.join(ROOT, 'scripts', 'bench-peers');
const MDL = path.join(PEERS, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const CLI = path.join(ROOT, 'dist', 'cli.cjs');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const files = Number(flag('--files') ?? 2000);
const runs = Number(flag('--runs') ?? 3);
const json = argv.includes('--json');
if (!(Number.isInteger(files) && files >= 4) || !(Number.isInteger(runs) && runs >= 1)) throw new Error('--files takes a whole number of at least 4, --runs of at least 1');

if (!fs.existsSync(MDL)) {
  log('installing the benchmark yardsticks into scripts/bench-peers (first run only) ...');
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in scripts/bench-peers failed; the bench needs the npm registry once');
}
if (!fs.existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run npm run build first');

/** A folder of `n` proposals (8 KB each, one seed a file), half of them under a Japanese name. */
function folder(n: number): { dir: string; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bench-repo-'));
  fs.mkdirSync(path.join(dir, 'proposals'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = generate(8 * KB, 1000 + i);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, 'proposals', i % 2 ? `${i}-提案.md` : `${i}-proposal.md`), text);
  }
  return { dir, bytes };
}

/** One process: wall ms and peak RSS (VmHWM, sampled every 20 ms until it exits). */
function once(args: string[], cwd: string): Promise<{ ms: number; peakMB: number; code: number | null }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    let peak = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch { /* gone, or not Linux */ }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakMB: peak, code });
    });
  });
}

async function measure(label: string, args: string[], cwd: string, before?: () => void) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    results.push(await once(args, cwd));
  }
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const row = { label, medianMs: sorted[sorted.length >> 1]!.ms, peakMB: Math.max(...results.map((r) => r.peakMB)), exitCode: results[0]!.code };
  log(`  ${label.padEnd(20)} ${(row.medianMs / 1000).toFixed(2)} s   peak ${row.peakMB.toFixed(0)} MB   exit ${row.exitCode}`);
  return row;
}

const main = folder(files);
const quarter = folder(Math.max(4, files >> 2));
const cacheFile = path.join(main.dir, '.proposallintcache');
try {
  log(`[repo] ${files} generated proposals (${(main.bytes / 1024 / 1024).toFixed(1)} MB), ${os.availableParallelism()} cores, median of ${runs}`);
  // The file system cache warmed for everyone.
  spawnSync(process.execPath, [CLI, '--concurrency', 'off'], { cwd: main.dir, stdio: 'ignore' });
  const mdl = await measure('markdownlint-cli2', [MDL, '**/*.md'], main.dir);
  const cold = await measure('proposal-lint cold', [CLI, '--cache', '--cache-location', cacheFile], main.dir, () => fs.rmSync(cacheFile, { force: true }));
  const warm = await measure('proposal-lint warm', [CLI, '--cache', '--cache-location', cacheFile], main.dir);
  const single = await measure('one thread', [CLI, '--concurrency', 'off'], main.dir);
  const small = await measure(`cold, ${Math.max(4, files >> 2)} files`, [CLI, '--cache', '--cache-location', path.join(quarter.dir, '.c')], quarter.dir, () => fs.rmSync(path.join(quarter.dir, '.c'), { force: true }));
  const out = {
    files, bytes: main.bytes, cores: os.availableParallelism(), runs, loadavg: os.loadavg()[0],
    rows: [mdl, cold, warm, single, small],
    coldVsMarkdownlintCli2: cold.medianMs / mdl.medianMs,
    warmVsCold: warm.medianMs / cold.medianMs,
    poolVsOneThread: cold.medianMs / single.medianMs,
    peakMBQuarterVsFull: [small.peakMB, cold.peakMB],
  };
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`\n| ${files} proposals, ${(main.bytes / 1024 / 1024).toFixed(1)} MB, ${out.cores} cores (load ${out.loadavg.toFixed(1)}) | wall s (median of ${runs}) | peak RSS MB |\n| --- | ---: | ---: |`);
    for (const r of out.rows) console.log(`| ${r.label} | ${(r.medianMs / 1000).toFixed(2)} | ${r.peakMB.toFixed(0)} |`);
    console.log(`\ncold / markdownlint-cli2 = ${out.coldVsMarkdownlintCli2.toFixed(2)}x (goal <= 0.6), warm / cold = ${out.warmVsCold.toFixed(2)}x (goal <= 0.2), pool / one thread = ${out.poolVsOneThread.toFixed(2)}x`);
  }
} finally {
  fs.rmSync(main.dir, { recursive: true, force: true });
  fs.rmSync(quarter.dir, { recursive: true, force: true });
}
