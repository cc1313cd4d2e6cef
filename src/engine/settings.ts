import { DEFAULT_INCLUDE } from './detect.js';
import { SEVERITIES, type Lang, type SeveritySetting } from './types.js';

/** The editor's settings (`proposalLint.*`), validated. Shared so the CLI can read the same shape. */
export interface EditorSettings {
  enable: boolean;
  include: string[];
  exclude: string[];
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
  language: 'auto' | Lang;
  /** Past this many bytes, a document is linted on save only (with a status note). */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: true,
  include: [...DEFAULT_INCLUDE],
  exclude: [],
  run: 'onType',
  rules: {},
  language: 'auto',
  maxFileSize: 5_000_000,
};

function strings(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push(`${key} must be a list of glob strings`);
  return undefined;
}

/** Reads raw settings; what is wrong is described in `problems` and falls back to the default. */
export function normalizeSettings(raw: Record<string, unknown>, knownRules: readonly string[]): { settings: EditorSettings; problems: string[] } {
  const problems: string[] = [];
  const s: EditorSettings = { ...DEFAULT_SETTINGS, include: [...DEFAULT_SETTINGS.include], rules: {} };
  if (raw['enable'] !== undefined) {
    if (typeof raw['enable'] === 'boolean') s.enable = raw['enable'];
    else problems.push('proposalLint.enable must be true or false');
  }
  s.include = strings(raw['include'], 'proposalLint.include', problems) ?? s.include;
  s.exclude = strings(raw['exclude'], 'proposalLint.exclude', problems) ?? s.exclude;
  if (raw['run'] !== undefined) {
    if (raw['run'] === 'onType' || raw['run'] === 'onSave') s.run = raw['run'];
    else problems.push('proposalLint.run must be "onType" or "onSave"');
  }
  if (raw['language'] !== undefined) {
    if (raw['language'] === 'auto' || raw['language'] === 'en' || raw['language'] === 'ja') s.language = raw['language'];
    else problems.push('proposalLint.language must be "auto", "en" or "ja"');
  }
  if (raw['maxFileSize'] !== undefined) {
    const v = raw['maxFileSize'];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) s.maxFileSize = v;
    else problems.push('proposalLint.maxFileSize must be a positive number of characters');
  }
  const rules = raw['rules'];
  if (rules !== undefined) {
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
      for (const [id, value] of Object.entries(rules)) {
        if (!knownRules.includes(id)) problems.push(`proposalLint.rules: unknown rule "${id}" (known: ${knownRules.join(', ')})`);
        else if (typeof value !== 'string' || !SEVERITIES.includes(value as SeveritySetting)) problems.push(`proposalLint.rules.${id} must be one of ${SEVERITIES.join(', ')}`);
        else s.rules[id] = value as SeveritySetting;
      }
    } else problems.push('proposalLint.rules must be an object of rule ids to severities');
  }
  return { settings: s, problems };
}
