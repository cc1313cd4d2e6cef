/**
 * Incremental parsing for the editor: the document is split at top-level ATX headings
 * that are certainly block starts (column 0, after a blank line, outside code fences,
 * HTML blocks and front matter); each piece is parsed on its own and cached by its
 * text, so after an edit only the pieces it touched are parsed again. Documents with
 * link reference definitions or footnotes (which reach across pieces) are parsed whole.
 * test/incremental.test.ts proves the merged tree equals the whole-document parse.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { assertParsable, parseMarkdown } from './parse.js';
import { TextMemo, type Lexicon } from '../lexicon/index.js';

export interface Piece {
  start: number;
  /** 0-based line of `start`. */
  line: number;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
/** A link reference definition may sit anywhere (in a quote, a list item): any "]:" means parse whole. */
const DEFINITION = /\]:/;
const HTML_OPEN: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The pieces, or null when the document must be parsed whole. */
export function splitTopLevel(text: string): Piece[] | null {
  // micromark drops a leading byte-order mark and counts offsets without it: parse such text whole.
  if (DEFINITION.test(text) || text.includes('[^') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return null;
  const pieces: Piece[] = [];
  let pieceStart = 0;
  let pieceLine = 0;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let frontMatter = text.startsWith('---');
  let previousBlank = true;
  let offset = 0;
  let line = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(offset, end);
    if (frontMatter) {
      // remark-frontmatter closes YAML with "---" only (not YAML's "...").
      if (line > 0 && /^---[ \t]*$/.test(content)) frontMatter = false;
    } else if (fence !== null) {
      const m = FENCE.exec(content);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && content.slice(m[0].length).trim() === '') fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else {
      const f = FENCE.exec(content);
      if (f) fence = f[1]!;
      else {
        const open = HTML_OPEN.find(([o]) => o.test(content));
        if (open && !open[1].test(content.slice(content.indexOf('<') + 2))) htmlEnd = open[1];
        else if (previousBlank && HEADING.test(content) && offset > pieceStart) {
          pieces.push({ start: pieceStart, line: pieceLine, text: text.slice(pieceStart, offset) });
          pieceStart = offset;
          pieceLine = line;
        }
      }
    }
    previousBlank = content.trim() === '';
    if (nl === -1) break;
    offset = nl + 1;
    line++;
  }
  pieces.push({ start: pieceStart, line: pieceLine, text: text.slice(pieceStart) });
  return pieces;
}

function shiftPoint(p: Point, lines: number, offset: number): Point {
  return { line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset };
}

/** A copy of a subtree with every position moved down by `lines` and `offset`. */
function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node } as T & { children?: Nodes[]; position?: Position };
  if (node.position) copy.position = { start: shiftPoint(node.position.start, lines, offset), end: shiftPoint(node.position.end, lines, offset) };
  if ('children' in node && Array.isArray(node.children)) copy.children = (node.children as Nodes[]).map((c) => shifted(c, lines, offset));
  return copy;
}

/** Moves every position of a freshly parsed subtree down by `lines` and `offset`, in place. */
function shiftInPlace(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start = shiftPoint(position.start, lines, offset);
    position.end = shiftPoint(position.end, lines, offset);
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftInPlace(child, lines, offset);
}

/** Documents shorter than this (characters) are parsed whole by parseSectioned. */
export const SECTIONED_FROM = 16_000;

/**
 * The whole-document tree, built by parsing each top-level section on its own (the same
 * split as ParseCache, without keeping anything). Equal to `parseMarkdown(text)` (see
 * test/incremental.test.ts) and linear in the document: the parser's cost grows faster
 * than the text on long documents (docs/performance.md).
 */
export function parseSectioned(text: string, from = SECTIONED_FROM): Root {
  // A short document gains nothing from pieces (each costs a parser of its own): parse it whole.
  if (text.length < from) return parseMarkdown(text);
  assertParsable(text); // the whole text: pieces each under the bound may not be, together
  const pieces = splitTopLevel(text);
  if (!pieces || pieces.length < 2) return parseMarkdown(text);
  const children: RootContent[] = [];
  for (const piece of pieces) {
    const tree = parseMarkdown(piece.text);
    for (const child of tree.children) {
      if (piece.start) shiftInPlace(child, piece.line, piece.start);
      children.push(child);
    }
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

function endPoint(text: string): Point {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: text.length - last, offset: text.length };
}

interface CachedPiece {
  tree: Root;
  placed?: RootContent[];
  line?: number;
  start?: number;
}

/**
 * The editor's memory of one document: parses it piece by piece, reusing the pieces an
 * edit did not touch, and remembers what was computed from each prose block's text, so a
 * keystroke costs the section it touched plus the rules' walk over the model.
 */
export class ParseCache {
  /** Per piece text: its tree, and its children as last placed in the document (reused while the piece does not move). */
  private pieces = new Map<string, CachedPiece>();
  /** Pieces parsed (not reused) by the last call: for tests and the benchmark. */
  lastParsed = 0;
  /** Lexicon matches, sentences and language weights per block text (see TextMemo). */
  readonly memo = new TextMemo();
  private memoFor: Lexicon | undefined;

  /**
   * Starts a lint of this document with `lexicon`: returns the lexicon with its matches
   * remembered across lints (everything is forgotten when the lexicon changes).
   */
  begin(lexicon: Lexicon): Lexicon {
    if (lexicon !== this.memoFor) {
      this.memo.clear();
      this.memoFor = lexicon;
    }
    this.memo.next();
    return lexicon.withMemo(this.memo);
  }

  /** `sectionedFrom`: documents shorter than this (characters) are parsed whole (tests pass 0). */
  constructor(readonly sectionedFrom = SECTIONED_FROM) {}

  parse(text: string): Root {
    if (text.length >= this.sectionedFrom) assertParsable(text); // the whole text, not only each piece
    const pieces = text.length < this.sectionedFrom ? null : splitTopLevel(text);
    if (!pieces || pieces.length < 2) {
      this.pieces.clear();
      this.lastParsed = 1;
      return parseMarkdown(text);
    }
    const next = new Map<string, CachedPiece>();
    const children: RootContent[] = [];
    this.lastParsed = 0;
    pieces.forEach((piece, i) => {
      const key = `${i === 0 ? 'first' : 'rest'}\u0000${piece.text}`;
      const earlier = next.get(key);
      if (earlier) {
        // The same text twice in one document: parsed once, placed again.
        for (const child of earlier.tree.children) children.push(shifted(child, piece.line, piece.start));
        return;
      }
      let cached = this.pieces.get(key);
      if (!cached) {
        cached = { tree: parseMarkdown(piece.text) };
        this.lastParsed++;
      }
      // The same text at the same place (everything above an edit) keeps the nodes of the last lint.
      if (!cached.placed || cached.line !== piece.line || cached.start !== piece.start) {
        cached = { tree: cached.tree, placed: cached.tree.children.map((child) => shifted(child, piece.line, piece.start)), line: piece.line, start: piece.start };
      }
      next.set(key, cached);
      for (const child of cached.placed!) children.push(child);
    });
    this.pieces = next;
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
  }
}
