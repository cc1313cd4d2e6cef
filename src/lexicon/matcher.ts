import type { ExtraPhrases, LexiconFile, LexiconMatch, Lang, Matcher } from './types.js';

const LATIN_WORD_END = /[A-Za-z0-9]/;
/** Boundaries look at Latin letters and digits only: "NDA" matches in "NDAを締結". */
const LATIN_WORD = '[A-Za-z0-9_\\u00C0-\\u024F]';
const BEFORE = `(?<!${LATIN_WORD})`;
const AFTER = `(?!${LATIN_WORD})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function body(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** How a phrase is compared once found: lower case, whitespace folded. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A literal phrase as a regular-expression source. Ends made of Latin letters or
 * digits get word boundaries (English matches whole words); other ends (Japanese)
 * match as substrings. Inner whitespace matches any whitespace run.
 */
export function phraseSource(phrase: string): string {
  const trimmed = phrase.trim();
  return (LATIN_WORD_END.test(trimmed[0] ?? '') ? BEFORE : '') + body(trimmed) + (LATIN_WORD_END.test(trimmed[trimmed.length - 1] ?? '') ? AFTER : '');
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
 * Literal phrases are lower-cased once and matched case-sensitively against lower-cased
 * text: a case-insensitive Unicode alternation of a thousand phrases takes V8 tens of
 * milliseconds to compile, which every CLI run and the first lint in the editor paid
 * (docs/performance.md). Patterns run as one more alternation (case-insensitive, on the
 * original text) and are identified by trying each at the match.
 */
export class ConceptMatcher implements Matcher {
  readonly concept: string;
  /** Sources and flags; each RegExp is compiled on first use (a concept a document never reaches costs nothing). */
  private readonly sources: Array<{ source: string; lowered: boolean }> = [];
  private compiled: RegExp[] | undefined;
  private foldedFallback: RegExp[] | undefined;
  private readonly literals = new Map<string, Meaning>();
  private readonly patterns: Array<{ source: string; sticky?: RegExp } & Meaning> = [];

  constructor(concept: string, files: readonly LexiconFile[], extra: readonly ExtraPhrases[] = []) {
    this.concept = concept;
    const buckets = { both: [] as string[], neither: [] as string[], mixed: [] as string[] };
    const addPhrase = (phrase: string, meaning: Meaning) => {
      const trimmed = phrase.trim().toLowerCase();
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
    if (buckets.both.length) this.sources.push({ source: `${BEFORE}(?:${alternation(buckets.both, body)})${AFTER}`, lowered: true });
    if (buckets.neither.length) this.sources.push({ source: `(?:${alternation(buckets.neither, body)})`, lowered: true });
    if (buckets.mixed.length) this.sources.push({ source: `(?:${alternation(buckets.mixed, phraseSource)})`, lowered: true });
    if (patternSources.length) this.sources.push({ source: `(?:${patternSources.sort((a, b) => b.length - a.length).join('|')})`, lowered: false });
    // Fail on a broken pattern now, not at the first document that reaches it.
    for (const p of this.patterns) void new RegExp(p.source, 'iu');
  }

  /** The regexes, and the text each runs on (lower-cased for literal phrases). */
  private runs(text: string): Array<[RegExp, string]> {
    this.compiled ??= this.sources.map((s) => new RegExp(s.source, s.lowered ? 'g' : 'giu'));
    const lower = text.toLowerCase();
    if (lower.length === text.length) return this.compiled.map((r, i) => [r, this.sources[i]!.lowered ? lower : text]);
    // "İ" lower-cases to two code units, which would shift offsets: match case-insensitively instead.
    this.foldedFallback ??= this.sources.map((s) => new RegExp(s.source, 'giu'));
    return this.foldedFallback.map((r) => [r, text]);
  }

  private meaning(text: string, start: number, matched: string): Meaning | undefined {
    const literal = this.literals.get(normalize(matched));
    if (literal) return literal;
    let best: (Meaning & { length: number }) | undefined;
    for (const p of this.patterns) {
      const sticky = (p.sticky ??= new RegExp(p.source, 'iuy'));
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m && (!best || m[0].length > best.length)) best = { ...p, length: m[0].length };
    }
    return best;
  }

  /** All non-overlapping matches, left to right (at one position, the longest). */
  find(text: string): LexiconMatch[] {
    const found: Array<{ start: number; end: number }> = [];
    const runs = this.runs(text);
    for (const [regex, subject] of runs) {
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
    if (runs.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LexiconMatch[] = [];
    let reached = -1;
    for (const f of found) {
      if (f.start < reached) continue;
      const matched = text.slice(f.start, f.end);
      const meaning = this.meaning(text, f.start, matched);
      if (!meaning) continue;
      out.push({ concept: this.concept, entryId: meaning.entryId, lang: meaning.lang, start: f.start, end: f.end, text: matched, replace: meaning.replace });
      reached = f.end;
    }
    return out;
  }

  /** True when any phrase or pattern occurs in the text. */
  test(text: string): boolean {
    for (const [regex, subject] of this.runs(text)) {
      regex.lastIndex = 0;
      const hit = regex.test(subject);
      regex.lastIndex = 0;
      if (hit) return true;
    }
    return false;
  }
}
