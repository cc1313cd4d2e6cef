import type { Heading, Root } from 'mdast';
import { location } from 'vfile-location';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import { readFrontMatter } from './frontmatter.js';
import { internalHeadingMark, internalMarkers, inRanges, mergeRanges } from './internal.js';
import { looseFrontMatter, looseToFrontMatter } from './matter.js';
import { inferKind, parseKind } from './kind.js';
import { languageOf, languageWeights, parseLanguage, type LanguageWeights } from './language.js';
import type { TextMemo } from '../lexicon/memo.js';
import { parseMarkdown } from './parse.js';
import { collectProse } from './prose.js';
import { buildSections, documentTitle, roleFromHeading, subtree } from './sections.js';
import { splitSentences } from './sentences.js';
import type { Lang, ProposalModel, ProseBlock, Range, Section } from './types.js';

export interface ModelOptions {
  /** 'auto' (default): front matter `lang`, else the majority of the prose. */
  language?: 'auto' | Lang;
  lexicon?: Lexicon;
  /** Results per block text kept across the editor's lints of one document (ParseCache.memo). */
  memo?: TextMemo;
  /** The parser (the editor passes an incremental one); parses the whole document by default. */
  parse?: (text: string) => Root;
}

/** Parses once and builds the proposal model every rule reads. */
export function buildModel(text: string, options: ModelOptions = {}): ProposalModel {
  const lexicon = options.lexicon ?? defaultLexicon();
  const tree = (options.parse ?? parseMarkdown)(text);
  const parsedMatter = readFrontMatter(tree, text);
  // Front matter the parser missed (after blank lines, `...`, TOML, a second block, unclosed) is internal too.
  const matter = looseFrontMatter(text, parsedMatter);
  const frontMatter = parsedMatter ?? (matter[0] && matter[0].kind !== 'toml' ? looseToFrontMatter(text, matter[0]) : null);
  const { blocks: raw, html, lists } = collectProse(tree, text);
  // Pure functions of a block's text, remembered across the editor's lints when it passes a memo.
  const memo = options.memo;
  const entries = memo ? raw.map((b) => memo.entry(b.text)) : undefined;
  const perBlock = <T>(i: number, table: string, compute: (text: string) => T): T =>
    memo ? memo.lookup(entries![i]!, table, raw[i]!.text, compute) : compute(raw[i]!.text);

  // A document without headings that is laid out with bold labels ("**1. Scope**", "**料金**") has those as its headings.
  const labelled = labelHeadings(tree, raw);
  const titles = new Map<Heading, string>();
  for (const b of raw) if (b.kind === 'heading') titles.set(b.node as Heading, b.text.trim());
  const sections = buildSections(tree, text.length, titles, labelled);

  // Internal regions: front matter, comment-marked blocks, internal sections.
  const markers = internalMarkers(html, text, lexicon);
  // An opener never closed: the export refuses (markerProblems), and the rules read it as the notes
  // it most likely is, up to the next heading, not as the whole rest of the document.
  const unclosed = new Set(markers.problems.filter((p) => p.kind === 'unclosed').map((p) => p.start));
  const internalRanges: Range[] = markers.ranges.map((r) => {
    if (!unclosed.has(r.start)) return r;
    const next = sections.find((s) => s.heading && s.start > r.start);
    return next ? { start: r.start, end: next.start } : r;
  });
  if (parsedMatter) internalRanges.push({ start: parsedMatter.start, end: parsedMatter.end });
  for (const m of matter) internalRanges.push({ start: m.start, end: m.end });
  const title = documentTitle(sections);
  // A plain label line standing for a heading (「■社内検討メモ（提出時削除）」) is still a line of the body:
  // only a real heading (or a bold label, below) strips what follows it.
  const plainLabels = new Set<unknown>(labelled.filter((h) => h.children[0]?.type !== 'strong'));
  for (const s of sections) {
    if (!s.heading || plainLabels.has(s.heading)) continue;
    const mark = internalHeadingMark(s.title, lexicon, true);
    // A confidentiality mark on the document's title is for the client ("Proposal — Confidential").
    if (mark === 'prefix' || mark === 'tag' || (mark === 'classification' && s !== title)) {
      for (const d of subtree(s)) d.internal = true;
      internalRanges.push({ start: s.start, end: s.end });
    }
  }
  // A bold label that marks internal notes ("**社内用メモ**", "**Internal prep notes**") works like a heading: to the next heading.
  for (const b of raw) {
    if (b.kind !== 'paragraph' || b.inList || b.inTable || b.text.length > 60) continue;
    const children = (b.node as { children?: Array<{ type: string }> }).children ?? [];
    if (children.length !== 1 || children[0]!.type !== 'strong') continue;
    const mark = internalHeadingMark(b.text, lexicon);
    if (mark !== 'prefix' && mark !== 'tag') continue;
    const next = sections.find((s) => s.heading && s.start > b.start);
    internalRanges.push({ start: b.start, end: next ? next.start : text.length });
  }
  // A plain label line that opens the writer's own notes after the text for the client
  // ("NOTES (me only)" after a rule, 「＜社内メモ＞」 after 以上 or 敬具): to the next heading, or the end.
  const top = tree.children;
  const rawOf = new Map<unknown, (typeof raw)[number]>();
  for (let i = 1; i < top.length; i++) {
    const node = top[i]!;
    if (node.type !== 'paragraph') continue;
    const prev = top[i - 1]!;
    // Cheap test first: only a paragraph right after a rule or a closing word (one map, built once).
    if (prev.type !== 'thematicBreak' && prev.type !== 'paragraph') continue;
    if (rawOf.size === 0) for (const r of raw) rawOf.set(r.node, r);
    const closing = prev.type === 'thematicBreak' || /^(?:以上|敬具|草々)$/u.test(rawOf.get(prev)?.text.trim() ?? '');
    if (!closing) continue;
    const b = rawOf.get(node);
    // The label stands alone; notes run on in the same paragraph (「＜社内メモ＞\n・…」) stay client text that
    // exposed-batna reports, so the writer moves them (labellers read that shape both ways).
    const label = b?.text.trim() ?? '';
    if (!b || label.length > 40 || /\n/.test(label) || /[.。!?！？]$/.test(label)) continue;
    const mark = internalHeadingMark(label, lexicon);
    if (mark !== 'prefix' && mark !== 'tag') continue;
    const next = sections.find((s) => s.heading && s.start > b.start);
    internalRanges.push({ start: b.start, end: next ? next.start : text.length });
  }
  const internal = mergeRanges(internalRanges);
  const isInternal = (offset: number) => inRanges(internal, offset);

  // Document language: explicit option, front matter, or the majority of prose.
  let ja = 0;
  let en = 0;
  const weights: LanguageWeights[] = raw.map((_, i) => perBlock(i, 'weights', languageWeights));
  for (const w of weights) {
    ja += w.ja;
    en += w.en;
  }
  const explicit = options.language && options.language !== 'auto' ? options.language : undefined;
  const lang: Lang = explicit ?? parseLanguage(frontMatter?.data['lang']) ?? parseLanguage(frontMatter?.data['language']) ?? (ja > en ? 'ja' : 'en');

  const abbreviations = new Set(lexicon.phrases('abbreviation').map((a) => a.toLowerCase()));
  const isAbbreviation = (token: string) => abbreviations.has(token.toLowerCase());
  const split = (t: string): Array<[number, number]> => splitSentences(t, isAbbreviation);

  // Blocks, in order, each attached to its innermost section.
  const blocks: ProseBlock[] = [];
  let si = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    while (si + 1 < sections.length && sections[si + 1]!.start <= b.start) si++;
    const section = sections[si] ?? fallbackSection(text.length);
    // Listed field by field (not spread): one object shape for every block.
    const block: ProseBlock = {
      kind: b.kind, node: b.node, text: b.text, map: b.map, start: b.start, end: b.end,
      lang: languageOf(weights[i]!, lang),
      section,
      internal: isInternal(b.start),
      inList: b.inList,
      inTable: b.inTable,
      sentences: [],
      memo: entries?.[i],
    };
    for (const [s, e] of perBlock(i, 'sentences', split)) {
      block.sentences.push({ block, textStart: s, textEnd: e, text: b.text.slice(s, e), start: b.map[s]!, end: b.map[e - 1]! + 1 });
    }
    blocks.push(block);
  }

  assignRoles(sections, blocks, lexicon, isInternal);

  // What the document is, and whether it is the last round: from the front matter, else its title and opening lines.
  const fmTitle = typeof frontMatter?.data['title'] === 'string' ? (frontMatter.data['title'] as string) : '';
  const titleSection = sections.find((s) => s.heading && !s.internal);
  // The first headings name the document (a letterhead heading often comes before the title).
  const headed = sections.filter((s) => s.heading && !s.internal);
  const firstHeading = headed[0] && LETTERHEAD.test(headed[0].title) ? headed.slice(0, 2).map((s) => s.title).join('\n') : headed[0]?.title ?? '';
  // The cover: client text before the first body section (the preamble and the title's own lines).
  // A heading that only names the document type (「技術提案書」, "Proposal") right after the title is part of the cover.
  const afterTitle = sections.filter((s) => s.heading && s !== titleSection && s.start > (titleSection?.start ?? -1));
  const coverEnd = (afterTitle[0] && DOCUMENT_TYPE_HEADING.test(afterTitle[0].title) ? afterTitle[1] : afterTitle[0])?.start ?? text.length;
  const cover = blocks.filter((b) => !b.internal && b.start < coverEnd).slice(0, 12).map((b) => b.text).join('\n').slice(0, 1200);
  const firstLine = blocks.find((b) => !b.internal)?.text ?? '';
  // Without a heading, a short first line that is no sentence stands for the title.
  const titleLine = firstLine.length <= 100 && !/[.。!?！？]\s*$/.test(firstLine) ? firstLine : '';
  // Label lines that stand for headings ("■1　工事金額") are the body's, not the title: a title line above them still names the document.
  const labelsOnly = labelled.length > 0 && !tree.children.some((n) => n.type === 'heading');
  // A letter without headings names itself in a bold subject line under the addresses (「**工期変更に伴う変更見積のご案内**」).
  // So does a bold line above the first heading when that heading is no title (「**Q-Lab — Quotation QLA-Q-2026-1187**」 over "### Scope").
  const firstHeadingNode = tree.children.find((n) => n.type === 'heading') as { depth: number; position?: { start: { offset?: number } } } | undefined;
  const subjectEnd = !firstHeadingNode ? coverEnd : firstHeadingNode.depth > 1 ? (firstHeadingNode.position?.start.offset ?? 0) : 0;
  // (Not the letterhead's bold company name: 「**Lloyd Lift Trucks Ltd**」 above the subject line.)
  const subject = blocks.filter((b) => !b.internal && b.start < subjectEnd && b.kind === 'paragraph' && b.text.length <= 120 && isBoldLine(b) && !LETTERHEAD.test(b.text)).slice(0, 1).map((b) => `${b.text}\n`).join('');
  // A subtitle heading straight under the title ("# Wharf Lane – Additional Services" / "## Quotation for design evidence …") names the document too;
  // one that calls it a proposal ("## Fee Proposal for Architectural Services") leaves it the proposal the title makes it.
  // It is the subtitle when it holds the body's sections (the next heading is deeper), not when it is the first section itself.
  const [sub, next] = afterTitle;
  const subtitle = titleSection && sub && next && sub.depth > titleSection.depth && next.depth > sub.depth
    && !/\bproposals?\b|(?<!価格|見積)提案/iu.test(`${titleSection.title}\n${sub.title}`)
    && !blocks.some((b) => !b.internal && b.kind !== 'heading' && b.start > titleSection.start && b.start < sub.start) ? `${sub.title}\n` : '';
  const titleText = `${fmTitle}\n${subject}${labelsOnly && titleLine ? `${titleLine}\n` : ''}${subtitle}${firstHeading || titleLine}`;
  const firstHeadings = headed.slice(0, 3).map((s) => s.title).join('\n');
  // A table with amounts in it: the document carries its own prices (asked only of a 「〜のお見積りについて」 title).
  // (Or a header that names the yen, 「金額（円）」, over bare figures.)
  const pricedTable = () => tree.children.some((n) => {
    if (n.type !== 'table') return false;
    const source = text.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
    const header = source.split(/\r?\n/u)[0] ?? '';
    return /[0-9０-９][0-9０-９,，]*\s*(?:円|千円|万円|億円)|[¥￥$€£]\s*[0-9０-９]/u.test(source)
      || (/[（(](?:単位[:：]\s*)?(?:千|万)?円[)）]|税込|税抜|税別/u.test(header) && /\|\s*[0-9０-９][0-9０-９,，]*\s*\|/u.test(source));
  });
  const inferred = inferKind(frontMatter?.data, titleText, cover, firstHeadings, pricedTable);
  // A proposal that answers a tender says so in its text ("As required by Section 6 of the RFP",
  // 「提案依頼書に対する提案」): twice or more, it is a response to the tender.
  const tenderMentions = inferred === 'proposal' && !parseKind(frontMatter?.data['kind'])
    ? blocks.filter((b) => !b.internal).reduce((n, b) => n + (b.text.match(TENDER_MENTION) ?? []).length, 0)
    : 0;
  const kind = inferred === 'proposal' && (tenderMentions >= 2 || TENDER_TITLE.test(titleText)) ? 'rfp-response' : inferred;
  // A cover line in bold counts as a title ("**Best and Final Offer**"); ordinary sentences do not.
  const boldCover = blocks.filter((b) => !b.internal && b.start < coverEnd && b.kind === 'paragraph' && b.text.length <= 160 && (b.node as { children?: Array<{ type: string }> }).children?.[0]?.type === 'strong').slice(0, 4).map((b) => b.text);
  const finalStage = isFinalStage(frontMatter?.data['stage']) || FINAL_TITLE.test([titleText, firstHeadings, ...boldCover].join('\n'));
  const opening = blocks.filter((b) => !b.internal && b.kind !== 'heading').slice(0, 8).map((b) => b.text).join('\n');
  // What the front matter calls the document (`subject:`, `document:`, `doc:`).
  const named = ['subject', 'document', 'doc'].map((k) => String(frontMatter?.data[k] ?? ''));
  const laterRound = finalStage
    || LATER_ROUND_TITLE.test([titleText, firstHeadings, ...boldCover, String(frontMatter?.data['stage'] ?? ''), ...named].join('\n'))
    || EARLIER_PROPOSAL.test(opening)
    // "Proposal: Phase 2, …", 「第2期のご提案」 in the title (a "## Phase 2" section of a first proposal is no later round).
    || PHASE_TWO_TITLE.test([titleText, ...named].join('\n'));
  const renewal = RENEWAL_TITLE.test([titleText, firstHeadings, ...boldCover, String(frontMatter?.data['stage'] ?? '')].join('\n'));

  const loc = location(text);
  const anchorHeading = sections.find((s) => s.heading);
  const firstLineEnd = text.search(/\r?\n|\r/);
  const anchor: Range = anchorHeading
    ? { start: anchorHeading.headingRange.start, end: anchorHeading.headingRange.end }
    : { start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd };

  return {
    text,
    tree,
    frontMatter,
    kind,
    finalStage,
    laterRound,
    renewal,
    matter,
    markerProblems: markers.problems,
    lang,
    sections,
    internal,
    blocks,
    html,
    lists,
    anchor,
    isInternal,
    toPoint(offset: number) {
      const p = loc.toPoint(Math.max(0, Math.min(offset, text.length)));
      if (p) return { line: p.line, column: p.column };
      // vfile-location answers undefined at the very end of the text.
      const lines = text.split(/\r\n|\r|\n/);
      return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
    },
    toOffset(line: number, column: number) {
      return loc.toOffset({ line, column }) ?? text.length;
    },
  };
}

