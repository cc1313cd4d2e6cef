import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeError, FatalError, ReadProblem, readRegularFile } from './files.js';
import { CONFIG_FILE, ConfigProblem, findConfigFile, loadConfigFile, RULES, type ConfigHost, type ProposalLintConfig } from '../index.js';
import { extendsWithin, workspaceRootFor } from '../app/workspace.js';

/** Config files are small: anything larger is refused before it is read. */
export const MAX_CONFIG_BYTES = 1_000_000;

/**
 * Reads files for the config loader (forward-slash paths), caching what it has read.
 * Absent: undefined. Anything else that cannot be read as a small regular file (a device,
 * a FIFO, a symbolic-link loop, too large) is one ConfigProblem, never an unbounded read.
 */
export function nodeHost(): ConfigHost {
  const cache = new Map<string, string | undefined>();
  return {
    async readFile(p: string) {
      if (!cache.has(p)) {
        try {
          cache.set(p, readRegularFile(p, MAX_CONFIG_BYTES).toString('utf8'));
        } catch (e) {
          if (e instanceof ReadProblem && e.kind === 'missing') cache.set(p, undefined);
          else if (e instanceof ReadProblem && e.kind === 'too-big') throw new ConfigProblem(p, 1, 1, `cannot read the configuration: over ${MAX_CONFIG_BYTES / 1_000_000} MB`);
          else throw new ConfigProblem(p, 1, 1, `cannot read the configuration: ${e instanceof ReadProblem ? e.message : describeError(e)}`);
        }
      }
      return cache.get(p);
    },
  };
}

/** The user's own config folder (extends may reach it from any repository): $XDG_CONFIG_HOME/proposal-lint, else ~/.config/proposal-lint. */
export function userConfigFolder(): string {
  return path.join(process.env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config'), 'proposal-lint');
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * `extends` of a config file stays inside its workspace (see workspaceRootFor: the
 * repository, else the folder the command was started in, else the config file's folder;
 * after symbolic links) or the user's config folder. The file named with --config itself may
 * be anywhere (the user chose it); what it extends stays inside its own workspace.
 */
export function extendsGuard(configFile: string, cwd = process.cwd()): ReturnType<typeof extendsWithin> {
  const folder = path.dirname(configFile);
  const repository = gitRoot(folder);
  const workspace = workspaceRootFor(slash(realOrSelf(folder)), { repository: repository && slash(realOrSelf(repository)), cwd: slash(realOrSelf(cwd)) });
  return extendsWithin({ workspace, userFolder: slash(userConfigFolder()), realPath: (p) => slash(realOrSelf(p)), hint: 'or pass the file with --config' });
}

export function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Where the walk up for a config file stops (inclusive): the workspace of the folder, as for
 * `extends` (workspaceRootFor): its repository; outside any repository, the folder the command
 * was started in when the file is inside it, else the file's own folder. A config file above
 * the workspace (in /tmp, a shared home folder) is never read.
 */
export function discoveryRoot(folder: string, cwd = process.cwd()): string {
  const repository = gitRoot(folder);
  return workspaceRootFor(slash(path.resolve(folder)), { repository: repository && slash(repository), cwd: slash(path.resolve(cwd)) });
}

/** The nearest folder at or above `start` with .git, or undefined outside a repository. */
export function gitRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface LoadedConfig {
  config: ProposalLintConfig;
  /** The config file used, or undefined. */
  file?: string;
}

export class ConfigResolver {
  private readonly host = nodeHost();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  /** Per folder: the configuration of its files (the walk up for a config file is done once a folder). */
  private readonly folders = new Map<string, Promise<LoadedConfig>>();
  /**
   * `cwd`: the folder the command was started in (outside a repository, the workspace a config
   * belongs to); `workspaceOf`: the editor's workspace folder of a folder, which stands for it
   * (the language server's clients open folders, not commands).
   */
  constructor(private readonly options: { configFile?: string; noConfig?: boolean; cwd?: string; workspaceOf?: (folder: string) => string | undefined }) {}

  /** The configuration for a file: --config, else the nearest config file, else none. */
  forFile(absolute: string): Promise<LoadedConfig> {
    const folder = path.dirname(absolute);
    let found = this.folders.get(folder);
    if (!found) {
      found = this.forFolder(folder);
      this.folders.set(folder, found);
    }
    return found;
  }

  private async forFolder(folder: string): Promise<LoadedConfig> {
    if (this.options.noConfig) return { config: {} };
    const cwd = this.options.workspaceOf?.(slash(folder)) ?? this.options.cwd;
    let file = this.options.configFile ? slash(path.resolve(this.options.configFile)) : undefined;
    if (!file) file = await findConfigFile(slash(path.join(folder, CONFIG_FILE)), discoveryRoot(folder, cwd), this.host);
    if (!file) return { config: {} };
    let promise = this.loaded.get(file);
    if (!promise) {
      const target = file;
      promise = loadConfigFile(target, this.host, RULES, { checkExtends: extendsGuard(target, cwd) }).then((config) => ({ config, file: target }));
      this.loaded.set(file, promise);
    }
    return promise;
  }
}

export const STARTER = `// proposal-lint configuration (JSON with comments). Docs: docs/rules/ and the README.
{
  "$schema": "./node_modules/proposal-lint/schemas/proposallintrc.schema.json",
  // "recommended" (the defaults) or "strict" (every warning an error), or a relative path.
  "extends": "recommended",
  // Severity per rule: "off", "info", "warning", "error", or ["warning", { options }].
  "rules": {
    // "seller-centric": ["warning", { "ratio": 3, "minSeller": 15 }]
  },
  // Which Markdown files are proposals (besides front matter "proposal: true").
  "include": ["**/*proposal*.md", "**/proposals/**/*.md", "**/*提案*.md", "**/*見積*.md"],
  "exclude": [],
  // "auto", "en" or "ja".
  "language": "auto",
  // Your team's own words, as literal phrases per concept and language.
  "lexicon": {
    // "addon": { "en": ["Insight Pack"], "ja": ["インサイトパック"] }
  },
  // Directives must say why: <!-- proposal-lint-disable-next-line rule -- reason -->
  "requireReason": false
}
`;

export function writeStarter(dir: string): string {
  const target = path.join(dir, CONFIG_FILE);
  if (fs.existsSync(target)) throw new ConfigProblem(slash(target), 1, 1, `${CONFIG_FILE} already exists; not overwritten`);
  try {
    fs.writeFileSync(target, STARTER, { flag: 'wx' });
  } catch (e) {
    throw new FatalError(`${target}: cannot write the starter config: ${describeError(e)}`);
  }
  return target;
}
