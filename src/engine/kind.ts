/**
 * What a document is: a proposal, a response to a tender, a statement of work, a quote or
 * a contract. A reviewer applies different checks to each (a quote needs no "why us", a
 * contract no next steps). Front matter `kind:` says it outright; otherwise the title and
 * the opening lines decide, and a proposal is assumed when nothing says otherwise.
 */
import type { DocumentKind } from './types.js';

export const KINDS: readonly DocumentKind[] = ['proposal', 'rfp-response', 'sow', 'quote', 'contract'];

const ALIASES: Record<string, DocumentKind> = {
  proposal: 'proposal', 'one-pager': 'proposal', onepager: 'proposal', letter: 'proposal', renewal: 'proposal', 提案書: 'proposal', 提案: 'proposal',
  'rfp-response': 'rfp-response', rfp: 'rfp-response', tender: 'rfp-response', bid: 'rfp-response', 'tender-response': 'rfp-response', 入札: 'rfp-response',
  sow: 'sow', 'statement-of-work': 'sow', 'scope-of-work': 'sow', 仕様書: 'sow', 作業範囲記述書: 'sow',
  quote: 'quote', quotation: 'quote', estimate: 'quote', 'cost-annex': 'quote', 'order-form': 'quote', order: 'quote', 'price-schedule': 'quote', 'pricing-schedule': 'quote', 'cost-proposal': 'quote', 'fee-proposal': 'quote', 'rate-card': 'quote', 見積書: 'quote', 見積: 'quote', 御見積書: 'quote', 注文書: 'quote',
  contract: 'contract', terms: 'contract', agreement: 'contract', msa: 'contract', 'terms-and-conditions': 'contract', 'term-sheet': 'contract', 契約書: 'contract', 約款: 'contract', 条件書: 'contract', 契約条件書: 'contract',
};

/** A front-matter `kind:` (or `type:`) value as a kind, or undefined. */
export function parseKind(value: unknown): DocumentKind | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return ALIASES[v];
}

