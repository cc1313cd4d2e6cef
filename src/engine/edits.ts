import type { Edit, ProposalModel, Section } from './types.js';

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlapping: keep the later one only
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The document's line ending (CRLF when it uses it, a lone CR in a CR-only document, else LF). */
export function eol(text: string): string {
  // Asked once per suggestion: remember the answer for the last text (10,000 findings, one scan).
  if (text !== lastEolText) {
    lastEolText = text;
    // Issue 12: a CR-only (old Mac) document got LF line breaks inserted; it gets CR now.
    lastEol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  }
  return lastEol;
}
let lastEolText: string | undefined;
let lastEol = '\n';

/**
 * An edit that inserts a block of Markdown at a line start, with exactly one blank
 * line on each side, so it parses as the block(s) meant and touches nothing else.
 * Returns the edit and where the block itself begins within `edit.text`.
 */
export function insertBlock(text: string, offset: number, markdown: string): { edit: Edit; prefix: string; suffix: string } {
  const nl = eol(text);
  // Line breaks are \r\n, \n or a lone \r (CR-only documents, issue 12).
  const body = markdown.replace(/\r\n?|\n/g, nl).replace(/(?:\r\n?|\n)+$/, '');
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  let prefix = '';
  if (offset > 0) {
    if (!/[\r\n]$/.test(before)) prefix = nl + nl;
    else if (!/(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)$/.test(before) && !/^\s*$/.test(before)) prefix = nl;
  }
  let suffix = nl;
  if (after.length > 0 && !/^[\r\n]/.test(after)) suffix = nl + nl;
  return { edit: { start: offset, end: offset, text: prefix + body + suffix }, prefix, suffix };
}

/** The offset where a line starts (the offset itself when it is already a line start). */
export function lineStart(text: string, offset: number): number {
  // Back to the nearest line break only: lastIndexOf('\r') of a text without one would scan to its start, every call.
  let i = Math.min(offset, text.length);
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/**
 * An insertion offset moved out of a block left open to the end of the document (a code
 * fence without its closing fence, an HTML comment without its `-->`): whatever is inserted
 * at or after its start would become part of it, as code or as a comment. Such an offset
 * moves to the line where the block opens, so the new text goes right before it.
 */
export function outsideUnclosed(model: Pick<ProposalModel, 'text' | 'tree'>, offset: number): number {
  // Issue 12: a section added "at the end" of a proposal ending in an unclosed fence landed inside the code.
  for (const node of model.tree.children) {
    if (node.type !== 'code' && node.type !== 'html') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || offset <= start || model.text.slice(end).trim() !== '') continue;
    const source = model.text.slice(start, end);
    const open = node.type === 'code' ? /^[ \t]*(`{3,}|~{3,})/.exec(source) : /^[ \t]*<!--/.exec(source);
    if (!open) continue; // an indented code block or another kind of HTML block ends at a blank line
    const closed = node.type === 'code'
      ? new RegExp(`[\\r\\n][ \\t]*${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}[ \\t]*$`).test(source)
      : source.includes('-->');
    if (!closed) return lineStart(model.text, start);
  }
  return offset;
}

/** Insert a new sibling section right before `section` (at its heading). */
export function beforeSection(section: Section): number {
  return section.start;
}

/** Insert after `section` and all its sub-sections. */
export function afterSection(model: ProposalModel, section: Section): number {
  return Math.min(section.end, model.text.length);
}

/**
 * An edit that sets a front-matter key: appended as the last line of existing front
 * matter, or a new front matter block at the top of the document.
 */
export function addFrontMatterKey(model: ProposalModel, line: string): Edit {
  const nl = eol(model.text);
  const fm = model.frontMatter;
  if (fm) {
    const at = fm.bodyEnd;
    const needsBreak = at > 0 && !/[\r\n]$/.test(model.text.slice(0, at));
    return { start: at, end: at, text: (needsBreak ? nl : '') + line + nl };
  }
  return { start: 0, end: 0, text: `---${nl}${line}${nl}---${nl}${nl}` };
}

/** Internal marker lines around whole top-level blocks from `start` to `end` (a paragraph, a note and its list, a block quote). */
export function wrapInternalLines(text: string, start: number, end: number): Edit[] {
  const nl = eol(text);
  return [{ start, end: start, text: `<!-- internal -->${nl}${nl}` }, { start: end, end, text: `${nl}${nl}<!-- /internal -->` }];
}

/** Inline internal markers around `start`..`end` within a paragraph or list item. */
export function wrapInternalInline(start: number, end: number): Edit[] {
  return [{ start, end: start, text: '<!-- internal -->' }, { start: end, end, text: '<!-- /internal -->' }];
}
