/**
 * proposal-lint's language server: standard LSP only, so any client works as it is (no
 * custom requests, no client-side commands). Everything it shows comes from the
 * application layer the VS Code extension and the CLI use (src/app): lintFile for the
 * findings, readiness and disable edits, resolveOptions for the configuration, the
 * Scheduler for debounce and superseded lints, hoverAt for the hover, exportClient for
 * the client copy. This file turns those into LSP shapes:
 *
 * - diagnostics pushed (publishDiagnostics) or pulled (textDocument/diagnostic, when the
 *   client says it pulls), with a link to the rule's page;
 * - code actions as WorkspaceEdits: the rule's suggestions, disable for this line / file,
 *   and source.fixAll.proposalLint;
 * - hover with the rule's rationale; completion of the snippet prefixes;
 * - a code lens "Proposal 4/6" on the first heading, and the readiness and client copy
 *   as server commands (workspace/executeCommand) that answer JSON;
 * - positions in UTF-16 (the default) or UTF-8 when the client offers it.
 */
import {
  CodeActionKind, DiagnosticSeverity, DocumentDiagnosticReportKind, FileChangeType, InsertTextFormat, CompletionItemKind, MarkupKind,
  TextDocumentSyncKind, TextDocuments, DidChangeWatchedFilesNotification, ShowMessageNotification, MessageType,
  type ClientCapabilities, type CodeAction, type CodeLens, type CompletionItem, type Connection, type Diagnostic, type Hover,
  type InitializeResult, type TextEdit, type WorkspaceEdit, type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import {
  FOUNDATIONS, FOUNDATION_LABELS, allSnippets, declaredProposal, isProposal, skipReason, snippetToText,
  type ConfigProblem, type Edit, type Finding, type Lang,
} from '../index.js';
import { hostBackend } from '../app/lint.js';
import { exportClient } from '../app/export.js';
import { hoverAt } from '../app/hover.js';
import { frontMatterOf } from '../app/resolve.js';
import { Scheduler, type Linted, type Plan } from '../app/scheduler.js';
import type { ParseCache } from '../engine/incremental.js';
import { Contexts, pathOf, type DocContext } from './context.js';
import { documentsIn, offsetAt, rangeOf, type Encoding } from './positions.js';
import { t, uiLangOf } from './l10n.js';

export const SOURCE = 'proposal-lint';
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.proposalLint`;
export const COMMANDS = { readiness: 'proposalLint.readiness', clientCopy: 'proposalLint.clientCopy' } as const;

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Kept in each diagnostic's `data`: finds its finding again in a code action request. */
interface DiagnosticData {
  key: string;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}:${f.messageId}:${f.startOffset}:${f.endOffset}`;
}

/** The encoding a client offers: UTF-8 when it is in its list, else UTF-16 (which every client must accept). */
export function negotiateEncoding(capabilities: ClientCapabilities): Encoding {
  return capabilities.general?.positionEncodings?.includes('utf-8') ? 'utf-8' : 'utf-16';
}

/** The rule pages shipped beside the bundle (dist/../docs/rules), as file URLs. */
function docsLinker(): (ruleId: string) => string | undefined {
  let base: URL | undefined;
  try {
    const here = new URL('../docs/rules/', import.meta.url);
    if (existsSync(here)) base = here;
  } catch {
    base = undefined;
  }
  return (ruleId) => (base ? new URL(`${ruleId}.md`, base).href : undefined);
}

