import * as vscode from 'vscode';
import {
  RULES, lintDocument, isProposal, declaredProposal, disableFileEdit, disableLineEdit,
  clientCopy, readiness, FOUNDATION_LABELS, placeSnippet, allSnippets, snippetToText,
  normalizeSettings, defaultLexicon, effectiveConfig, settingsLayer, lintOptionsFor, ParseCache, warmUpSteps, skipReason, lexiconWith,
  buildModel,
  type Finding, type LintOptions, type ProposalModel, type EditorSettings, type Lang, type Foundation, type Readiness,
} from '../index.js';
import { toDiagnosticData, diagnosticKey } from './mapping.js';
import { Overrides } from './state.js';
import { ConfigStore } from './config.js';
import { createOffloader, type Offloader } from './offload.js';

const SOURCE = 'proposal-lint';
const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('proposalLint');
const RULE_IDS = RULES.map((r) => r.meta.id);

/** One lint: what lintNow() decided, for the host thread or the worker's answer. */
interface LintJob {
  key: string;
  text: string;
  options: LintOptions;
  verdict: boolean | 'needs-front-matter';
  settings: EditorSettings;
  config: ReturnType<typeof effectiveConfig>;
  skip: 'empty' | 'binary' | undefined;
  version: number;
}

interface Linted {
  version: number;
  findings: Finding[];
  readiness: Readiness;
  /** Built in the host, or on demand (for code actions) when the worker linted the document. */
  model?: ProposalModel;
  /** The options the findings were made with (the on-demand model uses the same language and lexicon). */
  options: LintOptions;
  byKey: Map<string, Finding>;
}

/**
 * Documents larger than this many characters lint in the worker thread (Node host): a
 * full lint of 32,000 characters takes about 35 ms, and a keystroke far less, so the
 * host thread is never held for long (docs/performance.md).
 */
const WORKER_THRESHOLD = 32_000;

let output: vscode.OutputChannel | undefined;
function log(message: string): void {
  output?.appendLine(`[${new Date().toISOString()}] ${message}`);
}

/** Runs an event handler so that nothing it throws reaches the extension host. */
function guard<A extends unknown[]>(name: string, fn: (...args: A) => unknown): (...args: A) => unknown {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) return r.catch((e: unknown) => log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      return r;
    } catch (e) {
      log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
  };
}

