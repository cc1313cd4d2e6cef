/** The web extension host has no worker_threads: large documents lint in place. */
import type { Offloader } from './offload.js';

export type { Offloader, WorkerRequest, WorkerResponse } from './offload.js';

export function createOffloader(_script: string, _log: (m: string) => void): Offloader | undefined {
  return undefined;
}
