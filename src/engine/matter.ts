/**
 * Front matter the parser does not see as front matter, but a writer meant as one: after
 * blank lines, closed with `...`, TOML between `+++` lines, a second `---` block right
 * after the first, or never closed. None of it may reach the client, and its keys
 * (`batna:`) still count as the proposal's internal notes.
 */
import { parseDocument } from 'yaml';
import type { FrontMatter } from './types.js';

export interface LooseMatter {
  /** The whole block, fences included (an unclosed block ends at its first blank line). */
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  kind: 'yaml' | 'toml' | 'unclosed';
}

/** How far a block may run before we stop treating it as front matter. */
const MAX_LINES = 400;
const YAML_LINE = /^(?:[ \t]*#.*|[ \t]*[-?][ \t].*|[ \t]*-[ \t]*|[ \t]*["']?[^\s:#"'][^:]*["']?[ \t]*:(?:[ \t].*)?|[ \t]+\S.*|[ \t]*)$/u;
const TOML_LINE = /^(?:[ \t]*#.*|[ \t]*\[.*\][ \t]*|[ \t]*[\w."'\u3040-\u9fff-]+[ \t]*=.*|[ \t]+\S.*|[ \t]*)$/u;
const KEY_LINE = /^[ \t]*["']?[^\s:#"'][^:]*["']?[ \t]*:(?:[ \t].*)?$/u;

interface Line {
  start: number;
  end: number;
  /** Offset after the line break. */
  next: number;
  text: string;
}

function* lines(text: string, from: number): Generator<Line> {
  let at = from;
  while (at < text.length) {
    let end = at;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end < text.length ? end + 1 : end;
    yield { start: at, end, next, text: text.slice(at, end) };
    at = next;
  }
}

/** One fenced block starting at `from` (after blank lines), or null. */
function blockAt(text: string, from: number): LooseMatter | null {
  const it = lines(text, from);
  let first = it.next().value as Line | undefined;
  while (first && first.text.trim() === '') first = it.next().value as Line | undefined;
  if (!first) return null;
  const fence = first.text.trim();
  if (fence !== '---' && fence !== '+++') return null;
  const toml = fence === '+++';
  const ok = toml ? TOML_LINE : YAML_LINE;
  let count = 0;
  let sawKey = false;
  const body: Line[] = [];
  let blank = false;
  for (const line of it) {
    const t = line.text.trim();
    if ((toml && t === '+++') || (!toml && (t === '---' || t === '...'))) {
      if (body.length === 0 || !sawKey) return null;
      return { start: first.start, end: line.end, bodyStart: first.next, bodyEnd: line.start, kind: toml ? 'toml' : 'yaml' };
    }
    // A blank line ends a block the parser did not take, unless the closing fence follows.
    if (blank && t !== '') break;
    if (t === '') blank = true;
    if (!ok.test(line.text) || ++count > MAX_LINES) break;
    if (toml ? /=/.test(t) : KEY_LINE.test(line.text)) sawKey = true;
    body.push(line);
  }
  // Never closed: the key lines up to the first blank line are still front matter.
  if (toml || body.length === 0 || !KEY_LINE.test(body[0]!.text)) return null;
  let last = body[0]!;
  for (const line of body) {
    if (line.text.trim() === '') break;
    last = line;
  }
  return { start: first.start, end: last.end, bodyStart: first.next, bodyEnd: last.end, kind: 'unclosed' };
}

/**
 * Front-matter-like blocks the parser did not take: at the top of the text (after blank
 * lines), or right after the parsed front matter (`parsed`), as many as follow each other.
 */
export function looseFrontMatter(text: string, parsed: { end: number } | null): LooseMatter[] {
  const out: LooseMatter[] = [];
  let at = parsed ? parsed.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const block = blockAt(text, at);
    if (!block) return out;
    out.push(block);
    at = block.end;
    if (block.kind === 'unclosed') return out;
  }
}

/** A loose YAML block read as the proposal's front matter (when the parser found none). */
export function looseToFrontMatter(text: string, block: LooseMatter): FrontMatter {
  const fm: FrontMatter = { data: {}, start: block.start, end: block.end, bodyStart: block.bodyStart, bodyEnd: block.bodyEnd };
  if (block.kind === 'toml') return fm;
  try {
    const doc = parseDocument(text.slice(block.bodyStart, block.bodyEnd), { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) return fm;
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch {
    // Unreadable: still internal, just without keys.
  }
  return fm;
}