function fallbackSection(length: number): Section {
  return {
    index: 0, heading: null, depth: 0, title: '', role: 'other', roleSource: 'none',
    start: 0, end: length, headingRange: { start: 0, end: 0 }, ownEnd: length, parent: null, children: [], internal: false,
  };
}

/**
 * Roles from heading words first; a section the words do not name becomes pricing when
 * its own content is mostly currency amounts (a price table with amounts, or most of its
 * paragraphs quoting amounts).
 */
function assignRoles(sections: Section[], blocks: ProseBlock[], lexicon: Lexicon, isInternal: (offset: number) => boolean): void {
  const currency = lexicon.get('currency');
  const price = lexicon.get('price');
  const own = new Map<Section, ProseBlock[]>();
  for (const b of blocks) {
    const list = own.get(b.section);
    if (list) list.push(b);
    else own.set(b.section, [b]);
  }
  // The document title (a lone top-level heading above the body sections) names the whole
  // proposal, not one part of it: "Maintenance contract proposal" is not the agreement section.
  const title = documentTitle(sections);
  for (const s of sections) {
    if (s === title && !s.internal) continue;
    if (s.internal) {
      s.role = 'internal';
      s.roleSource = 'heading';
      continue;
    }
    // A heading inside an internal block names internal notes, not a client-facing part.
    const byHeading = s.heading && !isInternal(s.headingRange.start) ? roleFromHeading(s.title, lexicon) : null;
    if (byHeading) {
      s.role = byHeading;
      s.roleSource = 'heading';
      continue;
    }
    const content = (own.get(s) ?? []).filter((b) => b.kind !== 'heading');
    if (content.length === 0) continue;
    const priced = content.filter((b) => currency.test(b.text));
    const pricedTable = priced.some((b) => b.inTable);
    // Amounts alone are not a price (the client's losses, a salary range): price words must be there too.
    const priceWords = content.some((b) => price.test(b.text)) || (s.heading !== null && price.test(s.title));
    // A grant's decision or a subsidy's terms (「交付決定の内容」, "Grant award") are the client's figures, not the seller's price.
    if (s.heading && GRANT_HEADING.test(s.title)) continue;
    if (priceWords && ((pricedTable && priced.length * 3 >= content.length) || (priced.length >= 2 && priced.length * 2 >= content.length))) {
      s.role = 'pricing';
      s.roleSource = 'content';
      continue;
    }
    // "About <the firm>" / 「<社名>について」 over a company profile (founded, head office, staff, licence
    // numbers): the credibility statement under the seller's own name.
    if (s.heading && ABOUT_HEADING.test(s.title) && !NOT_ABOUT_SELLER.test(s.title) && content.filter((b) => PROFILE_FACT.test(b.text)).length >= 2) {
      s.role = 'credibility';
      s.roleSource = 'content';
    }
  }
}

