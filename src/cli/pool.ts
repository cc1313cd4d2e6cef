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

/**
 * Files from this many UTF-8 bytes are linted in a worker of their own, under a time and a heap
 * limit. Ordinary proposals (5-50 KB) stay on the fast path; the parser's slowest linear shapes
 * (a list item every 4 bytes: ~150 µs an item) need about 130 KB to reach 5 s.
 */
export const BOUNDED_FROM = 64 * 1024;
/** The heap a bounded lint may use (the worker's old generation), in megabytes. */
export const BOUNDED_HEAP_MB = 1024;

/** What a bounded lint came to: the findings as JSON, or the limit it hit. */
export type BoundedResult = { json: string } | { limit: 'time' | 'memory' };

/**
 * Lints one large file at a time in a worker of its own (the pool's entry, dist/cli-worker.cjs),
 * with `resourceLimits` and a timer: a file that takes longer than `ms` or needs more heap is
 * stopped there (the worker terminated) and answered with the limit it hit, so no file holds the
 * run longer than the limit. One at a time, so the heap limit bounds the whole run's extra memory.
 */
export class BoundedLint {
  private running: Promise<unknown> = Promise.resolve();
  private current: Worker | undefined;

  constructor(private readonly file: string, private readonly settings: ResolveSettings, private readonly extra: Partial<LintOptions>, private readonly ms: number, private readonly heapMb = BOUNDED_HEAP_MB) {}

  /** Resolves when no bounded lint is running. */
  async slot(): Promise<void> {
    await this.running;
  }

  /** Lints one text (call after `slot()`). Rejects with a WorkerFailure as the pool does. */
  lint(absolute: string, text: string): Promise<BoundedResult> {
    let stopped: Promise<number> | undefined;
    const worker = new Worker(this.file, { workerData: { settings: this.settings, extra: this.extra }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const done = new Promise<BoundedResult>((resolve, reject) => {
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopped = worker.terminate();
        f();
      };
      const timer = setTimeout(() => settle(() => resolve({ limit: 'time' })), this.ms);
      worker.on('message', (m: { json?: string; error?: string; stack?: boolean }) => settle(() => (m.error !== undefined ? reject(new WorkerFailure(m.error, !!m.stack)) : resolve({ json: m.json! }))));
      worker.on('error', (e: Error & { code?: string }) => settle(() => (e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ limit: 'memory' }) : reject(e))));
      worker.on('exit', (code) => settle(() => reject(new Error(`a lint worker stopped (exit code ${code})`))));
      this.current = worker;
      worker.postMessage({ id: 0, absolute, text });
    });
    // The next one starts when this worker is gone (its heap given back).
    this.running = done.catch(() => undefined).then(() => stopped);
    return done;
  }

  /** Stops the worker still running (a run that ended early). */
  async close(): Promise<void> {
    await this.current?.terminate();
  }
}
