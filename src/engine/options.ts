/**
 * From configuration to the options `lint()` takes, in the documented order of
 * precedence: built-in defaults < preset (extends) < editor settings < nearest config
 * file < front matter < inline directives (the last two apply inside lint()).
 */
import { mergeConfig, rulesForFile, type ProposalLintConfig } from './config.js';
import type { EditorSettings } from './settings.js';
import type { LintOptions } from '../index.js';

/** Editor settings as the lowest-precedence configuration layer. */
export function settingsLayer(settings: EditorSettings): ProposalLintConfig {
  return { rules: settings.rules, include: settings.include, exclude: settings.exclude, language: settings.language };
}

/** The merged configuration for one file (path relative to the config file's folder, for overrides). */
export function effectiveConfig(layers: ProposalLintConfig[]): ProposalLintConfig {
  return layers.reduce((acc, l) => mergeConfig(acc, l), {} as ProposalLintConfig);
}

export function lintOptionsFor(config: ProposalLintConfig, relativePath: string, extra: Partial<LintOptions> = {}): LintOptions {
  return {
    rules: rulesForFile(config, relativePath),
    language: config.language,
    lexicon: config.lexicon,
    client: config.client,
    requireReason: config.requireReason,
    ...extra,
  };
}
