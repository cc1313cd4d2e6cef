/**
 * Notes to self left in the client's text: what the writer wrote for themselves or the team,
 * not for the client. A bracketed aside led by initials or a memo word ("[DW: check with ops,
 * 16 or 14?]", "[NB: Helen confirmed by email]", 「（※自分用メモ：…）」「＜メモ：…＞」), and a note the
 * writer labelled as theirs that no marker strips ("**Note to self:** …", 「※社内用：…」).
 *
 * Two kinds of note are another check's: a note that stands for text still to be written ("[JT: add
 * the hours table here]", "[TBC]") is a placeholder, and a note that gives the floor or the margin
 * away is exposed-batna's. The rest is `note-to-self`'s, and the client copy refuses them all.
 */
import type { Lexicon } from '../lexicon/index.js';
import { asideDisclosure } from './batna.js';
import { isNoteLabel, labelledInternalNotes, noteGivesFloor, quotedNotes } from './notes.js';
import { clientBlocks, sourceRange } from './query.js';
import type { Nodes } from 'mdast';
import type { ProposalModel, ProseBlock, Section } from './types.js';

export interface TeamNote {
  /** Source offsets of the note (for a labelled note, its first block). */
  start: number;
  end: number;
  /** The note as the client would read it. */
  text: string;
  /** The block the note is the whole of, when it is: the quick fix moves it into an internal block. */
  whole?: ProseBlock;
}

/**
 * The aside's lead: initials addressing the team ("DW:", "DW → Tom:"), NB / FYI / PS, "note to self",
 * a memo word (メモ, 自分用メモ, 社内メモ, 覚え書き), with 「※」 before it.
 */
const LEAD_EN = String.raw`(?:[A-Z]{2,3}(?:\s*(?:→|->|to)\s*[A-Z][a-z]+)?|NB|N\.B\.|FYI|PS|note\s+to\s+self|memo)`;
/** 自分用, 社内用 and メモ are also a product's variant or a printed box: not with a price after them (「自分用：税込1,200円」). */
const NUM_GUARD = String.raw`(?!\s*[:：]\s*(?:税込|税抜|税別)?\s*[¥￥$]?[0-9０-９])`;
const LEAD_JA = String.raw`[※＊*★☆]?\s*(?:(?:自分|社内|作成者|担当者?|営業|個人|内部)(?:用|向け)?メモ|自分用${NUM_GUARD}|社内用${NUM_GUARD}|メモ${NUM_GUARD}|ﾒﾓ|[Mm][Ee][Mm][Oo]|ＭＥＭＯ|備忘(?:録|メモ)?|覚え書き)`;
/** What follows the Japanese lead: a colon, an arrow or a space (「（メモ→…）」「（メモ …）」). */
const SEP_JA = String.raw`\s*(?:[:：]|→|⇒|\s)`;
/**
 * Text told to the client (様, 貴社, です・ます, ご + kanji): 「（社内確認中：確定次第ご連絡いたします）」 is a status for the
 * client, 「（要確認：大西さん）」 a to-do of the writer's.
 */
const CLIENT_GUARD = (close: string) => String.raw`(?![^${close}\n]*(?:様|貴社|御社|で(?:す|した)|ま(?:す|した|せん)|いたし|ください|参照|[ごお](?=\p{Script=Han})))`;

/** The aside's text up to its closing bracket: one paragraph (a line break, not a blank line). */
const BODY = (close: string) => String.raw`(?:[^${close}\n]|\n(?![ \t]*\n)){1,600}`;

/** Japanese bracket pairs a note is written in (〈〉 is a frequent IME result for ＜＞). */
const PAIRS_JA: Array<[string, string]> = [['（', '）'], ['\\(', '\\)'], ['【', '】'], ['〔', '〕'], ['〈', '〉'], ['《', '》'], ['＜', '＞'], ['<', '>']];

