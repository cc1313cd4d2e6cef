/**
 * From the configuration layers that apply to a file to the options `lint()` takes: the
 * same for the CLI and the editor. `overrides` globs are relative to the config file's
 * folder (or, without a config file, to the workspace / repository root).
 */
import { effectiveConfig, lintOptionsFor } from '../engine/options.js';
import type { ProposalLintConfig } from '../engine/config.js';
import type { LintOptions } from '../index.js';
import { looseFrontMatter, looseToFrontMatter } from '../engine/matter.js';

export interface ResolveInput {
  /** Lowest precedence first: editor settings, then the config file, then command-line flags. */
  layers: ProposalLintConfig[];
  /** The config file used (forward slashes), if any. */
  configFile?: string;
  /** The file's path (forward slashes, absolute or workspace-relative). */
  path: string;
  /** The workspace or repository root, for files without a config file. */
  root?: string;
  extra?: Partial<LintOptions>;
}

export interface Resolved {
  config: ProposalLintConfig;
  /** The path `overrides` globs are matched against. */
  relative: string;
  options: LintOptions;
}

function relativeTo(base: string, path: string): string | undefined {
  const dir = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(dir) ? path.slice(dir.length) : undefined;
}

export function resolveOptions(input: ResolveInput): Resolved {
  const config = effectiveConfig(input.layers);
  const configDir = input.configFile ? input.configFile.slice(0, input.configFile.lastIndexOf('/')) : undefined;
  const relative = (configDir !== undefined ? relativeTo(configDir || '/', input.path) : undefined)
    ?? (input.root ? relativeTo(input.root, input.path) : undefined)
    ?? input.path.replace(/^\.?\//, '');
  return { config, relative, options: lintOptionsFor(config, relative, input.extra) };
}

/**
 * The front matter of a text without parsing the document: enough to decide whether a file
 * found in a directory walk is a proposal before linting it.
 */
export function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const block = looseFrontMatter(text, null)[0];
  return block && block.kind !== 'toml' ? looseToFrontMatter(text, block).data : undefined;
}
