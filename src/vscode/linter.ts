import * as vscode from 'vscode';
import {
  isProposal, declaredProposal, effectiveConfig, settingsLayer,
  ParseCache, warmUpSteps, skipReason, lexiconWith, buildModel, localToday,
  type EditorSettings, type Finding, type LintOptions, type ProposalModel,
} from '../index.js';
import { hostBackend } from '../app/lint.js';
import { resolveOptions } from '../app/resolve.js';
import type { ExportProblem } from '../app/export.js';
import { Scheduler, type Linted, type Plan, type WorkerBackend } from '../app/scheduler.js';
import { createOffloader } from './offload.js';
import type { ConfigStore } from './config.js';
import { Diagnostics } from './diagnostics.js';
import { debug, log } from './log.js';
import { SettingsReader } from './settings.js';
import type { Overrides } from './state.js';

/** What a lint needs again when its answer comes back. */
interface JobExtra {
  settings: EditorSettings;
  config: ReturnType<typeof effectiveConfig>;
}

type Globs = { include?: string[]; exclude?: string[] };

/**
 * The editor side of linting: which documents are proposals, with which options, and
 * where the findings go. When and where each lint runs is the Scheduler's (src/app).
 */
export class Linter implements vscode.Disposable {
  readonly diagnostics: Diagnostics;
  readonly scheduler: Scheduler<vscode.TextDocument, JobExtra, ParseCache>;
  readonly onDidLint = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly settingsReader = new SettingsReader();

  constructor(context: vscode.ExtensionContext, readonly overrides: Overrides, readonly configs: ConfigStore) {
    this.diagnostics = new Diagnostics(context.extensionUri);
    this.scheduler = new Scheduler<vscode.TextDocument, JobExtra, ParseCache>({
      hooks: {
        key: (doc) => doc.uri.toString(),
        version: (doc) => doc.version,
        isClosed: (doc) => doc.isClosed,
        runMode: (doc) => this.settings(doc).run,
        prepare: (doc) => this.prepare(doc),
        confirm: (doc, job, frontMatter) => this.isTarget(doc, job.extra.settings, frontMatter, job.extra.config) === true,
        publish: (doc, linted) => this.diagnostics.publish(doc.uri, linted),
        unpublish: (doc) => this.diagnostics.delete(doc.uri),
        done: (doc) => this.onDidLint.fire(doc),
        log,
        debug,
      },
      host: hostBackend,
      worker: workerBackend(context),
      warmUpSteps,
    });
  }

  settings(doc: vscode.TextDocument): EditorSettings {
    return this.settingsReader.read(doc);
  }

  /** The published lint of the document's current version. */
  get(doc: vscode.TextDocument): Linted | undefined {
    return this.scheduler.get(doc);
  }

  /** The model behind a linted document (built now if the worker linted it). */
  model(doc: vscode.TextDocument): ProposalModel | undefined {
    const linted = this.get(doc);
    if (!linted) return undefined;
    linted.model ??= buildModel(doc.getText(), { language: linted.options.language, lexicon: lexiconWith(linted.options.lexicon) });
    return linted.model;
  }

  /** The finding behind a diagnostic VS Code hands back (it is a copy, so match by key). */
  findingFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Finding | undefined {
    const linted = this.get(doc);
    return linted && this.diagnostics.findingFor(linted, d);
  }

  docsUri(ruleId: string): vscode.Uri {
    return this.diagnostics.docsUri(ruleId);
  }

  /** The rule-id link: the rule's page in the Markdown preview (a command URI). */
  ruleLink(ruleId: string): vscode.Uri {
    return this.diagnostics.ruleLink(ruleId);
  }

