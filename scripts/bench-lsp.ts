/**
 * The keystroke benchmark, both ways an editor can run proposal-lint (docs/architecture.md):
 *   npm run bench:lsp [-- --sizes 5k,50k,1m] [--edits N] [--json]
 *
 * On the benchmark's document (scripts/bench-doc.ts) of each size, the same one-character
 * edits ("x" typed before a space at evenly spread places) are re-linted:
 *   library  in this process, through the application layer's host backend (lintFile with
 *            the document's ParseCache: findings, readiness, disable edits), as the VS Code
 *            extension does on its host thread; the findings are also turned into the plain
 *            diagnostic shapes (src/vscode/mapping.ts), which is all the extension adds;
 *   server   through the language server (dist/lsp.cjs) in its own process: an incremental
 *            textDocument/didChange, then textDocument/diagnostic (pull), timed from sending
 *            the change to the diagnostics being parsed here: the round trip an editor
 *            client waits for, with no debounce on either side.
 * Medians; the server's first lint (its cold start) is not counted, only its spawn-to-ready.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { hostBackend } from '../src/app/lint.js';
import { toDiagnosticData } from '../src/vscode/mapping.js';
import { generate, parseSize, KB, MB } from './bench-doc.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const sizes = (flag('--sizes') ?? '5k,50k,1m').split(',').map(parseSize);
const json = argv.includes('--json');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const editsFor = (bytes: number) => Number(flag('--edits') ?? (bytes <= 64 * KB ? 41 : bytes <= 2 * MB ? 9 : 5));

/** Where the i-th of n edits goes: before the first space after an evenly spread offset. */
function editAt(text: string, i: number, n: number): number {
  return Math.max(0, text.indexOf(' ', Math.floor((text.length * i) / (n + 1))));
}

function library(text: string, edits: number): { ms: number; findings: number } {
  const cache = hostBackend.createCache();
  hostBackend.lint(text, {}, cache);
  for (let i = 0; i < 10; i++) hostBackend.lint(`${text}${' '.repeat(i)}`, {}, cache); // warm, like the extension after its warm-up
  let current = text;
  const times: number[] = [];
  let findings = 0;
  for (let i = 1; i <= edits; i++) {
    const at = editAt(current, i, edits);
    current = current.slice(0, at) + 'x' + current.slice(at);
    const t0 = performance.now();
    const answer = hostBackend.lint(current, {}, cache);
    findings = answer.findings.map(toDiagnosticData).length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), findings };
}

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function server(text: string, edits: number): Promise<{ ms: number; startMs: number; firstMs: number; findings: number; kb: number }> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist/lsp.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  rpc.onRequest('client/registerCapability', () => null);
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
  await rpc.sendNotification('initialized', {});
  const startMs = performance.now() - t0;
  const uri = pathToFileURL(path.join(ROOT, 'bench', 'bench-proposal.md')).href;
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const pull = () => rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{ items: unknown[] }>;
  const t1 = performance.now();
  await pull();
  const firstMs = performance.now() - t1;
  for (let i = 0; i < 10; i++) { // warm the server the same way as the library
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 + i }, contentChanges: [{ text: `${text}${' '.repeat(i)}` }] });
    await pull();
  }
  await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 100 }, contentChanges: [{ text }] });
  let current = text;
  let version = 100;
  const times: number[] = [];
  let last = { items: [] as unknown[] };
  for (let i = 1; i <= edits; i++) {
    const at = editAt(current, i, edits);
    const p = position(current, at);
    current = current.slice(0, at) + 'x' + current.slice(at);
    const t = performance.now();
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: p, end: p }, text: 'x' }] });
    last = await pull();
    times.push(performance.now() - t);
  }
  const kb = Buffer.byteLength(JSON.stringify(last)) / KB;
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  return { ms: median(times), startMs, firstMs, findings: last.items.length, kb };
}

const label = (bytes: number): string => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);
const rows = [];
for (const bytes of sizes) {
  const text = generate(bytes);
  const edits = editsFor(bytes);
  log(`[${label(bytes)}] ${edits} keystrokes, library then server ...`);
  const lib = library(text, edits);
  const srv = await server(text, edits);
  if (lib.findings !== srv.findings) throw new Error(`the library found ${lib.findings} and the server ${srv.findings} on the same text`);
  rows.push({ size: label(bytes), bytes: text.length, edits, libraryMs: lib.ms, serverMs: srv.ms, overheadMs: srv.ms - lib.ms, findings: srv.findings, diagnosticsKB: srv.kb, serverStartMs: srv.startMs, serverFirstLintMs: srv.firstMs });
}

if (json) console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2));
else {
  const f = (n: number) => n.toFixed(1);
  console.log(`proposal-lint keystroke: library vs language server, Node ${process.version}, ${new Date().toISOString()} (medians)\n`);
  console.log('| size | edits | library ms | server round trip ms | server − library ms | diagnostics | diagnostics JSON KB | server spawn→ready ms | server first lint ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.size} | ${r.edits} | ${f(r.libraryMs)} | ${f(r.serverMs)} | ${f(r.overheadMs)} | ${r.findings} | ${f(r.diagnosticsKB)} | ${f(r.serverStartMs)} | ${f(r.serverFirstLintMs)} |`);
}
