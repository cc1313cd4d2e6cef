import { ConceptMatcher } from './matcher.js';
import { CONCEPTS, LEXICON_FILES, type Concept } from './files.js';
import type { ExtraPhrases, Lang, LexiconFile } from './types.js';

export { CONCEPTS, LEXICON_FILES, type Concept } from './files.js';
export { ConceptMatcher, phraseSource } from './matcher.js';
export type { ExtraPhrases, Lang, LexiconEntry, LexiconFile, LexiconMatch } from './types.js';

/** Extra literal phrases per concept and language (from configuration). */
export type LexiconExtensions = Partial<Record<Concept, Partial<Record<Lang, string[]>>>>;

/** All concepts, compiled lazily, with optional extra literal phrases from configuration. */
export class Lexicon {
  private readonly cache = new Map<Concept, ConceptMatcher>();
  constructor(private readonly extensions: LexiconExtensions = {}) {}

  get(concept: Concept): ConceptMatcher {
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

export function isConcept(name: string): name is Concept {
  return (CONCEPTS as readonly string[]).includes(name);
}
