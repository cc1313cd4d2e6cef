/**
 * The dates of an offer: the document's own date, how long the offer is valid, when the
 * client decides and when the work or the term starts. Read for the offer-validity rule:
 *   a quote with no validity period;
 *   a validity, start or decision date before the document date (or, given today, passed);
 *   a start before the decision it depends on.
 * Only what reads with certainty counts: a date with its year (a yearless one only for the
 * order of a schedule, its year taken from the document date), on a line that says what the
 * date is; a line about the past ("current term", "signed", 実施済) is history, not the offer.
 */
import { frontMatterText } from './frontmatter.js';
import { findDates, parseIsoDay, withYear, type DateRange } from './dates.js';
import { factLines, lineRange, type FactLine } from './fact-lines.js';
import type { ProposalModel } from './types.js';

export interface DocumentDate {
  day: number;
  /** Where it was read: the front matter key, or the cover line's source offsets. */
  from: 'front-matter' | 'cover';
  text: string;
}

export type DateRole = 'validity' | 'start' | 'decision';

export interface OfferDate {
  role: DateRole;
  date: DateRange;
  /** Source offsets of the date as written. */
  start: number;
  end: number;
  line: FactLine;
}

const FM_KEYS = ['date', 'dated', 'issued', 'issue_date', 'issue-date', 'quote_date', 'created', '作成日', '発行日', '見積日', '提出日', '提案日', '日付'];
const COVER_LABEL = /^(?:date|dated|issued|issue\s+date|date\s+of\s+issue|quote\s+date|quotation\s+date|proposal\s+date|submitted|submission\s+date|作成日|発行日|見積日|見積り日|提出日|提案日|日付)(?![A-Za-z])\s*[:：|]?\s*/iu;

/** The document date: front matter `date:` (and its kin), else a dated line on the cover. */
export function documentDate(model: ProposalModel): DocumentDate | undefined {
  const data = model.frontMatter?.data ?? {};
  for (const key of FM_KEYS) {
    const v = data[key];
    if (v instanceof Date && !Number.isNaN(v.getTime())) return { day: Math.floor(v.getTime() / 86_400_000), from: 'front-matter', text: v.toISOString().slice(0, 10) };
    const text = frontMatterText(v);
    if (!text) continue;
    const iso = parseIsoDay(text);
    if (iso !== undefined) return { day: iso, from: 'front-matter', text };
    const [d] = findDates(text);
    if (d && !d.yearless && d.precision === 'day' && d.text.length >= text.length - 2) return { day: d.first, from: 'front-matter', text: d.text };
  }
  // The cover: the lines before the second heading, or the first 40 lines.
  // The cover runs to the second heading; a labelled date ("Date:", 発行日) may stand a little further, in the first 40 lines.
  const headings = model.sections.filter((s) => s.heading);
  const coverEnd = headings[1]?.start ?? model.text.length;
  const labelEnd = Math.max(coverEnd, model.toOffset(41, 1));
  for (const line of factLines(model)) {
    if (line.start >= labelEnd) break;
    // A table row reads as "label: value" (| 発行日 | 2026年12月1日 |); a cover line of several
    // parts is read part by part ("Prepared for: … · Prepared by: … · Date: 15 March 2027").
    const text = line.kind === 'row' ? line.text.replace(/\s\|\s/gu, '： ') : line.text;
    for (const part of text.replace(/[*_]/g, '').split(line.kind === 'row' ? /$^/u : /\s[·•・|｜]\s|\s{2,}|　・　/u)) {
      const found = coverDate(part.trim(), line.start < coverEnd && line.kind !== 'row');
      if (found) return found;
    }
  }
  return undefined;
}

function coverDate(t: string, standaloneOk: boolean): DocumentDate | undefined {
  {
    const labelled = COVER_LABEL.exec(t);
    const rest = labelled ? t.slice(labelled[0].length) : t;
    const dates = findDates(rest);
    const d = dates[0];
    if (!d || d.yearless || d.precision !== 'day' || dates.length > 1) return undefined;
    // A line that is the date (a letter's date line), or a date label with the date.
    const around = (rest.slice(0, d.start) + rest.slice(d.end)).replace(/[|｜\s　（）()【】\[\]月火水木金土日曜,，.、]/gu, '');
    if (labelled || (standaloneOk && (around.length === 0 || (/^【[^】]*】/u.test(t) && around.length <= 12)))) return { day: d.first, from: 'cover', text: d.text };
  }
  return undefined;
}

