import { parseDocument } from 'yaml';
import type { Root } from 'mdast';
import type { Finding, FrontMatter, ProposalModel } from './types.js';

/** The offset after the first line break at or after `from` (\n, \r\n or a lone \r), or -1. */
function afterBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** Reads the YAML front matter (the first node, when remark-frontmatter found one). */
export function readFrontMatter(tree: Root, text: string): FrontMatter | null {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml' || !first.position) return null;
  // micromark drops a leading byte-order mark and counts its offsets without it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = (first.position.start.offset ?? 0) + shift;
  const end = (first.position.end.offset ?? start) + shift;
  const firstBreak = afterBreak(text, start);
  const bodyStart = firstBreak === -1 || firstBreak > end ? end : firstBreak;
  let lastBreak = end - 1;
  while (lastBreak >= bodyStart && text.charCodeAt(lastBreak) !== 10 && text.charCodeAt(lastBreak) !== 13) lastBreak--;
  const bodyEnd = lastBreak < bodyStart ? bodyStart : lastBreak + 1;
  const fm: FrontMatter = { data: {}, start: shift ? 0 : start, end, bodyStart, bodyEnd };
  // The YAML library breaks lines at \n and \r\n only: a lone \r (old Mac line ends) becomes \n, same length.
  const doc = parseDocument(first.value.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    fm.error = { message: error.message.split('\n')[0] ?? 'invalid YAML', offset: Math.min(bodyStart + (error.pos?.[0] ?? 0), bodyEnd) };
    return fm;
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch (e) {
    fm.error = { message: e instanceof Error ? e.message : String(e), offset: bodyStart };
  }
  return fm;
}

const INVALID = {
  en: 'The front matter is not valid YAML ({{error}}), so none of its settings (batna, client, lang, stage, proposal) are read. Fix the YAML between the "---" lines.',
  ja: 'フロントマターが YAML として正しくありません（{{error}}）。そのため設定（batna、client、lang、stage、proposal）はどれも読み込まれていません。「---」の間の YAML を直してください。',
} as const;

/** One warning at the YAML error's position when the front matter does not parse, else null. */
export function frontMatterFinding(model: Pick<ProposalModel, 'frontMatter' | 'lang' | 'toPoint'>): Finding | null {
  const error = model.frontMatter?.error;
  if (!error) return null;
  const detail = error.message.length > 160 ? `${error.message.slice(0, 157)}...` : error.message;
  const p = model.toPoint(error.offset);
  return {
    ruleId: 'invalid-front-matter', messageId: 'invalidYaml', severity: 'warning',
    message: INVALID[model.lang].replace('{{error}}', detail), lang: model.lang,
    line: p.line, column: p.column, endLine: p.line, endColumn: p.column, startOffset: error.offset, endOffset: error.offset,
  };
}

/** A front-matter value as trimmed text ('' when absent or empty). */
export function frontMatterText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(frontMatterText).filter(Boolean).join(', ');
  if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value) : '';
  return '';
}

/** A value the author has not filled in yet: "<…>", "TODO …", "TBD", "?", "…". */
export function isPlaceholder(text: string): boolean {
  return /^(?:<[^>]*>.*|.*<[^<>]*>|todo\b.*|tbd\b.*|\?+|…|\.\.\.)$/is.test(text.trim());
}

/**
 * Every key and value of a front-matter mapping, nested mappings too (`internal: { floor: … }`), a few levels deep,
 * each with the keys of the mappings that hold it (`floor` for `floor: { plan_b_monthly: 58000 }`).
 */
export function frontMatterEntries(data: Record<string, unknown>, depth = 0, parents: readonly string[] = []): Array<[string, unknown, readonly string[]]> {
  const out: Array<[string, unknown, readonly string[]]> = [];
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && depth < 3) out.push(...frontMatterEntries(value as Record<string, unknown>, depth + 1, [...parents, key]));
    else out.push([key, value, parents]);
  }
  return out;
}