class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly results = new Map<string, Linted>();
  /** Per document: the parsed sections, so an edit re-parses only the sections it touched. */
  private readonly parses = new Map<string, ParseCache>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  private readonly reportedProblems = new Set<string>();
  /** The document version each URI was last checked at (linted or found not to be a proposal). */
  readonly checked = new Map<string, number>();
  private disposed = false;
  private warming = false;
  /** False until warmUp() has compiled the lexicon and the parser on the host thread, in slices. */
  hostWarm = false;
  /** The warm-up: how long each slice held the thread (ms), and in all. */
  readonly warmUpTiming = { slicesMs: [] as number[], totalMs: 0, done: false };
  /** Proposals not linted because of their content (binary, empty): the status bar says so. */
  readonly skipped = new Map<string, 'empty' | 'binary'>();
  /** How long the latest host-thread lints took (the first is the cold one after activation). */
  readonly timings: LintTiming[] = [];
  /** Where each document was last linted: in the host thread or in the worker. */
  readonly where = new Map<string, 'host' | 'worker'>();
  readonly onDidLint = new vscode.EventEmitter<vscode.TextDocument>();

  private readonly offloader: Offloader | undefined;
  private readonly requests = new Map<string, number>();
  private requestSeq = 0;

  constructor(private readonly context: vscode.ExtensionContext, readonly overrides: Overrides, readonly configs: ConfigStore) {
    let offloader: Offloader | undefined;
    try {
      offloader = createOffloader(vscode.Uri.joinPath(context.extensionUri, 'dist', 'lint-worker.cjs').fsPath, log);
    } catch (e) {
      log(`no lint worker: ${String(e)}`);
    }
    this.offloader = offloader;
    this.hostWarm = !offloader;
  }

  /** The model behind a linted document (built now if the worker linted it). */
  model(doc: vscode.TextDocument): ProposalModel | undefined {
    const linted = this.get(doc);
    if (!linted) return undefined;
    linted.model ??= buildModel(doc.getText(), { language: linted.options.language, lexicon: lexiconWith(linted.options.lexicon) });
    return linted.model;
  }

  settings(doc: vscode.TextDocument): EditorSettings {
    const cfg = vscode.workspace.getConfiguration('proposalLint', doc.uri);
    const raw: Record<string, unknown> = {};
    for (const key of ['enable', 'include', 'exclude', 'run', 'rules', 'language', 'maxFileSize']) raw[key] = cfg.get(key);
    const { settings, problems } = normalizeSettings(raw, RULE_IDS);
    for (const p of problems) {
      if (this.reportedProblems.has(p)) continue;
      this.reportedProblems.add(p);
      void vscode.window.showWarningMessage(vscode.l10n.t('Proposal Lint settings: {0}. The default is used instead.', p));
    }
    return settings;
  }

  /**
   * Whether a document is linted: a Markdown proposal by front matter or path, or one the
   * user chose by command. `frontMatter` is undefined when the text has none; 'unknown'
   * means not parsed yet (the caller parses only when the answer depends on it).
   */
  isTarget(doc: vscode.TextDocument, settings: EditorSettings, frontMatter: Record<string, unknown> | undefined | 'unknown', globs: { include?: string[]; exclude?: string[] } = settings): boolean | 'needs-front-matter' {
    if (doc.languageId !== 'markdown' || !settings.enable) return false;
    const override = this.overrides.get(doc.uri.toString());
    if (override !== undefined) return override;
    if (frontMatter === 'unknown') {
      if (doc.lineCount > 0 && doc.lineAt(0).text.trimEnd() === '---') return 'needs-front-matter';
      frontMatter = undefined;
    }
    if (doc.uri.scheme === 'untitled') return declaredProposal(frontMatter) === true;
    return isProposal(vscode.workspace.asRelativePath(doc.uri, false), frontMatter, { include: globs.include ?? settings.include, exclude: globs.exclude ?? settings.exclude });
  }

  /**
   * Compiles the lexicon and the parser on the host thread one small slice per idle
   * turn (each a few milliseconds), then lets small documents lint here again. Until
   * then every lint goes to the worker, so the host is never held by a cold lint.
   */
  warmUp(): void {
    if (this.warming) return;
    this.warming = true;
    const steps = warmUpSteps();
    const started = performance.now();
    const next = (): void => {
      if (this.disposed) return;
      const step = steps.shift();
      if (!step) {
        this.hostWarm = true;
        this.warmUpTiming.totalMs = performance.now() - started;
        this.warmUpTiming.done = true;
        return;
      }
      const t0 = performance.now();
      step();
      this.warmUpTiming.slicesMs.push(Math.round((performance.now() - t0) * 10) / 10);
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  get(doc: vscode.TextDocument): Linted | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // A newer request superseded this one: drop it.
      if (this.generation.get(key) !== gen) return;
      this.lintNow(doc);
    }, delay));
  }

  lintNow(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (doc.isClosed) return;
    const settings = this.settings(doc);
    // Precedence: defaults < preset < editor settings < nearest config file < front matter < directives.
    const entry = this.configs.get(doc.uri);
    if (!entry) return; // the config file is being read; onDidChange re-lints
    const config = effectiveConfig([settingsLayer(settings), entry.config]);
    const verdict = this.isTarget(doc, settings, 'unknown', config);
    if (verdict === false) {
      this.clear(doc.uri);
      this.done(doc);
      return;
    }
    const version = doc.version;
    const base = entry.file ? entry.file.slice(0, entry.file.lastIndexOf('/') + 1) : '';
    const relative = base && doc.uri.path.startsWith(base) ? doc.uri.path.slice(base.length) : vscode.workspace.asRelativePath(doc.uri, false);
    // Parsed once: the same model answers "is it a proposal?" and gives the findings.
    const options = lintOptionsFor(config, relative);
    const text = doc.getText();
    // Binary content or an empty file: a quiet skip, said in the status bar (the CLI says it in one line).
    // A document whose front matter decides is linted first (lint never throws) to read it.
    const skip = skipReason(text);
    if (skip && verdict === true) return this.skip(doc, skip);
    this.skipped.delete(key);
    const job: LintJob = { key, text, options, verdict, settings, config, skip, version };
    if (this.offloader && (text.length > WORKER_THRESHOLD || !this.hostWarm)) {
      // Large documents lint in the worker; the host thread stays free. A newer request wins.
      // So do all documents until the host has warmed up (the first lint in a process
      // compiles the lexicon and the parser: about 100 ms in one piece; see warmUp()),
      // which starts with the first proposal: a session that opens none does no such work.
      if (!this.hostWarm) this.warmUp();
      const id = ++this.requestSeq;
      this.requests.set(key, id);
      void this.offloader.lint(key, text, options).then((r) => {
        // Superseded (a newer request, a host lint, a clear or stop) or closed: drop the answer.
        if (this.requests.get(key) !== id || doc.isClosed) return;
        this.requests.delete(key);
        if (doc.version !== version) {
          // Typed meanwhile: with run onType that change has scheduled a lint; with onSave, lint the text as it is now.
          if (this.settings(doc).run === 'onSave') this.lintNow(doc);
          return;
        }
        if ('error' in r) {
          log(`lint worker: ${r.error}`);
          if (text.length <= WORKER_THRESHOLD) this.lintOnHost(doc, job);
          else {
            this.clear(doc.uri);
            this.done(doc);
          }
          return;
        }
        this.settle(doc, job, 'worker', r.frontMatter ?? undefined, r.findings, r.readiness);
      });
      return;
    }
    this.lintOnHost(doc, job);
  }

  private lintOnHost(doc: vscode.TextDocument, job: LintJob): void {
    const { key, text, options } = job;
    // A worker answer still on its way is older than this lint: it must not overwrite it.
    this.requests.delete(key);
    let parseCache = this.parses.get(key);
    if (!parseCache) this.parses.set(key, (parseCache = new ParseCache()));
    // Parsed once: the same model answers "is it a proposal?" and gives the findings.
    const started = performance.now();
    const { findings, model } = lintDocument(text, { ...options, parseCache });
    this.timings.push({ uri: key, chars: text.length, ms: performance.now() - started, where: 'host' });
    if (this.timings.length > 100) this.timings.shift();
    this.settle(doc, job, 'host', model.frontMatter?.data, findings, readiness(model, findings, defaultLexicon()), model);
  }

  /** After a lint (host or worker): not a proposal after all, skipped for its content, or published. */
  private settle(doc: vscode.TextDocument, job: LintJob, where: 'host' | 'worker', frontMatter: Record<string, unknown> | undefined, findings: Finding[], ready: Readiness, model?: ProposalModel): void {
    if (job.verdict === 'needs-front-matter' && this.isTarget(doc, job.settings, frontMatter, job.config) !== true) {
      this.clear(doc.uri);
      this.done(doc);
      return;
    }
    if (job.skip) return this.skip(doc, job.skip);
    this.where.set(job.key, where);
    this.publish(doc, job.version, findings, ready, job.options, model);
  }

  private skip(doc: vscode.TextDocument, reason: 'empty' | 'binary'): void {
    this.clear(doc.uri);
    this.skipped.set(doc.uri.toString(), reason);
    this.done(doc);
  }

  private publish(doc: vscode.TextDocument, version: number, findings: Finding[], ready: Readiness, options: LintOptions, model?: ProposalModel): void {
    const byKey = new Map<string, Finding>();
    const diagnostics = findings.map((f) => {
      const d = toDiagnosticData(f);
      byKey.set(d.key, f);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(d.range.startLine, d.range.startCharacter, d.range.endLine, d.range.endCharacter),
        d.message,
        d.severity === 'error' ? vscode.DiagnosticSeverity.Error : d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = SOURCE;
      diagnostic.code = { value: f.ruleId, target: this.docsUri(f.ruleId) };
      return diagnostic;
    });
    this.results.set(doc.uri.toString(), { version, findings, readiness: ready, model, options, byKey });
    this.collection.set(doc.uri, diagnostics);
    this.done(doc);
  }

  private done(doc: vscode.TextDocument): void {
    this.checked.set(doc.uri.toString(), doc.version);
    this.onDidLint.fire(doc);
  }

  docsUri(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.skipped.delete(key);
    // A worker answer still on its way must not bring the diagnostics back.
    this.requests.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  /** A closed document: its diagnostics and everything remembered about it go. */
  forget(uri: vscode.Uri): void {
    this.clear(uri);
    this.where.delete(uri.toString());
    this.parses.delete(uri.toString());
    this.offloader?.forget(uri.toString());
    this.checked.delete(uri.toString());
    this.overrides.closed(uri.toString());
  }

  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  /** The finding behind a diagnostic VS Code hands back (it is a copy, so match by key). */
  findingFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Finding | undefined {
    const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    return this.get(doc)?.byKey.get(diagnosticKey(code, d.range.start.line, d.range.start.character, d.message));
  }

  dispose(): void {
    this.disposed = true;
    this.offloader?.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    this.onDidLint.dispose();
  }
}