export function startServer(connection: Connection): void {
  let encoding: Encoding = 'utf-16';
  let caps: ClientCapabilities = {};
  let ui: Lang = 'en';
  let roots: string[] = [];
  /** The client pulls diagnostics (textDocument/diagnostic): nothing is pushed then. */
  let pull = false;
  const docsLink = docsLinker();
  const documents = new TextDocuments<TextDocument>(documentsIn(() => encoding));
  const log = (message: string) => connection.console.log(`proposal-lint: ${message}`);

  /** Runs a handler; an exception is logged and answered with `fallback`, never thrown at the client. */
  const guard = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (e) {
      log(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };

  // A notification (window/showMessage), not window/showMessageRequest: no answer is awaited from the client.
  const say = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  const configProblems = new Map<string, ConfigProblem>();
  const contexts = new Contexts({
    fetchSettings: async (uri) => (caps.workspace?.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'proposalLint' }) : undefined),
    roots: () => roots,
    warn: (p) => say(t(ui, 'Proposal Lint settings: {0}. The default is used instead.', p)),
    configProblem: (file, problem) => {
      const had = configProblems.has(file);
      if (problem) configProblems.set(file, problem);
      else configProblems.delete(file);
      if (!problem && !had) return;
      const uri = pathToFileURL(file).href;
      void connection.sendDiagnostics({
        uri,
        diagnostics: problem ? [{
          range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column } },
          severity: DiagnosticSeverity.Error, source: SOURCE, message: problem.message,
        }] : [],
      });
      if (problem && !had) {
        log(`config: ${problem.toString()}`);
        say(t(ui, '$(warning) Proposal Lint: {0} has an error; using the last good configuration.', file).replace(/^\$\([\w-]+\)\s*/, ''));
      }
    },
  });

  // ---------- which documents, with which options (the Scheduler does the when) ----------
  const isMarkdown = (doc: TextDocument) => /markdown/i.test(doc.languageId) || /\.(?:md|markdown)$/i.test(doc.uri);
  const shift = (doc: TextDocument) => (doc.getText().charCodeAt(0) === 0xfeff ? 1 : 0); // lint() drops a BOM; offsets are after it

  const prepare = (uri: string): Plan<DocContext> => {
    const doc = documents.get(uri);
    if (!doc || !isMarkdown(doc)) return { kind: 'clear' };
    const ctx = contexts.get(uri);
    if (!ctx) {
      void contexts.load(uri).then(() => scheduler.lintNow(uri), (e) => log(`settings: ${String(e)}`));
      return { kind: 'wait' };
    }
    if (!ctx.settings.enable) return { kind: 'clear' };
    const text = doc.getText();
    const fm = frontMatterOf(text);
    const target = ctx.path ? isProposal(ctx.resolved.relative, fm, { include: ctx.resolved.config.include, exclude: ctx.resolved.config.exclude }) : declaredProposal(fm) === true;
    if (!target) return { kind: 'clear' };
    const skip = skipReason(text);
    if (skip) return { kind: 'skip', reason: skip };
    return { kind: 'lint', job: { text, options: ctx.resolved.options, version: doc.version, needsFrontMatter: false, extra: ctx } };
  };

  /** Readiness count per document, to refresh code lenses when it changes. */
  const lensCount = new Map<string, number>();
  const scheduler: Scheduler<string, DocContext, ParseCache> = new Scheduler<string, DocContext, ParseCache>({
    hooks: {
      key: (uri) => uri,
      version: (uri) => documents.get(uri)?.version ?? -1,
      isClosed: (uri) => !documents.get(uri),
      runMode: (uri) => contexts.get(uri)?.settings.run ?? 'onType',
      prepare,
      confirm: () => true,
      publish: (uri, linted) => {
        const doc = documents.get(uri);
        if (!pull && doc) void connection.sendDiagnostics({ uri, version: linted.version, diagnostics: diagnosticsOf(doc, linted) });
        const n = linted.readiness.covered.length;
        if (lensCount.get(uri) !== n) {
          lensCount.set(uri, n);
          if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
        }
      },
      unpublish: (uri) => {
        lensCount.delete(uri);
        if (!pull) void connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: [] });
      },
      done: () => undefined,
      log,
    },
    host: hostBackend,
  });

  /** The lint of the document as it is now (linted now if it is not yet): requests need offsets that match the text. */
  const current = async (uri: string): Promise<{ doc: TextDocument; linted: Linted } | undefined> => {
    await contexts.load(uri);
    const doc = documents.get(uri);
    if (!doc) return undefined;
    if (!scheduler.get(uri)) scheduler.lintNow(uri);
    const linted = scheduler.get(uri);
    return linted ? { doc, linted } : undefined;
  };

  const relintAll = () => {
    for (const doc of documents.all()) scheduler.lintNow(doc.uri);
    if (pull && caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
  };

  // ---------- LSP shapes ----------
  const rangeIn = (doc: TextDocument, start: number, end: number): Range => {
    const s = shift(doc);
    return rangeOf(doc, start + s, end + s, encoding);
  };

  function diagnosticsOf(doc: TextDocument, linted: Linted): Diagnostic[] {
    const text = doc.getText();
    const s = shift(doc);
    return linted.findings.map((f) => {
      let end = f.endOffset;
      // An empty range would be invisible in most clients: widen it to the character after, on the same line.
      if (end <= f.startOffset && !/^[\r\n]?$/.test(text.charAt(f.startOffset + s))) end = f.startOffset + (/[\ud800-\udbff]/.test(text.charAt(f.startOffset + s)) ? 2 : 1);
      const d: Diagnostic = {
        range: rangeIn(doc, f.startOffset, Math.max(end, f.startOffset)),
        severity: SEVERITY[f.severity],
        source: SOURCE,
        code: f.ruleId,
        message: f.message,
        data: { key: findingKey(f) } satisfies DiagnosticData,
      };
      const href = docsLink(f.ruleId);
      if (href) d.codeDescription = { href };
      return d;
    });
  }

  const toEdits = (doc: TextDocument, edits: readonly Edit[]): TextEdit[] => edits.map((e) => ({ range: rangeIn(doc, e.start, e.end), newText: e.text }));

  const workspaceEdit = (doc: TextDocument, edits: TextEdit[]): WorkspaceEdit =>
    caps.workspace?.workspaceEdit?.documentChanges
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
      : { changes: { [doc.uri]: edits } };

  /** The finding a diagnostic the client hands back was made from: by its data, else by its rule, start and message. */
  const findingOf = (doc: TextDocument, linted: Linted, d: Diagnostic): Finding | undefined => {
    const key = (d.data as Partial<DiagnosticData> | undefined)?.key;
    if (typeof key === 'string') {
      const f = linted.findings.find((x) => findingKey(x) === key);
      if (f) return f;
    }
    const start = offsetAt(doc, d.range.start, encoding) - shift(doc);
    return linted.findings.find((f) => f.ruleId === String(d.code) && f.message === d.message && f.startOffset === start);
  };

  function quickFixes(doc: TextDocument, linted: Linted, f: Finding, diagnostic: Diagnostic | undefined): CodeAction[] {
    const actions: CodeAction[] = [];
    const add = (title: string, edits: readonly Edit[], preferred = false) => {
      if (!edits.length) return;
      const a: CodeAction = { title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, toEdits(doc, edits)) };
      if (diagnostic) a.diagnostics = [diagnostic];
      if (preferred) a.isPreferred = true;
      actions.push(a);
    };
    // A suggestion that inserts a template has the same insertion as plain text in its edits.
    (f.suggestions ?? []).forEach((s, i) => add(s.desc, s.edits, i === 0));
    const disable = linted.disable?.[linted.findings.indexOf(f)];
    if (disable?.line) add(t(ui, 'Disable {0} for this line', f.ruleId), [disable.line]);
    if (disable?.file) add(t(ui, 'Disable {0} for this file', f.ruleId), [disable.file]);
    return actions;
  }

  const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

  // ---------- the protocol ----------
  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    encoding = negotiateEncoding(caps);
    ui = uiLangOf(params.locale);
    pull = !!caps.textDocument?.diagnostic;
    roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    if (!roots.length && params.rootUri) {
      const p = pathOf(params.rootUri);
      if (p) roots = [p];
    }
    contexts.pushed = params.initializationOptions && typeof params.initializationOptions === 'object' ? { proposalLint: (params.initializationOptions as Record<string, unknown>)['proposalLint'] ?? undefined } : undefined;
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { resolveProvider: false, triggerCharacters: ['-'] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.readiness, COMMANDS.clientCopy] },
      },
      serverInfo: { name: 'proposal-lint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.proposallintrc.json' }] }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration(guard('configuration', undefined, (params) => {
    const settings = params.settings as Record<string, unknown> | null | undefined;
    if (settings && typeof settings === 'object' && 'proposalLint' in settings) contexts.pushed = settings;
    contexts.reset();
    relintAll();
  }));

  connection.onDidChangeWatchedFiles(guard('watched files', undefined, (params) => {
    if (!params.changes.some((c) => /(^|\/)\.proposallintrc\.json$/.test(c.uri) && c.type !== undefined)) return;
    for (const c of params.changes) if (c.type === FileChangeType.Deleted) configProblems.delete(pathOf(c.uri) ?? '');
    contexts.reset();
    relintAll();
  }));

  documents.onDidOpen(guard('open', undefined, (e) => scheduler.lintNow(e.document.uri)));
  documents.onDidChangeContent(guard('change', undefined, (e) => {
    const doc = e.document;
    if (pull) return; // the client asks for diagnostics when it wants them
    // Opening fires a change too (linted by onDidOpen); before the settings are read, their load lints the text as it is then.
    const ctx = contexts.get(doc.uri);
    if (!ctx || scheduler.checkedVersion(doc.uri) === doc.version) return;
    scheduler.edited(doc.uri, ctx.settings.run, () => doc.getText().length, ctx.settings.maxFileSize);
  }));
  documents.onDidSave(guard('save', undefined, (e) => {
    if (/(^|\/)\.proposallintrc\.json$/.test(e.document.uri)) {
      contexts.reset();
      relintAll();
      return;
    }
    // A client that reports no file changes: a save reads the settings and config files again.
    if (!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) contexts.reset();
    scheduler.lintNow(e.document.uri);
  }));
  documents.onDidClose(guard('close', undefined, (e) => {
    scheduler.forget(e.document.uri);
    contexts.forget(e.document.uri);
    lensCount.delete(e.document.uri);
  }));

  connection.languages.diagnostics.on(guard('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params) => {
    const r = await current(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: r ? diagnosticsOf(r.doc, r.linted) : [] };
  }));

  connection.onCodeAction(guard('code action', [] as CodeAction[], async (params) => {
    const r = await current(params.textDocument.uri);
    if (!r) return [];
    const { doc, linted } = r;
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
      if (ours.length) {
        for (const d of ours) {
          const f = findingOf(doc, linted, d);
          if (f) actions.push(...quickFixes(doc, linted, f, d));
        }
      } else {
        // A client that sends no diagnostics with the request: the findings the range touches.
        const s = shift(doc);
        const from = offsetAt(doc, params.range.start, encoding) - s;
        const to = offsetAt(doc, params.range.end, encoding) - s;
        for (const f of linted.findings) if (f.startOffset <= to && from <= Math.max(f.endOffset, f.startOffset)) actions.push(...quickFixes(doc, linted, f, undefined));
      }
    }
    if (wants(only, FIX_ALL)) {
      const edits = linted.findings.flatMap((f) => f.fix ?? []);
      if (edits.length) actions.push({ title: t(ui, 'Fix all safe proposal-lint problems'), kind: FIX_ALL, edit: workspaceEdit(doc, toEdits(doc, edits)) });
    }
    return actions;
  }));

  connection.onHover(guard('hover', null as Hover | null, async (params) => {
    const r = await current(params.textDocument.uri);
    if (!r) return null;
    const offset = offsetAt(r.doc, params.position, encoding) - shift(r.doc);
    const h = hoverAt(r.linted.findings, offset, docsLink);
    if (!h) return null;
    const markdown = caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true;
    return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: h.markdown.trimEnd() }, range: rangeIn(r.doc, h.start, h.end) };
  }));

  const snippets = allSnippets();
  connection.onCompletion(guard('completion', [] as CompletionItem[], (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isMarkdown(doc)) return [];
    const text = doc.getText();
    const at = offsetAt(doc, params.position, encoding);
    // The prefix typed so far: letters, digits and hyphens back from the cursor (clients' words stop at "-").
    let from = at;
    while (from > 0 && /[A-Za-z0-9-]/.test(text.charAt(from - 1))) from--;
    const typed = text.slice(from, at);
    const range = rangeOf(doc, from, at, encoding);
    const snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    const lang = scheduler.get(doc.uri)?.model?.lang ?? (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(0, 4000)) ? 'ja' : 'en');
    return snippets.filter((s) => !typed || s.prefix.startsWith(typed.toLowerCase())).map((s): CompletionItem => {
      const body = s.body.join('\n');
      return {
        label: s.prefix,
        kind: CompletionItemKind.Snippet,
        detail: s.name,
        documentation: s.description,
        filterText: s.prefix,
        sortText: `${s.lang === lang ? 0 : 1}${s.prefix}`,
        insertTextFormat: snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range, newText: snippetSupport ? body : snippetToText(body) },
      };
    });
  }));

  connection.onCodeLens(guard('code lens', [] as CodeLens[], async (params) => {
    const r = await current(params.textDocument.uri);
    const heading = r?.linted.model?.sections.find((s) => s.heading)?.headingRange;
    if (!r || !heading) return [];
    const n = r.linted.readiness.covered.length;
    return [{ range: rangeIn(r.doc, heading.start, heading.end), command: { title: t(ui, 'Proposal {0}/6', n), command: COMMANDS.readiness, arguments: [r.doc.uri] } }];
  }));

  /** The document a command names: a URI, or { uri } / { textDocument: { uri } }. */
  const uriArg = (args: unknown[] | undefined): string | undefined => {
    const a = args?.[0] as { uri?: unknown; textDocument?: { uri?: unknown } } | string | undefined;
    if (typeof a === 'string') return a;
    const u = a?.uri ?? a?.textDocument?.uri;
    return typeof u === 'string' ? u : undefined;
  };

  connection.onExecuteCommand(guard('command', null as unknown, async (params) => {
    const uri = uriArg(params.arguments);
    if (!uri) return { error: 'the command takes the document URI as its first argument' };
    if (params.command === COMMANDS.readiness) {
      const r = await current(uri);
      if (!r) return { uri, proposal: false, skipped: scheduler.skipped(uri) ?? null };
      const { covered } = r.linted.readiness;
      return {
        uri,
        proposal: true,
        lang: r.linted.model?.lang ?? null,
        covered: [...covered],
        missing: [...r.linted.readiness.missing],
        score: `${covered.length}/${FOUNDATIONS.length}`,
        title: t(ui, 'Proposal {0}/6', covered.length),
        foundations: FOUNDATIONS.map((id) => ({ id, label: FOUNDATION_LABELS[id][ui], covered: covered.includes(id), snippet: FOUNDATION_LABELS[id].snippet })),
      };
    }
    if (params.command === COMMANDS.clientCopy) {
      const ctx = await contexts.load(uri);
      const doc = documents.get(uri);
      if (!doc) return { uri, ok: false, problems: [], error: 'the document is not open' };
      if (ctx.problem) return { uri, ok: false, problems: [], error: ctx.problem.toString() };
      const result = exportClient(doc.getText(), ctx.resolved.options);
      if (result.ok) return { uri, ok: true, lang: result.lang, copy: result.copy };
      return { uri, ok: false, lang: result.lang, problems: result.problems.map((p) => ({ range: rangeIn(doc, p.start, Math.max(p.end, p.start)), kind: p.kind, message: p.message })) };
    }
    return { error: `unknown command ${params.command}` };
  }));

  connection.onShutdown(() => scheduler.dispose());
  documents.listen(connection);
  connection.listen();
}

