/**
 * The client's copy, for every front end (CLI `export` / `export --check`, the editor's
 * Export Client Copy): the proposal without its internal parts, refused while anything
 * internal would survive. It fails closed: when in doubt it refuses, and every refusal
 * names the proposal's own line and column.
 */
import { lintDocument, type LintOptions } from '../index.js';
import { findAmounts, sameAmount } from '../engine/amounts.js';
import { walkAway } from '../engine/batna.js';
import { clientCopyMapped } from '../engine/export.js';
import { buildModel } from '../engine/model.js';
import { notesToSelf } from '../engine/asides.js';
import { internalLineLabel, labelledInternalNotes } from '../engine/notes.js';
import { findPlaceholders } from '../engine/placeholders.js';
import { clipLine } from '../engine/query.js';
import { lexiconWith } from '../lexicon/index.js';
import { RULES } from '../rules/index.js';
import type { Lang, ProposalModel } from '../engine/types.js';

export interface ExportProblem {
  /** 1-based, in the proposal (not the copy). */
  line: number;
  column: number;
  /** Source offsets in the proposal. */
  start: number;
  end: number;
  kind: 'unparsable' | 'unclosed-marker' | 'stray-marker' | 'unclosed-front-matter' | 'walk-away' | 'walk-away-amount' | 'walk-away-key' | 'internal-left' | 'empty' | 'placeholder';
  message: string;
}

export type ExportResult =
  | { ok: true; copy: string; lang: Lang }
  | { ok: false; problems: ExportProblem[]; lang: Lang };

const ONLY_EXPOSED: LintOptions['rules'] = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'exposed-batna' ? 'error' : 'off']));

export const MESSAGES = {
  unparsable: { en: 'this file could not be analysed, so nothing is known to be safe to send', ja: 'このファイルを解析できないため、安全に送れる部分を判断できません。' },
  'unclosed-marker': { en: 'internal marker {{marker}} is not closed; add a closing marker such as <!-- /internal -->', ja: '社内マーカー「{{marker}}」が閉じられていません。閉じるマーカーを追加してください。' },
  'stray-marker': { en: 'closing marker {{marker}} has no opening marker; check where the internal block starts', ja: '閉じるマーカー「{{marker}}」に対応する開始がありません。始点を確認してください。' },
  'unclosed-front-matter': { en: 'the front matter that starts here is not closed; end it with a --- line', ja: 'ここから始まるフロントマターが閉じられていません。--- の行で閉じてください。' },
  'walk-away': { en: '"{{text}}" would reveal your walk-away point; move it into an internal block', ja: '「{{text}}」で撤退ラインが顧客に伝わります。社内ブロックに移してください。' },
  'walk-away-amount': { en: '{{text}} is your recorded walk-away point and would reach the client; remove it or mark it internal', ja: '「{{text}}」は記録した撤退ラインと同額です。削除するか社内ブロックに移してください。' },
  'walk-away-key': { en: 'walk-away line "{{text}}" is in the body; move it into the front matter', ja: '本文に撤退ラインの行「{{text}}」があります。フロントマターに移してください。' },
  'internal-left': { en: 'internal notes "{{text}}" would survive in the copy; check their markers', ja: '社内メモ「{{text}}」が提出用の版に残ります。前後のマーカーを確認してください。' },
  empty: { en: 'nothing in this file is client-facing: the whole document is marked internal', ja: 'このファイルには顧客向けの部分がありません。全体が社内扱いです。' },
  placeholder: { en: 'placeholder "{{text}}" would reach the client; fill it in or delete it', ja: '未記入の「{{text}}」が顧客に渡ります。記入するか削除してください。' },
} as const;

/** How much of a line a refusal quotes (Japanese is denser, and its messages shorter). */
export const QUOTE_MAX = { en: 50, ja: 22 } as const;
/** How much of a marker a refusal quotes. */
export const MARKER_MAX = { en: 40, ja: 24 } as const;

const clip = (text: string, max = 60): string => clipLine(text, max);

