/**
 * The lint worker (Node extension host): large documents are linted here so the
 * extension host is never blocked. One parse cache per document, as in the host.
 */
import { parentPort } from 'node:worker_threads';
import { ParseCache, type LintOptions } from '../index.js';
import { lintFile } from '../app/lint.js';
import type { WorkerRequest, WorkerResponse } from './offload.js';

const caches = new Map<string, ParseCache>();

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'forget') {
    caches.delete(msg.uri);
    return;
  }
  let reply: WorkerResponse;
  try {
    let cache = caches.get(msg.uri);
    if (!cache) caches.set(msg.uri, (cache = new ParseCache()));
    const options: LintOptions = { ...msg.options, parseCache: cache };
    const r = lintFile(msg.text, options);
    reply = { id: msg.id, findings: r.findings, readiness: r.readiness, frontMatter: r.frontMatter ?? null, disable: r.disable };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
