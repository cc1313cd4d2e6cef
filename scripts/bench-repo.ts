/**
 * Whole-repository benchmark: proposal-lint over a generated folder of proposals beside
 * markdownlint-cli2 (scripts/bench-peers, installed as a user installs it) on the same folder.
 *   npm run bench:repo [-- --files 2000] [--memory 400,4000] [--runs 3] [--json] [--cli other/dist/cli.cjs]
 * (also the last part of npm run bench; --cli measures another build, e.g. the one before a change)
 *
 * Each proposal is 8 KB of deterministic proposal-like Markdown (scripts/bench-doc.ts, one seed a
 * file). Every tool runs as a whole process; wall and CPU time (user + system, all threads) are
 * the medians of --runs runs:
 *   markdownlint-cli2   markdownlint-cli2 "**\/*.md" with its default rules
 *   cold                proposal-lint --cache with no cache file (every file linted; the pool on every core)
 *   warm                proposal-lint --cache again (nothing changed: every answer from the cache)
 *   one thread          proposal-lint --concurrency off
 * Peak memory is the process's VmHWM (Linux /proc, sampled every 20 ms; the pool's workers are
 * threads of the same process), cold and warm, at the main size and at each --memory size:
 * memory must not grow with the number of files (the check: 10 times the files, under twice
 * the peak). The machine's load average is printed before and after: on a shared machine the
 * pool has fewer free cores than it counts, and the CPU times say more than the wall times.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate, KB } from './bench-doc.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const PEERS = path.join(ROOT, 'scripts', 'bench-peers');
const MDL = path.join(PEERS, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const files = Number(flag('--files') ?? 2000);
const runs = Number(flag('--runs') ?? 3);
const memorySizes = (flag('--memory') ?? '400,4000').split(',').filter(Boolean).map(Number);
const json = argv.includes('--json');
const CLI = path.resolve(flag('--cli') ?? path.join(ROOT, 'dist', 'cli.cjs'));
if (!(Number.isInteger(files) && files >= 4) || !(Number.isInteger(runs) && runs >= 1) || !memorySizes.every((n) => Number.isInteger(n) && n >= 4)) {
  throw new Error('--files takes a whole number of at least 4, --runs of at least 1, --memory a list of such numbers');
}

if (!fs.existsSync(MDL)) {
  log('installing the benchmark yardsticks into scripts/bench-peers (first run only) ...');
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci in scripts/bench-peers failed; the bench needs the npm registry once');
}
if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);

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

/** CPU time of the children this process has waited for (cutime + cstime, /proc/self/stat), in ms. */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, cutime and cstime fields 16 and 17 (man 5 proc).
    return (Number(fields[13]) + Number(fields[14])) * (1000 / 100);
  } catch {
    return Number.NaN; // not Linux
  }
}

interface Run { ms: number; cpuMs: number; peakMB: number; code: number | null }

