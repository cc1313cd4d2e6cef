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
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]!) || EN_END.has(text[end]!))) end++;
    const next = text[end];
    if (next !== undefined && !SPACE.test(next)) continue;
    if (ch === '.') {
      let t = i;
      while (t > 0 && !SPACE.test(text[t - 1]!)) t--;
      const token = text.slice(t, i + 1);
      if (isAbbreviation(token)) continue;
      // "approx. 5" style: a lower-case letter after the space is no new sentence.
      let n = end;
      while (n < text.length && SPACE.test(text[n]!)) n++;
      const after = text[n];
      if (after !== undefined && /[a-z]/.test(after)) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
