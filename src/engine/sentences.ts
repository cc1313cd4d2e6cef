/**
 * Sentence boundaries inside one block of prose (never across blocks, so the cost
 * stays linear in the document). English ends at . ? ! followed by a space or the end,
 * except after abbreviations and inside decimals; Japanese ends at 。！？ (with any
 * closing brackets or quotes that follow).
 */
const JA_END = new Set(['。', '！', '？', '．']);
const EN_END = new Set(['.', '?', '!']);
const CLOSERS = new Set(['」', '』', '）', ')', '"', "'", '”', '’', '】', '］', ']']);
const SPACE = /\s/u;
const JA_OPEN = new Set(['「', '『', '（', '【', '［']);
const JA_CLOSE = new Set(['」', '』', '）', '】', '］']);

export function splitSentences(text: string, isAbbreviation: (token: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && SPACE.test(text[s]!)) s++;
    let e = end;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  let depth = 0;
  // Linear on any input: a run of ". ? !" and closers is scanned once (not again from each of
  // its characters), so is the token before a period and the white space after a run.
  let runEnd = -1;
  let runAfter = -1;
  let tokenStart = 0;
  let tokenAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (JA_OPEN.has(ch)) depth++;
    else if (JA_CLOSE.has(ch) && depth > 0) depth--;
    if (depth > 0) continue; // 。 inside 「…」 quotes a sentence; it does not end this one
    if (JA_END.has(ch)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || JA_END.has(text[end]!))) end++;
      push(end);
      i = end - 1;
      continue;
    }
    if (!EN_END.has(ch)) continue;
    if (i >= runEnd) {
      runEnd = i + 1;
      while (runEnd < text.length && (CLOSERS.has(text[runEnd]!) || EN_END.has(text[runEnd]!))) runEnd++;
      runAfter = -1;
    }
    const end = runEnd;
    const next = text[end];
    if (next !== undefined && !SPACE.test(next)) {
      i = end - 1; // no position in this run ends a sentence
      continue;
    }
    if (ch === '.') {
      let t = i;
      while (t > 0 && t - 1 > tokenAt && !SPACE.test(text[t - 1]!)) t--;
      if (t > 0 && t - 1 === tokenAt && !SPACE.test(text[t - 1]!)) t = tokenStart; // the token seen at the last period goes on
      tokenStart = t;
      tokenAt = i;
      // Abbreviations are short: a long token is none (and is not lower-cased again for every period in it).
      if (i + 1 - t <= 32 && isAbbreviation(text.slice(t, i + 1))) continue;
      // "approx. 5" style: a lower-case letter after the space is no new sentence.
      if (runAfter === -1) {
        runAfter = end;
        while (runAfter < text.length && SPACE.test(text[runAfter]!)) runAfter++;
      }
      const after = text[runAfter];
      if (after !== undefined && /[a-z]/.test(after)) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
