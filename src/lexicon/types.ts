/** Lexicons are data: words and simple patterns per language and concept. */
export type Lang = 'en' | 'ja';

export interface LexiconEntry {
  /** Stable id, unique within its file. */
  id: string;
  /** Literal phrases. Whitespace inside a phrase matches any run of whitespace (line breaks included). */
  phrases?: string[];
  /**
   * Simple regular-expression sources, built-in lexicons only (never from user config).
   * No capturing groups, no back-references, no unbounded quantifier applied to a group
   * that itself contains an unbounded quantifier: matching stays linear in the input.
   */
  patterns?: string[];
  /** For substitution rules: what to write instead (a quick fix). */
  replace?: string;
  /** Texts this entry must match. */
  match?: string[];
  /** Texts no entry of this concept (in this file) may match: the traps. */
  noMatch?: string[];
  /** Free note on why the entry exists. */
  note?: string;
}

export interface LexiconFile {
  concept: string;
  lang: Lang;
  description: string;
  entries: LexiconEntry[];
}

export interface LexiconMatch {
  concept: string;
  entryId: string;
  lang: Lang;
  /** Offsets into the searched string. */
  start: number;
  end: number;
  text: string;
  replace?: string;
}

/** Extra literal phrases from configuration: data only, always escaped. */
export interface ExtraPhrases {
  lang: Lang;
  phrases: string[];
}

/** What rules match with: one concept's phrases and patterns (see ConceptMatcher). */
export interface Matcher {
  readonly concept: string;
  /** All non-overlapping matches, left to right. */
  find(text: string): LexiconMatch[];
  /** True when any phrase or pattern occurs in the text. */
  test(text: string): boolean;
}
