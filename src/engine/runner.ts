import type { Lexicon } from '../lexicon/index.js';
import { formatMessage, type Report, type Rule } from './rule.js';
import { firstBlockAt } from './query.js';
import type { Finding, Lang, ProposalModel, Severity } from './types.js';

export interface RuleSettings {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface RunOptions {
  lexicon: Lexicon;
  client: string[];
  /** Today as YYYY-MM-DD, when the caller gives it (the editor, the CLI): dates are also checked against it. */
  today?: string;
}

/** The language of the prose at an offset (the document's when none). */
function langAt(model: ProposalModel, offset: number): Lang {
  const i = firstBlockAt(model, offset + 1) - 1;
  const b = model.blocks[i];
  return b && offset >= b.start && offset < b.end ? b.lang : model.lang;
}

/**
 * Runs each enabled rule over the model. A rule that throws becomes one
 * `internal-error` finding naming it; the other rules still report.
 * Findings come back sorted by position, then rule id: the same every run.
 */
export function runRules(model: ProposalModel, rules: readonly Rule[], settings: ReadonlyMap<string, RuleSettings>, run: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const make = (ruleId: string, messageId: string, severity: Severity, message: string, lang: Lang, start: number, end: number, documentLevel: boolean): Finding => {
    const s = model.toPoint(start);
    const e = model.toPoint(end);
    return {
      ruleId, messageId, severity, message, lang,
      line: s.line, column: s.column, endLine: e.line, endColumn: e.column,
      startOffset: start, endOffset: end,
      ...(documentLevel ? { documentLevel } : {}),
    };
  };
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    if (!setting) continue;
    // A reviewer applies each check to the kinds of document it is about (no "why us" in a quote).
    if (rule.meta.kinds && !rule.meta.kinds.includes(model.kind)) continue;
    const reports: Array<Finding> = [];
    try {
      rule.check({
        model,
        lexicon: run.lexicon,
        options: setting.options,
        shared: { client: run.client, today: run.today },
        report(r: Report) {
          const documentLevel = r.start === undefined;
          const start = r.start ?? model.anchor.start;
          const end = r.end ?? (r.start === undefined ? model.anchor.end : start);
          const lang = r.lang ?? (documentLevel ? model.lang : langAt(model, start));
          const template = rule.meta.messages[r.messageId];
          if (!template) throw new Error(`unknown messageId "${r.messageId}"`);
          const finding = make(rule.meta.id, r.messageId, setting.severity, formatMessage(template[lang], r.data), lang, start, end, documentLevel);
          if (r.evidence) finding.evidence = r.evidence[lang];
          if (r.data) finding.data = { ...r.data };
          if (r.fix) {
            if (!rule.meta.fixable) throw new Error('reported a fix but meta.fixable is not set');
            finding.fix = r.fix;
          }
          if (r.suggestions?.length) {
            if (!rule.meta.hasSuggestions) throw new Error('reported a suggestion but meta.hasSuggestions is not set');
            finding.suggestions = r.suggestions.map((s) => {
              const t = rule.meta.messages[s.messageId];
              if (!t) throw new Error(`unknown suggestion messageId "${s.messageId}"`);
              return { desc: formatMessage(t[lang], s.data), edits: s.edits, ...(s.snippet ? { snippet: s.snippet } : {}) };
            });
          }
          reports.push(finding);
        },
      });
      findings.push(...reports);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const message = internalErrorMessage('crashed', model.lang, { rule: rule.meta.id, error: detail });
      findings.push(make('internal-error', 'crashed', 'error', message, model.lang, model.anchor.start, model.anchor.end, true));
    }
  }
  return sortFindings(findings);
}

/**
 * The findings about the engine itself (ruleId internal-error). The error detail is for a bug
 * report, clipped to ERROR_MAX characters; Japanese leaves it out (it is English, and the
 * line has no room for it).
 */
export const INTERNAL_ERROR_MESSAGES = {
  crashed: {
    en: 'Rule {{rule}} crashed ({{error}}); other findings stand. Please report it.',
    ja: '「{{rule}}」が内部エラーで停止しました。不具合として報告してください。',
  },
  tooDeep: {
    en: 'Quotes or lists are nested too deeply to analyse; this file was not checked. Reduce the nesting.',
    ja: '引用やリストの入れ子が深すぎるため、チェックしていません。入れ子を浅くしてください。',
  },
  unparsable: {
    en: 'This file could not be analysed ({{error}}); it was not checked. Please report this bug.',
    ja: 'このファイルを解析できなかったため、チェックしていません。不具合として報告してください。',
  },
  // The CLI's per-file bounds (a large file is linted in a worker with a time and a heap limit).
  timeLimit: {
    en: 'Not checked: linting took longer than {{limit}} s (--max-lint-time); split the file or raise the limit.',
    ja: '制限時間の{{limit}}秒を超えたため、チェックしていません。分割するか --max-lint-time を延ばしてください。',
  },
  memoryLimit: {
    en: 'Not checked: linting needed more than {{limit}} MB of memory; split the file into smaller ones.',
    ja: '処理に必要なメモリが上限（{{limit}}MB）を超えたため、チェックしていません。ファイルを分割してください。',
  },
} as const;

export const ERROR_MAX = 30;

export function internalErrorMessage(id: keyof typeof INTERNAL_ERROR_MESSAGES, lang: Lang, data: { rule?: string; error?: string; limit?: string } = {}): string {
  const error = data.error === undefined ? undefined : data.error.length > ERROR_MAX ? `${data.error.slice(0, ERROR_MAX - 1)}…` : data.error;
  return formatMessage(INTERNAL_ERROR_MESSAGES[id][lang], { ...(data.rule === undefined ? {} : { rule: data.rule }), ...(error === undefined ? {} : { error }), ...(data.limit === undefined ? {} : { limit: data.limit }) });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) =>
    a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.startOffset - b.startOffset || a.message.localeCompare(b.message));
}
