/**
 * The CLI's worker pool (node:worker_threads): every core lints, the main thread reads files and
 * keeps the order. At most two texts per worker are in flight, so memory does not grow with the
 * number of files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding, LintOptions } from '../index.js';
import type { ResolveSettings } from './resolver.js';

/** dist/cli-worker.cjs: next to the running bundle, or built in the repository (tests run the sources). */
export function workerFile(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [path.join(here, 'cli-worker.cjs'), path.join(here, '..', '..', 'dist', 'cli-worker.cjs')].find((f) => fs.existsSync(f));
}

/** How many workers for `files` files to lint: `--concurrency` as given, or (auto) one per core when there is enough work. */
export function poolSize(concurrency: 'auto' | 'off' | number, files: number): number {
  if (concurrency === 'off') return 0;
  const cores = os.availableParallelism();
  const wanted = concurrency === 'auto' ? (cores > 1 && files >= 16 ? cores : 0) : concurrency;
  // More workers than files only start threads that do nothing.
  return Math.min(wanted, files);
}

/** A worker that failed (a crash, a rule that blew the stack): the CLI's internal-error line, or the nesting line. */
export class WorkerFailure extends Error {
  constructor(message: string, readonly stack_: boolean) {
    super(message);
  }
}

export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, { resolve: (f: Finding[]) => void; reject: (e: Error) => void; worker: Worker }>();
  private next = 0;
  private failed: Error | undefined;

  constructor(size: number, file: string, settings: ResolveSettings, extra: Partial<LintOptions>) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, { workerData: { settings, extra } });
      worker.on('message', (m: { id: number; findings?: Finding[]; error?: string; stack?: boolean }) => {
        const task = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        if (m.error !== undefined) task.reject(new WorkerFailure(m.error, !!m.stack));
        else task.resolve(m.findings!);
        this.release(worker);
      });
      const fail = (e: Error) => {
        this.failed ??= e;
        for (const wake of this.waiting.splice(0)) wake();
        for (const [id, task] of this.pending) if (task.worker === worker) { this.pending.delete(id); task.reject(e); }
      };
      worker.on('error', fail);
      worker.on('exit', (code) => { if (code !== 0) fail(new Error(`a lint worker stopped (exit code ${code})`)); });
      // Two tasks per worker: the next text is there when one finishes.
      this.workers.push(worker);
      this.idle.push(worker, worker);
    }
  }

  /** Resolves when a worker can take another text (keeps at most two per worker in flight). */
  async slot(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.idle.length > 0) return;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failed) throw this.failed;
  }

  /** Lints one text on a worker; call after `slot()`. */
  lint(absolute: string, text: string): Promise<Finding[]> {
    const worker = this.idle.shift()!;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, absolute, text });
    });
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
