/**
 * Incremental parsing for the editor, and linear parsing of long documents: the document
 * is split into pieces at lines where a new top-level block certainly starts (see
 * splitTopLevel); each piece is parsed on its own and cached by its text, so after an edit
 * only the pieces it touched are parsed again.
 *
 * The split is a guess from the lines; the parse checks it. Where a piece meets the next,
 * its last block is parsed again together with the next piece's first line: unless that
 * block comes out the same and the line starts a block of its own, the rest of the document
 * is parsed as one piece (see joinsCleanly). Definitions and footnotes reach across pieces:
 * each piece is parsed knowing every definition in the document (parse.ts, `seed`).
 * test/incremental.test.ts proves the merged tree equals the whole-document parse.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { assertParsable, parseDefining, type Defined } from './parse.js';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { TextMemo, type Lexicon } from '../lexicon/index.js';

export interface Piece {
  start: number;
  /** 0-based line of `start`. */
  line: number;
  text: string;
}

export interface SplitOptions {
  /**
   * Pieces shorter than this (characters) take the next piece in (default 0: a piece at
   * every split line). Each piece costs a parser of its own: 200,000 one-line headings
   * would cost more as 200,000 pieces than whole.
   */
  minPiece?: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line that ends a setext heading or is a thematic break: the next line starts afresh. */
const RULE_LINE = /^(?:-+|=+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/;
/** A list item's marker: after a blank line it may continue the list above. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const HTML_OPEN: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Any other HTML block (a `<div>`, a tag on its own line) runs to the next blank line. */
const HTML_TAG = /^ {0,3}<\/?[A-Za-z]/;

/**
 * Where the document may be split: before a top-level ATX heading, after a thematic break
 * or setext underline, and before a line at the left margin after a blank line (not a
 * list item, which may continue a list), outside front matter, code fences and HTML
 * blocks. Null when the document must be parsed whole (lone CR line endings, a leading
 * byte-order mark: micromark counts their offsets its own way).
 */
export function splitTopLevel(text: string, options: SplitOptions = {}): Piece[] | null {
  const minPiece = options.minPiece ?? 0;
  if (text.charCodeAt(0) === 0xfeff || (text.includes('\r') && /\r(?!\n)/.test(text))) return null;
  const pieces: Piece[] = [];
  let pieceStart = 0;
  let pieceLine = 0;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let htmlToBlank = false;
  let frontMatter = text.startsWith('---');
  let previousBlank = true;
  let afterRule = false;
  let offset = 0;
  let line = 0;
  const split = () => {
    pieces.push({ start: pieceStart, line: pieceLine, text: text.slice(pieceStart, offset) });
    pieceStart = offset;
    pieceLine = line;
  };
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl;
    const content = text.charCodeAt(end - 1) === 13 ? text.slice(offset, end - 1) : text.slice(offset, end);
    const blank = content.trim() === '';
    let rule = false;
    if (frontMatter) {
      // remark-frontmatter closes YAML with "---" only (not YAML's "...").
      if (line > 0 && /^---[ \t]*$/.test(content)) frontMatter = false;
    } else if (fence !== null) {
      const m = FENCE.exec(content);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else if (htmlToBlank) {
      if (blank) htmlToBlank = false;
    } else if (!blank) {
      // Outside every block the lines can see: this line starts one; split before it where that is certain.
      if (offset > pieceStart && offset - pieceStart >= minPiece) {
        const margin = content.charCodeAt(0) !== 32 && content.charCodeAt(0) !== 9;
        if (HEADING.test(content) || afterRule || (previousBlank && margin && !LIST_MARKER.test(content))) split();
      }
      const f = FENCE.exec(content);
      // A backtick fence's info string holds no backtick (else the line is text).
      if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) fence = f[1]!;
      else {
        const open = HTML_OPEN.find(([o]) => o.test(content));
        if (open) {
          if (!open[1].test(content.slice(content.indexOf('<') + 2))) htmlEnd = open[1];
        } else if (HTML_TAG.test(content)) htmlToBlank = true;
        else rule = RULE_LINE.test(content);
      }
    }
    previousBlank = blank;
    afterRule = rule;
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

/** Documents shorter than this (characters) are parsed whole by parseSectioned and ParseCache. */
export const SECTIONED_FROM = 16_000;
/** The smallest piece parseSectioned and ParseCache make (see SplitOptions.minPiece). */
export const MIN_PIECE = 2_000;

/** One piece parsed: its tree (positions from the piece's start) and the definitions it makes. */
interface Parsed {
  tree: Root;
  defined: Defined;
}

/** Where pieces are parsed: ParseCache remembers them across calls, parseSectioned does not. */
interface PieceStore {
  /** Whether the pieces and their checks are kept for the next call (ParseCache). */
  keeps?: boolean;
  /** The piece's tree; `first`: the piece starts the document (front matter); `seed`: definitions made elsewhere. */
  parse(text: string, first: boolean, seed: Defined | undefined, seedKey: string): Parsed;
  /** Whether the piece `text` (parsed as `parsed`) and a piece starting with `nextLine` join cleanly. */
  joins(text: string, first: boolean, parsed: Parsed, nextLine: string, seed: Defined | undefined): boolean;
  /** The parsed piece's top-level nodes with their positions in the document. */
  place(parsed: Parsed, piece: Piece): RootContent[];
}

/**
 * Whether a piece and the next parse as they would together: the piece's last top-level
 * block, parsed again with the next piece's first line after it, comes out the same, and
 * that line starts a top-level block of its own. Then every block of the piece is closed
 * where the next begins (nothing open absorbs the line, and the line changes nothing above
 * it: a setext underline, a table's delimiter row, a lazy continuation, an item of the same
 * list would all show), and the next piece starts afresh, as a document does.
 */
export function joinsCleanly(text: string, first: boolean, tree: Root, nextLine: string, seed?: Defined): boolean {
  const last = tree.children[tree.children.length - 1];
  // Blank lines only: fine, unless they follow an opening "---" (front matter may close further on).
  if (!last?.position) return !(first && text.startsWith('---'));
  const from = lineStartOf(text, last.position.start.offset ?? 0);
  const lines = last.position.start.line - 1;
  const probe = parseDefining(text.slice(from) + nextLine, { frontMatter: first && from === 0, seed }).tree;
  if (probe.children.length !== 2) return false;
  // The next piece's first line starts a block of its own (the line after the piece's last line)...
  if (probe.children[1]!.position?.start.line !== countLines(text.slice(from)) + 1) return false;
  // ... and the piece's last block is what it was alone.
  return sameData(probe.children[0], shifted(last, -lines, -from));
}

/** Structural equality of parsed trees (plain data: objects, arrays, strings, numbers, booleans, null). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl === -1 ? text : text.slice(0, nl + 1);
}

const NO_DEFINITIONS: Defined = { definitions: [], footnotes: [] };

/**
 * The document's tree from its pieces: each parsed alone (checked where it meets the next;
 * the rest parsed as one piece where it does not), then again where definitions made in
 * other pieces may resolve its references.
 */
function assemble(text: string, guessed: Piece[], store: PieceStore): Root | null {
  // References that no definition resolves cost micromark far more than resolved ones (250,000
  // "[a]" take minutes): the first parse already knows the labels that look defined ("[a]:").
  const guess = likelyDefined(text);
  const guessKey = seedKeyOf(guess);
  const pieces: Piece[] = [];
  const parsed: Parsed[] = [];
  let piece = guessed[0]!;
  for (let i = 1; ; ) {
    // Checking where a piece meets the next parses its last block again: where that block is
    // most of what is left (one paragraph of 250,000 lines), the rest is parsed as one piece.
    // Not in the editor's cache: there the check is kept, and pieces after the block stay cheap to re-parse.
    if (!store.keeps && i < guessed.length && lastLinesLength(piece.text) > Math.max(LARGE_BLOCK, (text.length - piece.start) / 2)) {
      piece = { start: piece.start, line: piece.line, text: text.slice(piece.start) };
      i = guessed.length;
    }
    const p = store.parse(piece.text, piece.start === 0, guess, guessKey);
    const next = guessed[i];
    if (!next || store.joins(piece.text, piece.start === 0, p, firstLine(next.text), guess)) {
      pieces.push(piece);
      parsed.push(p);
      if (!next) break;
      piece = next;
      i++;
      continue;
    }
    // A block runs on into the next piece (or the guess from the lines was wrong): the piece
    // takes in the next ones until it is twice as long, and is parsed again. Doubling keeps a
    // run of wrong guesses linear (a piece never grows by less than its own length).
    let length = piece.text.length;
    while (i < guessed.length && length < 2 * piece.text.length) length += guessed[i++]!.text.length;
    piece = { start: piece.start, line: piece.line, text: text.slice(piece.start, piece.start + length) };
  }
  // Definitions anywhere in the document resolve references everywhere: every piece was parsed
  // knowing the labels that look defined; where that guess is not what the pieces define, the
  // document is parsed whole.
  if (text.includes(']:') && !sameIdentifiers(definedIn(parsed.map((p) => p.tree)), guess)) return null;
  const children: RootContent[] = [];
  for (let i = 0; i < pieces.length; i++) for (const child of store.place(parsed[i]!, pieces[i]!)) children.push(child);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } };
}

/** A block this long (characters) is parsed again to check a split after it only while it is under half of what is left. */
const LARGE_BLOCK = 100_000;

/** The length of a text's last lines after its last blank line (trailing blank lines left out): a cheap bound of its last block, without parsing. */
function lastLinesLength(text: string): number {
  const white = (c: number) => c === 10 || c === 13 || c === 32 || c === 9;
  let end = text.length;
  while (end > 0 && white(text.charCodeAt(end - 1))) end--;
  let lineEnd = end;
  for (let nl = text.lastIndexOf('\n', end - 1); nl !== -1; nl = text.lastIndexOf('\n', nl - 1)) {
    let blank = true;
    for (let k = nl + 1; k < lineEnd && blank; k++) blank = white(text.charCodeAt(k));
    if (blank) return end - lineEnd;
    lineEnd = nl;
  }
  return end;
}

/** The identifiers of the definitions and footnote definitions in these trees (mdast's: lower case). */
function definedIn(trees: Root[]): { definitions: Set<string>; footnotes: Set<string> } {
  const definitions = new Set<string>();
  const footnotes = new Set<string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'definition') definitions.add(node.identifier);
    else if (node.type === 'footnoteDefinition') footnotes.add(node.identifier);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const tree of trees) walk(tree);
  return { definitions, footnotes };
}

