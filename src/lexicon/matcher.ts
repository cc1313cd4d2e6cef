import type { ExtraPhrases, LexiconFile, LexiconMatch, Lang, Matcher } from './types.js';

const LATIN_WORD_END = /[A-Za-z0-9]/;
/** Boundaries look at Latin letters and digits only: "NDA" matches in "NDAを締結". */
const LATIN_WORD = '[A-Za-z0-9_\\u00C0-\\u024F]';
const BEFORE = `(?<!${LATIN_WORD})`;
const AFTER = `(?!${LATIN_WORD})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Inner whitespace: any run of whitespace in the original text, a run of spaces in the folded text. */
function body(phrase: string, space = '\\s+'): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join(space);
}

/** How a phrase is compared once found: lower case, whitespace folded. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const WHITESPACE = /\s/g;
/**
 * Letters that case-insensitive matching treats otherwise than their lower case: "ſ"
 * matches "s"; and these lower-case letters of capitals in U+00C0-024F lie outside that
 * range themselves, yet count as Latin word characters for boundaries (the class is
 * closed under case folding). Folded: "ſ" to "s", the others to "ǂ" (a Latin letter in
 * the range that no phrase uses).
 */
const ODD_SOURCE = '[\\u017F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0260\\u0263\\u0268\\u0269\\u026F\\u0272\\u0275\\u0280\\u0283\\u0288-\\u028C\\u0292\\u2C65\\u2C66]';
const ODD = new RegExp(ODD_SOURCE);
const ODD_ALL = new RegExp(ODD_SOURCE, 'g');

/**
 * The text the regexes search: lower-cased, and every whitespace character (line breaks,
 * tabs, no-break and ideographic spaces) replaced by one ASCII space. Both keep every
 * offset, so no mapping back is needed; null when lower-casing would change the length
 * ("İ" becomes two code units), and the original text is searched case-insensitively.
 */
function fold(text: string): Folded {
  // Every concept searches the same paragraphs: fold each once.
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result: Folded = { text: foldNow(text) };
  // Bounded by the characters kept (a text and its folded copy), not by the number of texts:
  // a few thousand long Japanese paragraphs would otherwise hold several MB between clears.
  const cost = text.length * 2;
  if (foldedChars + cost > FOLDED_CHARS) {
    folded.clear();
    foldedChars = 0;
  }
  folded.set(text, result);
  foldedChars += cost;
  return result;
}

/** What the memo of folded texts may hold, in characters (about 0.5–1 MB): one proposal's paragraphs many times over. */
const FOLDED_CHARS = 1 << 18;
const folded = new Map<string, Folded>();

/** A text folded (null: it cannot be), and, found on first use, which letters the folded text has. */
interface Folded {
  text: string | null;
  /** Only ASCII characters: no phrase with a Japanese (or other non-ASCII) character can match. */
  ascii?: boolean;
  /** A Latin letter or digit: a phrase that starts or ends with one needs it. */
  latin?: boolean;
}
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_LATIN = /[a-z0-9]/;
let foldedChars = 0;

function foldNow(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const spaced = lower.replace(WHITESPACE, ' ');
  return ODD.test(spaced) ? spaced.replace(ODD_ALL, (c) => (c === '\u017F' ? 's' : '\u01C2')) : spaced;
}

/**
 * A pattern source rewritten for folded text: letters outside escapes lower-cased,
 * `\s` as a space and `\S` as "not a space". On folded text this matches exactly what
 * the original matches case-insensitively on the original text, and V8 compiles it
 * several times faster (a case-insensitive Unicode `\s` is a large character class).
 */
export function foldSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (n === 's') out += ' ';
      else if (n === 'S') out += inClass ? '\\S' : '[^ ]';
      else if ((n === 'p' || n === 'P' || n === 'u' || n === 'x') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        out += source.slice(i, close + 1);
        i = close;
        continue;
      } else if (n === 'u') {
        out += source.slice(i, i + 6);
        i += 5;
        continue;
      } else if (n === 'x') {
        out += source.slice(i, i + 4);
        i += 3;
        continue;
      } else if (n === 'c') {
        out += source.slice(i, i + 3);
        i += 2;
        continue;
      } else out += c + n;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c.toLowerCase();
  }
  return out;
}

/**
 * A literal phrase as a regular-expression source. Ends made of Latin letters or
 * digits get word boundaries (English matches whole words); other ends (Japanese)
 * match as substrings. Inner whitespace matches any whitespace run.
 */
export function phraseSource(phrase: string, space?: string): string {
  const trimmed = phrase.trim();
  return (LATIN_WORD_END.test(trimmed[0] ?? '') ? BEFORE : '') + body(trimmed, space) + (LATIN_WORD_END.test(trimmed[trimmed.length - 1] ?? '') ? AFTER : '');
}

interface Meaning {
  entryId: string;
  lang: Lang;
  replace?: string;
}

/**
 * Matches every phrase and pattern of one concept. Literal phrases are grouped by their
 * boundaries into a few big alternations with the boundary outside (fast: the engine
 * scans for the alternatives' first characters), longest phrase first; a match is
 * identified by its normalised text, so no capture groups are allocated per match.
 * Patterns run as one more alternation and are identified by trying each at the match.
 * Everything runs case-sensitively on folded text (see `fold`): a case-insensitive
 * Unicode alternation of a thousand phrases with `\s+` between words took V8 tens of
 * milliseconds to compile, which every CLI run and the first lint in the editor paid
 * (docs/performance.md).
 */
export class ConceptMatcher implements Matcher {
  readonly concept: string;
  /** Folded sources: regexes compiled on first use (a concept no document reaches costs nothing). */
  private readonly sources: string[] = [];
  /** Per folded source, what a folded text must have for it to match (a literal bucket's phrases all need it). */
  private readonly needs: Array<'non-ascii' | 'latin' | undefined> = [];
  /** The same alternations for the original text, case-insensitive (texts `fold` cannot fold). */
  private readonly originals: string[] = [];
  private compiled: RegExp[] | undefined;
  private compiledOriginal: RegExp[] | undefined;
  private readonly literals = new Map<string, Meaning>();
  private readonly patterns: Array<{ source: string; sticky?: RegExp; stickyOriginal?: RegExp } & Meaning> = [];

  constructor(concept: string, files: readonly LexiconFile[], extra: readonly ExtraPhrases[] = []) {
    this.concept = concept;
    const buckets = { both: [] as string[], neither: [] as string[], mixed: [] as string[] };
    const addPhrase = (phrase: string, meaning: Meaning) => {
      // As written: the case-insensitive originals need it ("İ" lower-cases to two units).
      const trimmed = phrase.trim();
      if (trimmed === '') return;
      const key = normalize(trimmed);
      if (!this.literals.has(key)) this.literals.set(key, meaning);
      const start = LATIN_WORD_END.test(trimmed[0]!);
      const end = LATIN_WORD_END.test(trimmed[trimmed.length - 1]!);
      if (start && end) buckets.both.push(trimmed);
      else if (!start && !end) buckets.neither.push(trimmed);
      else buckets.mixed.push(trimmed);
    };
    const patternSources: string[] = [];
    for (const file of files) {
      for (const entry of file.entries) {
        const meaning: Meaning = { entryId: entry.id, lang: file.lang, replace: entry.replace };
        for (const phrase of entry.phrases ?? []) addPhrase(phrase, meaning);
        for (const pattern of entry.patterns ?? []) {
          patternSources.push(pattern);
          this.patterns.push({ source: pattern, ...meaning });
        }
      }
    }
    for (const set of extra) for (const phrase of set.phrases) addPhrase(phrase, { entryId: 'config', lang: set.lang });
    const alternation = (phrases: string[], map: (p: string) => string) =>
      [...new Set(phrases)].sort((a, b) => b.length - a.length).map(map).join('|');
    const add = (folded: string, original: string, phrases?: string[]) => {
      this.sources.push(folded);
      this.originals.push(original);
      // Literal phrases are matched as written (lower-cased) on folded text, case-sensitively: a phrase
      // with a non-ASCII character needs one in the text, a phrase with a Latin letter or digit needs one.
      const lower = phrases?.map((p) => p.toLowerCase().replace(/\s+/g, ' '));
      this.needs.push(lower?.every((p) => NON_ASCII.test(p)) ? 'non-ascii' : lower?.every((p) => ASCII_LATIN.test(p)) ? 'latin' : undefined);
    };
    const spaced = (p: string) => body(p.toLowerCase(), ' +');
    if (buckets.both.length) add(`${BEFORE}(?:${alternation(buckets.both, spaced)})${AFTER}`, `${BEFORE}(?:${alternation(buckets.both, (p) => body(p))})${AFTER}`, buckets.both);
    if (buckets.neither.length) add(`(?:${alternation(buckets.neither, spaced)})`, `(?:${alternation(buckets.neither, (p) => body(p))})`, buckets.neither);
    if (buckets.mixed.length) add(`(?:${alternation(buckets.mixed, (p) => phraseSource(p.toLowerCase(), ' +'))})`, `(?:${alternation(buckets.mixed, (p) => phraseSource(p))})`, buckets.mixed);
    if (patternSources.length) {
      const all = `(?:${patternSources.sort((a, b) => b.length - a.length).join('|')})`;
      add(foldSource(all), all);
    }
    // Fail on a broken pattern now, not at the first document that reaches it.
    for (const p of this.patterns) void new RegExp(foldSource(p.source), 'u');
  }

  /** The regexes and the text they search: folded, or the original when it cannot be folded. */
  private prepare(text: string): { regexes: RegExp[]; subject: string; folded: Folded | undefined } {
    const folded = fold(text);
    if (folded.text !== null) return { regexes: (this.compiled ??= this.sources.map((s) => new RegExp(s, 'gu'))), subject: folded.text, folded };
    return { regexes: (this.compiledOriginal ??= this.originals.map((s) => new RegExp(s, 'giu'))), subject: text, folded: undefined };
  }

  /** Whether the k-th folded regex cannot match this folded text (it lacks the characters every phrase of it has). */
  private skips(k: number, folded: Folded): boolean {
    const need = this.needs[k];
    if (need === 'non-ascii') return (folded.ascii ??= !NON_ASCII.test(folded.text!));
    if (need === 'latin') return !(folded.latin ??= ASCII_LATIN.test(folded.text!));
    return false;
  }

  private meaning(subject: string, folded: Folded | undefined, start: number, matched: string): Meaning | undefined {
    const literal = this.literals.get(normalize(matched));
    if (literal) return literal;
    let best: (Meaning & { length: number }) | undefined;
    for (const p of this.patterns) {
      const sticky = folded ? (p.sticky ??= new RegExp(foldSource(p.source), 'uy')) : (p.stickyOriginal ??= new RegExp(p.source, 'iuy'));
      sticky.lastIndex = start;
      const m = sticky.exec(subject);
      if (m && (!best || m[0].length > best.length)) best = { ...p, length: m[0].length };
    }
    return best;
  }

  /** All non-overlapping matches, left to right (at one position, the longest). */
  find(text: string): LexiconMatch[] {
    const { regexes, subject, folded } = this.prepare(text);
    const found: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < regexes.length; k++) {
      if (folded && this.skips(k, folded)) continue;
      const regex = regexes[k]!;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(subject)) !== null) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    if (found.length === 0) return [];
    if (regexes.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LexiconMatch[] = [];
    let reached = -1;
    for (const f of found) {
      if (f.start < reached) continue;
      const matched = text.slice(f.start, f.end);
      const meaning = this.meaning(subject, folded, f.start, matched);
      if (!meaning) continue;
      out.push({ concept: this.concept, entryId: meaning.entryId, lang: meaning.lang, start: f.start, end: f.end, text: matched, replace: meaning.replace });
      reached = f.end;
    }
    return out;
  }

  /** True when any phrase or pattern occurs in the text. */
  test(text: string): boolean {
    const { regexes, subject, folded } = this.prepare(text);
    for (let k = 0; k < regexes.length; k++) {
      if (folded && this.skips(k, folded)) continue;
      const regex = regexes[k]!;
      regex.lastIndex = 0;
      const hit = regex.test(subject);
      regex.lastIndex = 0;
      if (hit) return true;
    }
    return false;
  }
}
