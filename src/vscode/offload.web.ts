/** The web extension host has no worker_threads: large documents lint in place. */
import type { Offloader } from './offload.js';

export type { Offloader, WorkerRequest, WorkerResponse } from './offload.js';

export function createOffloader(_script: string, _log: (m: string) => void): Offloader | undefined {
  return undefined;
}

/** No file system paths in the web extension host: symbolic links cannot be resolved. */
export async function realPath(_path: string): Promise<string | undefined> {
  return undefined;
}