function sameIdentifiers(found: { definitions: Set<string>; footnotes: Set<string> }, guess: Defined): boolean {
  const same = (a: Set<string>, b: readonly string[]) => a.size === b.length && b.every((x) => a.has(x.toLowerCase()));
  return same(found.definitions, guess.definitions) && same(found.footnotes, guess.footnotes);
}

function seedKeyOf(d: Defined): string {
  return d.definitions.length || d.footnotes.length ? `${d.definitions.join('\u0000')}\u0001${d.footnotes.join('\u0000')}` : '';
}

/** The labels written as definitions ("[label]:", "[^note]:"), normalised as micromark does: a guess, checked after the parse. */
function likelyDefined(text: string): Defined {
  if (!text.includes(']:')) return NO_DEFINITIONS;
  const definitions = new Set<string>();
  const footnotes = new Set<string>();
  for (const m of text.matchAll(/\[(\^?)((?:[^\\[\]]|\\.){1,999})\]:/g)) (m[1] ? footnotes : definitions).add(normalizeIdentifier(m[2]!));
  return { definitions: [...definitions].sort(), footnotes: [...footnotes].sort() };
}


/**
 * The whole-document tree, built by parsing it in pieces (the same split as ParseCache,
 * without keeping anything). Equal to `parseMarkdown(text)` (see test/incremental.test.ts)
 * and linear in the document: the parser's cost grows faster than the text on long
 * documents (docs/performance.md), and some shapes are quadratic (every setext heading
 * rescans the document's events).
 */