/** One process: wall ms, CPU ms and peak RSS (VmHWM, sampled every 20 ms until it exits). */
function once(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const cpu = childrenCpuMs();
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
      const ms = performance.now() - start;
      // The CPU time counts once the child is waited for: after 'exit', on the next turn.
      setImmediate(() => resolve({ ms, cpuMs: childrenCpuMs() - cpu, peakMB: peak, code }));
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
interface Row { label: string; medianMs: number; medianCpuMs: number; peakMB: number; exitCode: number | null; loadBefore: number; loadAfter: number }

async function measure(label: string, args: string[], cwd: string, before?: () => void, times = runs): Promise<Row> {
  const results: Run[] = [];
  const loadBefore = os.loadavg()[0]!;
  for (let i = 0; i < times; i++) {
    before?.();
    results.push(await once(args, cwd));
  }
  const row = { label, medianMs: median(results.map((r) => r.ms)), medianCpuMs: median(results.map((r) => r.cpuMs)), peakMB: Math.max(...results.map((r) => r.peakMB)), exitCode: results[0]!.code, loadBefore, loadAfter: os.loadavg()[0]! };
  log(`  ${label.padEnd(24)} ${(row.medianMs / 1000).toFixed(2).padStart(6)} s wall  ${(row.medianCpuMs / 1000).toFixed(2).padStart(6)} s CPU   peak ${row.peakMB.toFixed(0)} MB   exit ${row.exitCode}   load ${loadBefore.toFixed(1)} → ${row.loadAfter.toFixed(1)}`);
  return row;
}

const cold = (dir: string) => {
  const cache = path.join(dir, '.proposallintcache');
  return { args: [CLI, '--cache', '--cache-location', cache], clear: () => fs.rmSync(cache, { force: true }) };
};

const sizes = [...new Set([...memorySizes, files])].sort((a, b) => a - b);
const folders = new Map(sizes.map((n) => [n, folder(n)]));
try {
  const main = folders.get(files)!;
  log(`[repo] ${files} generated proposals (${(main.bytes / 1024 / 1024).toFixed(1)} MB), ${os.availableParallelism()} cores, median of ${runs}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // The file system cache warmed for everyone.
  spawnSync(process.execPath, [MDL, '**/*.md'], { cwd: main.dir, stdio: 'ignore' });
  const c = cold(main.dir);
  const mdl = await measure('markdownlint-cli2', [MDL, '**/*.md'], main.dir);
  const coldRow = await measure('proposal-lint cold', c.args, main.dir, c.clear);
  const warmRow = await measure('proposal-lint warm', c.args, main.dir);
  const single = await measure('one thread', [CLI, '--concurrency', 'off'], main.dir);
  // Memory by the number of files: cold and warm at every size (one run each; the main size's from above).
  const memory: Array<{ files: number; coldMB: number; warmMB: number }> = [];
  for (const n of sizes) {
    if (n === files) {
      memory.push({ files: n, coldMB: coldRow.peakMB, warmMB: warmRow.peakMB });
      continue;
    }
    const m = cold(folders.get(n)!.dir);
    const coldN = await measure(`cold, ${n} files`, m.args, folders.get(n)!.dir, m.clear, 1);
    const warmN = await measure(`warm, ${n} files`, m.args, folders.get(n)!.dir, undefined, 1);
    memory.push({ files: n, coldMB: coldN.peakMB, warmMB: warmN.peakMB });
  }
  const first = memory[0]!;
  const last = memory[memory.length - 1]!;
  const growth = { files: last.files / first.files, cold: last.coldMB / first.coldMB, warm: last.warmMB / first.warmMB };
  const bounded = memory.length < 2 || (growth.cold < 2 && growth.warm < 2);
  const out = {
    files, bytes: main.bytes, cores: os.availableParallelism(), runs,
    rows: [mdl, coldRow, warmRow, single],
    coldVsMarkdownlintCli2: coldRow.medianMs / mdl.medianMs,
    coldCpuVsMarkdownlintCli2: coldRow.medianCpuMs / mdl.medianCpuMs,
    warmVsCold: warmRow.medianMs / coldRow.medianMs,
    poolVsOneThread: coldRow.medianMs / single.medianMs,
    memory, memoryGrowth: growth, memoryBounded: bounded,
  };
  if (json) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`\n| ${files} proposals, ${(main.bytes / 1024 / 1024).toFixed(1)} MB, ${out.cores} cores | wall s | CPU s | peak RSS MB | load before → after |\n| --- | ---: | ---: | ---: | --- |`);
    for (const r of out.rows) console.log(`| ${r.label} | ${(r.medianMs / 1000).toFixed(2)} | ${(r.medianCpuMs / 1000).toFixed(2)} | ${r.peakMB.toFixed(0)} | ${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)} |`);
    console.log(`\n| files | peak RSS cold MB | peak RSS warm MB |\n| ---: | ---: | ---: |`);
    for (const m of memory) console.log(`| ${m.files} | ${m.coldMB.toFixed(0)} | ${m.warmMB.toFixed(0)} |`);
    console.log(`\ncold / markdownlint-cli2 = ${out.coldVsMarkdownlintCli2.toFixed(2)}x wall (goal <= 0.6), ${out.coldCpuVsMarkdownlintCli2.toFixed(2)}x CPU; warm / cold = ${out.warmVsCold.toFixed(2)}x (goal <= 0.2); pool / one thread = ${out.poolVsOneThread.toFixed(2)}x`);
    console.log(`memory: ${growth.files.toFixed(0)}x the files, ${growth.cold.toFixed(2)}x the peak cold, ${growth.warm.toFixed(2)}x warm: ${bounded ? 'does not grow with the number of files (under 2x)' : 'GROWS with the number of files'}`);
  }
  if (!bounded) process.exitCode = 1;
} finally {
  for (const f of folders.values()) fs.rmSync(f.dir, { recursive: true, force: true });
}