/** The line of text around an offset, without list, quote or heading markers. */
function lineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end).replace(/^[ \t>#*+-]*(?:\d+[.)]\s+)?/, '');
}

/** Copy text with invisible characters and inline emphasis removed, and where each remaining character came from. */
function searchable(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff*_~`]/.test(c)) continue;
    out += c;
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

/**
 * Builds the client copy of `text` with the lint options the file resolves to (its
 * team's marker words and walk-away words included), or says why not.
 */
export function exportClient(text: string, options: LintOptions = {}): ExportResult {
  const lexicon = lexiconWith(options.lexicon);
  let model: ProposalModel;
  try {
    model = buildModel(text, { language: options.language, lexicon });
  } catch {
    const lang: Lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text.slice(0, 2000)) ? 'ja' : 'en';
    return { ok: false, lang, problems: [{ line: 1, column: 1, start: 0, end: 0, kind: 'unparsable', message: MESSAGES.unparsable[lang] }] };
  }
  const lang = model.lang;
  const problems: ExportProblem[] = [];
  const say = (kind: ExportProblem['kind'], start: number, end: number, data: Record<string, string> = {}) => {
    const p = model.toPoint(start);
    const message = (MESSAGES[kind][lang] as string).replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
    // One problem per line of the proposal: the first thing found there says enough.
    if (problems.some((q) => q.line === p.line)) return;
    problems.push({ line: p.line, column: p.column, start, end, kind, message });
  };

  for (const m of model.markerProblems) say(m.kind === 'unclosed' ? 'unclosed-marker' : 'stray-marker', m.start, m.end, { marker: clip(m.text, MARKER_MAX[lang]) });
  for (const m of model.matter) if (m.kind === 'unclosed') say('unclosed-front-matter', m.start, m.end);

  const copy = clientCopyMapped(model);
  if (copy.text.trim() === '' && text.trim() !== '') say('empty', 0, 0);

  // 1. Walk-away statements in the copy's prose (emphasis, links and line breaks read through).
  const copyOptions: LintOptions = { language: options.language, lexicon: options.lexicon, rules: ONLY_EXPOSED };
  const copyLint = lintDocument(copy.text, copyOptions);
  for (const f of copyLint.findings) {
    if (f.ruleId === 'internal-error') say('unparsable', 0, 0);
    else if (f.ruleId === 'exposed-batna') say('walk-away', copy.toSource(f.startOffset), copy.toSource(f.endOffset), { text: clip(lineOf(copy.text, f.startOffset), QUOTE_MAX[lang]) });
  }

  // 2. Everything else that survives: code, HTML blocks, quotes, link titles, alt text, tables.
  const raw = searchable(copy.text);
  const at = (i: number) => copy.toSource(raw.map[i] ?? copy.text.length);
  for (const m of lexicon.get('batna-exposure').find(raw.text)) say('walk-away', at(m.start), at(m.end), { text: clip(lineOf(raw.text, m.start), QUOTE_MAX[lang]) });
  const floor = walkAway(model, lexicon).amounts;
  if (floor.length) {
    for (const a of findAmounts(raw.text)) if (floor.some((f) => sameAmount(f, a))) say('walk-away-amount', at(a.start), at(a.end), { text: a.text });
  }
  const keys = lexicon.phrases('batna-key').map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-_]/g, '[-_ ]?')).sort((a, b) => b.length - a.length);
  const keyLine = new RegExp(`^[ \\t>*-]*["']?(?:${keys.join('|')})["']?[ \\t]*[:：]`, 'gimu');
  let k: RegExpExecArray | null;
  while ((k = keyLine.exec(raw.text)) !== null) {
    const lineEnd = raw.text.indexOf('\n', k.index);
    say('walk-away-key', at(k.index), at(lineEnd === -1 ? raw.text.length : lineEnd), { text: clip(raw.text.slice(k.index, lineEnd === -1 ? undefined : lineEnd), QUOTE_MAX[lang]) });
  }

  // Notes the writer labelled internal that nothing strips ("**Internal note:** …", "> INTERNAL — …",
  // 「※社内用：…」), whatever they say: the writer meant them for no client.
  for (const line of raw.text.matchAll(/^.*$/gmu)) {
    const label = internalLineLabel(line[0], lexicon);
    if (label) say('internal-left', at(line.index), at(line.index + line[0].length), { text: clip(line[0].replace(/^[\s>*+|-]*/u, ''), QUOTE_MAX[lang]) });
  }

  // …and an aside to the author in brackets ("[NB: rate held, Ruth didn't push]", "[MO: rewrite this]"): no placeholder, still the team's words.
  for (const m of raw.text.matchAll(AUTHOR_ASIDE)) say('internal-left', at(m.index), at(m.index + m[0].length), { text: clip(m[0], QUOTE_MAX[lang]) });

  // …and every note to self the note-to-self rule finds (「＜メモ：…＞」「（※自分用メモ：…）」, "Note to self: …").
  for (const n of notesToSelf(model, lexicon)) say('internal-left', n.start, n.end, { text: clip(n.text, QUOTE_MAX[lang]) });

  // …and a collapsible block of notes (`<details><summary>Team notes</summary>`): folded, not stripped.
  for (const note of labelledInternalNotes(copyLint.model, lexicon)) {
    const b = note.blocks[0]!;
    say('internal-left', copy.toSource(b.start), copy.toSource(b.end), { text: clip(`${note.label}: ${b.text}`, QUOTE_MAX[lang]) });
  }

  // 3. The copy itself must have nothing internal left (a marker, heading or front matter the strip missed).
  for (const r of copyLint.model.internal) {
    say('internal-left', copy.toSource(r.start), copy.toSource(r.end), { text: clip(copy.text.slice(r.start, r.end), QUOTE_MAX[lang]) });
  }
  for (const m of copyLint.model.markerProblems) say('stray-marker', copy.toSource(m.start), copy.toSource(m.end), { marker: clip(m.text, MARKER_MAX[lang]) });

  // 4. Template leftovers the client would read ([Client Name], ○○, TBD…), as unfilled-placeholder finds them.
  if (model.kind !== 'contract') for (const p of findPlaceholders(model)) say('placeholder', p.start, p.end, { text: clip(p.text, QUOTE_MAX[lang]) });

  if (problems.length) return { ok: false, lang, problems: problems.sort((a, b) => a.start - b.start) };
  return { ok: true, copy: copy.text, lang };
}

/** A bracketed note to the author: "[NB: …]", "[FYI: …]", "[MO: …]" (initials), 「［メモ：…］」「【メモ：…】」「（メモ：…）」. */
const AUTHOR_ASIDE = /[[［]\s*(?:NB|N\.B\.|FYI|PS|note\s+to\s+self|memo|メモ|社内メモ|覚え書き|[A-Z]{2,3})\s*[:：][^\]］\n]{1,600}[\]］]|[【（]\s*(?:メモ|社内メモ|覚え書き)\s*[:：][^】）\n]{1,600}[】）]/gu;

/** One line per problem: "file:line:col: not exported: message". */
export function formatExportProblems(file: string, problems: readonly ExportProblem[], lang: Lang = 'en'): string[] {
  const head = lang === 'ja' ? '書き出しません' : 'not exported';
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${head}: ${p.message}`);
}