export function parseSectioned(text: string, from = SECTIONED_FROM, minPiece = from ? MIN_PIECE : 0): Root {
  // A short document gains nothing from pieces (each costs a parser of its own): parse it whole.
  if (text.length < from) return parseDefining(text).tree;
  assertParsable(text); // the whole text: pieces each under the bound may not be, together
  const pieces = splitTopLevel(text, { minPiece });
  if (!pieces || pieces.length < 2) return parseDefining(text).tree;
  // The same text twice (a document of 200,000 identical headings): parsed once, placed again.
  const seen = new Map<string, Parsed & { line: number; start: number; placed: boolean }>();
  const tree = assemble(text, pieces, {
    parse: (t, first, seed, seedKey) => {
      const key = `${first ? 'first' : 'rest'}\u0000${seedKey}\u0000${t}`;
      let p = seen.get(key);
      if (!p) seen.set(key, (p = { ...parseDefining(t, { frontMatter: first, seed }), line: 0, start: 0, placed: false }));
      return p;
    },
    joins: (t, first, p, nextLine, seed) => joinsCleanly(t, first, p.tree, nextLine, seed),
    place: (parsed, piece) => {
      const p = parsed as Parsed & { line: number; start: number; placed: boolean };
      if (!p.placed) {
        // The first placement moves the nodes themselves; later ones copy them from there.
        p.placed = true;
        p.line = piece.line;
        p.start = piece.start;
        if (piece.start) for (const child of p.tree.children) shiftInPlace(child, piece.line, piece.start);
        return p.tree.children;
      }
      return p.tree.children.map((child) => shifted(child, piece.line - p.line, piece.start - p.start));
    },
  });
  return tree ?? parseDefining(text).tree;
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

interface CachedPiece extends Parsed {
  /** The last check of how this piece joins a next piece starting with `line`. */
  joins?: { line: string; ok: boolean };
  /** Its nodes as last placed in the document (reused while the piece does not move: everything above an edit). */
  placed?: RootContent[];
  placedAt?: string;
}

/**
 * The editor's memory of one document: parses it piece by piece, reusing the pieces an
 * edit did not touch, and remembers what was computed from each prose block's text, so a
 * keystroke costs the section it touched plus the rules' walk over the model.
 */
export class ParseCache {
  /** Per piece (its text, whether it starts the document, the definitions it was told of): its tree. */
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

  /**
   * `sectionedFrom`: documents shorter than this (characters) are parsed whole; `minPiece`:
   * the smallest piece (tests pass 0 for both, to split even short documents at every line
   * that allows it).
   */
  constructor(readonly sectionedFrom = SECTIONED_FROM, readonly minPiece = sectionedFrom ? MIN_PIECE : 0) {}

  parse(text: string): Root {
    if (text.length >= this.sectionedFrom) assertParsable(text); // the whole text, not only each piece
    const pieces = text.length < this.sectionedFrom ? null : splitTopLevel(text, { minPiece: this.minPiece });
    if (!pieces || pieces.length < 2) {
      this.pieces.clear();
      this.lastParsed = 1;
      return parseDefining(text).tree;
    }
    const next = new Map<string, CachedPiece>();
    this.lastParsed = 0;
    const cached = (t: string, first: boolean, seed: Defined | undefined, seedKey: string): CachedPiece => {
      const key = `${first ? 'first' : 'rest'}\u0000${seedKey}\u0000${t}`;
      let c = next.get(key) ?? this.pieces.get(key);
      if (!c) {
        c = parseDefining(t, { frontMatter: first, seed });
        this.lastParsed++;
      }
      next.set(key, c);
      return c;
    };
    const tree = assemble(text, pieces, {
      keeps: true,
      parse: cached,
      joins: (t, first, p, nextLine, seed) => {
        const c = p as CachedPiece;
        if (c.joins?.line !== nextLine) c.joins = { line: nextLine, ok: joinsCleanly(t, first, c.tree, nextLine, seed) };
        return c.joins.ok;
      },
      place: (p, piece) => {
        const c = p as CachedPiece;
        if (!piece.start) return c.tree.children;
        const at = `${piece.line}:${piece.start}`;
        if (c.placedAt !== at) {
          c.placed = c.tree.children.map((child) => shifted(child, piece.line, piece.start));
          c.placedAt = at;
        }
        return c.placed!;
      },
    });
    this.pieces = next;
    if (tree) return tree;
    this.lastParsed++;
    return parseDefining(text).tree;
  }
}