function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

class Actions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL];
  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.get(doc);
    if (!linted) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (context.only && FIX_ALL.contains(context.only) || context.only?.contains(FIX_ALL)) {
      const edits = linted.findings.flatMap((f) => f.fix ?? []);
      if (edits.length) {
        const fixAll = new vscode.CodeAction(vscode.l10n.t('Fix all safe proposal-lint problems'), FIX_ALL);
        fixAll.edit = new vscode.WorkspaceEdit();
        for (const e of edits) fixAll.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
        actions.push(fixAll);
      }
      return actions;
    }
    if (!wants(vscode.CodeActionKind.QuickFix)) return [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const f = this.linter.findingFor(doc, diagnostic);
      if (!f) continue;
      (f.suggestions ?? []).forEach((s, i) => {
        const action = new vscode.CodeAction(s.desc, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        if (s.snippet) {
          action.command = { title: s.desc, command: 'proposalLint.insertSnippetAt', arguments: [doc.uri, s.snippet.start, s.snippet.end, s.snippet.body] };
        } else {
          action.edit = new vscode.WorkspaceEdit();
          for (const e of s.edits) action.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
        }
        actions.push(action);
      });
      const model = this.linter.model(doc)!;
      const line = disableLineEdit(model, f);
      if (line) {
        const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', f.ruleId), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diagnostic];
        a.edit = new vscode.WorkspaceEdit();
        a.edit.insert(doc.uri, doc.positionAt(line.start), line.text);
        actions.push(a);
      }
      const file = disableFileEdit(model, f.ruleId);
      const fileAction = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', f.ruleId), vscode.CodeActionKind.QuickFix);
      fileAction.diagnostics = [diagnostic];
      fileAction.edit = new vscode.WorkspaceEdit();
      fileAction.edit.insert(doc.uri, doc.positionAt(file.start), file.text);
      actions.push(fileAction);
      const rule = RULES.find((r) => r.meta.id === f.ruleId);
      if (rule?.meta.teach && doc.uri.scheme !== 'untitled') {
        const label = rule.meta.teach.label[uiLang()];
        const teach = new vscode.CodeAction(vscode.l10n.t('Add a phrase to the team\'s {0}…', label), vscode.CodeActionKind.QuickFix);
        teach.diagnostics = [diagnostic];
        teach.command = { title: teach.title, command: 'proposalLint.teachPhrase', arguments: [doc.uri, rule.meta.teach.concept, f.lang, label] };
        actions.push(teach);
      }
      const show = new vscode.CodeAction(vscode.l10n.t('Show the playbook rule: {0}', f.ruleId), vscode.CodeActionKind.QuickFix);
      show.diagnostics = [diagnostic];
      show.command = { title: show.title, command: 'proposalLint.showRule', arguments: [f.ruleId] };
      actions.push(show);
    }
    return actions;
  }
}

