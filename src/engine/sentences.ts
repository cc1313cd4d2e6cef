/**
 * Sentence boundaries inside one block of prose (never across blocks, so the cost
 * stays linear in the document). English ends at . ? ! followed by a space or the end,
 * except after abbreviations and inside decimals; Japanese ends at 。！？ (with any
 * closing brackets or quotes that follow).
 */
// Character codes, not one-character strings: a Japanese character read as text[i] is a new string each time.
/** 。！？． */
const isJaEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
/** . ? ! */
const isEnEnd = (c: number): boolean => c === 0x2e || c === 0x3f || c === 0x21;
/** 」』）) " ' ” ’ 】］] */
const isCloser = (c: number): boolean =>
  c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x3011 || c === 0xff3d || c === 0x5d;
/** 「『（【［ */
const isJaOpen = (c: number): boolean => c === 0x300c || c === 0x300e || c === 0xff08 || c === 0x3010 || c === 0xff3b;
/** 」』）】］ */
const isJaClose = (c: number): boolean => c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011 || c === 0xff3d;
/** What `/\s/u` matches in one UTF-16 unit (test/engine.test.ts checks every unit). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

export function splitSentences(text: string, isAbbreviation: (token: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
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
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (isJaOpen(ch)) depth++;
    else if (isJaClose(ch) && depth > 0) depth--;
    if (depth > 0) continue; // 。 inside 「…」 quotes a sentence; it does not end this one
    if (isJaEnd(ch)) {
      let end = i + 1;
      while (end < n && (isCloser(text.charCodeAt(end)) || isJaEnd(text.charCodeAt(end)))) end++;
      push(end);
      i = end - 1;
      continue;
    }
    if (!isEnEnd(ch)) continue;
    if (i >= runEnd) {
      runEnd = i + 1;
      while (runEnd < n && (isCloser(text.charCodeAt(runEnd)) || isEnEnd(text.charCodeAt(runEnd)))) runEnd++;
      runAfter = -1;
    }
    const end = runEnd;
    if (end < n && !isSpaceCode(text.charCodeAt(end))) {
      i = end - 1; // no position in this run ends a sentence
      continue;
    }
    if (ch === 0x2e) {
      let t = i;
      while (t > 0 && t - 1 > tokenAt && !isSpaceCode(text.charCodeAt(t - 1))) t--;
      if (t > 0 && t - 1 === tokenAt && !isSpaceCode(text.charCodeAt(t - 1))) t = tokenStart; // the token seen at the last period goes on
      tokenStart = t;
      tokenAt = i;
      // Abbreviations are short: a long token is none (and is not lower-cased again for every period in it).
      if (i + 1 - t <= 32 && isAbbreviation(text.slice(t, i + 1))) continue;
      // "approx. 5" style: a lower-case letter after the space is no new sentence.
      if (runAfter === -1) {
        runAfter = end;
        while (runAfter < n && isSpaceCode(text.charCodeAt(runAfter))) runAfter++;
      }
      const after = text.charCodeAt(runAfter);
      if (after >= 0x61 && after <= 0x7a) continue;
    }
    push(end);
    i = end - 1;
  }
  push(n);
  return out;
}
