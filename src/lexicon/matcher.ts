import type { ExtraPhrases, LexiconFile, LexiconMatch, Lang } from './types.js';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LATIN_WORD_END = /[A-Za-z0-9]/;
const LATIN_WORD = '[A-Za-z0-9_\\u00C0-\\u024F]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A literal phrase as a regular-expression source. Ends made of Latin letters or
 * digits get word boundaries (English matches whole words); other ends (Japanese)
 * match as substrings. Inner whitespace matches any whitespace run.
 */
export function phraseSource(phrase: string): string {
  const trimmed = phrase.trim();
  const body = trimmed
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s+');
  // Boundaries look at Latin letters and digits only: "NDA" matches in "NDAを締結", and a
  // plain character class keeps one big alternation fast.
  const before = LATIN_WORD_END.test(trimmed[0] ?? '') ? `(?<!${LATIN_WORD})` : '';
  const after = LATIN_WORD_END.test(trimmed[trimmed.length - 1] ?? '') ? `(?!${LATIN_WORD})` : '';
  return before + body + after;
}

interface Alternative {
  source: string;
  entryId: string;
  lang: Lang;
  replace?: string;
  weight: number;
}

/**
 * Matches every phrase and pattern of one concept in a single pass with one
 * alternation (longest literal first, so the longest phrase wins at a position).
 */
export class ConceptMatcher {
  readonly concept: string;
  private readonly alternatives: Alternative[];
  private readonly regex: RegExp | null;

  constructor(concept: string, files: readonly LexiconFile[], extra: readonly ExtraPhrases[] = []) {
    this.concept = concept;
    const alternatives: Alternative[] = [];
    for (const file of files) {
      for (const entry of file.entries) {
        for (const phrase of entry.phrases ?? []) {
          if (phrase.trim() === '') continue;
          alternatives.push({ source: phraseSource(phrase), entryId: entry.id, lang: file.lang, replace: entry.replace, weight: phrase.length });
        }
        for (const pattern of entry.patterns ?? []) {
          alternatives.push({ source: pattern, entryId: entry.id, lang: file.lang, replace: entry.replace, weight: pattern.length });
        }
      }
    }
    for (const set of extra) {
      for (const phrase of set.phrases) {
        if (phrase.trim() === '') continue;
        alternatives.push({ source: phraseSource(phrase), entryId: 'config', lang: set.lang, weight: phrase.length });
      }
    }
    alternatives.sort((a, b) => b.weight - a.weight);
    this.alternatives = alternatives;
    this.regex = alternatives.length === 0
      ? null
      : new RegExp(alternatives.map((a) => `(${a.source})`).join('|'), 'giu');
  }

  /** All non-overlapping matches, left to right. */
  find(text: string): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    if (!this.regex) return out;
    const regex = this.regex;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let index = 1;
      while (index < m.length && m[index] === undefined) index++;
      const alt = this.alternatives[index - 1]!;
      out.push({
        concept: this.concept,
        entryId: alt.entryId,
        lang: alt.lang,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        replace: alt.replace,
      });
    }
    return out;
  }

  /** True when any phrase or pattern occurs in the text. */
  test(text: string): boolean {
    if (!this.regex) return false;
    this.regex.lastIndex = 0;
    const found = this.regex.test(text);
    this.regex.lastIndex = 0;
    return found;
  }

  /** True when the whole string is one of the phrases (case-insensitive, whitespace folded). */
  equals(text: string): boolean {
    const m = this.find(text.trim());
    return m.length === 1 && m[0]!.start === 0 && m[0]!.end === text.trim().length;
  }
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