const VALIDITY = /\bvalid(?:ity)?\b|\bexpir(?:y|es|ation)\b|\bgood\s+(?:until|through|till|til)\b|\b(?:firm|held|honou?red)\s+(?:until|through|till)\b|\boffer\s+(?:ends|closes)\b|有効期限|有効期間|見積有効|まで有効/iu;
/** A validity counted from another date ("30 days from the quote date", 見積日より1か月): that date is no expiry. */
const COUNTED = /\bfrom\b|\bafter\b|\bof\s+(?:the\s+)?(?:quote|issue)|より|から|起算|以降/iu;
const UNTIL_BEFORE = /(?:until|through|till|to|by|expires?(?:\s+on)?|expiry(?:\s+date)?|valid\s+until|[:：|])\s*$/iu;
const UNTIL_AFTER = /^\s*(?:まで|迄)/u;
/** A bare month and a dash right before a date: the date ends a period ("January–June 2027", 「1月〜6月」). */
const MONTH_THEN_DASH = /(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|[0-9０-９]{1,2}月)\s*[-–—~〜～]\s*$/iu;

/** The client's decision on the offer (not on one detail of the work: 変換ルールのご決定). */
const DECISION = /\bdecisions?\b|\bdecide\b|\bsign(?:ature)?\b(?![-\s]off)|\bcontract\s+award\b|\bawarded?\b|\bpurchase\s+order\b|決裁|稟議|ご発注|発注|ご契約|契約締結|ご内示|内示|ご採択|採択|(?:本提案|ご提案|導入|ご契約).{0,12}ご(?:決定|判断|承認)|ご(?:決定|判断|承認).{0,12}(?:本提案|ご提案|導入)/iu;
const START = /\bstart(?:s|ing)?\b|\bkick[-\s]?off\b|\bcommence(?:ment|s)?\b|\bgo[-\s]?live\b|\bbegin(?:s|ning)?\b|開始|着手|キックオフ|稼働|導入開始|掲載開始|運用開始|サービス開始/iu;
const TERM = /\bterm\b|\bagreement\b|\bcontract\b|\bsubscription\b|\b(?:proposal|offer|quote|quotation)\s+covers\b|契約期間|契約|本提案の対象期間|ご提案期間/iu;
const RANGE_JOIN = /^\s*(?:to|through|until|–|—|-|〜|～|~|から|より)\s*/u;
/** A line about what has been or what is now, not about the offer. */
const PAST = /\b(?:current|existing|previous|prior|last|expiring)\s+(?:[a-z-]+\s+)?(?:term|contract|agreement|period|rates?|plan|subscription|licen[cs]es?|year|cycle|schedule)\b|\b(?:currently|since|was|were|held|completed|done|signed\s+on|dated|issued|began|started|took\s+place|received|thank|visit(?:ed)?|met|meeting|discovery\s+call|report|audit|if|unless|whether|compared\s+(?:with|to))\b|\b(?:TBC|TBD)\s*:|時点|現在|as\s+of|[0-9０-９]\s*日\s*付け?の?\s*(?:貴社|ご)?(?:発注書|注文書|契約書|覚書|見積書|書面|ご依頼|依頼書)|済|実施済|完了|前回|昨年|前年|現行|(?:ご)?契約時(?:と|に)比べ|(?:ご)?契約時の(?:単価|料金|条件|価格)|(?:と|に)比べ|と比較し|現在の|これまで|以来|いただき|ありがとう|お打ち合わせ|打合せ|お伺い|伺った|ご訪問|ご相談|実績/iu;

