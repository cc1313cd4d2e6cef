/**
 * proposal-lint's library entry: wires the engine, the rule registry and the
 * settings into `lint()`. The CLI and the VS Code extension import only this file.
 */
import { CONCEPTS, Lexicon, defaultLexicon, lexiconWith, type LexiconExtensions } from './lexicon/index.js';
import { buildModel } from './engine/model.js';
import { parseSectioned, type ParseCache } from './engine/incremental.js';
import { frontMatterFinding } from './engine/frontmatter.js';
import { parseIsoDay } from './engine/dates.js';
import { parseMarkdown } from './engine/parse.js';
import { internalErrorMessage, runRules, sortFindings, type RuleSettings } from './engine/runner.js';
import { applyDirectives, directiveFindings, parseDirectives, type Directive } from './engine/directives.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { SEVERITIES, type Finding, type Lang, type ProposalModel, type Severity, type SeveritySetting } from './engine/types.js';
import { checkRuleOption, type Rule } from './engine/rule.js';

export type { Edit, Finding, Lang, ProposalModel, Section, SectionRole, Severity, SeveritySetting, Suggestion } from './engine/types.js';
export type { Localized, Rule, RuleMeta, OptionMeta, RuleExample } from './engine/rule.js';
export type { LexiconExtensions } from './lexicon/index.js';
export { SEVERITIES } from './engine/types.js';
export { applyEdits } from './engine/edits.js';
export { disableFileEdit, disableLineEdit, parseDirectives, type Directive } from './engine/directives.js';
export { buildModel } from './engine/model.js';
export { ParseCache, splitTopLevel } from './engine/incremental.js';
export { RULES } from './rules/index.js';
export { isProposal, declaredProposal, DEFAULT_INCLUDE } from './engine/detect.js';
export { decodeText, skipReason } from './engine/input.js';
export { clientCopy } from './engine/export.js';
export { FACT_RULES, failingFacts, type FailingFact } from './engine/facts.js';
export { localToday } from './engine/dates.js';
export { readiness, FOUNDATIONS, FOUNDATION_LABELS, type Foundation, type Readiness } from './engine/readiness.js';
export { placeSnippet, placementOffset, placeItem, blankLineAt, type Insertion, type ItemInsertion, type ItemGroup } from './engine/placement.js';
export { allSnippets, frontMatterSnippets, snippetToText, template } from './engine/templates.js';
export { normalizeSettings, DEFAULT_SETTINGS, type EditorSettings } from './engine/settings.js';
export { defaultLexicon, lexiconWith, CONCEPTS } from './lexicon/index.js';
export { CONFIG_FILE, PRESETS, ConfigProblem, loadConfigFile, findConfigFile, mergeConfig, rulesForFile, preset, type ProposalLintConfig, type ConfigHost } from './engine/config.js';
export { settingsLayer, effectiveConfig, lintOptionsFor } from './engine/options.js';

import type { RuleSetting } from './engine/config.js';
export type { RuleSetting } from './engine/config.js';

export interface LintOptions {
  /** Severity (and options) per rule id; rules not named keep their defaults. */
  rules?: Record<string, RuleSetting>;
  /** 'auto' (default): front matter `lang`, else the majority of the prose. */
  language?: 'auto' | Lang;
  /** Extra literal phrases per concept and language. */
  lexicon?: LexiconExtensions;
  /** The client's name(s), used by voice rules. Front matter `client:` adds to it. */
  client?: string | string[];
  /** Report directives that give no `-- reason` (config `requireReason`). */
  requireReason?: boolean;
  /** Report directives that silence nothing (CLI `--report-unused-directives`). */
  reportUnusedDirectives?: boolean;
  /** Reuse the parse of unchanged sections (the editor keeps one cache per document). */
  parseCache?: ParseCache;
  /**
   * Parse top-level sections independently (default true): the same tree and findings
   * as one whole-document parse (tested), and linear in the length of the document.
   */
  sectioned?: boolean;
  /**
   * Today as YYYY-MM-DD: dates of the offer (validity, start, decision) are checked against
   * it too (the editor passes the local date, the CLI its `--today`, else the real date).
   */
  today?: string;
}

