/**
 * Linting off the extension host thread (Node): a worker_threads worker running
 * dist/lint-worker.cjs. The web bundle uses offload.web.ts instead (no worker; it lints
 * in place and the maxFileSize setting bounds the cost).
 */
import { Worker } from 'node:worker_threads';
import type { Finding, LintOptions, Readiness } from '../index.js';

export type WorkerRequest =
  | { kind: 'lint'; id: number; uri: string; text: string; options: Omit<LintOptions, 'parseCache'> }
  | { kind: 'forget'; uri: string };

export type WorkerResponse =
  | { id: number; findings: Finding[]; readiness: Readiness; frontMatter: Record<string, unknown> | null }
  | { id: number; error: string };

export interface Offloader {
  lint(uri: string, text: string, options: Omit<LintOptions, 'parseCache'>): Promise<WorkerResponse>;
  forget(uri: string): void;
  dispose(): void;
}

export function createOffloader(script: string, log: (m: string) => void): Offloader | undefined {
  let worker: Worker | undefined;
  let seq = 0;
  const waiting = new Map<number, (r: WorkerResponse) => void>();
  const start = (): Worker => {
    const w = new Worker(script);
    w.on('message', (r: WorkerResponse) => {
      waiting.get(r.id)?.(r);
      waiting.delete(r.id);
    });
    w.on('error', (e) => log(`lint worker error: ${e.message}`));
    w.on('exit', () => {
      worker = undefined;
      for (const [id, resolve] of waiting) resolve({ id, error: 'the lint worker stopped' });
      waiting.clear();
    });
    w.unref();
    return w;
  };
  return {
    lint(uri, text, options) {
      worker ??= start();
      const id = ++seq;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker!.postMessage({ kind: 'lint', id, uri, text, options } satisfies WorkerRequest);
      });
    },
    forget(uri) {
      worker?.postMessage({ kind: 'forget', uri } satisfies WorkerRequest);
    },
    dispose() {
      void worker?.terminate();
    },
  };
}
