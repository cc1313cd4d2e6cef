/**
 * A small LSP client for the language server's protocol tests: spawns `node dist/lsp.cjs
 * --stdio` (or the CLI with --stdio) and talks JSON-RPC to it with vscode-jsonrpc (through
 * vscode-languageserver/node), as an editor would. It answers the server's requests
 * (workspace/configuration from `settings`, registrations, refreshes) and records what the
 * server pushes (diagnostics, messages). Positions are converted here independently of
 * src/lsp/positions.ts, with TextEncoder, so the tests check the server's columns.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, Position, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface StartOptions {
  /** What the client offers in general.positionEncodings (none: the field is left out, so UTF-16). */
  encodings?: string[];
  /** The client pulls diagnostics (declares textDocument.diagnostic). */
  pull?: boolean;
  /** Answers to workspace/configuration for section proposalLint (none: the client has no such request). */
  settings?: Record<string, unknown>;
  locale?: string;
  rootPath?: string;
  /** The command to start: the ls bin (default) or the CLI with --stdio. */
  command?: 'ls' | 'cli';
  capabilities?: ClientCapabilities;
  /** The client takes snippets in completions (default true). */
  snippets?: boolean;
}

export class Client {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly configurationRequests: unknown[] = [];
  readonly stderr: string[] = [];
  private waiters: Array<() => void> = [];
  initialize!: InitializeResult;

  private constructor(readonly proc: ChildProcess, readonly rpc: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<Client> {
    const args = options.command === 'cli' ? [path.join(ROOT, 'dist/cli.cjs'), '--stdio'] : [path.join(ROOT, 'dist/lsp.cjs'), '--stdio'];
    const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const rpc = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new Client(proc, rpc);
    proc.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = client.diagnostics.get(p.uri) ?? [];
      list.push(p);
      client.diagnostics.set(p.uri, list);
      client.wake();
    });
    rpc.onNotification('window/showMessage', (p: { type: number; message: string }) => void client.messages.push(p));
    rpc.onNotification('window/logMessage', () => undefined);
    rpc.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => {
      client.configurationRequests.push(p);
      return p.items.map((i) => (i.section === 'proposalLint' ? (options.settings ?? null) : null));
    });
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onRequest('workspace/codeLens/refresh', () => null);
    rpc.onRequest('workspace/diagnostic/refresh', () => null);
    rpc.listen();
    const general = options.encodings ? { positionEncodings: options.encodings } : undefined;
    const capabilities: ClientCapabilities = options.capabilities ?? {
      ...(general ? { general } : {}),
      workspace: { configuration: options.settings !== undefined, workspaceEdit: { documentChanges: true }, codeLens: { refreshSupport: true } },
      textDocument: {
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: {},
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: options.snippets ?? true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      },
    };
    const root = options.rootPath ?? ROOT;
    client.initialize = await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
      capabilities,
      locale: options.locale,
    });
    await rpc.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** The diagnostics pushed for a document version (waits for them, up to 5 s). */
  async pushed(uri: string, version?: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const got = (this.diagnostics.get(uri) ?? []).filter((p) => version === undefined || p.version === version);
      if (got.length) return got[got.length - 1]!.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.rpc.sendNotification(method, params);
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode; // it ended by itself (the test says so)
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.rpc.sendRequest('shutdown');
      await this.rpc.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await exited;
    this.rpc.dispose();
    return code;
  }
}

/** A UTF-16 offset from an LSP position in `encoding`, computed with TextEncoder (not the server's code). */
export function toOffset(text: string, p: Position, encoding: 'utf-8' | 'utf-16'): number {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  let offset = 0;
  for (let i = 0; i < p.line; i++) offset += lines[i]!.length;
  const line = (lines[p.line] ?? '').replace(/\r?\n$|\r$/, '');
  if (encoding === 'utf-16') return offset + Math.min(p.character, line.length);
  const bytes = new TextEncoder().encode(line);
  return offset + new TextDecoder().decode(bytes.slice(0, p.character)).length;
}

/** The LSP character of a UTF-16 column on a line, in `encoding`. */
export function character(line: string, utf16Column: number, encoding: 'utf-8' | 'utf-16'): number {
  return encoding === 'utf-16' ? utf16Column : new TextEncoder().encode(line.slice(0, utf16Column)).length;
}

/** Applies a WorkspaceEdit's edits for one document (changes or documentChanges), last first. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit, encoding: 'utf-8' | 'utf-16'): string {
  const edits: TextEdit[] = [];
  if (edit.changes?.[uri]) edits.push(...edit.changes[uri]!);
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) edits.push(...(c.edits as TextEdit[]));
  const spans = edits.map((e) => ({ start: toOffset(text, e.range.start, encoding), end: toOffset(text, e.range.end, encoding), text: e.newText }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  for (const s of spans) text = text.slice(0, s.start) + s.text + text.slice(s.end);
  return text;
}