/** Thrown by `lint()` for options it cannot use (unknown rule, bad severity or option). */
export class ConfigError extends Error {
  constructor(message: string, readonly path: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Every rule's effective severity and options after `options.rules`. */
export function resolveRuleSettings(options: LintOptions = {}): Map<string, RuleSettings> {
  const settings = new Map<string, RuleSettings>();
  for (const rule of RULES) {
    settings.set(rule.meta.id, { severity: rule.meta.severity, options: defaultOptions(rule) });
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) throw new ConfigError(`Unknown rule "${id}". Known rules: ${RULES.map((r) => r.meta.id).join(', ')}.`, `rules.${id}`);
    const [severity, ruleOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      throw new ConfigError(`Rule "${id}": severity must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(severity)}).`, `rules.${id}`);
    }
    if (severity === 'off') {
      settings.delete(id);
      continue;
    }
    const merged = { ...defaultOptions(rule) };
    for (const [key, value] of Object.entries(ruleOptions ?? {})) {
      const problem = checkRuleOption(rule, key, value);
      if (problem) throw new ConfigError(`Rule "${id}": ${problem}.`, `rules.${id}.${key}`);
      merged[key] = value;
    }
    settings.set(id, { severity: severity as Severity, options: merged });
  }
  return settings;
}

function defaultOptions(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, meta] of Object.entries(rule.meta.options ?? {})) out[key] = meta.default;
  return out;
}

function clientNames(options: LintOptions, model: ProposalModel): string[] {
  const names = ([] as string[]).concat(options.client ?? []);
  const fm = model.frontMatter?.data['client'];
  if (typeof fm === 'string' && fm.trim()) names.push(fm.trim());
  if (Array.isArray(fm)) for (const n of fm) if (typeof n === 'string' && n.trim()) names.push(n.trim());
  names.push(...coverNames(model));
  // Writers shorten the name after the cover: "Hollis Market Group" becomes "Hollis".
  for (const n of [...names]) {
    const first = n.split(/[\s,]+/)[0] ?? '';
    if (/^[A-Z][A-Za-z&'’-]{3,}$/.test(first) && !GENERIC.has(first.toLowerCase())) names.push(first);
    const ja = /^(?:株式会社|有限会社|合同会社)?\s*(.+?)\s*(?:株式会社|有限会社|合同会社)?$/.exec(n)?.[1];
    if (ja && ja !== n && /[\u3040-\u9fff]/.test(ja)) names.push(ja);
  }
  return [...new Set(names)];
}

const GENERIC = new Set(['the', 'city', 'county', 'university', 'national', 'global', 'international', 'group', 'company', 'first', 'united', 'north', 'south', 'east', 'west', 'new']);

/** The client's name as the cover states it: "Client: …", "Prepared for: …", "Submitted to: …", 「〇〇株式会社 御中」. */
function coverNames(model: ProposalModel): string[] {
  const out: string[] = [];
  for (const b of model.blocks.slice(0, 20)) {
    if (b.internal) continue;
    for (const line of b.text.split('\n')) {
      const en = /^(?:client|customer|prepared\s+for|submitted\s+to|proposal\s+for|for|to|attention)\s*[:：]\s*([^,;()\n]{2,60})/i.exec(line.trim());
      if (en) out.push(en[1]!.replace(/\s+[-–—].*$/, '').trim());
      const ja = /^(.{2,40}?)\s*御中/.exec(line.trim());
      if (ja) out.push(ja[1]!.trim());
    }
  }
  return out.filter((n) => n.length > 1);
}

const shown = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value === 'object' ? 'an object' : typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
};

/** Checks what a JavaScript caller passed (no types to help them): one ConfigError naming the argument. */
function checkArguments(markdown: unknown, options: unknown): asserts options is LintOptions {
  if (typeof markdown !== 'string') throw new ConfigError(`lint() takes the Markdown text as a string (got ${shown(markdown)}).`, 'markdown');
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) throw new ConfigError(`lint() options must be an object (got ${shown(options)}).`, 'options');
  const o = options as Record<string, unknown>;
  if (o['rules'] !== undefined && (o['rules'] === null || typeof o['rules'] !== 'object' || Array.isArray(o['rules']))) {
    throw new ConfigError(`Option "rules" must be an object of rule ids to severities (got ${shown(o['rules'])}).`, 'rules');
  }
  if (o['language'] !== undefined && !['auto', 'en', 'ja'].includes(o['language'] as string)) {
    throw new ConfigError(`Option "language" must be "auto", "en" or "ja" (got ${shown(o['language'])}).`, 'language');
  }
  const client = o['client'];
  if (client !== undefined && typeof client !== 'string' && !(Array.isArray(client) && client.every((c) => typeof c === 'string'))) {
    throw new ConfigError(`Option "client" must be a name or a list of names (got ${shown(client)}).`, 'client');
  }
  if (o['today'] !== undefined && (typeof o['today'] !== 'string' || parseIsoDay(o['today']) === undefined)) {
    throw new ConfigError(`Option "today" must be a date as YYYY-MM-DD (got ${shown(o['today'])}).`, 'today');
  }
  for (const key of ['requireReason', 'reportUnusedDirectives', 'sectioned']) {
    if (o[key] !== undefined && typeof o[key] !== 'boolean') throw new ConfigError(`Option "${key}" must be true or false (got ${shown(o[key])}).`, key);
  }
  const lexicon = o['lexicon'];
  if (lexicon !== undefined) {
    if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) throw new ConfigError(`Option "lexicon" must be an object of concepts (got ${shown(lexicon)}).`, 'lexicon');
    for (const [concept, byLang] of Object.entries(lexicon)) {
      if (!(CONCEPTS as readonly string[]).includes(concept)) throw new ConfigError(`Option "lexicon": unknown concept "${concept}"; concepts: ${CONCEPTS.join(', ')}.`, `lexicon.${concept}`);
      if (!byLang || typeof byLang !== 'object' || Array.isArray(byLang)) throw new ConfigError(`Option "lexicon.${concept}" must be an object with "en" and/or "ja" lists of phrases.`, `lexicon.${concept}`);
      for (const [lang, phrases] of Object.entries(byLang as Record<string, unknown>)) {
        if ((lang !== 'en' && lang !== 'ja') || !Array.isArray(phrases) || !phrases.every((p) => typeof p === 'string')) {
          throw new ConfigError(`Option "lexicon.${concept}": "en" and "ja" must be lists of literal phrases.`, `lexicon.${concept}.${lang}`);
        }
      }
    }
  }
  const cache = o['parseCache'] as { parse?: unknown } | undefined;
  if (cache !== undefined && (cache === null || typeof cache.parse !== 'function')) throw new ConfigError('Option "parseCache" must be a ParseCache.', 'parseCache');
}

