import type { Html, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit, Finding, ProposalModel } from './types.js';
import { eol, insertBlock, lineStart } from './edits.js';
import { countStartingBy } from './query.js';

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

/**
 * Which findings the directives silence, and which directives silenced nothing. Indexed by
 * line and, for ranges, searched per rule: O((d + f) log d), not d × f (10,000 directives
 * over 10,000 findings).
 */
export function applyDirectives(findings: Finding[], directives: Directive[], model: Pick<ProposalModel, 'toPoint'>): { kept: Finding[]; used: Set<Directive> } {
  const used = new Set<Directive>();
  if (directives.length === 0) return { kept: findings, used };
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const whole: Directive[] = [];
  const byLine = new Map<number, Directive[]>();
  const ranges: Directive[] = [];
  const atLine = (line: number, d: Directive) => {
    const list = byLine.get(line);
    if (list) list.push(d);
    else byLine.set(line, [d]);
  };
  for (const d of ordered) {
    if (d.kind === 'disable-file') whole.push(d);
    else if (d.kind === 'disable-line') atLine(d.line, d);
    else if (d.kind === 'disable-next-line') atLine(model.toPoint(d.end).line + 1, d);
    else ranges.push(d);
  }
  // The range directives (disable / enable) that apply to one rule, in document order.
  const rangesFor = new Map<string, Directive[]>();
  const rangesOf = (ruleId: string) => {
    let list = rangesFor.get(ruleId);
    if (!list) rangesFor.set(ruleId, (list = ranges.filter((d) => applies(d, ruleId))));
    return list;
  };
  const kept = findings.filter((f) => {
    // The first directive in the document that silences this finding's line or the file.
    let first: Directive | undefined;
    for (const d of whole) if (applies(d, f.ruleId)) { first = d; break; }
    for (const d of byLine.get(f.line) ?? []) {
      if (applies(d, f.ruleId) && (!first || d.start < first.start)) { first = d; break; }
    }
    if (first) {
      used.add(first);
      return false;
    }
    // Ranges: the last disable/enable at or before the finding decides.
    const list = rangesOf(f.ruleId);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= f.startOffset) lo = mid + 1;
      else hi = mid;
    }
    const state = lo > 0 ? list[lo - 1]! : undefined;
    if (state?.kind === 'disable') {
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
  if (!SILENCEABLE(finding.ruleId)) return null;
  const { text } = model;
  // Issue 12: the line ends at \n, \r\n or a lone \r (CR-only files put the comment at the file's end before).
  let end = finding.startOffset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const start = lineStart(text, finding.startOffset);
  const comment = `<!-- proposal-lint-disable-line ${finding.ruleId} -->`;
  // A comment appended to a whitespace-only line of four spaces or more would be an indented
  // code block, not a directive: on such a line it goes at the line start.
  if (text.slice(start, end).trim() === '') return { start, end: start, text: comment };
  // Not on a line of a code block (appended to a fence's opening line it becomes the info
  // string) nor inside a multi-line HTML block (its "-->" would end that comment early).
  if (inCodeOrHtml(model, end)) return null;
  return { start: end, end, text: ` ${comment}` };
}

/** Whether `end` is inside a code block (up to its end) or an HTML block (before its end): the last block starting at or before it decides (they do not nest). */
function inCodeOrHtml(model: ProposalModel, end: number): boolean {
  const list = codeAndHtml(model);
  const b = list[countStartingBy(list, end) - 1];
  return !!b && (b.code ? end <= b.end : end < b.end);
}

/** The code and HTML blocks of a model in document order, found once: every finding's "disable for this line" asks (199 findings on 50 KB). */
const blocks = new WeakMap<ProposalModel, Array<{ start: number; end: number; code: boolean }>>();
function codeAndHtml(model: ProposalModel): Array<{ start: number; end: number; code: boolean }> {
  let found = blocks.get(model);
  if (!found) {
    const list: Array<{ start: number; end: number; code: boolean }> = [];
    visit(model.tree, (node: Nodes) => {
      if (node.type !== 'code' && node.type !== 'html') return;
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) list.push({ start: s, end: e, code: node.type === 'code' });
    });
    blocks.set(model, (found = list));
  }
  return found;
}

/**
 * Findings the engine reports about directives, the front matter or the parse itself are not
 * filtered by directives: a comment naming them silences nothing and is itself an unknown rule
 * (issue 12: "disable invalid-directive" added another invalid-directive warning).
 */
export const UNSILENCEABLE: readonly string[] = ['invalid-directive', 'unused-directive', 'invalid-front-matter', 'internal-error'];
const SILENCEABLE = (ruleId: string) => !UNSILENCEABLE.includes(ruleId);

/** An edit that silences one rule for the whole file (a comment after the front matter), or null for a finding no directive silences. */
export function disableFileEdit(model: ProposalModel, ruleId: string): Edit | null {
  if (!SILENCEABLE(ruleId)) return null;
  const nl = eol(model.text);
  const fm = model.frontMatter;
  if (fm) {
    // After the line that closes the front matter: never inside its "---" (fm.end may fall
    // short of the line's end, as after a byte-order mark the parser does not count).
    const { text } = model;
    let at = Math.max(0, Math.min(fm.end, text.length));
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    if (text.startsWith('\r\n', at)) at += 2;
    else if (text[at] === '\n' || text[at] === '\r') at += 1;
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