/** The validity, start and decision dates of the offer, in document order. */
export function offerDates(model: ProposalModel, context: number | undefined): OfferDate[] {
  const out: OfferDate[] = [];
  for (const line of factLines(model)) {
    if (line.kind === 'heading' || !/[0-9０-９]/u.test(line.text)) continue;
    const dates = findDates(line.text);
    if (!dates.length) continue;
    const text = line.text;
    const count = dates.length;
    const past = PAST.test(text);
    // The first date of a range ("2027-01-01 to 2029-12-31") is the start of a term.
    dates.forEach((d, i) => {
      const next = dates[i + 1];
      const prev = dates[i - 1];
      const opensRange = next !== undefined && RANGE_JOIN.test(text.slice(d.end, next.start)) && text.slice(d.end, next.start).trim().length <= 5;
      // A month alone before the dash closes a range too: "January–June 2027", 「1月〜6月」.
      const closesRange = (prev !== undefined && RANGE_JOIN.test(text.slice(prev.end, d.start)) && text.slice(prev.end, d.start).trim().length <= 5)
        || MONTH_THEN_DASH.test(text.slice(Math.max(0, d.start - 16), d.start));
      const placed = d.yearless ? withYear(d, context) : d;
      if (!placed) return;
      const { start, end } = lineRange(line, d.start, d.end);
      const role = roleOf(line, d, count, opensRange, closesRange, past);
      if (role) out.push({ role, date: placed, start, end, line });
    });
  }
  return out;
}

/** What the date belongs to must be the offer: its prices, its terms, the work it proposes. */
const OFFER_SUBJECT = /\b(?:offer|proposal|quote|quotation|estimate|price|prices|pricing|rates?|fees?|terms?)\b|見積|提案|価格|金額|料金|単価|本書|条件/iu;
/** A labelled validity line or row: "Validity: …", "有効期限：…", "| 有効期限 | … |". */
const VALIDITY_LABEL = /^\s*(?:(?:validity|expiry(?:\s+date)?|expires|(?:お?見積)?有効期間)\s*[:：|]|(?:offer\s+|quote\s+|prices?\s+)?valid\s+(?:until|through|to)\b|(?:お?見積)?有効期限)/iu;
/** Validity of something else: a certificate, a warranty, an insurance, a licence, an NDA. */
const OTHER_VALIDITY = /\bcertifi(?:cate|cation|ed)\b|\bwarrant(?:y|ies)\b|\bguarantee\b|\binsurance\b|\blicen[cs]es?\b|\bNDA\b|\bnon-disclosure\b|\bpassport\b|\bvisa\b|\bcoupon\b|\bvoucher\b|認証|認定|保証|保険|ライセンス|資格|許可|免許|クーポン/iu;
/** The work or the contract the offer is about (a fiscal year or a law starting is not). */
const WORK = /\b(?:kick[-\s]?off|go[-\s]?live|commence(?:ment|s)?|project|work|programme|program|service|services|contract|agreement|engagement|subscription|term|onboarding|implementation|discovery|workshops?|training|delivery|deployment|rollout|migration|support|maintenance|installation)\b|着手|キックオフ|契約|サービス|運用|導入|作業|掲載|稼働|プロジェクト|研修|保守|工事|納品|移行|支援|業務/iu;
const NOT_WORK = /\bfiscal\b|\bfinancial\s+year\b|\bFY\s?[0-9]|\bregulation\b|\blaw\b|\bact\b|\bdirective\b|\bschool\s+year\b|\b(?:new\s+)?rules\b|年度が|決算|法律|法令|制度|施行|改正|(?:明示|法定|新|改正後の)ルール|ルール(?:改正|変更)|義務化|省令|告示|通達/iu;
/** Where a decision date is the client's decision on this offer: next steps, terms, a schedule row, or it says so. */
const DECISION_SUBJECT = /\b(?:proposal|contract|agreement|order|PO|signature|sign|purchase|award|go\/no-go)\b|契約|発注|稟議|決裁|本提案|ご提案|内示|採択/iu;

