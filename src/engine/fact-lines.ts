/**
 * Client-facing prose as the fact rules read it: one unit per line of a paragraph or
 * heading, and one per table row (its cells joined by " | "), each character mapped to
 * its source offset. A date, an amount or a name is read with what stands on its line or
 * in its row, and nothing else.
 */
import type { ProposalModel, ProseBlock, Section } from './types.js';
import { clientBlocks } from './query.js';

export interface FactLine {
  text: string;
  /** Source offset of each unit of `text` (length text.length + 1). */
  map: number[];
  start: number;
  end: number;
  /** 1-based source line of the start. */
  line: number;
  section: Section;
  kind: 'paragraph' | 'heading' | 'row';
  /** The blocks it is made of (one, or the cells of a row). */
  blocks: ProseBlock[];
  /** Within a list item. */
  inList: boolean;
}

const cache = new WeakMap<ProposalModel, FactLine[]>();

/** The client-facing lines and table rows, in document order (computed once per model). */
export function factLines(model: ProposalModel): FactLine[] {
  const known = cache.get(model);
  if (known) return known;
  const out: FactLine[] = [];
  let row: ProseBlock[] = [];
  let rowLine = -1;
  const flushRow = () => {
    if (!row.length) return;
    let text = '';
    const map: number[] = [];
    row.forEach((b, i) => {
      if (i) {
        text += ' | ';
        map.push(b.start, b.start, b.start);
      }
      text += b.text;
      map.push(...b.map.slice(0, b.text.length));
    });
    const last = row[row.length - 1]!;
    map.push(last.end);
    out.push({ text, map, start: row[0]!.start, end: last.end, line: rowLine, section: row[0]!.section, kind: 'row', blocks: row, inList: row[0]!.inList });
    row = [];
  };
  for (const b of clientBlocks(model)) {
    if (model.isInternal(b.start)) continue;
    if (b.kind === 'tableCell') {
      const line = model.toPoint(b.start).line;
      if (line !== rowLine) flushRow();
      rowLine = line;
      row.push(b);
      continue;
    }
    flushRow();
    rowLine = -1;
    let from = 0;
    for (;;) {
      const nl = b.text.indexOf('\n', from);
      const to = nl === -1 ? b.text.length : nl;
      const text = b.text.slice(from, to);
      if (text.trim()) {
        const map = b.map.slice(from, to);
        map.push(to < b.text.length ? b.map[to]! : b.map[b.text.length]!);
        out.push({ text, map, start: map[0]!, end: map[map.length - 1]!, line: model.toPoint(map[0]!).line, section: b.section, kind: b.kind === 'heading' ? 'heading' : 'paragraph', blocks: [b], inList: b.inList });
      }
      if (nl === -1) break;
      from = nl + 1;
    }
  }
  flushRow();
  cache.set(model, out);
  return out;
}

/** Source offsets of text[start, end) of a line. */
export function lineRange(line: FactLine, start: number, end: number): { start: number; end: number } {
  const s = line.map[start] ?? line.start;
  const e = end > start ? (line.map[end - 1] ?? line.end - 1) + 1 : s;
  return { start: s, end: e };
}