const CONTRACT = /\b(?:contract\s+variation|agreement\s+summary|summary\s+of\s+(?:the\s+)?(?:agreement|(?:key|principal|main)\s+terms)|principal\s+terms|variation\s+agreement|summary\s+of\s+(?:the\s+)?agreed\s+terms|heads\s+of\s+terms|service\s+terms|terms\s+(?:and|&)\s+conditions|(?:standard|general|master)\s+(?:services?\s+)?(?:terms|agreement|conditions)|framework\s+agreement|terms\s+of\s+(?:engagement|business|service)|master\s+services\s+agreement|services?\s+agreement|(?:services?\s+)?fee\s+agreement)\b|契約書|約款|標準条項|利用規約|取引基本契約|取引条件書|契約\s*条件書|主要条件書|契約[^\n]{0,4}?(?:の)?(?:主な|主要な?)条件|条件書（案）|条件書$|覚書|基本合意書|契約の(?:主な|主要な?)?条件|主な契約条件/imu;
const QUOTE = /お?見積(?:書|り|もり)|【?(?:価格|費用|見積)編(?!集)】?|\b(?:(?:fee|cost|price|pricing)\s+(?:proposal|annex|schedule|volume)|quotation|quote\s*(?:no\.?|number|#|ref(?:erence)?)|price\s+quotation|cost\s+annex|commercial\s+(?:response|volume|proposal|submission|envelope)|financial\s+(?:proposal|submission|envelope)|(?:booking|order)\s+confirmation|confirmation\s+of\s+(?:booking|order)|pricing\s+schedule|pric(?:e|ing)\s+summary|pric(?:e|ing)\s+form|bill\s+of\s+quantities|\bBoQ\b|price\s+list|rate\s+card|order\s+form|schedule\s+of\s+rates|budget\s+breakdown|cost\s+breakdown|cost\s+estimate|itemi[sz]ed\s+(?:estimate|quote|quotation)|costed\s+options|(?:study|project|monitoring|programme|program|event|trial)\s+budget|change\s+order|variation\s+order|estimate\s+(?:no\.?|number|#))|^\s*quote\b|御?見積書|お見積書|見積番号|見積No|^\s*(?:(?:returnable\s+)?appendix|annex|attachment|(?:returnable\s+)?schedule|exhibit)\s+[A-Z0-9]{1,3}\s*[–—:.-]\s*(?:pric(?:e|es|ing|ed)|fees?|costs?|commercials?|rates?|budget)\b|^\s*(?:別紙|別添|様式)\s*[0-9０-９一二三四五]{0,2}[-－]?[0-9０-９]?\s*[　 ]*(?:お?見積|料金|価格|費用|報酬|経費内訳|積算内訳)|料金表(?!示)|価格表(?!示)|運賃表(?!示)|(?<!イン\s?|イン・)タリフ|(?:報酬|料金|単価|手数料)(?:基準|規程)?表|報酬規程|\b(?:fee|rate)\s+(?:schedule|scale|sheet)\b|\bschedule\s+of\s+fees\b|\bscale\s+of\s+fees\b|\btariff\b|(?:料金|費用|報酬|手数料)額?のご案内|価格内訳書|費用内訳書|積算内訳書|見積内訳|注文請書|変更見積|価格提案書|\bschedule\s+of\s+prices\b|\bprice\s+sheet\b|(?<![A-Za-zÀ-ÿ])ÄTA(?![A-Za-z])/imu;
const SOW = /\b(?:statement\s+of\s+work|SOW|scope\s+of\s+work|engagement\s+letter|letter\s+of\s+engagement|work\s+order|project\s+brief|change\s+request|schedule\s+of\s+services)\b|作業範囲記述書|作業範囲|作業内容記述|仕様書|(?:仕様|作業内容|業務内容)確認書|業務仕様|実施計画書|業務計画書/iu;
const RFP = /\b(?:tender\s+(?:reference|ref|response|submission)|invitation\s+to\s+tender|ITT|RFP|RFQ|RFI|RFT|request\s+for\s+(?:proposals?|quotations?|qualifications?|tenders?)|best\s+and\s+final\s+offer|response\s+to\s+(?:the\s+)?(?:tender|rfp|rfq|itt)|(?:responses?|repl(?:y|ies)|answers?)\s+to\s+(?:the\s+|your\s+)?clarification(?:\s+(?:questions?|requests?|queries|letter))?|clarification\s+(?:responses?|replies|answers)|statement\s+of\s+qualifications|qualifications\s+and\s+fee\s+proposal|tender\s+(?=[A-Z0-9/-]*[0-9])[A-Z0-9][A-Z0-9/-]{3,})\b|(?:御|ご)?質(?:問|疑)(?:事項|書)?(?:に対する|への)(?:ご|御)?(?:回答|補足)|質(?:問|疑)回答書|質疑応答書|入札|企画競争|公募型|募集要項|企画提案書（応募|提案募集|(?:公募型|簡易公募型|指名型|企画競争型?)プロポーザル|プロポーザル(?:方式|参加|提出)|^\s*技術提案書/imu;

/**
 * Titles that name an agreement without being one: a proposal or an offer for it, and a letter about it
 * ("Re: Renewal of DPO Services Agreement", 「保守契約の更新のご案内」).
 */
const NOT_AGREEMENT = /\bproposals?\b|\boffer\b|提案|^\s*re\s*:|\b(?:renewal|extension)\s+of\b|更新のご案内|更新のお知らせ|ご案内|お知らせ/imu;

/** A title about a quote rather than the quote: a follow-up on it, a letter on how it is being considered. */
const ABOUT_QUOTE = /お?見積(?:書|り|もり)?の(?:ご検討|状況|ご確認)|\bfollow[\s-]?up\b|^\s*re:\s/imu;

/**
 * 「〜のお見積りについて」: the subject line of a letter about a quote, or of the letter that is the quote. With a
 * table of prices in it, it is the quote (「令和9年度　植栽管理のお見積りについて」 over the price table).
 */
const QUOTE_SUBJECT = /お?見積(?:書|り|もり)?(?:[^\n]{0,16}(?:について|につきまして|に関して|に関するご連絡)|の(?:件|ご送付|送付)[^\n]{0,8})\s*$/imu;

/** The price volume of a tender, named in a heading under the title. */
const PRICE_VOLUME = /\b(?:price|pricing|cost|fee)\s+(?:schedule|volume|annex)|\b(?:price|pricing|cost|fee)\s+proposal\s*[(（]?\s*vol(?:ume)?\.?\s*(?:[0-9]+|[IVX]+)\b|\bconfirmation\s+of\s+(?:fees|prices|pricing)\b|\bcommercial\s+(?:response|volume|submission|envelope)\b|\bfinancial\s+(?:proposal|submission|envelope)\b|\b(?:fee|price|pricing|cost|commercial|financial)\s+(?:proposal|submission|offer)\s*[(（]\s*envelope\b|\bschedule\s+of\s+rates\b|\bpric(?:e|ing)\s+form\b|【?(?:価格|費用|見積)編(?!集)】?|御?見積書/iu;

/** Cover-page wording that says what the document is even below its title ("Tender reference:", "Quotation Q-26-1187"). */
const COVER: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/\b(?:quotation\s+(?:no\.?|number|#|ref|[A-Z]{1,4}-?\d|(?=[A-Z0-9/-]*\d)[A-Z]{1,5}(?:-[A-Z0-9]{1,6}){1,4}\b)|quote\s*(?:no\.?|number|#|ref)|quote\s+[A-Z]{1,4}-\d|cost\s+annex|commercial\s+(?:response|volume))|\bconfirmation\s+of\s+(?:fees|prices|pricing)\b|見積番号|見積No|御見積書|^\s*[*_]*(?:quote|quotation)\s+for\s|^\s*[*_]*(?:itemi[sz]ed\s+|cost\s+)?estimate[*_]*\s*$|^\s*[*_]*(?:change|variation)\s+order(?:\s+(?:no\.?|#)\s*[0-9]+)?[*_]*\s*$/imu, 'quote'],
  [/\b(?:statement\s+of\s+work|engagement\s+letter|letter\s+of\s+engagement)\b|作業範囲記述書/iu, 'sow'],
  [/\b(?:tender\s+(?:reference|ref)|invitation\s+to\s+tender|ITT\s+(?:ref|reference|section)|RFP\s+(?:no\.?|number|ref|reference|#)|RFQ\s+(?:no\.?|number|ref|reference|#)|best\s+and\s+final\s+offer|(?:post[\s-]?)?tender\s+clarification|clarification\s+request)\b|入札番号|公告番号|募集要項/iu, 'rfp-response'],
];

/**
 * The kind from the front matter; else from the title (front-matter `title`, the first
 * heading); else from cover wording in the lines before the first section; else a proposal.
 */
export function inferKind(frontMatter: Record<string, unknown> | undefined, title: string, cover: string, headings = '', pricedTable: () => boolean = () => false): DocumentKind {
  // A title spaced out letter by letter (「見　積　書」「御 見 積 書」) names the same document.
  title = title.replace(/(?<=[\u3040-\u30ff\u4e00-\u9fff])[ \t\u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff])/gu, '');
  // A reference in brackets names another document, not this one: "(replaces quotation Q26-0113)", 「（9月10日付ご提案書の補足）」.
  title = title.replace(/[(（]\s*(?:replaces|supersedes|further\s+to|following|ref(?:erence)?\.?|see|cf\.?|per)\b[^()（）\n]*[)）]|[(（][^()（）\n]*(?:[0-9０-９一二三四五六七八九十]日付け?(?:の|で)?|に代わる|の差し?替え?|の補足)[^()（）\n]*[)）]/giu, '');
  const declared = parseKind(frontMatter?.['kind']) ?? parseKind(frontMatter?.['document']) ?? parseKind(frontMatter?.['doc_type']) ?? parseKind(frontMatter?.['document_type']) ?? parseKind(frontMatter?.['type']);
  if (declared) return declared;
  // A front-matter line that names the document in words ("doc: NCC tender NCC/TR/2026/114 response").
  for (const key of ['doc', 'document', 'doc_type', 'document_type', 'type']) {
    const v = frontMatter?.[key];
    if (typeof v !== 'string' || v.length > 120) continue;
    if (RFP.test(v)) return 'rfp-response';
    if (QUOTE.test(v)) return 'quote';
    if (SOW.test(v)) return 'sow';
    if (CONTRACT.test(v) && !/\bproposals?\b|\boffer\b|提案/iu.test(v)) return 'contract';
  }
  if (CONTRACT.test(title) && !NOT_AGREEMENT.test(title)) return 'contract';
  // A letter about a quote (「お見積りのご検討状況について」, "Follow-up on our quote") is no quote itself.
  if (QUOTE.test(title) && !ABOUT_QUOTE.test(title) && (!QUOTE_SUBJECT.test(title) || pricedTable())) return 'quote';
  // "Renewal quote – welding consumables", "Re-test quote": a quote by name, unless it is also a proposal.
  if (/\bquot(?:e|ation)\b/iu.test(title) && !/\bproposals?\b|提案/iu.test(title)) return 'quote';
  if (SOW.test(title)) return 'sow';
  // The price volume of a tender titled by its RFP ("… RFP No. 7" / "Cost Proposal (Volume II)") is the quote.
  if (RFP.test(title)) return PRICE_VOLUME.test(headings) ? 'quote' : 'rfp-response';
  // A final or revised offer by name is the offer, whatever quote number its cover carries.
  if (/\b(?:final|revised|updated|new)\s+offer\b|最終(?:ご)?提案|最終のご提案/iu.test(title)) return 'proposal';
  // A cover line that opens "Final proposal from …" names the document, whatever quote number it also carries.
  if (/^\s*[*_]*(?:final\s+|revised\s+|updated\s+)?proposal\b/imu.test(cover)) return 'proposal';
  for (const [pattern, kind] of COVER) if (pattern.test(cover)) return kind;
  // A title that runs over a few headings ("# District" / "## RFP No. 14" / "### Revised proposal").
  if (CONTRACT.test(headings) && !NOT_AGREEMENT.test(headings)) return 'contract';
  // A tender's price volume names itself below the title ("Tender Response – Volume 2: Commercial Response and Price Schedule").
  if (PRICE_VOLUME.test(headings)) return 'quote';
  if (RFP.test(headings)) return 'rfp-response';
  return 'proposal';
}
