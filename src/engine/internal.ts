import type { Html } from 'mdast';
import type { Lexicon } from '../lexicon/index.js';
import type { Range } from './types.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `<!-- internal -->` / `<!-- /internal -->` (and the Japanese marker words), as one
 * pattern, compiled once per set of marker words (the editor asks on every keystroke).
 */
const markerPatterns = new Map<string, RegExp>();
export function markerPattern(lexicon: Lexicon): RegExp {
  const words = lexicon.phrases('internal-marker').map((w) => escape(w.trim())).sort((a, b) => b.length - a.length);
  const source = `<!--[ \\t]*(/?)[ \\t]*(?:${words.join('|') || 'internal'})[ \\t]*-->`;
  let pattern = markerPatterns.get(source);
  if (!pattern) {
    if (markerPatterns.size >= 16) markerPatterns.delete(markerPatterns.keys().next().value!);
    markerPatterns.set(source, (pattern = new RegExp(source, 'giu')));
  }
  return pattern;
}

/**
 * Internal blocks from HTML comments (the model's HTML nodes, in document order).
 * Markers are found in HTML nodes only, so a marker inside a code block does not count. An unclosed block runs to the end.
 */
export function internalBlocks(html: readonly Html[], text: string, lexicon: Lexicon): Range[] {
  const pattern = markerPattern(lexicon);
  const markers: Array<{ offset: number; end: number; close: boolean }> = [];
  for (const node of html) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const slice = text.slice(start, end);
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(slice)) !== null) {
      markers.push({ offset: start + m.index, end: start + m.index + m[0].length, close: m[1] === '/' });
    }
  }
  markers.sort((a, b) => a.offset - b.offset);
  const ranges: Range[] = [];
  let open: number | null = null;
  for (const m of markers) {
    if (!m.close && open === null) open = m.offset;
    else if (m.close && open !== null) {
      ranges.push({ start: open, end: m.end });
      open = null;
    }
  }
  if (open !== null) ranges.push({ start: open, end: text.length });
  return ranges;
}

/** Sorts and merges overlapping ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Whether an offset lies in one of the sorted, merged ranges (binary search). */
export function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
