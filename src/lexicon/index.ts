import { ConceptMatcher } from './matcher.js';
import { CONCEPTS, LEXICON_FILES, type Concept } from './files.js';
import { TextMemo, memoized } from './memo.js';
import type { ExtraPhrases, Lang, LexiconFile, Matcher } from './types.js';

export { CONCEPTS, LEXICON_FILES, type Concept } from './files.js';
export { ConceptMatcher, phraseSource } from './matcher.js';
export { TextMemo } from './memo.js';
export type { ExtraPhrases, Lang, LexiconEntry, LexiconFile, LexiconMatch, Matcher } from './types.js';

/** Extra literal phrases per concept and language (from configuration). */
export type LexiconExtensions = Partial<Record<Concept, Partial<Record<Lang, string[]>>>>;

/** All concepts, compiled lazily, with optional extra literal phrases from configuration. */
export class Lexicon {
  private readonly cache = new Map<Concept, ConceptMatcher>();
  private readonly phraseLists = new Map<string, string[]>();
  private readonly derivedValues = new Map<string, unknown>();
  constructor(private readonly extensions: LexiconExtensions = {}) {}

  get(concept: Concept): Matcher {
    return this.compiled(concept);
  }

  /**
   * This lexicon with every matcher's results remembered per text in `memo` (the
   * editor keeps one per document, so unchanged paragraphs are not searched again).
   */
  withMemo(memo: TextMemo): Lexicon {
    const view = Object.create(this) as Lexicon;
    const wrapped = new Map<Concept, Matcher>();
    view.get = (concept: Concept): Matcher => {
      let m = wrapped.get(concept);
      if (!m) wrapped.set(concept, (m = memoized(this.compiled(concept), memo)));
      return m;
    };
    return view;
  }

  private compiled(concept: Concept): ConceptMatcher {
    let matcher = this.cache.get(concept);
    if (!matcher) {
      const extra: ExtraPhrases[] = [];
      for (const [lang, phrases] of Object.entries(this.extensions[concept] ?? {})) {
        if (phrases && phrases.length) extra.push({ lang: lang as Lang, phrases });
      }
      matcher = new ConceptMatcher(concept, LEXICON_FILES[concept], extra);
      this.cache.set(concept, matcher);
    }
    return matcher;
  }

  /** The raw data of one concept (all languages). */
  files(concept: Concept): readonly LexiconFile[] {
    return LEXICON_FILES[concept];
  }

  /** Every literal phrase of a concept in one language (for exact comparisons such as front-matter keys). */
  phrases(concept: Concept, lang?: Lang): string[] {
    // Lexicons never change: computed once per concept and language (views made by withMemo share it).
    const key = `${concept}\u0000${lang ?? ''}`;
    let known = this.phraseLists.get(key);
    if (!known) this.phraseLists.set(key, (known = this.collectPhrases(concept, lang)));
    return [...known];
  }

  /**
   * A value built from this lexicon's words once (patterns compiled from a phrase list): the
   * model asks per heading and per comment, the editor on every keystroke. Views made by
   * withMemo share it.
   */
  derived<T>(key: string, build: (lexicon: Lexicon) => T): T {
    if (this.derivedValues.has(key)) return this.derivedValues.get(key) as T;
    const value = build(this);
    this.derivedValues.set(key, value);
    return value;
  }

  private collectPhrases(concept: Concept, lang?: Lang): string[] {
    const out: string[] = [];
    for (const file of LEXICON_FILES[concept]) {
      if (lang && file.lang !== lang) continue;
      for (const entry of file.entries) out.push(...(entry.phrases ?? []));
    }
    for (const [l, phrases] of Object.entries(this.extensions[concept] ?? {})) {
      if (!lang || l === lang) out.push(...(phrases ?? []));
    }
    return out;
  }
}

let shared: Lexicon | undefined;
/** The built-in lexicon, compiled once per process. */
export function defaultLexicon(): Lexicon {
  return (shared ??= new Lexicon());
}

const extended = new Map<string, Lexicon>();
/**
 * The built-in lexicon plus configured phrases, compiled once per distinct configuration
 * (the editor lints on every keystroke; compiling a lexicon costs tens of milliseconds).
 */
export function lexiconWith(extensions: LexiconExtensions | undefined): Lexicon {
  if (!extensions || Object.keys(extensions).length === 0) return defaultLexicon();
  const key = JSON.stringify(extensions);
  let lexicon = extended.get(key);
  if (!lexicon) {
    if (extended.size >= 16) extended.delete(extended.keys().next().value!);
    extended.set(key, (lexicon = new Lexicon(extensions)));
  }
  return lexicon;
}

export function isConcept(name: string): name is Concept {
  return (CONCEPTS as readonly string[]).includes(name);
}
