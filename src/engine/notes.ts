/**
 * Notes the writer labelled internal but left in the body: "**Internal, Dave only:** floor stays
 * at…", 「■社外秘：下限は…」, a 「※社内用（提出時削除）」 line above a paragraph. No marker or heading
 * strips them, so the client's copy would carry them (exposed-batna reports that); what they say is
 * still the writer's own record (the walk-away point they decided, for missing-batna).
 */
import type { Lexicon } from '../lexicon/index.js';
import { internalHeadingMark } from './internal.js';
import { clientBlocks, findHits, type Hit } from './query.js';
import type { ProposalModel, ProseBlock } from './types.js';

export interface LabelledNote {
  /** The label as written ("Internal, Dave only", 「社外秘」). */
  label: string;
  /** The labelled block, and the paragraphs after it when the label stands on its own line. */
  blocks: ProseBlock[];
}

export function labelledInternalNotes(model: ProposalModel, lexicon: Lexicon): LabelledNote[] {
  // Two rules ask of each model (exposed-batna, currency-and-tax): found once per model and lexicon.
  const known = notesOf.get(model);
  if (known?.lexicon === lexicon) return [...known.notes];
  const notes = findLabelledNotes(model, lexicon);
  notesOf.set(model, { lexicon, notes });
  return [...notes];
}
const notesOf = new WeakMap<ProposalModel, { lexicon: Lexicon; notes: LabelledNote[] }>();

/** The walk-away words in a labelled note (margin talk alone, 「粗利は25%」 or "at a loss", leaks costs, not the floor). */
export function floorHits(note: LabelledNote, lexicon: Lexicon): Hit[] {
  return findHits(lexicon.get('batna'), note.blocks).filter((h) => !MARGIN_ONLY.test(h.match.text));
}

/** Whether a labelled note gives the walk-away point away (exposed-batna's finding). */
export function noteGivesFloor(note: LabelledNote, lexicon: Lexicon): boolean {
  return floorHits(note, lexicon).length > 0;
}

/** Walk-away words that only speak of margin or loss. */
const MARGIN_ONLY = /^(?:赤字|粗利|利益が出ない|at\s+a\s+loss|below\s+cost|loss-making)$/iu;

