import type { LexiconMatch, Matcher } from './types.js';

/** What is remembered of one text: table name → value. */
export type MemoEntry = Map<string, unknown>;

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
  /** Text → (table → value). Keyed by text first: a block's text is compared once per lint, not once per table. */
  private now = new Map<string, MemoEntry>();
  private before = new Map<string, MemoEntry>();
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

  /** Everything remembered of one text (look it up once per block, then use `lookup`). */
  entry(text: string): MemoEntry {
    let entry = this.now.get(text);
    if (!entry) {
      entry = this.before.get(text) ?? new Map();
      this.now.set(text, entry);
    }
    return entry;
  }

  /** `compute(text)`, or its remembered result; `table` names the function. */
  remember<T>(table: string, text: string, compute: (text: string) => T): T {
    return this.lookup(this.entry(text), table, text, compute);
  }

  /** Like `remember`, with the text's entry already found. */
  lookup<T>(entry: MemoEntry, table: string, text: string, compute: (text: string) => T): T {
    let value = entry.get(table) as T | undefined;
    if (value !== undefined) {
      this.hits++;
      return value;
    }
    this.misses++;
    value = compute(text);
    entry.set(table, value);
    return value;
  }
}

/** A matcher whose results go through a memo. */
export interface MemoMatcher extends Matcher {
  /** `find(text)` with the text's memo entry already at hand (prose blocks carry theirs). */
  findWith(entry: MemoEntry, text: string): LexiconMatch[];
}

export function memoized(matcher: Matcher, memo: TextMemo): MemoMatcher {
  const find = (text: string): LexiconMatch[] => matcher.find(text);
  const test = (text: string): boolean => matcher.test(text);
  const findTable = `find\u0000${matcher.concept}`;
  const testTable = `test\u0000${matcher.concept}`;
  return {
    concept: matcher.concept,
    find: (text) => memo.remember(findTable, text, find),
    test: (text) => memo.remember(testTable, text, test),
    findWith: (entry, text) => memo.lookup(entry, findTable, text, find),
  };
}
