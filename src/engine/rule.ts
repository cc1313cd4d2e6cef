import type { Concept, Lexicon } from '../lexicon/index.js';
import type { DocumentKind, Edit, Lang, ProposalModel, Severity } from './types.js';

/** Text in both languages of the product. */
export interface Localized {
  en: string;
  ja: string;
}

export interface OptionMeta {
  type: 'number' | 'boolean' | 'string';
  default: number | boolean | string;
  description: Localized;
  minimum?: number;
}

export interface RuleExample {
  lang: Lang;
  /** 'valid' raises nothing from this rule; 'invalid' raises at least one finding. */
  kind: 'valid' | 'invalid';
  title: string;
  code: string;
}

export interface RuleMeta {
  id: string;
  /** 'problem': the proposal can hurt the deal as written; 'suggestion': it could be stronger. */
  type: 'problem' | 'suggestion';
  severity: Severity;
  /** The playbook section(s) it protects, e.g. '3.1'. */
  playbook: string;
  description: Localized;
  /** Why the playbook cares (shown in docs and hovers). */
  rationale: Localized;
  /** Emits safe fixes (`fix`), applied by fix-all. */
  fixable?: boolean;
  /** Emits suggestions (meaning-changing edits the user picks). */
  hasSuggestions?: boolean;
  /** Reports about the whole document, at its anchor line. */
  documentLevel?: boolean;
  /** The kinds of document the rule applies to (every kind when absent). */
  kinds?: readonly DocumentKind[];
  messages: Record<string, Localized>;
  options?: Record<string, OptionMeta>;
  examples: RuleExample[];
  /** The vocabulary a team can extend from a finding of this rule (editor quick fix). */
  teach?: { concept: Concept; label: Localized };
}

export interface SuggestionReport {
  messageId: string;
  data?: Record<string, string | number>;
  edits: Edit[];
  snippet?: { start: number; end: number; body: string };
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Source offsets; omit for a document-level finding at the anchor. */
  start?: number;
  end?: number;
  /** Message language; defaults to the language of the prose at `start`, else the document's. */
  lang?: Lang;
  fix?: Edit[];
  suggestions?: SuggestionReport[];
  /** What the rule looked at and found, for the hover ("looked for value wording in Pricing and its intro; found none"). */
  evidence?: Localized;
}

export interface RuleContext {
  model: ProposalModel;
  lexicon: Lexicon;
  /** The rule's options, defaults merged in. */
  options: Record<string, unknown>;
  /** Settings shared by all rules (e.g. the client's names). */
  shared: { client: string[]; today?: string };
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * Why `value` is not a valid option `key` of the rule (an unknown option, or the wrong
 * type or range), or undefined when it is. The library's `rules` option and the config
 * file reader both use it, each adding where the option was written.
 */
/** A name or value from a foreign config, quoted and cut short for a one-line message. */
function short(text: string): string {
  const t = text.startsWith('"') ? text : JSON.stringify(text);
  return t.length > 42 ? `${t.slice(0, 40)}…"` : t;
}

export function checkRuleOption(rule: Rule, key: string, value: unknown): string | undefined {
  const meta = rule.meta.options?.[key];
  if (!meta) {
    const known = Object.keys(rule.meta.options ?? {});
    return `unknown option ${short(key)}; ${known.length ? `options: ${known.join(', ')}` : 'this rule takes no options'}`;
  }
  if (typeof value !== meta.type || (meta.type === 'number' && (!Number.isFinite(value) || (meta.minimum !== undefined && (value as number) < meta.minimum)))) {
    return `option "${key}" must be a ${meta.type}${meta.minimum !== undefined ? ` of at least ${meta.minimum}` : ''} (default ${JSON.stringify(meta.default)}; got ${short(JSON.stringify(value) ?? String(value))})`;
  }
  return undefined;
}
