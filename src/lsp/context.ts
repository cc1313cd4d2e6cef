/**
 * What a document's lint depends on, as the language server reads it: the client's
 * `proposalLint` settings (workspace/configuration, else the last didChangeConfiguration)
 * under the nearest .proposallintrc.json, found and loaded the CLI's way (src/cli/config.ts:
 * the walk up stops at the repository root, `extends` stays inside it). The same
 * precedence as the VS Code extension: editor settings < config file < front matter.
 */
import { fileURLToPath } from 'node:url';
import { ConfigResolver, slash } from '../cli/config.js';
import { ConfigProblem, RULES, normalizeSettings, settingsLayer, type EditorSettings, type ProposalLintConfig } from '../index.js';
import { resolveOptions, type Resolved } from '../app/resolve.js';

export const RULE_IDS = RULES.map((r) => r.meta.id);

export interface DocContext {
  settings: EditorSettings;
  /** The config file used (forward slashes), if any. */
  configFile?: string;
  /** Set when the config file has an error: the last good configuration is used. */
  problem?: ConfigProblem;
  resolved: Resolved;
  /** The file's path on disk, for file: URIs. */
  path?: string;
}

export interface ContextDeps {
  /** The client's settings for a document (workspace/configuration), or undefined when the client has none to give. */
  fetchSettings(uri: string): Promise<unknown>;
  /** The workspace folders' paths (forward slashes). */
  roots(): string[];
  /** A settings problem, said once per session. */
  warn(message: string): void;
  /** A config file's error (file, line, column) or its clearing (undefined). */
  configProblem(file: string, problem: ConfigProblem | undefined): void;
}

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return slash(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export class Contexts {
  private resolver = this.newResolver();
  private readonly ready = new Map<string, DocContext>();
  private readonly loading = new Map<string, Promise<DocContext>>();
  private readonly lastGood = new Map<string, ProposalLintConfig>();
  private readonly reported = new Set<string>();
  private generation = 0;
  /** Settings pushed by didChangeConfiguration (clients without workspace/configuration). */
  pushed: unknown;

  constructor(private readonly deps: ContextDeps) {}

  /** Config files are searched up to the client's workspace folder of the file (outside a repository). */
  private newResolver(): ConfigResolver {
    return new ConfigResolver({ workspaceOf: (folder) => this.rootOf(folder) });
  }

  /** The innermost workspace folder the client opened that holds `path`. */
  private rootOf(path: string): string | undefined {
    return this.deps.roots().filter((r) => path === r || path.startsWith(r.endsWith('/') ? r : `${r}/`)).sort((a, b) => b.length - a.length)[0];
  }

  /** The context now, or undefined while it is being read (`load` says when it is there). */
  get(uri: string): DocContext | undefined {
    return this.ready.get(uri);
  }

  load(uri: string): Promise<DocContext> {
    const ready = this.ready.get(uri);
    if (ready) return Promise.resolve(ready);
    let p = this.loading.get(uri);
    if (!p) {
      const generation = this.generation;
      p = this.read(uri).then((ctx) => {
        if (generation === this.generation) {
          this.ready.set(uri, ctx);
          this.loading.delete(uri);
        }
        return ctx;
      });
      this.loading.set(uri, p);
    }
    return p;
  }

  /** Settings or a config file changed: everything is read again. */
  reset(): void {
    this.generation++;
    this.ready.clear();
    this.loading.clear();
    this.resolver = this.newResolver();
  }

  forget(uri: string): void {
    this.ready.delete(uri);
    this.loading.delete(uri);
  }

  private async settings(uri: string): Promise<EditorSettings> {
    let raw: unknown;
    try {
      raw = await this.deps.fetchSettings(uri);
    } catch {
      raw = undefined;
    }
    raw ??= (this.pushed as Record<string, unknown> | undefined)?.['proposalLint'];
    const { settings, problems } = normalizeSettings(raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}, RULE_IDS);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      this.deps.warn(p);
    }
    return settings;
  }

  private async read(uri: string): Promise<DocContext> {
    const settings = await this.settings(uri);
    const path = pathOf(uri);
    let config: ProposalLintConfig = {};
    let configFile: string | undefined;
    let problem: ConfigProblem | undefined;
    if (path) {
      try {
        const loaded = await this.resolver.forFile(path);
        config = loaded.config;
        configFile = loaded.file;
        if (configFile) {
          this.lastGood.set(configFile, config);
          this.deps.configProblem(configFile, undefined);
        }
      } catch (e) {
        problem = e instanceof ConfigProblem ? e : new ConfigProblem(path, 1, 1, String(e));
        configFile = problem.file;
        config = this.lastGood.get(problem.file) ?? {};
        this.deps.configProblem(problem.file, problem);
      }
    }
    const root = path ? this.rootOf(path) : undefined;
    const resolved = resolveOptions({
      layers: [settingsLayer(settings), config],
      configFile,
      path: path ?? uri,
      root,
    });
    return { settings, configFile, problem, resolved, path };
  }
}
