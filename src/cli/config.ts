import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, ConfigProblem, findConfigFile, loadConfigFile, RULES, type ConfigHost, type ProposalLintConfig } from '../index.js';

/** Reads files for the config loader (forward-slash paths), caching what it has read. */
export function nodeHost(): ConfigHost {
  const cache = new Map<string, string | undefined>();
  return {
    async readFile(p: string) {
      if (!cache.has(p)) {
        try {
          cache.set(p, fs.readFileSync(p, 'utf8'));
        } catch {
          cache.set(p, undefined);
        }
      }
      return cache.get(p);
    },
  };
}

export function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/** Where the walk up for a config file stops: the repository root (a folder with .git), else the file system root. */
export function repositoryRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return dir;
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
  constructor(private readonly options: { configFile?: string; noConfig?: boolean }) {}

  /** The configuration for a file: --config, else the nearest config file, else none. */
  async forFile(absolute: string): Promise<LoadedConfig> {
    if (this.options.noConfig) return { config: {} };
    let file = this.options.configFile ? slash(path.resolve(this.options.configFile)) : undefined;
    if (!file) file = await findConfigFile(slash(absolute), slash(repositoryRoot(path.dirname(absolute))), this.host);
    if (!file) return { config: {} };
    let promise = this.loaded.get(file);
    if (!promise) {
      const target = file;
      promise = loadConfigFile(target, this.host, RULES).then((config) => ({ config, file: target }));
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
  fs.writeFileSync(target, STARTER);
  return target;
}