/** A heading about a grant or a subsidy the client receives. */
const GRANT_HEADING = /交付決定|補助金の?(?:内容|概要|交付|採択|額)|助成金の?(?:内容|概要|交付|額)|\bgrant\s+(?:award|decision|offer|amount|funding)\b|\bsubsidy\s+(?:award|decision|terms|amount)\b/iu;

/** A heading that introduces someone: "About Nordvik", "Meet the team", 「ワークブリッジについて」. */
const ABOUT_HEADING = /^\s*(?:[0-9０-９]+[.．、)]?\s*)?(?:about|meet|introducing)\b|\bprofile\b|について\s*$/iu;
/** "About" headings on the client or the plan, not the seller: 「貴社について」「実施体制について」「費用について」. */
const NOT_ABOUT_SELLER = /貴社|御社|貴(?:組合|市|町|村|県|院|校|行|庫|法人|学|団体)|お客様|体制|費用|料金|補助金|スケジュール|日程|進め方|本提案|ご提案|\babout\s+(?:you|your|this|the\s+(?:proposal|project|plan))\b/iu;
/** A company-profile fact: founded, head office, staff, capital, offices, a licence number. */
const PROFILE_FACT = /設立|創業|創立|本社|所在地|従業員|社員数|スタッフ数|登録スタッフ|資本金|拠点|許可番号|登録番号|売上高|\b(?:founded|established|headquartered|incorporated)\b|\b[0-9][0-9,]*\s+(?:employees|staff|people|engineers|consultants)\b|\boffices?\s+in\b|\bsince\s+(?:19|20)[0-9]{2}\b|\bregistered\s+(?:in|number|no)\b/iu;

