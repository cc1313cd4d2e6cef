import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit, Finding, ProposalModel } from './types.js';
import { eol, insertBlock } from './edits.js';

/**
 * Inline directives, as HTML comments so they never render (markdownlint / ESLint style):
 *   <!-- proposal-lint-disable rule-a, rule-b -- reason -->   until enabled again
 *   <!-- proposal-lint-enable rule-a -->
 *   <!-- proposal-lint-disable-line rule-a -->               the line it sits on
 *   <!-- proposal-lint-disable-next-line rule-a -->          the line after it
 *   <!-- proposal-lint-disable-file rule-a -->               the whole file
 * No rule id means every rule. Only HTML nodes count, so examples in code blocks do not.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
  reason: string;
  start: number;
  end: number;
  line: number;
}

const PATTERN = /<!--\s*proposal-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

/** Directives in the HTML nodes of a tree (or in the model's list of them, found while it was built). */
export function parseDirectives(source: Root | readonly Html[], model: Pick<ProposalModel, 'text' | 'toPoint'>): Directive[] {
  const out: Directive[] = [];
  let nodes: readonly Html[];
  if (Array.isArray(source)) nodes = source as readonly Html[];
  else {
    const found: Html[] = [];
    visit(source as Root, 'html', (node: Html) => void found.push(node));
    nodes = found;
  }
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const slice = model.text.slice(start, end);
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(slice)) !== null) {
      const body = m[2] ?? '';
      const split = body.indexOf(' -- ');
      const ids = split === -1 ? body : body.slice(0, split);
      const reason = split === -1 ? '' : body.slice(split + 4).trim();
      const at = start + m.index;
      out.push({
        kind: m[1] as DirectiveKind,
        rules: ids.split(/[\s,]+/).filter(Boolean),
        reason,
        start: at,
        end: at + m[0].length,
        line: model.toPoint(at).line,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** Which findings the directives silence, and which directives silenced nothing. */
export function applyDirectives(findings: Finding[], directives: Directive[], model: Pick<ProposalModel, 'toPoint'>): { kept: Finding[]; used: Set<Directive> } {
  const used = new Set<Directive>();
  if (directives.length === 0) return { kept: findings, used };
  const kept = findings.filter((f) => {
    for (const d of directives) {
      if (!applies(d, f.ruleId)) continue;
      if (d.kind === 'disable-file'
        || (d.kind === 'disable-line' && d.line === f.line)
        || (d.kind === 'disable-next-line' && model.toPoint(d.end).line + 1 === f.line)) {
        used.add(d);
        return false;
      }
    }
    // Ranges: the last disable/enable before the finding decides.
    let state: Directive | null = null;
    for (const d of directives) {
      if (d.start > f.startOffset) break;
      if (!applies(d, f.ruleId)) continue;
      if (d.kind === 'disable') state = d;
      else if (d.kind === 'enable') state = null;
    }
    if (state) {
      used.add(state);
      return false;
    }
    return true;
  });
  return { kept, used };
}

/** An edit that silences one rule on a finding's line (at the end of that line), or null where a comment cannot go. */
export function disableLineEdit(model: ProposalModel, finding: Finding): Edit | null {
  const fm = model.frontMatter;
  if (fm && finding.startOffset < fm.end) return null;
  const { text } = model;
  let end = text.indexOf('\n', finding.startOffset);
  if (end === -1) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return { start: end, end, text: ` <!-- proposal-lint-disable-line ${finding.ruleId} -->` };
}

/** An edit that silences one rule for the whole file (a comment after the front matter). */
export function disableFileEdit(model: ProposalModel, ruleId: string): Edit {
  const nl = eol(model.text);
  const fm = model.frontMatter;
  if (fm) {
    let at = fm.end;
    if (model.text.startsWith('\r\n', at)) at += 2;
    else if (model.text[at] === '\n') at += 1;
    return insertBlock(model.text, at, `<!-- proposal-lint-disable-file ${ruleId} -->`).edit;
  }
  return { start: 0, end: 0, text: `<!-- proposal-lint-disable-file ${ruleId} -->${nl}${nl}` };
}

export interface DirectiveCheckOptions {
  knownRules: readonly string[];
  requireReason?: boolean;
  reportUnused?: boolean;
}

export const MESSAGES = {
  unknownRule: {
    en: 'Unknown rule "{{id}}": this directive silences nothing. Use the rule id a finding shows.',
    ja: '「{{id}}」は存在しないルールです。ルールIDを確認してください。',
  },
  missingReason: {
    en: 'This directive gives no reason; after the rule ids add " -- " and why the rule does not apply here.',
    ja: 'この指示コメントに理由がありません。ルールIDの後に「-- 理由」を書いてください。',
  },
  unused: {
    en: 'This proposal-lint directive silences nothing; remove it.',
    ja: 'この指示コメントは何も無効にしていません。削除してください。',
  },
} as const;

/** Findings about the directives themselves: unknown rule ids, missing reasons, unused directives. */
export function directiveFindings(model: ProposalModel, directives: Directive[], used: Set<Directive>, options: DirectiveCheckOptions): Finding[] {
  const out: Finding[] = [];
  const lang = model.lang;
  const push = (d: Directive, ruleId: string, messageId: keyof typeof MESSAGES, data: Record<string, string> = {}) => {
    const s = model.toPoint(d.start);
    const e = model.toPoint(d.end);
    const message = MESSAGES[messageId][lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
    out.push({ ruleId, messageId, severity: 'warning', message, lang, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, startOffset: d.start, endOffset: d.end });
  };
  for (const d of directives) {
    for (const id of d.rules) if (!options.knownRules.includes(id)) push(d, 'invalid-directive', 'unknownRule', { id, known: options.knownRules.join(', ') });
    if (options.requireReason && d.kind !== 'enable' && d.reason === '') push(d, 'invalid-directive', 'missingReason');
    if (options.reportUnused && d.kind !== 'enable' && !used.has(d)) push(d, 'unused-directive', 'unused');
  }
  return out;
}
