/**
 * The extension's wiring: events to the linter, providers and commands to their files.
 * Features live beside it: linter.ts (which documents, which options; the scheduling is
 * src/app/scheduler.ts), diagnostics.ts, actions.ts, hover.ts, status.ts, config.ts,
 * settings.ts and commands/.
 */
import * as vscode from 'vscode';
import type { Finding, Lang } from '../index.js';
import type { LintTiming } from '../app/scheduler.js';
import { Actions } from './actions.js';
import { exportClientCopy } from './commands/export.js';
import { insertSnippetAt, pickSnippet } from './commands/insert.js';
import { showReadiness } from './commands/readiness.js';
import { showRule, teachPhrase } from './commands/rules.js';
import { setLinted } from './commands/targets.js';
import { FrontMatterCompletions, insertFrontMatterKey } from './completion.js';
import { ConfigStore } from './config.js';
import { Hovers } from './hover.js';
import { Linter } from './linter.js';
import { closeLog, guard, log, openLog } from './log.js';
import { Overrides } from './state.js';
import { Status } from './status.js';

export type { LintTiming } from '../app/scheduler.js';

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
  const output = openLog();
  const configs = new ConfigStore(log);
  const linter = new Linter(context, new Overrides(context.workspaceState), configs);
  const status = new Status(linter);
  context.subscriptions.push(output, configs, linter, status);
  context.subscriptions.push(configs.onDidChange.event(guard('config', () => linter.relintAll())));

  const largeNoted = new Set<string>();
  const onChange = guard('change', (e: vscode.TextDocumentChangeEvent) => {
    if (e.contentChanges.length === 0) return;
    const doc = e.document;
    const settings = linter.settings(doc);
    // A very large document is linted on save only, and the status bar says so.
    // (Its length from the last line's position: getText() would copy the whole text per keystroke.)
    const size = () => doc.offsetAt(new vscode.Position(doc.lineCount, 0));
    if (linter.scheduler.edited(doc, settings.run, size, settings.maxFileSize) === 'too-large') {
      status.note(vscode.l10n.t('Proposal Lint: large file, checked on save'));
      if (!largeNoted.has(doc.uri.toString())) {
        largeNoted.add(doc.uri.toString());
        log(`${doc.uri.toString()}: over proposalLint.maxFileSize (${settings.maxFileSize.toLocaleString('en')} characters): checked on save only`);
      }
    }
  });
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }];
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(guard('open', (d: vscode.TextDocument) => linter.lintNow(d))),
    vscode.workspace.onDidChangeTextDocument(onChange),
    vscode.workspace.onDidSaveTextDocument(guard('save', (d: vscode.TextDocument) => linter.lintNow(d))),
    vscode.workspace.onDidCloseTextDocument(guard('close', (d: vscode.TextDocument) => linter.forget(d))),
    vscode.workspace.onDidChangeConfiguration(guard('configuration', (e: vscode.ConfigurationChangeEvent) => {
      if (e.affectsConfiguration('proposalLint')) linter.relintAll();
    })),
    vscode.window.onDidChangeActiveTextEditor(guard('editor', () => status.update())),
    linter.onDidLint.event(guard('status', () => status.update())),
    // The palette offers "Lint This File as a Proposal" on files not linted, "Stop Linting" on the others.
    vscode.window.onDidChangeActiveTextEditor(guard('context', () => updateContext(linter))),
    linter.onDidLint.event(guard('context', () => updateContext(linter))),
    vscode.languages.registerCodeActionsProvider(selector, new Actions(linter), { providedCodeActionKinds: Actions.kinds }),
    vscode.languages.registerHoverProvider(selector, new Hovers(linter)),
    vscode.languages.registerCompletionItemProvider(selector, new FrontMatterCompletions()),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand('proposalLint.lintAsProposal', guard('lintAsProposal', () => setLinted(linter, true))),
    vscode.commands.registerCommand('proposalLint.stopLinting', guard('stopLinting', () => setLinted(linter, false))),
    vscode.commands.registerCommand('proposalLint.insertAddon', guard('insertAddon', () => pickSnippet(linter, 'addon'))),
    vscode.commands.registerCommand('proposalLint.insertSafeguard', guard('insertSafeguard', () => pickSnippet(linter, 'safeguard'))),
    vscode.commands.registerCommand('proposalLint.showReadiness', guard('showReadiness', () => showReadiness(linter))),
    vscode.commands.registerCommand('proposalLint.exportClientCopy', guard('exportClientCopy', (target?: vscode.Uri) => exportClientCopy(linter, target))),
    vscode.commands.registerCommand('proposalLint.showRule', guard('showRule', (ruleId?: string) => showRule(linter, ruleId))),
    vscode.commands.registerCommand('proposalLint.insertSnippetAt', guard('insertSnippetAt', insertSnippetAt)),
    vscode.commands.registerCommand('proposalLint.insertFrontMatterKey', guard('insertFrontMatterKey', insertFrontMatterKey)),
    vscode.commands.registerCommand('proposalLint.teachPhrase', guard('teachPhrase', (uri: vscode.Uri, concept: string, lang: Lang, label: string, phrase?: string) =>
      teachPhrase(configs, uri, concept, lang, label, phrase))),
  );
  // Activation proper, before the documents already open are linted (their lints are in `timings().lints`).
  const activateMs = performance.now() - activationStarted;
  const version = (context.extension.packageJSON as { version?: string }).version ?? '';
  log(`Proposal Lint ${version} activated in ${Math.round(activateMs)} ms (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, UI language ${vscode.env.language})`);
  for (const doc of vscode.workspace.textDocuments) guard('initial', (d: vscode.TextDocument) => linter.lintNow(d))(doc);
  status.update();
  updateContext(linter);
  const { scheduler } = linter;
  return {
    checkedVersion: (uri) => scheduler.checkedVersion(uri.toString()),
    statusText: () => (status.visible ? status.item.text : ''),
    lintedIn: (uri) => scheduler.lintedIn(uri.toString()),
    timings: () => {
      const { slicesMs, totalMs, done } = scheduler.warmUpTiming;
      return { activateMs, lints: scheduler.timings, warmUp: { steps: slicesMs.length, longestMs: Math.max(0, ...slicesMs), totalMs, done, slicesMs } };
    },
    findings: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? linter.get(doc)?.findings : undefined;
    },
  };
}

export function deactivate(): void {
  closeLog();
}

let lintedContext: boolean | undefined;

/** The `proposalLint.linted` context key: the active editor's document is linted (the palette's when-clauses). */
function updateContext(linter: Linter): void {
  const doc = vscode.window.activeTextEditor?.document;
  const linted = !!doc && linter.scheduler.isLinted(doc.uri.toString());
  if (linted === lintedContext) return;
  lintedContext = linted;
  void vscode.commands.executeCommand('setContext', 'proposalLint.linted', linted);
}