/** A whole aside in brackets: [ … ], ［ … ］, 【 … 】, （ … ）, ＜ … ＞, 〔 … 〕 (nested brackets allowed one deep). */
const ASIDES: RegExp[] = [
  new RegExp(String.raw`[[［]\s*(?:(?:${LEAD_EN}|${LEAD_JA})\s*[:：]|(?:社内確認中|要確認)\s*[:：]${CLIENT_GUARD('\\]］')})${BODY('\\]］')}[\]］]`, 'gu'),
  // Initials set off by a dash: "[OG – finance to confirm the uplift]", "[KM — is that too high?]".
  new RegExp(String.raw`[[［]\s*(?!(?:TBC|TBD|TBA|PH|WIP|XX|XXX)\s)[A-Z]{2,3}\s+[–—-]\s${BODY('\\]］')}[\]］]`, 'gu'),
  ...PAIRS_JA.map(([o, c]) => new RegExp(String.raw`${o}\s*(?:${LEAD_JA}${SEP_JA}|(?:社内確認中|要確認)\s*[:：]${CLIENT_GUARD(c)})(?=\s*[^\s${c}])(?:[^${o}${c}\n]|\n(?![ \t]*\n)|[（(][^（）()\n]{0,80}[）)]){1,600}${c}`, 'gu')),
  // A to-do for the writer in brackets: "[check Q4 numbers with Carla before this goes out]", "[check: drop-off …]",
  // "(Check final number with Helen before sending.)", and one put to a colleague by name: "[Marloes to confirm lead
  // time with the Workplace team]", "(Helen to check whether Legal want their own template)".
  new RegExp(String.raw`[[［]\s*(?:check|double-check|confirm|verify|ask)(?:\s*[:：]|\s+(?:[^\]］\s]+\s+){1,})${BODY('\\]］')}[\]］]`, 'giu'),
  // …in round brackets only with a colleague or a "before sending" ("(confirm by 30 June)" asks the client).
  /[(（]\s*(?:check|double-check|confirm|verify)\b[^()（）\n]{0,120}?(?:\bwith\s+[A-Z][a-z]+|\bbefore\s+(?:sending|this\s+goes|it\s+goes|submission|we\s+send))[^()（）\n]*[)）]/gu,
  new RegExp(String.raw`[[［(（]\s*(?!(?:Ms|Mr|Mrs|Dr)\.?\s)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,4}|finance|legal|ops|procurement|sales)\s+to\s+(?:check|confirm|verify|double-check)(?![A-Za-z])${BODY('\\]］)）')}[\]］)）]`, 'gu'),
  // A lower-case to-do in round brackets: "(check their current cycle dates)", "(ask about the audit: …)",
  // "(double-check the 200.460 wording …)" (not "(confirm by 30 June)", which asks the client).
  /[(（]\s*(?:check|double-check|ask\s+(?:about|[A-Z][a-z]+))(?![A-Za-z])[^()（）\n]{2,300}[)）]/gu,
  // A colleague addressed by name and a colon, with a to-do: "[Kevin: decide how much … to hold for BAFO]", "[Dana: please check …]".
  new RegExp(String.raw`[[［]\s*(?!(?:Note|Source|Example|Update|Option|Optional|Answer|Question|Response|Ref|Appendix|Item|Step|Phase|Stage)\s*:)[A-Z][a-z]+\s*:\s*(?:please|pls|can\s+you|could\s+you|decide|check|confirm|see|ask|send|add\s+a\s+line)(?![A-Za-z])${BODY('\\]］')}[\]］]`, 'gu'),
  // 「（※件数は技術部 中村さんに最新値確認中）」: a status of the writer's own check, with a colleague in it. Not a status
  // told to the client (「（※在庫は生産者さんに確認中です。確定次第ご連絡いたします）」) nor 皆さん / お客さん.
  /[（(]※(?![^（）()\n]*(?:です|ます|ください|いたし|申し上げ|次第|御社|貴社|お客様|ご担当))[^（）()\n]{0,60}[一-龯々ァ-ヴーA-Za-z](?<!皆|お客|お子|息子|奥|娘|お父|お母)さん[^（）()\n]{0,40}(?:確認中|確認待ち|依頼中|回答待ち)[^（）()\n]{0,20}[）)]/gu,
  // A to-do before sending ("[attach engagement letter v3 + AML ID form before sending]"), the writer's own doubt
  // ("[he said 70 incl. VAT I think?? or ex? ASK CATRIN]"), and 「【TODO 養蜂事業者のリストを佐々木課長に依頼】」.
  /[[［][^\]］\n]{0,200}\bbefore\s+(?:sending|this\s+goes|it\s+goes)\b[^\]］\n]{0,200}[\]］]/giu,
  /[[［][^\]］\n]{0,200}(?:\bI\s+think\b[^\]］\n]{0,40}\?|\?\?|\bASK\s+[A-Z]{2,})[^\]］\n]{0,200}[\]］]/gu,
  /[【［[]\s*TODO[\s:：][^】］\]\n]{1,200}?(?:依頼|確認|聞く|もらう)[^】］\]\n]{0,60}[】］\]]/gu,
  // A colleague addressed by name and a dash, with a to-do: "[Greg — confirm credit language with Shauna before this goes out]".
  new RegExp(String.raw`[[［]\s*[A-Z][a-z]+\s+[–—-]\s+(?:confirm|check|ask|verify|can\s+you|please|is\s+(?:it|this|that))(?![A-Za-z])${BODY('\\]］')}[\]］]`, 'gu'),
  // An arrow note that says it is one (さん, ここ, 確認, もらう, ？): 「（←ここ、大西さんに受講者数の確定もらう）」「（→大西さんに確認）」.
  // Not a caption (「（↑イメージ）」), a change marker (「（←前回ご提示の15万円から見直し）」) or a KPI arrow (「（↑前年比0.3pt）」).
  new RegExp(String.raw`[（(]\s*(?:[←↑→⇐⇒]|<-)${CLIENT_GUARD('（）()')}(?=[^（）()\n]*(?:さん|くん|ここ|確認|聞く|もらう|直す|修正|相談|[？?]|らしい|かも|TODO|あとで|後で))[^（）()\n]{1,80}[）)]`, 'gu'),
];