function roleOf(line: FactLine, d: DateRange, count: number, opensRange: boolean, closesRange: boolean, past: boolean): DateRole | undefined {
  const text = line.text;
  if (VALIDITY.test(text)) {
    if (count !== 1 || opensRange || OTHER_VALIDITY.test(text)) return undefined;
    const labelled = VALIDITY_LABEL.test(text.replace(/[*_]/g, ''));
    if (!labelled && !OFFER_SUBJECT.test(text)) return undefined;
    const until = UNTIL_BEFORE.test(text.slice(0, d.start).replace(/[*_]/g, '')) || UNTIL_AFTER.test(text.slice(d.end));
    if (COUNTED.test(text) && !until) return undefined;
    return until || labelled || /有効期限|\bvalid\s+until\b|\bexpir/iu.test(text) ? 'validity' : undefined;
  }
  if (past || closesRange || NOT_WORK.test(text)) return undefined;
  if (opensRange && TERM.test(text)) return 'start';
  const decision = DECISION.test(text);
  const start = START.test(text) && WORK.test(text);
  // One role per line: a line that names both ("sign by 1 Dec, start on 8 Dec") is read by neither.
  if (decision === start || count !== 1) return undefined;
  if (decision) return line.kind === 'row' || ['next-steps', 'agreement', 'pricing'].includes(line.section.role) || DECISION_SUBJECT.test(text) ? 'decision' : undefined;
  return 'start';
}

/**
 * Whether a validity period is expected: a quote, unless it is declared only by its title
 * and the title says proposal too (「再お見積り・ご提案」 is a proposal with a price).
 */
export function needsValidity(model: ProposalModel): boolean {
  if (model.kind !== 'quote') return false;
  const fm = model.frontMatter?.data ?? {};
  if (['kind', 'document', 'doc_type'].some((k) => typeof fm[k] === 'string')) return true;
  // A quote, a cost annex or a price schedule says how long its prices hold, unless its title calls it a proposal too.
  const title = `${frontMatterText(fm['title'])}\n${model.sections.find((s) => s.heading && !s.internal)?.title ?? ''}`;
  // A booking or order confirmation (注文請書, 予約確認書) confirms an accepted order, and a cover letter (送付状, 添え状)
  // sends the quote that carries the terms, and a variation or change order amends a signed contract: none has an offer of its own to expire.
  if (CONFIRMATION.test(title)) return false;
  // A schedule that names its edition (「報酬基準表（令和8年10月版）」, "Fee schedule, 2027 edition") holds until the next one.
  if (EDITION.test(title)) return false;
  // A letter that sends the quote as an enclosure (「■ 送付書類」, "please find enclosed our revised quotation").
  if (factLines(model).slice(0, 40).some((l) => ENCLOSURE.test(l.text))) return false;
  // The variation named on the cover when the first heading is the letterhead ("# WEBB ROOFING, LLC" / "## CHANGE ORDER #1").
  const named = `${title}\n${model.sections.filter((s) => s.heading && !s.internal).slice(1, 2).map((s) => s.title).join('')}\n${factLines(model).slice(0, 8).filter((l) => l.text.length <= 60).map((l) => l.text).join('\n')}`;
  if (VARIATION.test(named) && !/\bquot(?:e|ation)\b|見積/iu.test(title)) return false;
  // The breakdown of a tender's bid (「入札書記載金額の内訳」): the tender's own rules say how long the bid holds.
  if (factLines(model).slice(0, 20).some((l) => TENDER_BREAKDOWN.test(l.text))) return false;
  // (A proposal's price volume, 「提案書【価格編】」 or "Commercial Proposal", is the quote itself.)
  return !/提案|\bproposal\b/iu.test(title) || /価格編|費用編|見積編|\b(?:commercial|cost|price|pricing|fee)\s+(?:proposal|volume|annex|schedule)\b/iu.test(title);
}

/** The edition a standing schedule names in its title: 「（令和8年10月版）」「2027年版」, "(2027 edition)", "effective 1 January 2027". */
const EDITION = /(?:令和|平成)?[0-9０-９元]{1,4}年(?:度)?(?:[0-9０-９]{1,2}月)?(?:改定|改訂)?版|[0-9０-９]{4}[./-][0-9０-９]{1,2}版|\b(?:19|20)[0-9]{2}\s+edition\b|\bedition\s+(?:of\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)[0-9]{2}\b|\beffective\s+(?:from\s+|as\s+of\s+)?(?:[0-9]{1,2}\s+)?[A-Z][a-z]+\s+(?:[0-9]{1,2},?\s+)?(?:19|20)[0-9]{2}\b/u;

