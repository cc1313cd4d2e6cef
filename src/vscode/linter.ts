import * as vscode from 'vscode';
import {
  lintDocument, isProposal, declaredProposal, defaultLexicon, effectiveConfig, settingsLayer, lintOptionsFor,
  ParseCache, warmUpSteps, skipReason, lexiconWith, buildModel, readiness,
  type EditorSettings, type Finding, type ProposalModel,
} from '../index.js';
import { Scheduler, type Linted, type Plan, type WorkerBackend } from '../app/scheduler.js';
import { createOffloader } from './offload.js';
import type { ConfigStore } from './config.js';
import { Diagnostics } from './diagnostics.js';
import { log } from './log.js';
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
      },
      host: {
        createCache: () => new ParseCache(),
        lint: (text, options, parseCache) => {
          // Parsed once: the same model answers "is it a proposal?" and gives the findings.
          const { findings, model } = lintDocument(text, { ...options, parseCache });
          return { findings, model, frontMatter: model.frontMatter?.data, readiness: readiness(model, findings, defaultLexicon()) };
        },
      },
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
    if (verdict === false) return { kind: 'clear' };
    const base = entry.file ? entry.file.slice(0, entry.file.lastIndexOf('/') + 1) : '';
    const relative = base && doc.uri.path.startsWith(base) ? doc.uri.path.slice(base.length) : vscode.workspace.asRelativePath(doc.uri, false);
    const options = lintOptionsFor(config, relative);
    const text = doc.getText();
    // Binary content or an empty file: a quiet skip, said in the status bar (the CLI says it in one line).
    // A document whose front matter decides is linted first (lint never throws) to read it.
    const skip = skipReason(text);
    if (skip && verdict === true) return { kind: 'skip', reason: skip };
    return { kind: 'lint', job: { text, options, version: doc.version, needsFrontMatter: verdict === 'needs-front-matter', skip, extra: { settings, config } } };
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

  dispose(): void {
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
      return 'error' in r ? { error: r.error } : { findings: r.findings, readiness: r.readiness, frontMatter: r.frontMatter ?? undefined };
    },
    forget: (key) => worker.forget(key),
    dispose: () => worker.dispose(),
  };
}
