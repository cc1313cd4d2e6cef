/**
 * The CLI's worker pool (node:worker_threads): every core lints, the main thread reads files,
 * answers from the cache and writes the report in order. Workers start when there is work for
 * them (a run answered from the cache starts none), at most two texts per worker are in flight,
 * and findings come back as JSON (the form the cache keeps), so memory does not grow with the
 * number of files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../index.js';
import type { ResolveSettings } from './resolver.js';

/** dist/cli-worker.cjs: next to the running bundle, or built in the repository (tests run the sources). */
export function workerFile(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [path.join(here, 'cli-worker.cjs'), path.join(here, '..', '..', 'dist', 'cli-worker.cjs')].find((f) => fs.existsSync(f));
}

/** How many workers at most for `files` files: `--concurrency` as given, or (auto) one per core when there is enough work. */
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

interface Task { resolve: (json: string) => void; reject: (e: Error) => void; worker: Running }
interface Running { worker: Worker; busy: number }
/** Texts in flight per worker: the next one is there when one finishes. */
const PER_WORKER = 2;

export class LintPool {
  private readonly running: Running[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly pending = new Map<number, Task>();
  private next = 0;
  private failed: Error | undefined;

  constructor(private readonly size: number, private readonly file: string, private readonly settings: ResolveSettings, private readonly extra: Partial<LintOptions>) {}

  /** Resolves when a worker can take another text (at most two per worker in flight). */
  async slot(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.pending.size < this.size * PER_WORKER) return;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failed) throw this.failed;
  }

  /** Lints one text on a worker (call after `slot()`): its findings as JSON. A new worker starts while every running one is busy. */
  lint(absolute: string, text: string): Promise<string> {
    let target = this.running.find((r) => r.busy === 0);
    if (!target && this.running.length < this.size) target = this.start();
    target ??= this.running.reduce((a, b) => (b.busy < a.busy ? b : a));
    const worker = target;
    worker.busy++;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.worker.postMessage({ id, absolute, text });
    });
  }

  private start(): Running {
    const worker = new Worker(this.file, { workerData: { settings: this.settings, extra: this.extra } });
    const running: Running = { worker, busy: 0 };
    worker.on('message', (m: { id: number; json?: string; error?: string; stack?: boolean }) => {
      const task = this.pending.get(m.id)!;
      this.pending.delete(m.id);
      running.busy--;
      if (m.error !== undefined) task.reject(new WorkerFailure(m.error, !!m.stack));
      else task.resolve(m.json!);
      this.waiting.shift()?.();
    });
    const fail = (e: Error) => {
      this.failed ??= e;
      for (const wake of this.waiting.splice(0)) wake();
      for (const [id, task] of this.pending) if (task.worker === running) { this.pending.delete(id); task.reject(e); }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (code !== 0) fail(new Error(`a lint worker stopped (exit code ${code})`)); });
    this.running.push(running);
    return running;
  }

  async close(): Promise<void> {
    await Promise.all(this.running.map((r) => r.worker.terminate()));
  }
}