/**
 * Lints one Markdown proposal and returns its findings, sorted by position.
 * Never throws for any text; throws `ConfigError` for unusable options (or a text that is
 * not a string). A leading byte-order mark is ignored, as editors and the CLI ignore it:
 * lines, columns, offsets and edits all refer to the text without it (the returned
 * model's `text` from `lintDocument`), so apply suggestions to that text.
 */
export function lint(markdown: string, options: LintOptions = {}): Finding[] {
  return lintDocument(markdown, options).findings;
}

/** Like `lint()`, also returning the proposal model it built (parsed once); positions refer to `model.text`. */
export function lintDocument(markdown: string, options: LintOptions = {}): { findings: Finding[]; model: ProposalModel } {
  checkArguments(markdown, options);
  options ??= {};
  // The parser drops a leading byte-order mark but counts no offset for it: drop it first,
  // so that every position refers to one text, the one the user's editor shows.
  if (markdown.charCodeAt(0) === 0xfeff) markdown = markdown.slice(1);
  const settings = resolveRuleSettings(options);
  const base = lexiconWith(options.lexicon);
  const cache = options.parseCache;
  // The memo pays off on long documents only: a short one is linted afresh (as fast, and less to keep).
  const remember = cache && markdown.length >= cache.sectionedFrom ? cache : undefined;
  const lexicon = remember ? remember.begin(base) : base;
  let model: ProposalModel;
  try {
    model = buildModel(markdown, { language: options.language, lexicon, memo: remember?.memo, parse: cache ? (t) => cache.parse(t) : options.sectioned === false ? parseMarkdown : parseSectioned });
  } catch (error) {
    // The parser recurses per nesting level: thousands of nested quotes or lists exhaust
    // the stack. Say so in one finding instead of throwing.
    return unparsable(markdown, error, lexicon);
  }
  const all = runRules(model, RULES, settings, { lexicon, client: clientNames(options, model), today: options.today });
  let directives: Directive[] = [];
  try {
    directives = parseDirectives(model.html, model);
  } catch {
    directives = [];
  }
  const { kept, used } = applyDirectives(all, directives, model);
  const about = directiveFindings(model, directives, used, {
    knownRules: RULES.map((r) => r.meta.id),
    requireReason: options.requireReason,
    reportUnused: options.reportUnusedDirectives,
  });
  const yaml = frontMatterFinding(model);
  if (yaml) about.push(yaml);
  return { findings: about.length ? sortFindings([...kept, ...about]) : kept, model };
}

