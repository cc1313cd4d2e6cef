import { eol } from './edits.js';
import { mergeRanges } from './internal.js';
import type { ProposalModel, Range } from './types.js';

/** The client's copy and where each of its characters came from in the proposal. */
export interface MappedCopy {
  text: string;
  /** The source offset of a copy offset (the nearest kept character before it). */
  toSource(offset: number): number;
}

const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * What never reaches the client besides the internal regions: every HTML comment (markers,
 * lint directives, notes: invisible when rendered, but the copy is a file the client can
 * read), found in the parsed HTML nodes only, so a comment shown in a code block stays.
 */
function commentRanges(model: ProposalModel): Range[] {
  const out: Range[] = [];
  for (const node of model.html) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const slice = model.text.slice(start, end);
    COMMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMENT.exec(slice)) !== null) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/**
 * The client's copy: the proposal without its front matter, internal blocks, internal
 * sections and HTML comments. Only the removed ranges change: where a removed block stood
 * on lines of its own, the text around it is joined with one blank line; an inline part is
 * cut out of its line; separators (`---`) left doubled, leading or trailing by a removal
 * are dropped. Everything else is kept byte for byte.
 */
export function clientCopyMapped(model: ProposalModel): MappedCopy {
  const { text } = model;
  const nl = eol(text);
  const removed = mergeRanges([...model.internal, ...commentRanges(model)]);
  // Pieces of the output: [copyStart, sourceStart] for each kept run.
  const marks: Array<[number, number]> = [];
  let out = '';
  let blockJoin = false;
  const append = (piece: string, sourceStart: number) => {
    if (!blockJoin) {
      marks.push([out.length, sourceStart]);
      out += piece;
      return;
    }
    const left = out.replace(/(?:[ \t]*\r?\n)*[ \t]*$/, '');
    const lead = /^(?:[ \t]*\r?\n)+/.exec(piece)?.[0].length ?? 0;
    const right = piece.slice(lead);
    if (left.length < out.length) {
      // Trim what was trimmed from the left from the marks too.
      while (marks.length && marks[marks.length - 1]![0] > left.length) marks.pop();
    }
    if (left === '') {
      out = '';
      marks.length = 0;
      marks.push([0, sourceStart + lead]);
      out = right;
    } else if (right === '') {
      out = left + nl;
    } else {
      out = left + nl + nl;
      marks.push([out.length, sourceStart + lead]);
      out += right;
    }
  };
  let at = 0;
  for (const r of removed) {
    if (r.start > at) append(text.slice(at, r.start), at);
    const lineStart = Math.max(text.lastIndexOf('\n', r.start - 1) + 1, 0);
    const lineEnd = text.indexOf('\n', r.end);
    const restOfLine = text.slice(r.end, lineEnd === -1 ? text.length : lineEnd);
    blockJoin = text.slice(lineStart, r.start).trim() === '' && (restOfLine.trim() === '' || r.start === lineStart);
    at = Math.max(at, r.end);
  }
  append(text.slice(at), at);
  const tidy = tidySeparators(out, marks);
  return {
    text: tidy.text,
    toSource(offset: number) {
      let lo = 0;
      let hi = tidy.marks.length - 1;
      let best = tidy.marks[0] ?? [0, 0];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (tidy.marks[mid]![0] <= offset) {
          best = tidy.marks[mid]!;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return Math.min(text.length, best[1] + (offset - best[0]));
    },
  };
}

const BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * Drops thematic breaks that a removal left at the start or end of the copy or next to
 * another break (only blank lines between). A `---` right under a text line is a setext
 * heading underline, not a break, and stays.
 */
function tidySeparators(text: string, marks: Array<[number, number]>): { text: string; marks: Array<[number, number]> } {
  const lines = text.split(/(?<=\n)/);
  const isBreak = (i: number) => {
    const l = lines[i]!.replace(/\r?\n$/, '');
    if (!BREAK.test(l)) return false;
    const prev = i > 0 ? lines[i - 1]!.trim() : '';
    return prev === '';
  };
  const drop = new Set<number>();
  let lastContent = -1; // index of the last kept non-blank line
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    if (isBreak(i) && (lastContent === -1 || (isBreak(lastContent) && !drop.has(lastContent)))) drop.add(i);
    else lastContent = i;
  }
  // A trailing break.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.trim() === '') continue;
    if (isBreak(i)) drop.add(i);
    break;
  }
  if (drop.size === 0) return { text, marks };
  let out = '';
  // Dropped line spans in the old text, to shift the marks.
  const dropped: Array<[number, number]> = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (drop.has(i)) dropped.push([offset, offset + line.length]);
    else out += line;
    offset += line.length;
  }
  const newMarks: Array<[number, number]> = marks.map(([c, src]) => {
    let shift = 0;
    for (const [ds, de] of dropped) {
      if (de <= c) shift += de - ds;
      else if (ds < c) shift += c - ds;
    }
    return [c - shift, src];
  });
  // Drop the blank lines a dropped break leaves at the very start.
  const lead = /^(?:[ \t]*\r?\n)+/.exec(out)?.[0].length ?? 0;
  if (lead && drop.size) {
    return { text: out.slice(lead), marks: newMarks.map(([c, s]) => [Math.max(0, c - lead), s]) };
  }
  return { text: out, marks: newMarks };
}

/** The client's copy as text (see clientCopyMapped). */
export function clientCopy(model: ProposalModel): string {
  return clientCopyMapped(model).text;
}