/** Codes that look like initials but label a thing: languages, currencies, quarters, document parts. */
const NOT_INITIALS = /^[[［]\s*(?:EN|JA|JP|FR|DE|ES|IT|NL|ZH|KO|US|UK|EU|USD|EUR|GBP|JPY|CAD|AUD|NZD|SGD|KES|PHP|ZAR|INR|SEK|CHF|VAT|GST|HST|Q[1-4]|FY|NA|N\/A|ID|REF|OPT|ALT|SLA|KPI|RFP|RFQ|SOW|PO|FAQ|URL|API|TOC|TBC|TBD|TBA|TK|PH|WIP|XX|XXX)\s*[:：]/u;

/**
 * A note that marks text still to be written where it stands ("[JT: add the task-by-hours matrix
 * here]", "[HO: insert the programme]", "[KM: TBC]", 「（メモ：ここに写真を入れる）」): a placeholder,
 * unfilled-placeholder's finding. The lead is left out before the test.
 */
const SLOT = /^(?:add|insert|paste|attach|include|drop\s+in|fill\s+in|rewrite|redo|rework|TBC|TBD|TBA|TODO|TK)(?![A-Za-z])|(?:ここ|この欄|こちら)(?:に|へ|は)[^。\n]{0,40}?(?:入れ|挿入|貼|差し込|差込|載せ|記入|追記|追加|書)(?:る|く|り付け|ります|ます|たい|予定|する)?$|(?:ここ|この欄)に[\p{Script=Han}\p{Script=Katakana}ー]{1,10}$|(?:を|の)?(?:追記|記入|挿入|差し込み|差し替え|貼り付け)(?:する|予定|待ち)?$|^(?:追記|記入|挿入|差し替え)(?:予定|する)?|を(?:入れる|貼る|載せる|差し込む)$|(?:あとで|後で|後ほど)(?:追記|記入|書く|入れる|差し替え)/iu;

/** The aside's content after its lead ("[DW: check …]" → "check …"). */
function afterLead(aside: string): string {
  return aside
    .replace(/^[[［【（(＜<〔〈《]\s*/u, '')
    .replace(new RegExp(String.raw`^(?:(?:${LEAD_EN}|${LEAD_JA})\s*(?:[:：]|→|⇒)|(?!(?:TBC|TBD|TBA)\s)[A-Z]{2,3}\s+[–—-]\s|(?:社内確認中|要確認)\s*[:：])\s*`, 'u'), '')
    .replace(/[\]］】）)＞>〕〉》]$/u, '')
    .trim();
}

/**
 * A note about the room to concede ("Option A leaves us room", "if they push back, can hold …", "held
 * back for the BAFO", 「これ以上の値下げはしない」「上乗せ用に取っておく」): how far the seller would go,
 * exposed-batna's subject, not a note of this rule's.
 */
const CONCESSION = /(?<![A-Za-z])(?:leaves?\s+us\s+(?:no\s+)?room|room\s+to\s+(?:move|give|go)|no\s+room|if\s+(?:they|she|he|[A-Z][a-z]+)\s+(?:push(?:es)?|come\s+back|ask\s+for\s+more|wants?\s+more)|(?:push(?:es)?|come\s+back)\s+on\s+price|held\s+back|hold\s+back|keep\s+(?:it\s+|this\s+)?(?:back|in\s+reserve)|in\s+reserve|as\s+a\s+give|gives?\s+if\s+needed|place\s+to\s+cut|can\s+(?:drop|go)\s+to)(?![A-Za-z])|値下げ|値引き|譲れない|譲らない|譲歩|余地|取っておく|上乗せ用|切り札/iu;

/** The lead of a line that may talk to the team: NB, NOTE, DRAFT. */
const TEAM_LINE = /^\s*(?:NB|N\.B\.|NOTE|DRAFT(?:\s+v?[0-9.]+)?)\s*(?:[:：]|[—–-]\s)\s*/u;
/** Talk to the team after it: a colleague addressed ("Priya —"), a check with a colleague, "before this goes", "don't mention". */
const TEAM_TALK = /^[A-Z][a-z]+\s*[—–,-]\s|\b(?:check|confirm|verify|ask)\b[^.\n]{0,80}?\b(?:with\s+[A-Z][a-z]+|before\s+(?:this|it)\s+goes|before\s+sending)|\bfor\s+[A-Z][a-z]+\s+to\s+(?:check|review|sign)|\b(?:don['’]?t|do\s+not)\s+(?:mention|chase|quote|push)\b|\bremove\s+(?:the\s+)?NB\b|\bsend\s+(?:Mon|Tue|Wed|Thu|Fri)[a-z]*\b/u;

/** Whether a bracketed text is a note to self (an aside with a team lead), whatever it says. */
export function isTeamAside(text: string): boolean {
  if (NOT_INITIALS.test(text)) return false;
  return ASIDES.some((re) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    return m !== null && m.index === 0;
  });
}

/** Whether a team aside stands for text still to be written (a placeholder, not a note). */
export function isSlotNote(text: string): boolean {
  // "attach the engagement letter before sending" is a to-do before sending, not text to write here.
  if (/\bbefore\s+(?:sending|this\s+goes|it\s+goes)\b/iu.test(text)) return false;
  const body = afterLead(text);
  // "TK" (to come) before a dash: text to come ("[TK — payment schedule]") unless what follows is a to-do ("[TK — get written OK …]").
  if (/^[[［]\s*TK\s+[–—-]\s/u.test(text)) return !/^(?:get|check|confirm|ask|verify|chase|call|ring|email|send)(?![A-Za-z])/iu.test(body);
  // 「【TODO 養蜂事業者のリストを佐々木課長に依頼】」: a to-do put to someone, not text to write here.
  if (/^[【［[]\s*TODO[\s:：]/u.test(text) && /(?:依頼|確認|聞く|もらう)/u.test(body)) return false;
  // 「【要確認：所要時間】」「【要確認：土日の稼働人数】」: a value still to be filled in, named in a few words.
  // (「（要確認：大西さん）」 names whom to ask: a to-do.)
  if (/^[【（(［[]\s*(?:要確認|社内確認中)\s*[:：]/u.test(text) && body.length <= 12 && !/[。、？?]|さん|様|課長|部長|主任|係長/u.test(body)) return true;
  return SLOT.test(body);
}

/** A heading the writer typed as one (`## …`, or text over `===` / `---`), not a bold line the model reads as a heading. */
function realHeading(model: ProposalModel, section: Section): boolean {
  const start = section.heading?.position?.start.offset;
  if (start === undefined) return false;
  const from = model.text.slice(start, start + 400);
  return /^#{1,6}(?:[ \t]|$)/u.test(from) || /^[^\n]*\r?\n[ ]{0,3}(?:=+|-+)[ \t]*(?:\r?\n|$)/u.test(from);
}

/** The block as a note the quick fix can wrap whole: a paragraph outside lists and tables. */
const wholeParagraph = (block: ProseBlock): { whole?: ProseBlock } => (block.kind === 'paragraph' && !block.inList && !block.inTable ? { whole: block } : {});

/** A bracket an aside can open with: a block without one needs none of the patterns. */
const OPENS = /[[［【（(＜<〔〈《]/u;

export function notesToSelf(model: ProposalModel, lexicon: Lexicon): TeamNote[] {
  const out: TeamNote[] = [];
  const taken = (start: number) => out.some((n) => start >= n.start && start < n.end);
  const overlaps = (start: number, end: number) => out.some((n) => n.start < end && start < n.end);
  const client = clientBlocks(model);
  for (const block of client) {
    if (!OPENS.test(block.text)) continue;
    for (const re of ASIDES) {
      re.lastIndex = 0;
      for (const m of block.text.matchAll(re)) {
        const text = m[0];
        if (NOT_INITIALS.test(text) || isSlotNote(text) || asideDisclosure(text, lexicon) || CONCESSION.test(text)) continue;
        const { start, end } = sourceRange(block, m.index, m.index + text.length);
        if (model.isInternal(start) || taken(start)) continue;
        out.push({ start, end, text, ...(block.text.trim() === text.trim() ? wholeParagraph(block) : {}) });
      }
    }
  }
  // An "NB:" / "NOTE:" / "DRAFT –" line that talks to the team ("NB: Priya — can you check …", "NOTE: check the R16 lead
  // time with Linde", "DRAFT – check battery price with Rectron before sending"); an NB to the client stays ("NB: prices exclude VAT").
  for (const block of client) {
    const m = TEAM_LINE.exec(block.text);
    if (!m || !TEAM_TALK.test(block.text.slice(m[0].length)) || overlaps(block.start, block.end)) continue;
    if (asideDisclosure(block.text, lexicon) || CONCESSION.test(block.text)) continue;
    out.push({ start: block.start, end: block.end, text: block.text, ...wholeParagraph(block) });
  }
  // A note the writer labelled as theirs ("**Note to self:** …", 「※社内用：…」) that nothing strips, unless it
  // gives the floor away (exposed-batna reports that one) or is a section the writer headed as notes
  // (a heading that marks the writer's notes keeps a reader out: no finding of this kind).
  for (const note of labelledInternalNotes(model, lexicon)) {
    const first = note.blocks[0]!;
    if ((realHeading(model, first.section) && first.section.title === note.label) || !isNoteLabel(note.label, lexicon)) continue;
    // A label is a few words: a whole first line of prose that mentions a memo (「…ご支援します。（※自分用メモ：…）」) is none.
    if (note.label.length > 30) continue;
    // 「【社内】全社説明会」 beside 「【社外】記者発表」 sorts the client's own plans, inside and outside the company.
    if (/^[（(【［\[]?\s*社内\s*[）)】］\]]?$/u.test(note.label) && /[（(【［\[]\s*社外\s*[）)】］\]]/u.test(model.text)) continue;
    // Each part of the note is a note ("**Bid notes**" over five bullets: five), the label alone is none
    // (「11. 【社内用】」 in a table of contents), and a part that gives the floor away is exposed-batna's.
    const labelOnly = (b: ProseBlock) => note.label.length >= b.text.trim().length - 1;
    // A label line over a list ("■社内検討メモ（6/10 社内検討会）" then nine bullets): the bullets are the notes, all of them.
    const blocks = [...note.blocks];
    let j = client.indexOf(blocks[blocks.length - 1]!) + 1;
    const overList = !first.inList && j < client.length && client[j]!.inList && client[j]!.section === first.section;
    if (overList || blocks[blocks.length - 1]!.inList) {
      while (j < client.length && client[j]!.inList && client[j]!.section === first.section && blocks.length < 40) blocks.push(client[j++]!);
    }
    for (const block of blocks) {
      if (block === first && overList && !first.inList) continue;
      if (labelOnly(block) || overlaps(block.start, block.end)) continue;
      if (noteGivesFloor({ label: note.label, blocks: [block] }, lexicon) || asideDisclosure(block.text, lexicon) || CONCESSION.test(block.text)) continue;
      out.push({ start: block.start, end: block.end, text: block.text, ...wholeParagraph(block) });
    }
  }
  // A block quote the writer labelled as theirs ("> Agency notes: …", or a bold label alone: "> **Internal**"): each
  // part of it is a note. Quoted text is no prose block: its paragraphs and list items are read from the tree.
  const quoted = new Set(quotedNotes(model, lexicon).map((q) => q.start));
  for (const node of model.tree.children) {
    if (node.type !== 'blockquote' || model.isInternal(node.position?.start.offset ?? 0)) continue;
    const head = node.children[0];
    const boldLabel = head?.type === 'paragraph' && head.children.length === 1 && head.children[0]!.type === 'strong'
      && isNoteLabel(model.text.slice(head.position?.start.offset ?? 0, head.position?.end.offset ?? 0).replace(/[*_]/gu, '').trim(), lexicon);
    if (!boldLabel && !quoted.has(node.position?.start.offset ?? -1)) continue;
    const parts: Array<{ start: number; end: number }> = [];
    const visit = (n: Nodes) => {
      if (n.type === 'paragraph') parts.push({ start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0 });
      else if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    };
    for (const c of node.children.slice(boldLabel ? 1 : 0)) visit(c as Nodes);
    for (const part of parts) {
      const text = model.text.slice(part.start, part.end).replace(/^[ \t]*>[ \t]?/gmu, '').replace(/[*_]/gu, '').trim();
      if (text.length < 12 || /^[^\n:：]{1,30}[:：]?$/u.test(text) || overlaps(part.start, part.end)) continue;
      if (asideDisclosure(text, lexicon) || CONCESSION.test(text) || lexicon.get('batna').find(text).length) continue;
      out.push({ start: part.start, end: part.end, text });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