function findLabelledNotes(model: ProposalModel, lexicon: Lexicon): LabelledNote[] {
  const out: LabelledNote[] = [];
  const client = clientBlocks(model);
  for (let i = 0; i < client.length; i++) {
    const block = client[i]!;
    if (block.kind === 'heading') continue;
    // A line opened like a code comment ("//メモ：…", "// note: …") is the writer's aside, whatever its label.
    const comment = COMMENT_LEAD.test(block.text);
    const label = leadingLabel(block) ?? (comment ? '//' : null);
    if (!label || !(comment || internalHeadingMark(label, lexicon) || MEMO_LABEL.test(label) || NOTES_LABEL.test(label))) continue;
    // A label on its own line covers the paragraphs after it, up to the next heading.
    const covered = [block];
    if (label.length >= block.text.trim().length - 1) {
      for (let j = i + 1; j < client.length && covered.length < 6; j++) {
        const next = client[j]!;
        if (next.kind === 'heading' || next.section !== block.section) break;
        covered.push(next);
      }
    }
    out.push({ label, blocks: covered });
  }
  out.push(...detailsNotes(model, lexicon, client));
  // A section under a heading that names the writer's notes ("Agency notes", "Rosa's notes",
  // 「■社内検討メモ（提出時削除）」) that no internal marker strips: its paragraphs are such notes.
  for (const section of model.sections) {
    if (!section.heading || section.internal || !NOTES_LABEL.test(section.title.replace(/^[#\s■□◆●▼※＊*]+/u, '').trim())) continue;
    const blocks = client.filter((b) => b.kind !== 'heading' && b.start >= section.start && b.end <= section.end);
    if (blocks.length && !out.some((n) => n.blocks.includes(blocks[0]!))) out.push({ label: section.title, blocks });
  }
  return out.sort((a, b) => a.blocks[0]!.start - b.blocks[0]!.start);
}

/**
 * A collapsible block whose summary says it holds notes (`<details><summary>Team notes</summary>`,
 * 「<summary>社内メモ</summary>」): folded away in a preview, yet in the client's copy all the same.
 */
function detailsNotes(model: ProposalModel, lexicon: Lexicon, client: readonly ProseBlock[]): LabelledNote[] {
  const out: LabelledNote[] = [];
  const opens: Array<{ label: string; at: number }> = [];
  for (const node of model.html) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const raw = model.text.slice(start, end);
    const summary = /<details\b[^>]*>[\s\S]*?<summary\b[^>]*>\s*([^<]{1,60}?)\s*<\/summary>/iu.exec(raw);
    if (summary) {
      const label = summary[1]!.replace(/[*_]/gu, '').trim();
      if (internalHeadingMark(label, lexicon) || NOTES_SUMMARY.test(label)) opens.push({ label, at: end });
      else opens.push({ label: '', at: end });
    }
    if (/<\/details>/iu.test(raw) && opens.length) {
      const open = opens.pop()!;
      if (!open.label) continue;
      const blocks = client.filter((b) => b.kind !== 'heading' && b.start >= open.at && b.end <= start);
      if (blocks.length) out.push({ label: open.label, blocks });
    }
  }
  return out;
}

/** A comment lead typed in prose ("//メモ：", "// ask Kate"): no client is written to that way (not "///" or a URL's "//host"). */
const COMMENT_LEAD = /^\s*\/\/(?![\/\w.-]*\.[a-z]{2,}(?:[\/:]|\s|$))(?!\/)/iu;

/**
 * Whether a note's label names the writer's note and nothing more: "Note to self", "INTERNAL",
 * "NB (internal)", "For Grace only", "Internal, Dave only", "//", 「※社内用」「（社内）」「★メモ」. Not a
 * label that starts with an internal word and goes on to name a thing ("Internal network",
 * "Internal review at TPCA", 「社内限定ライブ配信」): the client's own subject.
 */
export function isNoteLabel(label: string, lexicon: Lexicon): boolean {
  if (label.startsWith('//') || MEMO_LABEL.test(label)) return true;
  // "For Grace only" names a reader; "For reference only" tells the client how to read a figure.
  if (NOTES_LABEL.test(label)) return !/^for\s+(?:reference|information|illustration|guidance|comparison|planning)\b/iu.test(label);
  // The label's words, out of their ornaments and brackets: 「【社内確認中」 → 社内確認中, "NB (internal)" stays.
  const rest = label.replace(/^[\s※■□◆●▼＊*★☆]+/u, '').replace(/^[（(【［\[]\s*/u, '').replace(/\s*[）)】］\]]$/u, '').replace(/[:：]$/u, '').trim();
  const hit = lexicon.get('heading-internal').find(rest).find((h) => h.start === 0);
  if (hit && NOTE_LABEL_TAIL.test(rest.slice(hit.end))) return true;
  // A marker tag ("NB (internal)", 「（社内）」) with an internal word in it ("For reference only" has none).
  return internalHeadingMark(label, lexicon) === 'tag' && rest.length <= 24 && lexicon.get('heading-internal').find(rest).length > 0;
}
/** What may follow the internal word in a note's label: "notes", "only", a name ("— Tom", "(Dave only)"), 用・専用・限り・共有・確認中 (not 向け or 検討中: 「【社内向け】研修動画」「（現在、社内検討中）」 speak to the client). */
const NOTE_LABEL_TAIL = /^\s*(?:notes?|only|use(?:\s+only)?|[,(（—–-]?\s*(?:[A-Z][\w'’-]*|me)(?:\s+only)?\s*[)）]?|(?:用|専用|限り|のみ|メモ|向けメモ|共有|確認用?|確認中)+)?\s*$/u;

/** The writer's memo by name: 「※メモ」「メモ（石井）」「■覚え書き」 (not "Note:", which speaks to the client). */
const MEMO_LABEL = /^[※■□◆●▼＊*]?\s*(?:メモ|覚え書き|覚書)(?:\s*[（(][^）)]{0,12}[）)])?$/u;

/**
 * A label or heading that names the writer's own notes: "Agency notes", "Partner notes (internal)",
 * "Rosa's notes", "Notes for Sanne", "Notes to self", "NOTAS INTERNAS", "For Grace only", a label
 * that says to delete it before sending, 「社内検討メモ」「社内メモ」「★メモ」「（メモ：…）」.
 * Not a bare "Notes" or 「備考」: those speak to the client.
 */
const NOTES_LABEL = /^(?:(?:[A-Z][\w-]*['’]s|team|bid(?:\s+team)?|agency|partners?|broker|sales|deal|prep|working|negotiation|account|bd|desk|author['’]?s?|writer['’]?s?)\s+notes?\b|notes?\s+(?:for|to)\s+(?:self|me|myself|[A-Z][\w-]+)\b|notes?\s*[(（]\s*[A-Z][\w-]+\s*[)）]|notas?\s+internas?\b|for\s+[A-Z][\w-]+\s+only\b)|\b(?:delete|remove|strip)\s+(?:this\s+)?before\s+(?:sending|it\s+goes|submission|submitting)\b|(?:社内|検討|自分用|作成者)メモ|^[★☆]\s*メモ|提出(?:時|前)に?削除|送付前に削除|提出前削除/iu;

/**
 * Block quotes the writer labelled as their notes ("> **社内メモ:** Floor for Stage 1 is …",
 * "> Agency notes: …"): quoted text is no prose block, yet the client reads it. Source offsets and
 * the quote's text without its markers and emphasis.
 */
export function quotedNotes(model: ProposalModel, lexicon: Lexicon): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const node of model.tree.children) {
    if (node.type !== 'blockquote') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (model.isInternal(start)) continue;
    const text = model.text.slice(start, end).replace(/^[ \t]*>[ \t]?/gmu, '').replace(/[*_]/gu, '');
    const label = /^\s*([^\n:：]{1,30})[:：]/u.exec(text)?.[1]?.trim();
    if (!label) continue;
    const mark = internalHeadingMark(label, lexicon);
    if (mark === 'prefix' || mark === 'tag' || NOTES_LABEL.test(label) || MEMO_LABEL.test(label)) out.push({ start, end, text });
  }
  return out;
}

/** A summary that names the writer's notes: "notes", "Team notes — budget", "Bid notes", 「メモ」「所内メモ」. */
const NOTES_SUMMARY = /^(?:(?:team|bid|my|deal|prep|working|internal|private|negotiation|our)\s+)?notes?(?:\s*(?:[-–—:(（].*)?)$|^(?!打合せ|打ち合わせ|議事)(?:[^\s]{0,6})?メモ(?:\s*[（(].*)?$/iu;

/** The label a block opens with: its bold start, the words before a colon, or a short first line. */
function leadingLabel(block: { text: string; node: unknown }): string | null {
  const children = (block.node as { children?: Array<{ type: string }> }).children ?? [];
  const text = block.text;
  if (children[0]?.type === 'strong') {
    const m = /^[^\n]{1,60}?(?=[:：]|$)/u.exec(text);
    if (m) return m[0].trim();
  }
  return textLabel(text);
}

/**
 * A line of the client's copy that the writer labelled internal ("> INTERNAL — can go to $272",
 * "- Internal note: ask Gillian", 「> ※社内用：下限は…」), wherever it stands: quotes, lists,
 * tables and code included. Emphasis must already be removed. The label, or null.
 */
export function internalLineLabel(line: string, lexicon: Lexicon): string | null {
  const text = line.replace(/^(?:[ \t]*(?:>|[-*+](?=\s)|\d+[.)](?=\s)|\|))*[ \t]*/u, '');
  // A marker shown as text (in a code block explaining the convention) is no note.
  if (text === '' || /^<!--|^<\/?[A-Za-z]/u.test(text)) return null;
  const label = textLabel(text);
  // A confidentiality banner alone ("Confidential", 「機密」) is addressed to the client too.
  const mark = label ? internalHeadingMark(label, lexicon) : null;
  return mark === 'prefix' || mark === 'tag' ? label : null;
}

/** The label a text opens with: the words before a colon or a dash, or a short first line. */
function textLabel(text: string): string | null {
  // A bracketed tag at the start: 「（社内）最低ラインは…」「【社内】…」"[internal] …".
  const tag = /^\s*([（(【［\[][^）)】］\]\n]{1,12}[）)】］\]])/u.exec(text);
  if (tag) return tag[1]!;
  const colon = /^[^\n:：。.]{1,30}[:：]/u.exec(text);
  if (colon) return colon[0].replace(/[:：]$/u, '').trim();
  // "INTERNAL — Renee's number is…": a word or two set off by a dash.
  const dash = /^[^\n:：。.—–]{1,30}?(?=\s[—–]\s|\s--\s)/u.exec(text);
  if (dash) return dash[0].trim();
  const trimmed = text.trim();
  const firstLine = trimmed.split('\n', 1)[0]!.trim();
  return firstLine.length <= 40 ? firstLine : null;
}
