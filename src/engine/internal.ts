import type { Html } from 'mdast';
import type { Lexicon } from '../lexicon/index.js';
import type { Range } from './types.js';

/** Characters that hide inside words without showing: zero-width space/joiners, soft hyphen, word joiner, BOM. */
export const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** A problem with the internal markers that makes the client copy unsafe to write. */
export interface MarkerProblem {
  kind: 'unclosed' | 'stray-close';
  /** Source offsets of the marker comment. */
  start: number;
  end: number;
  /** The marker as written, e.g. "<!-- internal -->". */
  text: string;
}

export interface InternalMarkers {
  /** Internal regions: each from an opening marker to its matching close (nested markers balanced). */
  ranges: Range[];
  problems: MarkerProblem[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Closing forms besides "/word": "end word", "end of word", "word end", 「word ここまで」「word 終わり」. */
const CLOSE_BEFORE = /^(?:\/|end(?:\s+of)?\b)\s*/i;
const CLOSE_AFTER = /^\s*(?:[-–—:]\s*)?(?:end|ends|終わり|終了|ここまで|以上)\s*$/i;
/** A label after the marker word that still makes an opener ("internal notes", "internal: start", "internal use only"). */
const OPEN_LABEL = /^\s*(?:[-–—:：(（]\s*)?(?:(?:notes?|only|use|start|starts|begin|begins|section|block|prep|preparation|negotiation|plan|planning|memo|comments?|from|here|below|follows?|content|text|part|material)\b[\s,-]*){0,3}(?:[-–—:：)）])?\s*$/iu;
const OPEN_LABEL_MAX = 40;

/**
 * The marker words (`internal`, `confidential`, 社内メモ, 社外秘… and the team's own), longest
 * first, as patterns: a marker word at the start of a comment body, in brackets in a heading,
 * or closing a heading. Compiled once per lexicon (asked per heading and per comment).
 */
function markerPatterns(lexicon: Lexicon): { start: RegExp; tag: RegExp; trailing: RegExp } {
  return lexicon.derived('internal-marker-patterns', compileMarkerPatterns);
}

function compileMarkerPatterns(lexicon: Lexicon): { start: RegExp; tag: RegExp; trailing: RegExp } {
  const words = lexicon.phrases('internal-marker').map((w) => w.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  const alternation = words.map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|') || 'internal';
  // Words that mark a comment only ("<!-- private -->", 「<!-- 非公開 -->」): in a heading they are ordinary words.
  const commentOnly = new Set(lexicon.files('internal-marker').flatMap((f) => f.entries.filter((e) => e.id === 'comment-only').flatMap((e) => e.phrases ?? [])).map((w) => w.trim()));
  const inHeadings = words.filter((w) => !commentOnly.has(w)).map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|') || 'internal';
  return {
    // At the start of a comment body; a Latin marker word ends at a word boundary ("internal" is not "internally").
    start: new RegExp(`^(?:${alternation})(?![A-Za-z0-9_])`, 'iu'),
    // A marker word in brackets anywhere in a heading: "Negotiation notes (internal)", 「交渉方針（社外秘）」, "[Internal] …".
    tag: new RegExp(`${OPENERS}\\s*(?:${inHeadings})(?:\\s+(?:only|use\\s+only|notes?))?\\s*${CLOSERS}`, 'iu'),
    // A marker word closing the heading after a separator: "Bid team notes — internal".
    trailing: new RegExp(`(?:\\s[-–—|｜/／]|[:：])\\s*(?:${inHeadings})(?:\\s+(?:only|use\\s+only))?\\s*$`, 'iu'),
  };
}

const OPENERS = '[\\[(（【［〔<＜「『]';
const CLOSERS = '[\\])）】］〕>＞」』]';
/** What surrounds the marker word in a tag or trailing match: the separator or bracket before it, the bracket after. */
const TAG_LEAD = new RegExp(`^(?:\\s*[-–—|｜/／:：]\\s*|\\s*${OPENERS}\\s*)`, 'u');
const TAG_END = new RegExp(`\\s*${CLOSERS}?\\s*$`, 'u');

export type MarkerKind = 'open' | 'close' | 'note' | null;

/**
 * What one HTML comment's body says: an opening marker (`internal`, `internal notes`,
 * `internal:`, across lines too), a closing one (`/internal`, `end internal`, `社内メモ
 * ここまで`), a self-contained internal note (`<!-- internal: our floor is $30k -->`, which
 * the comment itself holds), or nothing.
 */
export function markerKind(body: string, lexicon: Lexicon): MarkerKind {
  const words = markerPatterns(lexicon).start;
  let rest = body.replace(INVISIBLE, '').trim();
  let close = false;
  const before = CLOSE_BEFORE.exec(rest);
  if (before) {
    const after = rest.slice(before[0].length);
    if (words.test(after)) {
      close = true;
      rest = after;
    }
  }
  const m = words.exec(rest);
  if (!m) return null;
  const tail = rest.slice(m[0].length);
  if (close) return 'close';
  if (CLOSE_AFTER.test(tail)) return 'close';
  if (NOT_A_MARKER.test(tail)) return null;
  if (tail.trim() === '') return 'open';
  // Japanese runs on without spaces: only a marker suffix makes an opener (社内メモ, 社内用…).
  if (/^[^\s\p{P}A-Za-z0-9]/u.test(tail)) return JA_OPEN_SUFFIX.test(tail) ? 'open' : JA_NOT_MARKER.test(tail) ? null : 'note';
  if (tail.length <= OPEN_LABEL_MAX && OPEN_LABEL.test(tail)) return 'open';
  return 'note';
}

/** Words after "internal" that make it an ordinary adjective ("internal approval", "internal stakeholders"). */
const NOT_A_MARKER = /^\s+(?:stakeholders?|approvals?|alignment|teams?|process(?:es)?|audits?|controls?|communications?|comms|training|capabilit(?:y|ies)|resources|users|champions?|politics|consensus|decisions?|it|systems?|customers|mobility|candidates|review|links?)\b/i;
const JA_OPEN_SUFFIX = /^(?:メモ|用|限り|のみ|向け|資料|情報|ノート|検討用?|ここから|開始|より|用メモ)\s*(?:[:：]\s*)?$/u;
const JA_NOT_MARKER = /^(?:稟議|承認|調整|決裁|展開|浸透|体制|研修|教育|の)/u;

const COMMENT = /<!--([\s\S]*?)-->/g;

/**
 * Internal regions from HTML comments (the model's HTML nodes, in document order). Markers
 * are found in HTML nodes only, so a marker inside a code block does not count. Markers
 * nest: a region ends where its own opener is closed. An unclosed region runs to the end
 * of the text; both it and a close with no opener are reported as problems (export refuses).
 */
export function internalMarkers(html: readonly Html[], text: string, lexicon: Lexicon): InternalMarkers {
  const markers: Array<{ start: number; end: number; kind: Exclude<MarkerKind, null> }> = [];
  for (const node of html) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const slice = text.slice(start, end);
    COMMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMENT.exec(slice)) !== null) {
      const kind = markerKind(m[1] ?? '', lexicon);
      if (kind) markers.push({ start: start + m.index, end: start + m.index + m[0].length, kind });
    }
  }
  markers.sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  const problems: MarkerProblem[] = [];
  const open: Array<{ start: number; end: number }> = [];
  // Self-contained notes outside any region: one of them may be meant as an opener
  // ("<!-- internal – competitor analysis -->") when a close follows with nothing open.
  let notes: Range[] = [];
  for (const m of markers) {
    if (m.kind === 'note') {
      if (open.length === 0) {
        const note = { start: m.start, end: m.end };
        ranges.push(note);
        notes.push(note);
      }
    } else if (m.kind === 'open') {
      open.push(m);
    } else if (open.length === 0) {
      const note = notes.pop();
      if (note) {
        note.end = m.end;
        notes = [];
      } else problems.push({ kind: 'stray-close', start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    } else {
      const opener = open.pop()!;
      if (open.length === 0) {
        ranges.push({ start: opener.start, end: m.end });
        notes = [];
      }
    }
  }
  if (open.length) {
    const outer = open[0]!;
    for (const o of open) problems.push({ kind: 'unclosed', start: o.start, end: o.end, text: text.slice(o.start, o.end) });
    ranges.push({ start: outer.start, end: text.length });
  }
  return { ranges, problems };
}

/** Internal ranges only (see internalMarkers). */
export function internalBlocks(html: readonly Html[], text: string, lexicon: Lexicon): Range[] {
  return internalMarkers(html, text, lexicon).ranges;
}

/** Sorts and merges overlapping ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Whether an offset lies in one of the sorted, merged ranges (binary search). */
export function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Leading section numbers and ornaments: "7.", "1.2", "(a)", "III.", "第3章", "①", "■", "🔒", "[". */
const HEADING_LEAD = /^(?:\s|[\p{S}\p{P}\p{Extended_Pictographic}\ufe0f\u200d]|第?[0-9０-９]+(?:[.．\-][0-9０-９]+)*[.．)）:：章節]?(?=\s|$|[^0-9０-９])|[IVXLC]{1,6}[.)](?=\s)|[A-Za-z][.)](?=\s)|[\u2460-\u2473])+/u;
/** Classification marks that a document title may carry without being internal ("Proposal — Confidential"). */
const CLASSIFICATION = /^(?:confidential|strictly\s+confidential|機密|取扱注意|取り扱い注意)$/iu;