  /**
   * Whether a document is linted: a Markdown proposal by front matter or path, or one the
   * user chose by command. `frontMatter` is undefined when the text has none; 'unknown'
   * means not parsed yet (the caller parses only when the answer depends on it).
   */
  isTarget(doc: vscode.TextDocument, settings: EditorSettings, frontMatter: Record<string, unknown> | undefined | 'unknown', globs: Globs = settings): boolean | 'needs-front-matter' {
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

  /** What a document needs now: nothing yet, a clear, a skip, or a lint with these options. */
  private prepare(doc: vscode.TextDocument): Plan<JobExtra> {
    const settings = this.settings(doc);
    // Precedence: defaults < preset < editor settings < nearest config file < front matter < directives.
    const entry = this.configs.get(doc.uri);
    if (!entry) return { kind: 'wait' }; // the config file is being read; onDidChange re-lints
    const config = effectiveConfig([settingsLayer(settings), entry.config]);
    const verdict = this.isTarget(doc, settings, 'unknown', config);
    if (verdict === false) {
      if (doc.languageId === 'markdown') debug(`${vscode.workspace.asRelativePath(doc.uri, false)}: not linted (${this.whyNot(doc, settings)})`);
      return { kind: 'clear' };
    }
    const options = this.optionsFor(doc, settings, entry);
    const text = doc.getText();
    // Binary content or an empty file: a quiet skip, said in the status bar (the CLI says it in one line).
    // A document whose front matter decides is linted first (lint never throws) to read it.
    const skip = skipReason(text);
    if (skip && verdict === true) return { kind: 'skip', reason: skip };
    return { kind: 'lint', job: { text, options, version: doc.version, needsFrontMatter: verdict === 'needs-front-matter', skip, extra: { settings, config } } };
  }

  /** Why a Markdown document is not linted, for the log. */
  private whyNot(doc: vscode.TextDocument, settings: EditorSettings): string {
    if (!settings.enable) return 'proposalLint.enable is off';
    if (this.overrides.get(doc.uri.toString()) === false) return 'Stop Linting This File';
    return 'not a proposal by its front matter or by proposalLint.include / exclude';
  }

  /** The lint options for a document (the same resolution as the CLI's): editor settings < nearest config file. */
  optionsFor(doc: vscode.TextDocument, settings = this.settings(doc), entry = this.configs.get(doc.uri) ?? { config: {} }): LintOptions {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.path;
    const { options } = resolveOptions({
      layers: [settingsLayer(settings), entry.config],
      configFile: entry.file,
      path: folder ? doc.uri.path : vscode.workspace.asRelativePath(doc.uri, false),
      root: folder,
    });
    // The offer's dates (validity, start, decision) are checked against today in the editor.
    return { ...options, today: localToday() };
  }

  lintNow(doc: vscode.TextDocument): void {
    this.scheduler.lintNow(doc);
  }

  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.lintNow(doc);
  }

  /** A closed document: its diagnostics and everything remembered about it go. */
  forget(doc: vscode.TextDocument): void {
    this.scheduler.forget(doc);
    this.overrides.closed(doc.uri.toString());
  }

  /** Why the last Export Client Copy of a document refused, one diagnostic per problem at the proposal's line. */
  readonly exportProblems = vscode.languages.createDiagnosticCollection('proposal-lint-export');

  showExportProblems(doc: vscode.TextDocument, problems: readonly ExportProblem[]): void {
    this.exportProblems.set(doc.uri, problems.map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(Math.max(p.end, p.start + 1))), p.message, vscode.DiagnosticSeverity.Error);
      d.source = 'proposal-lint';
      d.code = 'export';
      return d;
    }));
  }

  dispose(): void {
    this.exportProblems.dispose();
    this.scheduler.dispose();
    this.diagnostics.dispose();
    this.onDidLint.dispose();
  }
}

/** The lint worker (Node extension host), or undefined where there is none (web). */
function workerBackend(context: vscode.ExtensionContext): WorkerBackend | undefined {
  let offloader;
  try {
    offloader = createOffloader(vscode.Uri.joinPath(context.extensionUri, 'dist', 'lint-worker.cjs').fsPath, log);
  } catch (e) {
    log(`no lint worker: ${String(e)}`);
  }
  if (!offloader) return undefined;
  const worker = offloader;
  return {
    lint: async (key, text, options) => {
      const r = await worker.lint(key, text, options);
      return 'error' in r ? { error: r.error } : { findings: r.findings, readiness: r.readiness, frontMatter: r.frontMatter ?? undefined, disable: r.disable };
    },
    forget: (key) => worker.forget(key),
    dispose: () => worker.dispose(),
  };
}