/** Wording of a cover letter that sends the quote with it. */
const ENCLOSURE = /送付書類|(?:同封|別添|添付)の(?:御|お|ご)?見積|見積書?を(?:同封|添付)|\bplease\s+find\s+(?:enclosed|attached)\b|\b(?:enclosed|attached)\s+(?:is|are)\s+(?:our|the)\s+(?:revised\s+|updated\s+)?quot/iu;
/** A variation or change order: it amends a signed contract, unless it is itself a quotation ("Variation quotation"). */
const VARIATION = /\bvariation(?:\s+order)?\b|\bchange\s+order\b|(?<![A-Za-zÀ-ÿ])ÄTA(?![A-Za-z])|変更契約/iu;
/** A tender bid's price breakdown. */
const TENDER_BREAKDOWN = /入札(?:書記載|書の)?金額の内訳|入札書の内訳|\bbreakdown\s+of\s+(?:the|our)\s+(?:tender|bid)\s+(?:sum|price)\b/iu;
const CONFIRMATION = /\b(?:booking|order)\s+confirmation\b|\bconfirmation\s+of\s+(?:booking|order)\b|注文請け?書|御?請書|受注確認書|(?:ご)?予約(?:内容の)?確認書?|ご?注文(?:の)?確認書?|お?申し?込み?確認書|\bcover(?:ing)?\s+letter\b|送付状|添え状|送付書|見積(?:書)?(?:の|を)?(?:ご送付|送付)/iu;

/** A pilot or a phase starts before the decision on the rest: that order is the plan, not a slip. */
export const STAGED = /\bpilot\b|\btrial\b|\bPoC\b|\bproof\s+of\s+concept\b|\bphase\b|\bwave\b|\bstage\b|\bextension\b|\boption(?:al)?\b|\brenewal\b|\bfull\s+(?:rollout|programme|program)\b|トライアル|試行|パイロット|フェーズ|第[0-9０-９一二三四]期|先行|無償/iu;

/** Whether the client-facing text states how long the offer holds (a date or a period). */
export function statesValidity(model: ProposalModel): boolean {
  // A date the order must come by ("order by 8 December", 「12月8日までにご発注のご判断を」) bounds the offer too.
  return factLines(model).some((l) => VALIDITY_ANY.test(l.text) || (ORDER_BY.test(l.text) && findDates(l.text).length > 0));
}

/** An order or acceptance due by a date. */
const ORDER_BY = /\b(?:order|accept|confirm|book|sign)(?:ed)?\s+(?:by|before|no\s+later\s+than)\b|\bhear\s+(?:back\s+)?(?:from\s+you\s+)?(?:by|before)\b[^.\n]{0,60}\bto\s+hold\b|(?:枠|日程|工期|スロット|スケジュール)を(?:仮)?(?:確保|押さえ|予約|お取り置き)[^。\n]{0,30}までに|までに[^。\n]{0,30}(?:枠|日程|工期|スロット|スケジュール)を(?:仮)?(?:確保|押さえ|予約|お取り置き)|\b(?:orders?|acceptance|confirmation|bookings?)\s+(?:by|before|no\s+later\s+than)\b|まで[*_\s]*に?[、,]?\s*(?:ご|お)?(?:発注|注文|申し?込み|判断|決定|回答|返答|契約|用命|依頼|内示|承認|成約)(?!(?:を)?(?:いたします|致します|します|差し上げ))/iu;

const VALIDITY_ANY = /\bvalid(?:ity)?\b|\bexpir(?:y|es|ation|e)\b|\bgood\s+(?:until|through|till|til|for)\b|\b(?:firm|held|fixed|honou?red)\s+(?:until|through|till|for)\b|\bprices?\s+(?:hold|stand)\b|\boffer\s+(?:ends|closes|stands)\b|\bopen\s+for\s+acceptance\b|\b(?:rates?|prices?|fees?|tariff)\s+(?:apply|applies|applicable)\s+(?:from|until|to|for|between)\b|\bapplicable\s+(?:from|until)\b|有効期限|有効期間|有効|期限|(?:料金|価格|単価|運賃|報酬|本(?:料金表|見積|価格|単価))[^。\n]{0,8}?適用期間|(?:^|\n)[\s*_#>|-]*(?:【(?:料金)?適用期間】|(?:料金)?適用期間[*_\s]*[:：])|[0-9０-９]{1,2}日(?:から|より)[^。\n]{0,20}?適用(?:いた|しま|と(?:いた|し|な)|\s*$|\s*\n|[）)])|適用開始日/iu;
