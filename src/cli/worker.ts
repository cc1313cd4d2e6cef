/**
 * A worker of the CLI's pool (dist/cli-worker.cjs): lints the texts the main thread sends,
 * with options resolved here from the same settings (config files, --rule flags; once per
 * folder), so only the text and the findings (as JSON, the cache's form) cross the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintDocument, type LintOptions } from '../index.js';
import { makeResolver, type ResolveSettings } from './resolver.js';

const { settings, extra } = workerData as { settings: ResolveSettings; extra: Partial<LintOptions> };
const { resolve } = makeResolver(settings);

parentPort!.on('message', async (task: { id: number; absolute: string; text: string }) => {
  try {
    const { options } = await resolve(task.absolute, extra);
    parentPort!.postMessage({ id: task.id, json: JSON.stringify(lintDocument(task.text, options).findings) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e), stack: e instanceof RangeError && /call stack/i.test(e.message) });
  }
});