/**
 * How a heading marks its section internal: 'prefix' (it starts, after numbers and
 * ornaments, with an internal phrase: "7. Internal notes", "🔒 Internal", 「■部外秘」),
 * 'tag' (a bracketed or trailing marker word: "Negotiation notes (internal)",
 * 「【社内用】交渉メモ」 counts as prefix too), 'classification' (only a confidentiality
 * mark such as "(Confidential)", which a document title may carry for the client), or null.
 */
export function internalHeadingMark(title: string, lexicon: Lexicon, heading = false): 'prefix' | 'tag' | 'classification' | null {
  const clean = title.replace(INVISIBLE, '').trim();
  const rest = clean.replace(HEADING_LEAD, '');
  // At the start; in a real heading, a "delete before sending" anywhere in it ("Vertraulich / internal – DELETE
  // BEFORE SENDING"). A bold label or a plain line is read more narrowly: labellers split on "**Rosa's notes
  // (delete before sending)**" in the body, which the writer still has to move.
  if (lexicon.get('heading-internal').find(rest).some((h) => h.start === 0 || (heading && h.entryId === 'before-sending'))) return 'prefix';
  const { tag, trailing } = markerPatterns(lexicon);
  const m = tag.exec(clean) ?? trailing.exec(clean);
  if (!m) return null;
  const word = m[0].replace(TAG_LEAD, '').replace(TAG_END, '').trim();
  return CLASSIFICATION.test(word) ? 'classification' : 'tag';
}