/** A heading that is only the seller's name (a letterhead): the title is the next heading. */
const LETTERHEAD = /\b(?:ltd|limited|inc|llc|llp|pc|plc|gmbh|corp|co)\.?\s*$|,?\s(?:S\.?L\.?U?|S\.?A\.?U?|S\.?p\.?A|S\.?r\.?l|SARL|SAS|B\.?V|N\.?V|AG|AB|ApS|A\/S|Oy|K\.?K|Pte|Pty)\.?\s*$|^\s*(?:(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|[(（]株[)）]|㈱)\s*[^\s様御中]{1,20}|[^\s様御中]{1,20}\s*(?:株式会社|有限会社|合同会社|[(（]株[)）]|㈱))\s*$/iu;

/** A title that says this is the last round. */
const FINAL_TITLE = /\bbest\s+and\s+final\b|\bfinal\s+(?:offer|proposal|quotation|quote|terms|commercial\s+offer)\b|最終(?:ご)?提案|最終(?:の)?お?見積|最終条件|最終提示|最終回答/iu;

/** A title or stage that continues a relationship: renewal, extension, revised, follow-up, 更新, 継続, 再提案, 改定. */
/** A paragraph that is all one bold run ("**Subject: …**", 「**変更見積のご案内**」). */
function isBoldLine(block: ProseBlock): boolean {
  const children = (block.node as { children?: Array<{ type: string }> }).children ?? [];
  return children.length === 1 && children[0]!.type === 'strong';
}

