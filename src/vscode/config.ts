import * as vscode from 'vscode';
import { realPath } from './offload.js';
import { normalisePath } from './paths.js';
import { isInside, planTeach } from './teach.js';
import { CONFIG_FILE, ConfigProblem, RULES, findConfigFile, loadConfigFile, type ConfigHost, type ProposalLintConfig, type Lang } from '../index.js';
import { extendsWithin } from '../app/workspace.js';

/** A workspace's config may extend only files inside the workspace folder (after symbolic links), as in the CLI. */
const confined = (workspace: string) => ({ checkExtends: extendsWithin({ workspace, realPath }) });

interface Entry {
  config: ProposalLintConfig;
  file?: string;
}

/**
 * The nearest .proposallintrc.json for each document, read through workspace.fs (so it
 * works in vscode.dev too). A broken file shows a diagnostic at the error and the last
 * good configuration stays in use; the status bar says so once.
 */
export class ConfigStore implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('proposal-lint-config');
  private readonly byFolder = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly lastGood = new Map<string, ProposalLintConfig>();
  private readonly announced = new Set<string>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  readonly onDidChange = new vscode.EventEmitter<void>();

  constructor(private readonly log: (m: string) => void) {
    const reset = () => {
      this.byFolder.clear();
      this.onDidChange.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  private host(): ConfigHost {
    return {
      readFile: async (path) => {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.path === path && d.uri.scheme !== 'untitled');
        if (open) return open.getText();
        try {
          const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(folder.with({ path })));
        } catch {
          return undefined;
        }
      },
    };
  }

  /** The configuration for a document now, or undefined while it is being read (onDidChange fires when ready). */
  get(uri: vscode.Uri): Entry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return { config: {} };
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
    const cached = this.byFolder.get(dir);
    if (cached) return cached;
    if (!this.loading.has(dir)) {
      this.loading.set(dir, this.load(dir, folder.uri.path, uri).finally(() => {
        this.loading.delete(dir);
        this.onDidChange.fire();
      }));
    }
    return undefined;
  }

  /**
   * The configuration for a document as it is on disk (or in an open editor) right now, not
   * the cached one: Export Client Copy must use the team's current marker words, and refuses
   * on a broken file rather than guess.
   */
  async current(uri: vscode.Uri): Promise<{ entry: Entry } | { problem: ConfigProblem }> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme === 'untitled') return { entry: { config: {} } };
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
    const host = this.host();
    const file = await findConfigFile(`${dir}/x.md`, folder.uri.path, host);
    if (!file) return { entry: { config: {} } };
    try {
      return { entry: { config: await loadConfigFile(file, host, RULES, confined(folder.uri.path)), file } };
    } catch (e) {
      return { problem: e instanceof ConfigProblem ? e : new ConfigProblem(file, 1, 1, String(e)) };
    }
  }

  private async load(dir: string, root: string, uri: vscode.Uri): Promise<void> {
    const host = this.host();
    const file = await findConfigFile(`${dir}/x.md`, root, host);
    if (!file) {
      this.byFolder.set(dir, { config: {} });
      return;
    }
    const configUri = uri.with({ path: file });
    try {
      const config = await loadConfigFile(file, host, RULES, confined(root));
      this.lastGood.set(file, config);
      this.problems.delete(configUri);
      this.announced.delete(file);
      this.byFolder.set(dir, { config, file });
    } catch (e) {
      const problem = e instanceof ConfigProblem ? e : new ConfigProblem(file, 1, 1, String(e));
      const at = problem.file === file ? configUri : uri.with({ path: problem.file });
      const d = new vscode.Diagnostic(new vscode.Range(problem.line - 1, problem.column - 1, problem.line - 1, problem.column), problem.message, vscode.DiagnosticSeverity.Error);
      d.source = 'proposal-lint';
      this.problems.set(at, [d]);
      this.log(`config: ${problem.toString()}`);
      this.byFolder.set(dir, { config: this.lastGood.get(file) ?? {}, file });
      if (!this.announced.has(file)) {
        this.announced.add(file);
        vscode.window.setStatusBarMessage(vscode.l10n.t('$(warning) Proposal Lint: {0} has an error; using the last good configuration.', CONFIG_FILE), 10000);
      }
    }
  }

  /**
   * Writes a literal phrase into the nearest config file's lexicon (creating the file at
   * the workspace root), and says what it did. A file that does not parse, or whose
   * lexicon is not shaped as expected, is left as it is; so is a file that is a link to
   * somewhere outside the workspace. Returns the file when the phrase is in it.
   */
  async teach(uri: vscode.Uri, concept: string, lang: Lang, phrase: string, label = concept): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
    const found = await findConfigFile(`${dir}/x.md`, folder.uri.path, this.host());
    const target = found ? uri.with({ path: found }) : vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    const name = vscode.workspace.asRelativePath(target, false);
    const refuse = (message: string): undefined => {
      this.log(`teach: ${message}`);
      void vscode.window.showErrorMessage(message);
      return undefined;
    };
    if (!(await this.insideWorkspace(target, folder.uri))) {
      return refuse(vscode.l10n.t('Not added: {0} is a link to a file outside the workspace. Nothing was written.', name));
    }
    const plan = planTeach(await this.host().readFile(target.path), concept, lang, phrase);
    if (plan.kind === 'unparsable') {
      return refuse(vscode.l10n.t('Not added: {0} does not parse ({1} at line {2}, column {3}). Fix it first; nothing was written.', name, plan.error, plan.line, plan.column));
    }
    if (plan.kind === 'malformed') {
      return refuse(plan.expected === 'object'
        ? vscode.l10n.t('Not added: {0} in {1} is not an object. Fix it first; nothing was written.', plan.at, name)
        : vscode.l10n.t('Not added: {0} in {1} is not a list of phrases. Fix it first; nothing was written.', plan.at, name));
    }
    if (plan.kind === 'present') {
      void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is already in the team\'s {1} ({2}).', phrase, label, name));
      return target;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(plan.text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Added "{0}" to the team\'s {1} in {2}.', phrase, label, name));
    this.byFolder.clear();
    this.onDidChange.fire();
    return target;
  }

  /** The config file is in the workspace once links are resolved (Node); where they cannot be, it must be no link. */
  private async insideWorkspace(target: vscode.Uri, root: vscode.Uri): Promise<boolean> {
    if (target.scheme === 'file') {
      const [real, realRoot] = await Promise.all([realPath(target.fsPath), realPath(root.fsPath)]);
      if (real && realRoot) return isInside(normalisePath(real), normalisePath(realRoot));
    }
    try {
      return ((await vscode.workspace.fs.stat(target)).type & vscode.FileType.SymbolicLink) === 0;
    } catch {
      return true; // no such file yet: it is created where it is named
    }
  }

  dispose(): void {
    this.problems.dispose();
    this.watcher.dispose();
    this.onDidChange.dispose();
  }
}