class Hovers implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}
  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.get(doc);
    if (!linted) return undefined;
    const offset = doc.offsetAt(position);
    const here = linted.findings.filter((f) => !f.documentLevel && f.startOffset <= offset && offset <= f.endOffset);
    if (here.length === 0) return undefined;
    const md = new vscode.MarkdownString();
    for (const f of here) {
      const rule = RULES.find((r) => r.meta.id === f.ruleId);
      if (!rule) continue;
      md.appendMarkdown(`**${f.ruleId}** — ${rule.meta.description[f.lang]}\n\n`);
      md.appendMarkdown(`${rule.meta.rationale[f.lang]}\n\n`);
      md.appendMarkdown(`[${f.lang === 'ja' ? 'ルールの説明' : 'Rule documentation'}](${this.linter.docsUri(f.ruleId).toString()})\n\n`);
    }
    return new vscode.Hover(md, toRange(doc, here[0]!.startOffset, here[0]!.endOffset));
  }
}

class Status implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('proposalLint.readiness', vscode.StatusBarAlignment.Right, 100);
  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('Proposal readiness');
    this.item.command = 'proposalLint.showReadiness';
  }
  visible = false;
  note(text: string): void {
    vscode.window.setStatusBarMessage(`$(info) ${text}`, 5000);
  }
  update(): void {
    const editor = vscode.window.activeTextEditor;
    const skipped = editor && this.linter.skipped.get(editor.document.uri.toString());
    if (skipped) {
      this.item.text = skipped === 'binary' ? `$(circle-slash) ${vscode.l10n.t('Proposal Lint: binary content, not checked')}` : `$(circle-slash) ${vscode.l10n.t('Proposal Lint: empty file')}`;
      this.item.tooltip = skipped === 'binary'
        ? vscode.l10n.t('This file has NUL characters near its start, so it is not Markdown text. Nothing was checked.')
        : vscode.l10n.t('Nothing to check yet. Type prop-skeleton (or prop-skeleton-ja) and accept the snippet to start a proposal.');
      this.item.show();
      this.visible = true;
      return;
    }
    const linted = editor && this.linter.get(editor.document);
    if (!editor || !linted) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const r = linted.readiness;
    const lang = uiLang();
    this.item.text = `$(checklist) ${vscode.l10n.t('Proposal {0}/6', r.covered.length)}`;
    const md = new vscode.MarkdownString(`**${vscode.l10n.t('Readiness against the six foundations')}**\n\n`);
    for (const f of [...r.covered, ...r.missing].sort((a, b) => order(a) - order(b))) {
      md.appendMarkdown(`${r.covered.includes(f) ? '$(pass-filled)' : '$(circle-large-outline)'} ${FOUNDATION_LABELS[f][lang]}\n\n`);
    }
    md.supportThemeIcons = true;
    this.item.tooltip = md;
    this.item.show();
    this.visible = true;
  }
  dispose(): void {
    this.item.dispose();
  }
}

