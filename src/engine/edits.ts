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

/** The document's line ending (CRLF when it uses it, else LF). */
export function eol(text: string): string {
  // Asked once per suggestion: remember the answer for the last text (10,000 findings, one scan).
  if (text !== lastEolText) {
    lastEolText = text;
    lastEol = text.includes('\r\n') ? '\r\n' : '\n';
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
  const body = markdown.replace(/\r?\n/g, nl).replace(/(\r?\n)+$/, '');
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  let prefix = '';
  if (offset > 0) {
    if (!/\r?\n$/.test(before)) prefix = nl + nl;
    else if (!/\r?\n\s*\r?\n$/.test(before) && !/^\s*\r?\n$/.test(before)) prefix = nl;
  }
  let suffix = nl;
  if (after.length > 0 && !/^\r?\n/.test(after)) suffix = nl + nl;
  return { edit: { start: offset, end: offset, text: prefix + body + suffix }, prefix, suffix };
}

/** The offset where a line starts (the offset itself when it is already a line start). */
export function lineStart(text: string, offset: number): number {
  // Back to the nearest line break only: lastIndexOf('\r') of a text without one would scan to its start, every call.
  let i = Math.min(offset, text.length);
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
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