const LATER_ROUND_TITLE = /\b(?:renewal|extension|continuation|follow[\s-]?(?:up|on)|(?:fee|price|rate)s?\s+(?:increase|rise|change)|(?:request|note|letter)\s+(?:about|on|regarding|concerning)\s+(?:your\s+|our\s+)?(?:[0-9]{4}\s+)?(?:fees|rates|prices|pricing)|thank\s+you\b[^\n]{0,40}?\b(?:what\s+happens\s+next|next\s+steps)|revised|revision|updated\s+(?:proposal|offer|quote)|second\s+(?:year|round|proposal)|year\s+(?:two|2)|round\s+(?:two|2)|re-?proposal|(?:change|variation)\s+(?:request|order)|QBR|quarterly\s+business\s+review|clarifications?|following\s+(?:the\s+|our\s+)?(?:shortlist|interviews?|presentation|readout|audit|pilot)|(?:30|60|90|three|six|twelve)[\s-](?:day|month)\s+review)\b|(?:導入|運用|実施|プロジェクト|[0-9０-９一二三四五六]+\s?(?:か月|ヶ月|カ月)|半年|1年|一年)(?:後)?の?(?:ふりかえり|振り返り)|(?:ご)?質[問疑][）)]?(?:事項|書)?(?:へ|に対する)の?(?:ご)?回答|質[問疑](?:事項)?(?:回答|応答)書?|(?:契約|ご契約|顧問契約|保守契約|ライセンス|サービス)の?更新|更新(?:契約|のご案内|のご提案|プラン)|継続|再提案|再見積|改定(?:版|案|のご案内|のお知らせ)|(?:運賃|報酬|顧問料|保守料|委託料|利用料)の?改定|改訂|修正版|修正提案|修正案|追加提案|追加の(?:ご)?提案|追加施策|追加フェーズ|変更提案|値上げ|価格改定|料金改定|単価改定|(?:料金|単価|価格|報酬)(?:改定|変更)?(?:について|に関する)(?:の)?(?:お願い|ご相談)|第[2２二]回|[2２二]年目|再度のご提案|最終|補足(?:説明|資料|提案|のご説明)|(?:お打ち?合わせ|ご面談|面談|ご訪問|プレゼンテーション|プレゼン)の?(?:御礼|お礼)/iu;
/** A renewal for a new term: "Renewal proposal", 「保守契約 更新のご提案」, 「顧問契約の継続」. */
const RENEWAL_TITLE = /\brenewal\b|(?:契約|ご契約|顧問契約|保守契約|ライセンス|サービス)の?更新|更新(?:契約|のご案内|のご提案|プラン)|継続/iu;
/** An opening that refers to the earlier proposal or to the work already done together. */
/** A title that names the second phase of work already begun. */
const PHASE_TWO_TITLE = /\b(?:phase\s?(?:two|2|II)|second\s+phase)\b|フェーズ\s?[2２Ⅱ]|(?:(?<![0-9０-９])第\s?[2２二Ⅱ]|(?<![0-9０-９第])[2２]次)(?:フェーズ|期(?!計画)|段階|弾)?目?の?(?:ご)?(?:提案|計画)|[2２二]期目/iu;
const EARLIER_PROPOSAL = /\b(?:the|our|last\s+\w+['’]s|last\s+week['’]s|yesterday['’]s)\s+(?:readout|pilot|trial|first\s+phase|phase\s+(?:1|one)|year\s+one|first\s+year)\b|トライアル(?:の)?結果|試行(?:の)?結果|第[1１一]期の(?:結果|成果)|\b(?:following|further\s+to|since)\s+(?:our|my|the)\s+(?:earlier\s+|previous\s+|original\s+|first\s+)?(?:proposal|quote|offer|submission)\b|\b(?:our|my|the)\s+(?:earlier|previous|original|first)\s+(?:proposal|quote|offer|submission)\b|前回(?:の)?(?:ご)?(?:提案|お見積|見積)|先(?:日|般|月)(?:ご)?(?:提出|ご提示|お送り)(?:いたし|し)?(?:ました|た)(?:ご)?(?:提案|お?見積)|\b(?:our|my|the)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:,?\s+20[0-9]{2})?\s+(?:proposal|response|quote|quotation|offer|submission|bid)\b|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:付け?)?の(?:ご)?(?:提案|お見積)/iu;

/** Front matter `stage:` at the last round: final, BAFO, 最終… */
export function isFinalStage(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim().toLowerCase();
  return /^(?:final|bafo|best[\s-]and[\s-]final|last|closing|final[\s-]offer|final[\s-]round)$/.test(v) || v.startsWith('最終');
}

/** A tender named in the text: the RFP, ITT or RFQ it answers, 提案依頼書, 募集要項, 公募. */
const TENDER_MENTION = /\b(?:RFP|RFQ|ITT|invitation\s+to\s+tender|request\s+for\s+proposals?)\b|提案依頼書|募集要項|公募型|プロポーザル方式|企画競争|(?:企画提案|提案|プロポーザル|公募|業務委託)[^。\n]{0,6}?実施要領|実施要領(?:及び|および|・)仕様書|(?<!決算|官報|電子|合併|減資)(?:公告|公示)(?:の(?:あり|あっ|ござい)|され|に基づ)|提出要領|参加表明書/gu;
/** A municipal commission's proposal title: 「〜業務委託 企画提案書」. */
const TENDER_TITLE = /業務委託[^\n]{0,20}企画提案書|企画提案書[^\n]{0,10}（?公募/u;

/** A heading that is only the name of a document type. */
const DOCUMENT_TYPE_HEADING = /^\s*(?:(?:技術|企画|業務)?提案書|ご提案書?|(?:お|御)?見積書|(?:commercial\s+|technical\s+|fee\s+)?proposal|quotation|statement\s+of\s+work|tender\s+response)\s*$/iu;

/** A plain label line that Japanese writers use for a heading: 【…】 or ■/◆/● and a short title, no sentence. */
const PLAIN_LABEL = /^(?:【[^】\n]{1,30}】|[■◆●]\s*[^\n。．！？!?]{1,30})$/u;

/** A paragraph that is only a short bold label, no sentence: "**2. Scope of services**", "**Fees:**", "**【料金】**". */
function isBoldLabel(node: { type: string; children?: Array<{ type: string; value?: string }> }, text: string): boolean {
  if (node.type !== 'paragraph') return false;
  const children = node.children ?? [];
  // A Japanese label line without bold: 「【弊社について】」「■ 今後の進め方」 alone in its paragraph.
  if (children.length === 1 && children[0]!.type === 'text' && PLAIN_LABEL.test(text.trim())) return true;
  if (!children.length || children[0]!.type !== 'strong') return false;
  // Only the bold text, and at most a colon after it.
  if (children.some((c, i) => i > 0 && !(c.type === 'text' && /^\s*[:：]?\s*$/.test(c.value ?? '')))) return false;
  const t = text.trim();
  return t.length >= 2 && t.length <= 80 && !/[.。!?！？]$/.test(t);
}

/**
 * Bold labels that stand for headings: only in a document with at most one real heading (its
 * title) and at least two such labels. Each becomes a heading one level below the title, and its
 * prose block a heading block, so sections, roles and placement read it as the writer meant.
 */
function labelHeadings(tree: Root, raw: Array<{ kind: string; node: unknown; text: string; inList: boolean; inTable: boolean }>): Heading[] {
  const real = tree.children.filter((n): n is Heading => n.type === 'heading');
  if (real.length > 1) return [];
  const top = new Set<unknown>(tree.children);
  const candidates = raw.filter((b) => b.kind === 'paragraph' && !b.inList && !b.inTable && top.has(b.node) && isBoldLabel(b.node as never, b.text));
  if (candidates.length < 2) return [];
  const depth = Math.min(6, (real[0]?.depth ?? 1) + 1) as Heading['depth'];
  const out: Heading[] = [];
  for (const b of candidates) {
    const p = b.node as { children: Heading['children']; position?: Heading['position'] };
    const heading: Heading = { type: 'heading', depth, children: p.children, position: p.position };
    b.node = heading;
    b.kind = 'heading';
    out.push(heading);
  }
  return out;
}