/** The language of a file that was not checked (no model to ask): Japanese when its opening has kana or kanji. */
function guessLang(markdown: string): Lang {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(markdown.slice(0, 2000)) ? 'ja' : 'en';
}

/** The one finding of a file that was not checked, at 1:1 (ruleId internal-error). */
function notChecked(messageId: 'tooDeep' | 'unparsable' | 'timeLimit' | 'memoryLimit', lang: Lang, data: { error?: string; limit?: string }): Finding {
  const message = internalErrorMessage(messageId, lang, data);
  return { ruleId: 'internal-error', messageId, severity: 'error', message, lang, line: 1, column: 1, endLine: 1, endColumn: 1, startOffset: 0, endOffset: 0, documentLevel: true };
}

function unparsable(markdown: string, error: unknown, lexicon: Lexicon): { findings: Finding[]; model: ProposalModel } {
  const empty = buildModel('', { lexicon });
  const deep = error instanceof RangeError;
  const model: ProposalModel = { ...empty, text: markdown };
  return { model, findings: [notChecked(deep ? 'tooDeep' : 'unparsable', guessLang(markdown), { error: String(error) })] };
}

/**
 * The one finding of a file whose lint was stopped at a limit (the CLI's --max-lint-time, or
 * the worker's heap): `limit` in seconds or megabytes. In `language` when the options fix it,
 * else guessed from the text's opening.
 */
export function limitFinding(kind: 'time' | 'memory', limit: number, markdown: string, language?: 'auto' | Lang): Finding {
  return notChecked(kind === 'time' ? 'timeLimit' : 'memoryLimit', language === 'en' || language === 'ja' ? language : guessLang(markdown), { limit: String(limit) });
}

/** A small proposal in both languages that reaches every rule (warm-up only). */
const WARM_UP_SAMPLE = [
  '---', 'proposal: true', 'client: Kestrel', 'batna: below $30,000 we decline', '---', '', '# Proposal / ご提案', '',
  '## Your situation', '', 'Your win rate fell from 31% to 24%, so that deals stall.', '',
  '## Why us', '', 'We are the best, since 2012, with 40 clients.', '', '## 費用', '', '| 項目 | 金額 |', '| --- | ---: |', '| 保守 | 1,150万円 |', '',
  '- Dashboards', '- SSO', '- Reports', '', '> A quote.', '', '<!-- internal -->', 'Walk-away: $30,000.', '<!-- /internal -->', '',
  '## Terms', '', 'This is our final offer; it expires soon. 今だけの価格です。', '', '<!-- proposal-lint-disable-next-line missing-value-add -- warm-up -->', '',
  '## 今後の進め方', '', '稟議のご承認を3月末までにお願いいたします。', '',
].join('\n');

/**
 * The first lint in a process pays for compiling: the lexicon's regular expressions
 * and the parser's and rules' code. These steps do that work in slices of a few
 * milliseconds each, for a host that must never be held long (the VS Code extension
 * runs one per idle turn while its first lints go to the worker thread). Running them
 * all is the same as one lint of a small proposal; they never throw.
 */
export function warmUpSteps(): Array<() => void> {
  const lexicon = defaultLexicon();
  const settings = resolveRuleSettings();
  const steps: Array<() => void> = [];
  for (const concept of CONCEPTS) steps.push(() => void lexicon.get(concept).find('warm-up ウォームアップ 1,000円 $1'));
  // The parser's code, one construct at a time, then the model's (front matter, sections) on small inputs.
  for (const piece of ['# A\n', 'Text *b* `c` [d](e).\n', '- a\n- b\n  1. c\n', '> q\n', '| a | b |\n| - | -: |\n| 1 | 2 |\n', '<!-- x -->\n\n```\ncode\n```\n', '---\na: 1\n---\n']) {
    steps.push(() => void parseMarkdown(piece));
  }
  for (const piece of WARM_UP_SAMPLE.split(/\n(?=## )/)) steps.push(() => void parseMarkdown(piece));
  steps.push(() => void buildModel('---\nproposal: true\n---\n\n# A\n\n## B\n\nText.\n', { lexicon }));
  let model: ProposalModel | undefined;
  steps.push(() => void (model = buildModel(WARM_UP_SAMPLE, { lexicon })));
  for (const rule of RULES) steps.push(() => void (model && runRules(model, [rule], settings, { lexicon, client: ['Kestrel'] })));
  steps.push(() => void lint(WARM_UP_SAMPLE));
  return steps.map((step) => () => {
    try {
      step();
    } catch {
      // Warming up is an optimisation: a failure here shows up, if real, in the lint itself.
    }
  });
}
