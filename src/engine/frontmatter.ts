import { parseDocument } from 'yaml';
import type { Root } from 'mdast';
import type { FrontMatter } from './types.js';

/** Reads the YAML front matter (the first node, when remark-frontmatter found one). */
export function readFrontMatter(tree: Root, text: string): FrontMatter | null {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml' || !first.position) return null;
  const start = first.position.start.offset ?? 0;
  const end = first.position.end.offset ?? start;
  const firstBreak = text.indexOf('\n', start);
  const bodyStart = firstBreak === -1 || firstBreak >= end ? end : firstBreak + 1;
  const lastBreak = text.lastIndexOf('\n', end - 1);
  const bodyEnd = lastBreak < bodyStart ? bodyStart : lastBreak + 1;
  const fm: FrontMatter = { data: {}, start, end, bodyStart, bodyEnd };
  const doc = parseDocument(first.value, { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    fm.error = { message: error.message.split('\n')[0] ?? 'invalid YAML', offset: bodyStart + (error.pos?.[0] ?? 0) };
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