const order = (f: Foundation) => Object.keys(FOUNDATION_LABELS).indexOf(f);

async function insertSnippetAt(uri: vscode.Uri, start: number, end: number, body: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  await editor.insertSnippet(new vscode.SnippetString(body), toRange(doc, start, end));
}

function docLang(linter: Linter, doc: vscode.TextDocument): Lang {
  return linter.model(doc)?.lang ?? uiLang();
}

async function pickSnippet(linter: Linter, group: 'addon' | 'safeguard'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown proposal to insert into.'));
    return;
  }
  const lang = docLang(linter, editor.document);
  const items = allSnippets()
    .filter((s) => s.prefix.startsWith(`${group}-`))
    .sort((a, b) => (a.lang === lang ? 0 : 1) - (b.lang === lang ? 0 : 1))
    .map((s) => ({ label: s.name, description: s.prefix, detail: `${s.description} — ${snippetToText(s.body.join(' ')).slice(0, 140)}`, snippet: s }));
  const picked = await vscode.window.showQuickPick(items, {
    title: group === 'addon' ? vscode.l10n.t('Insert Add-on') : vscode.l10n.t('Insert Agreement Safeguard'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  await editor.insertSnippet(new vscode.SnippetString(picked.snippet.body.join('\n')));
}

async function showReadiness(linter: Linter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const linted = editor && linter.get(editor.document);
  if (!editor || !linted) return;
  const r = linted.readiness;
  const lang = uiLang();
  if (r.missing.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('All six foundations are covered.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    r.missing.map((f) => ({ label: FOUNDATION_LABELS[f][lang], description: FOUNDATION_LABELS[f].snippet, foundation: f })),
    { title: vscode.l10n.t('Missing foundations: pick one to insert its section') },
  );
  if (!picked) return;
  const model = linter.model(editor.document)!;
  const ins = placeSnippet(model, FOUNDATION_LABELS[picked.foundation].snippet, model.lang);
  await insertSnippetAt(editor.document.uri, ins.edit.start, ins.edit.end, ins.snippet);
}

async function exportClientCopy(linter: Linter, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown proposal to export.'));
    return undefined;
  }
  const doc = editor.document;
  const settings = linter.settings(doc);
  const model = lintDocument(doc.getText(), { language: settings.language }).model;
  const copy = clientCopy(model);
  const leaks = lintDocument(copy, { rules: Object.fromEntries(RULE_IDS.map((id) => [id, id === 'exposed-batna' ? 'error' : 'off'])) }).findings;
  if (leaks.length) {
    const first = leaks[0]!;
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: the client copy would still reveal your walk-away point ("{0}", line {1} of the copy). Move it into an internal block first.', copy.slice(first.startOffset, first.endOffset), first.line));
    return undefined;
  }
  let uri = target;
  if (!uri) {
    const base = doc.uri.scheme === 'untitled' ? vscode.Uri.file('proposal.client.md') : doc.uri.with({ path: doc.uri.path.replace(/(\.md|\.markdown)?$/i, '.client.md') });
    uri = await vscode.window.showSaveDialog({ defaultUri: base, filters: { Markdown: ['md'] }, title: vscode.l10n.t('Export Client Copy') });
    if (!uri) return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(copy));
  if (!target) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Client copy written without front matter and internal notes.'), open).then((c) => {
      if (c === open) void vscode.window.showTextDocument(uri);
    });
  }
  return uri;
}

