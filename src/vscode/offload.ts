/**
 * Linting off the extension host thread (Node): a worker_threads worker running
 * dist/lint-worker.cjs. The web bundle uses offload.web.ts instead (no worker; it lints
 * in place and the maxFileSize setting bounds the cost).
 *
 * One request is in the worker at a time; of the requests waiting, a newer one for the
 * same document supersedes the older (answered at once with an error the scheduler drops,
 * as it awaits the newer). A request the worker does not answer within the timeout is
 * answered with an error, and the worker is terminated (a new one starts for the next);
 * the timeout is 10 s and grows with the document (a full lint of 10 MB takes about 13 s).
 * The worker's heap is bounded (resourceLimits): running out ends the worker, not the host.
 */
import { realpath } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Finding, LintOptions, Readiness } from '../index.js';
import type { DisableEdits } from '../app/scheduler.js';

export type WorkerRequest =
  | { kind: 'lint'; id: number; uri: string; text: string; options: Omit<LintOptions, 'parseCache'> }
  | { kind: 'forget'; uri: string };

export type WorkerResponse =
  | { id: number; findings: Finding[]; readiness: Readiness; frontMatter: Record<string, unknown> | null; disable?: DisableEdits[] }
  | { id: number; error: string };

export interface Offloader {
  lint(uri: string, text: string, options: Omit<LintOptions, 'parseCache'>): Promise<WorkerResponse>;
  forget(uri: string): void;
  dispose(): void;
}

/** What the offloader needs of a worker (node:worker_threads' Worker; a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  on(event: 'message', listener: (r: WorkerResponse) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
  unref(): void;
}

export interface OffloadOptions {
  /** How long the worker may take over one lint (ms) before it is restarted, plus WORKER_TIMEOUT_MS_PER_CHAR. */
  timeoutMs?: number;
  /** The worker's heap limit (MB). */
  maxOldGenerationSizeMb?: number;
  createWorker?: (script: string, options: { resourceLimits: { maxOldGenerationSizeMb: number } }) => WorkerLike;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export const WORKER_TIMEOUT_MS = 10_000;
/**
 * More time per character on top: a full lint of 10 MB takes about 13 s (docs/performance.md),
 * so a large document is given three times that before its worker counts as stuck.
 */
export const WORKER_TIMEOUT_MS_PER_CHAR = 0.004;

/** How long the worker may take over a lint of `chars` characters. */
export function workerTimeout(chars: number, baseMs = WORKER_TIMEOUT_MS): number {
  return Math.round(baseMs + chars * WORKER_TIMEOUT_MS_PER_CHAR);
}
export const WORKER_HEAP_MB = 1024;

interface Pending {
  id: number;
  uri: string;
  text: string;
  options: Omit<LintOptions, 'parseCache'>;
  resolve: (r: WorkerResponse) => void;
}

export function createOffloader(script: string, log: (m: string) => void, opts: OffloadOptions = {}): Offloader | undefined {
  const timeoutMs = opts.timeoutMs ?? WORKER_TIMEOUT_MS;
  const createWorker = opts.createWorker ?? ((s, o) => new Worker(s, o));
  const setTimer = opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let worker: WorkerLike | undefined;
  let seq = 0;
  let inFlight: Pending | undefined;
  let timer: unknown;
  let disposed = false;
  const queue: Pending[] = [];

  const finish = (r: WorkerResponse): void => {
    const p = inFlight;
    if (!p || p.id !== r.id) return;
    clearTimer(timer);
    inFlight = undefined;
    p.resolve(r);
    pump();
  };
  const start = (): WorkerLike => {
    const w = createWorker(script, { resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? WORKER_HEAP_MB } });
    w.on('message', (r: WorkerResponse) => {
      if (worker === w) finish(r);
    });
    w.on('error', (e: Error) => log(`lint worker error: ${e.message}`));
    w.on('exit', () => {
      if (worker !== w) return; // a worker already replaced (timed out)
      worker = undefined;
      if (inFlight) finish({ id: inFlight.id, error: 'the lint worker stopped' });
    });
    w.unref();
    return w;
  };
  const pump = (): void => {
    if (disposed || inFlight) return;
    const p = queue.shift();
    if (!p) return;
    inFlight = p;
    const w = (worker ??= start());
    const ms = workerTimeout(p.text.length, timeoutMs);
    timer = setTimer(() => {
      if (inFlight !== p) return;
      log(`lint worker: no answer for ${p.uri} within ${ms} ms; restarting it`);
      worker = undefined;
      void w.terminate();
      finish({ id: p.id, error: `no answer within ${Math.round(ms / 100) / 10} s; the lint worker was restarted` });
    }, ms);
    w.postMessage({ kind: 'lint', id: p.id, uri: p.uri, text: p.text, options: p.options });
  };

  return {
    lint(uri, text, options) {
      const id = ++seq;
      if (disposed) return Promise.resolve({ id, error: 'the lint worker is disposed' });
      return new Promise((resolve) => {
        const older = queue.findIndex((q) => q.uri === uri);
        if (older >= 0) {
          const [stale] = queue.splice(older, 1);
          stale!.resolve({ id: stale!.id, error: 'superseded by a newer lint of the same document' });
        }
        queue.push({ id, uri, text, options, resolve });
        pump();
      });
    },
    forget(uri) {
      const older = queue.findIndex((q) => q.uri === uri);
      if (older >= 0) {
        const [stale] = queue.splice(older, 1);
        stale!.resolve({ id: stale!.id, error: 'the document closed' });
      }
      worker?.postMessage({ kind: 'forget', uri });
    },
    dispose() {
      disposed = true;
      clearTimer(timer);
      const w = worker;
      worker = undefined;
      void w?.terminate();
    },
  };
}

/** The real path of a file (symbolic links resolved), or undefined (no such file). Node only: the web build has none. */
export async function realPath(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}
