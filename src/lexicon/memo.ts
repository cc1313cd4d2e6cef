import type { LexiconMatch, Matcher } from './types.js';

/**
 * Results per text, for the editor's incremental re-lint: after a keystroke, every prose
 * block the edit did not touch has the same text as before, so its lexicon matches,
 * sentences and language are looked up instead of computed again. Each table holds a
 * pure function of the text (for one lexicon: the owner clears the memo when the lexicon
 * changes), so a lint with the memo gives exactly the findings of one without it
 * (test/incremental.test.ts). Entries the latest lint did not use are dropped when the
 * next one starts, so the memo never holds more than two versions of a document.
 */
export class TextMemo {
  private now = new Map<string, Map<string, unknown>>();
  private before = new Map<string, Map<string, unknown>>();
  /** Lookups answered from memory since the latest `next()` (tests, benchmark). */
  hits = 0;
  /** Lookups computed since the latest `next()`. */
  misses = 0;

  /** Starts a lint: what the previous lint used stays available, older entries go. */
  next(): void {
    this.before = this.now;
    this.now = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** Forgets everything (the lexicon changed). */
  clear(): void {
    this.now = new Map();
    this.before = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** `compute(text)`, or its remembered result; `table` names the function. */
  remember<T>(table: string, text: string, compute: (text: string) => T): T {
    let entries = this.now.get(table) as Map<string, T> | undefined;
    if (!entries) this.now.set(table, (entries = new Map()));
    let value = entries.get(text);
    if (value !== undefined) {
      this.hits++;
      return value;
    }
    value = (this.before.get(table) as Map<string, T> | undefined)?.get(text);
    if (value !== undefined) this.hits++;
    else {
      this.misses++;
      value = compute(text);
    }
    entries.set(text, value);
    return value;
  }
}

/** A matcher whose results go through a memo. */
export function memoized(matcher: Matcher, memo: TextMemo): Matcher {
  const find = (text: string): LexiconMatch[] => matcher.find(text);
  const test = (text: string): boolean => matcher.test(text);
  const findTable = `find\u0000${matcher.concept}`;
  const testTable = `test\u0000${matcher.concept}`;
  return { concept: matcher.concept, find: (text) => memo.remember(findTable, text, find), test: (text) => memo.remember(testTable, text, test) };
}