/** One lint on the host thread: how long it held the thread. */
export interface LintTiming {
  uri: string;
  chars: number;
  ms: number;
  where: 'host';
}

/** What the extension exports (used by its end-to-end tests and by other extensions). */
export interface Api {
  /** The version of the document last checked (linted, or found not to be a proposal). */
  checkedVersion(uri: vscode.Uri): number | undefined;
  /** The findings behind the diagnostics of a document, when it is linted. */
  findings(uri: vscode.Uri): Finding[] | undefined;
  /** The status bar text ('' when hidden). */
  statusText(): string;
  /** Where the document was last linted: the host thread, or the worker (large documents). */
  lintedIn(uri: vscode.Uri): 'host' | 'worker' | undefined;
  /** How long activation took, and the latest host-thread lints (first one first, while fewer than 100). */
  timings(): { activateMs: number; lints: readonly LintTiming[]; warmUp: { steps: number; longestMs: number; totalMs: number; done: boolean; slicesMs: number[] } };
}

export function activate(context: vscode.ExtensionContext): Api {
  const activationStarted = performance.now();
  output = vscode.window.createOutputChannel('Proposal Lint');
  const configs = new ConfigStore(log);
  const linter = new Linter(context, new Overrides(context.workspaceState), configs);
  const status = new Status(linter);
  context.subscriptions.push(output, configs, linter, status);
  context.subscriptions.push(configs.onDidChange.event(guard('config', () => linter.relintAll())));

  const onChange = guard('change', (e: vscode.TextDocumentChangeEvent) => {
    if (e.contentChanges.length === 0) return;
    const settings = linter.settings(e.document);
    if (settings.run !== 'onType') return;
    // A very large document is linted on save only, and the status bar says so.
    // (Its length from the last line's position: getText() would copy the whole text per keystroke.)
    if (e.document.offsetAt(new vscode.Position(e.document.lineCount, 0)) > settings.maxFileSize) {
      status.note(vscode.l10n.t('Proposal Lint: large file, checked on save'));
      return;
    }
    linter.schedule(e.document, 300);
  });
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }];
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(guard('open', (d: vscode.TextDocument) => linter.lintNow(d))),
    vscode.workspace.onDidChangeTextDocument(onChange),
    vscode.workspace.onDidSaveTextDocument(guard('save', (d: vscode.TextDocument) => linter.lintNow(d))),
    vscode.workspace.onDidCloseTextDocument(guard('close', (d: vscode.TextDocument) => linter.forget(d.uri))),
    vscode.workspace.onDidChangeConfiguration(guard('configuration', (e: vscode.ConfigurationChangeEvent) => {
      if (e.affectsConfiguration('proposalLint')) linter.relintAll();
    })),
    vscode.window.onDidChangeActiveTextEditor(guard('editor', () => status.update())),
    linter.onDidLint.event(guard('status', () => status.update())),
    vscode.languages.registerCodeActionsProvider(selector, new Actions(linter), { providedCodeActionKinds: Actions.kinds }),
    vscode.languages.registerHoverProvider(selector, new Hovers(linter)),
    vscode.commands.registerCommand('proposalLint.lintAsProposal', guard('lintAsProposal', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      await linter.overrides.set(doc.uri.toString(), true);
      linter.lintNow(doc);
    })),
    vscode.commands.registerCommand('proposalLint.stopLinting', guard('stopLinting', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      await linter.overrides.set(doc.uri.toString(), false);
      linter.lintNow(doc);
    })),
    vscode.commands.registerCommand('proposalLint.insertAddon', guard('insertAddon', () => pickSnippet(linter, 'addon'))),
    vscode.commands.registerCommand('proposalLint.insertSafeguard', guard('insertSafeguard', () => pickSnippet(linter, 'safeguard'))),
    vscode.commands.registerCommand('proposalLint.showReadiness', guard('showReadiness', () => showReadiness(linter))),
    vscode.commands.registerCommand('proposalLint.exportClientCopy', guard('exportClientCopy', (target?: vscode.Uri) => exportClientCopy(linter, target))),
    vscode.commands.registerCommand('proposalLint.showRule', guard('showRule', async (ruleId?: string) => {
      const id = ruleId ?? (await vscode.window.showQuickPick(RULE_IDS, { title: vscode.l10n.t('Show the playbook rule') }));
      if (!id) return;
      await vscode.commands.executeCommand('markdown.showPreview', linter.docsUri(id));
    })),
    vscode.commands.registerCommand('proposalLint.insertSnippetAt', guard('insertSnippetAt', insertSnippetAt)),
    vscode.commands.registerCommand('proposalLint.teachPhrase', guard('teachPhrase', async (uri: vscode.Uri, concept: string, lang: Lang, label: string, phrase?: string) => {
      const editor = vscode.window.activeTextEditor;
      const selected = editor && editor.document.uri.toString() === uri.toString() ? editor.document.getText(editor.selection) : '';
      const value = phrase ?? (await vscode.window.showInputBox({
        title: vscode.l10n.t('Add to the team\'s {0}', label),
        prompt: vscode.l10n.t('A literal phrase (not a pattern). It is saved in {0} and shared with the CLI.', '.proposallintrc.json'),
        value: selected.trim().slice(0, 80),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a phrase.')),
      }));
      if (!value?.trim()) return undefined;
      return configs.teach(uri, concept, lang, value.trim());
    })),
  );
  // Activation proper, before the documents already open are linted (their lints are in `timings().lints`).
  const activateMs = performance.now() - activationStarted;
  for (const doc of vscode.workspace.textDocuments) guard('initial', (d: vscode.TextDocument) => linter.lintNow(d))(doc);
  status.update();
  return {
    checkedVersion: (uri) => linter.checked.get(uri.toString()),
    statusText: () => (status.visible ? status.item.text : ''),
    lintedIn: (uri) => linter.where.get(uri.toString()),
    timings: () => {
      const { slicesMs, totalMs, done } = linter.warmUpTiming;
      return { activateMs, lints: linter.timings, warmUp: { steps: slicesMs.length, longestMs: Math.max(0, ...slicesMs), totalMs, done, slicesMs } };
    },
    findings: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? linter.get(doc)?.findings : undefined;
    },
  };
}

export function deactivate(): void {
  output = undefined;
}
