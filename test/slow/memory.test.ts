/**
 * Memory that does not grow with the number of files (issue 16): the CLI writes each file's
 * report as it comes and lets it go, and --cache keeps an index of its file, not every file's
 * findings. Measured as the live heap (after a forced collection, every 25 files written) while
 * the CLI runs over 100 and over 500 generated proposals of 8 KB, after a run that warms the
 * code up: the same, give or take (the list of files is about 200 bytes a file), where keeping
 * the results would add at least the report itself. Peak RSS of whole processes (with the pool's
 * workers) is in npm run bench:repo.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { run } from '../../src/cli/main.js';
import { generate, KB } from '../../scripts/bench-doc.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function folder(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-memory-'));
  fs.mkdirSync(path.join(dir, 'proposals'));
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, 'proposals', i % 2 ? `${i}-提案.md` : `${i}-proposal.md`), generate(8 * KB, 5000 + i));
  return dir;
}

/** The largest live heap seen while the CLI runs, and the length of what it wrote. */
async function peakLiveHeap(args: string[], cwd: string): Promise<{ peak: number; written: number; code: number }> {
  let writes = 0;
  let written = 0;
  let peak = 0;
  const sample = () => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  sample();
  const code = await run(args, {
    stdout: (t) => {
      written += t.length;
      if (++writes % 25 === 0) sample();
      else if (t.length > 1 << 20) sample(); // a whole report at once: seen while it is held
    },
    stderr: () => {},
    readStdin: async () => '',
    cwd,
    color: false,
  });
  sample();
  return { peak, written, code };
}

describe('memory does not grow with the number of files (slow)', function () {
  this.timeout(900_000);
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  for (const [name, args] of [['one thread, --cache cold then warm', ['--concurrency', 'off', '--cache']], ['the pool (the main thread\'s heap)', ['--concurrency', '2']]] as Array<[string, string[]]>) {
    it(name, async () => {
      const small = folder(100);
      const large = folder(500);
      dirs.push(small, large);
      // Compiled code grows as the code warms up over the first few hundred files, whatever
      // they are: a run over the larger folder first, so that both runs measured start warm.
      await peakLiveHeap([...args.filter((a) => a !== '--cache'), '--today', '2026-12-01'], large);
      const runs = args.includes('--cache') ? 2 : 1;
      for (let i = 0; i < runs; i++) {
        const a = await peakLiveHeap([...args, '--today', '2026-12-01'], small);
        const b = await peakLiveHeap([...args, '--today', '2026-12-01'], large);
        assert.equal(a.code, 0);
        assert.equal(b.code, 0);
        const grown = b.peak - a.peak;
        // 400 more files wrote this much more report; keeping their results would keep at least that.
        const more = b.written - a.written;
        assert.ok(more > 1_000_000, `${more} more characters of report`);
        // Kept results cost about 56 KB a file here (22 MB for the 400 more, measured before the
        // report was streamed); the list of files costs 200 bytes a file, and the lexicon's bounded
        // memo of folded paragraphs (one thread: it lints in this heap) up to about 1 MB whatever the files.
        assert.ok(grown < 4_000_000, `${i ? 'warm' : 'cold'}: live heap ${(a.peak / 1e6).toFixed(1)} MB for 100 files, ${(b.peak / 1e6).toFixed(1)} MB for 500 (${(grown / 1e6).toFixed(1)} MB more; the report grew by ${(more / 1e6).toFixed(1)} M characters)`);
      }
    });
  }
});
