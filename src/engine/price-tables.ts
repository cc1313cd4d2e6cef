/**
 * Arithmetic in price tables (GFM tables with quantity / unit price / amount columns, or
 * an amount column with a total row), in English and Japanese:
 *   quantity × unit price = amount, per row;
 *   the line items add up to the subtotal / total row;
 *   a tax row matches its stated rate (消費税10%, VAT 20%) on the subtotal;
 *   the total after a tax row is the subtotal plus the tax.
 * Rounding within one unit of the currency is fine. It says nothing when a table cannot be
 * read as prices: a cell it cannot read (a range, "approx.", "TBC", two amounts), mixed
 * currencies, fewer than two line items, or a difference that an ordinary layout explains
 * (a monthly fee against an annual total, one row left out of the sum, a discount written
 * without its sign, a total including tax without a tax row).
 */
import type { Nodes, Table, TableCell, TableRow } from 'mdast';
import { findAmounts } from './amounts.js';
import type { ProposalModel } from './types.js';

export interface ArithmeticProblem {
  kind: 'row' | 'sum' | 'tax' | 'total' | 'share';
  /** Source offsets of the wrong figure. */
  start: number;
  end: number;
  /** The figure as written, and the computed one formatted like it. */
  stated: string;
  computed: string;
  /** The replacement of start..end, when it can be written in the same style. */
  replacement?: string;
  /** A share of the total ('share'): the row's percentage and the total, as written. */
  percent?: string;
  total?: string;
}

interface Money {
  value: number;
  currency: string;
  /** Source offsets of the figure (the number with its currency). */
  start: number;
  end: number;
  text: string;
  /** The unit of the last digit written: 1 for $48,000, 0.01 for $48,000.00, 10,000 for 120万円, 100,000 for $1.2M. */
  unit: number;
}

type Cell = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'money'; money: Money };

const QTY_HEADER = /^(?:qty|quantity|units?|no\.?\s+of\s+[a-z]+|hours|days|seats|users|licen[cs]es|people|participants|数量|人数|回数|台数|本数|件数|日数|時間数?|工数|人月|人日|数)$/iu;
/** A unit of quantity named in a header: the column counts it. */
const QTY_WORDS = /(?<![A-Za-z])(?:hrs|hours?|days|qty|units|visits|seats|users|people|FTEs?|headcount|pcs|pieces)(?![A-Za-z])|時間(?!外|単価)|人数|日数|回数|件数|工数|人月|人日|台数|本数/iu;
const UNIT_HEADER = /unit\s*(?:price|cost|rate|fee)|price\s*(?:per|\/)\s*unit|^rate$|^day\s+rate$|^hourly\s+rate$|^単価|単価$/iu;
const AMOUNT_HEADER = /amount|line\s+total|total|subtotal|price|cost|fee|value|charge|金額|小計|合計|価格|費用|料金|代金/iu;
const CURRENCY_HEADER = /(?<![A-Za-z])(USD|JPY|GBP|EUR|AUD|CAD|SGD)(?![A-Za-z])|(円)|([$¥￥£€])/u;

const TOTAL_LABEL = /^(?:grand\s+)?(?:sub-?\s?)?total(?![A-Za-z])|(?<![A-Za-z])(?:sub-?\s?)?total$|^sum$|合計|小計|総額|総計|^計$|(?:費|額|代|料|金)計$|(?:^|[\s　])[0-9０-９~〜～\-－]*\s?計$/iu;
const SUBTOTAL_LABEL = /sub-?\s?total|小計|費[\s　]?計$|(?:^|[\s　])[0-9０-９]+\s?[~〜～\-－]\s?[0-9０-９]+\s?計$|(?<![A-Za-z])(?:excl?\.?|excluding|before|pre-?)\s*(?:vat|tax|gst)|(?<![A-Za-z])net(?![A-Za-z])|税抜|税別|本体(?:価格|合計|計)/iu;
const GROSS_LABEL = /(?<![A-Za-z])(?:incl?\.?|including|with)\s*(?:[0-9０-９.]+\s?[%％]\s*)?(?:vat|tax|gst|hst|sales\s+tax)|(?<![A-Za-z])(?:incl\.?|including|inclusive\s+of)\s[^|\n]{0,80}?(?:,|\band)\s+(?:[0-9０-９.]+\s?[%％]\s*)?(?:vat|tax|gst|hst|sales\s+tax)(?![A-Za-z])|税込|(?<![A-Za-z])all[-\s]in(?![A-Za-z])/iu;
/** A label that says whether its figure includes tax. */
const TAX_TREATMENT = /税別|税抜|税込|(?<![A-Za-z])(?:excl?|incl?|ex)\.?\s*(?:vat|gst|tax)(?![A-Za-z])|(?:before|after|plus)\s+(?:vat|gst|tax)|excluding\s+(?:vat|gst|tax)|including\s+(?:vat|gst|tax)/iu;
const TAX_LABEL = /消費税|(?<![A-Za-z])(?:VAT|GST|HST|sales\s+tax|tax)(?![A-Za-z])/iu;
const PARTIAL_TAX = /(?<![A-Za-z])(?:on|items?|except|excluding|only|materials|goods)(?![A-Za-z])|対象|のみ|分/iu;
const DISCOUNT_LABEL = /discount|rebate|credit|値引|割引|減額|控除/iu;
/** The price after a discount or an adjustment, named as such. */
const ADJUSTED_LABEL = /工事価格|値引き?後(?:金額|小計|合計)|調整後(?:金額|合計)|御?見積金額|契約金額|請負金額|\b(?:net\s+(?:price|total)|price\s+after\s+discount|contract\s+(?:price|sum))\b/iu;
/** Rows that restate part of the figures (a taxable base, "of which", 「うち」, 「（内訳）」): not line items. 「（内訳は別表）」 is an item whose breakdown is elsewhere. */
const MEMO_LABEL = /taxable|of\s+which|課税対象|対象額|内訳(?![:：\s]*(?:明細|書|は?(?:別|下|次|後|以下|添付|参照)))|うち|内消費税|内税|[（(]内(?:税|消費税|訳(?![:：\s]*(?:明細|書|は?(?:別|下|次|後|以下|添付|参照))))/iu;
/** Work on a tax (「消費税申告」, "VAT return preparation", "Sales tax registration") is a line item, not the tax. */
const TAX_SERVICE = /申告|届出|還付申請|相談|対応|計算書?作成|\b(?:returns?|filings?|advice|advisory|compliance|preparation|registration|consult(?:ing|ation)|planning|review)\b/iu;
/** A tax saving is no tax charged. */
const TAX_BENEFIT = /benefit|saving|refund|rebate|depreciation|還付|控除|減税/iu;
/** Items outside the tax base: the tax cannot be checked against the subtotal. */
const EXEMPT_LABEL = /exempt|zero-rated|non-?taxable|out\s+of\s+scope|非課税|不課税|対象外|免税|立替|印紙/iu;
const OPTIONAL_LABEL = /optional|option(?![A-Za-z])|オプション|任意|参考|別途/iu;
/** The group a subtotal names (「追加分 小計」 → 追加, "Added subtotal" → Added), or undefined. */
function groupOf(label: string): string | undefined {
  const g = label.replace(/\s*(?:小計|sub-?\s?total|計)\s*$/iu, '').replace(/分$/u, '').trim();
  return g && g !== label.trim() && g.length <= 12 ? g : undefined;
}

/** A header that says its figures are approximate: "USD (approx.)", 「米ドル換算（参考）」. */
const APPROX_HEADER = /(?<![A-Za-z])(?:approx(?:imate(?:ly)?)?\.?|indicative)(?![A-Za-z])|≈|(?:[A-Z]{3}|米?ドル|ユーロ|人民元|ポンド|ウォン|外貨|円)\s?換算|[（(]参考[)）]|参考値/iu;
const RATE = /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s?[%％]/u;
/** A cell whose figure is not a plain price: approximate, conditional, waived, struck through. */
const NOT_PLAIN = /約|およそ|程度|以上|以下|未満|〜|～|~|±|\+|approx|about|around|up\s+to|from|min|max|avg|average|平均|quarter|四半期|半期|隔月|[0-9０-９]\s?(?:か|ヶ|ヵ|カ|ケ)月(?:ごと|毎)|tbc|tbd|waived|free|foc|f\.o\.c|over|above|order|included|complimentary|no\s+(?:extra\s+)?(?:charge|cost)|value|worth|無償|無料|込み|実費|別途|要相談|見込|想定|相当|サービス|特典|~~|[0-9０-９]\s?[%％]/iu;
/** A price per period: per month, /month, monthly, 月額, 年額, 毎月. */
const RECURRING = /(?<![A-Za-z])(?:per\s+(?:month|year|annum|week|quarter)|monthly|annual(?:ly)?|yearly|p\.?\s?m\.?|p\.?\s?a\.?)(?![A-Za-z])|\/\s?(?:month|mo|yr|year|week)\b|月額|年額|月々|毎月|\/月|／月|月あたり|年あたり/iu;
/** A total over a term: "Total over 36 months", "3-year total", "contract value", 「初年度合計」「年間合計」「×12か月」. */
const PERIOD_TOTAL = /(?<![A-Za-z])(?:over\s+(?:the\s+)?(?:[0-9]+|one|two|three|four|five)[-\s](?:months?|years?)|[0-9]+[-\s](?:month|year)\s+(?:total|cost|value)|(?:total\s+)?contract\s+value|TCV|lifetime|per\s+year|annual\s+total|first[-\s]year)(?![A-Za-z])|初年度|年間|[0-9０-９]+年(?:間|分)?(?:合計|総額)|[×x✕]\s?[0-9０-９]+\s?(?:か月|ヶ月|カ月|ヵ月|年)/iu;

const ZERO = /^(?:[-–—―ー−]|n\/a|included|incl\.?|無償|無料|込み|込|―|－|0)$/iu;
const NEGATIVE_BEFORE = /(?:[-−–]|△|▲|\()\s*$/u;

function offsets(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function ascii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[，]/g, ',').replace(/．/g, '.');
}

/** The cell's source without emphasis markers and escapes, with the offset of each character. */
function cellSource(text: string, cell: TableCell): { plain: string; map: number[] } {
  const [s, e] = offsets(cell);
  let plain = '';
  const map: number[] = [];
  for (let i = s; i < e; i++) {
    const c = text[i]!;
    if (c === '*' || c === '_' || c === '\\' || c === '|') continue;
    plain += c;
    map.push(i);
  }
  // Trim, keeping the map aligned.
  const lead = plain.length - plain.trimStart().length;
  const body = plain.trim();
  return { plain: body, map: map.slice(lead, lead + body.length) };
}

function readMoney(text: string, cell: TableCell | undefined, headerCurrency: string | null): Cell {
  if (!cell) return { kind: 'empty' };
  const { plain, map } = cellSource(text, cell);
  if (plain === '' || ZERO.test(plain)) return { kind: 'empty' };
  if (cell.children.some((c) => c.type === 'inlineCode' || c.type === 'delete')) return { kind: 'unreadable' };
  let amounts = findAmounts(plain);
  if (amounts.length === 0 && headerCurrency) {
    const bare = /^[-−–△▲(]?\s*([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*\)?$/u.exec(plain);
    if (bare) {
      const at = plain.indexOf(bare[1]!);
      amounts = [{ value: Number(ascii(bare[1]!).replace(/,/g, '')), currency: headerCurrency, start: at, end: at + bare[1]!.length, text: bare[1]! }];
    }
  }
  if (amounts.length !== 1) return { kind: 'unreadable' };
  const a = amounts[0]!;
  const rest = plain.slice(0, a.start) + ' ' + plain.slice(a.end);
  if (NOT_PLAIN.test(rest)) return { kind: 'unreadable' };
  // Other numbers in the cell (a count, a second figure) make it more than a price.
  if (/[0-9０-９]/u.test(rest.replace(/(?:per|\/)\s*\d+\s*[a-z]+/giu, ''))) return { kind: 'unreadable' };
  // "(395.00)" is a negative; "($395.00 / quarter)" is a figure with a note in brackets.
  const before = plain.slice(0, a.start);
  const negative = NEGATIVE_BEFORE.test(before) && (!/\(\s*$/u.test(before) || /^\s*\)/u.test(plain.slice(a.end)));
  const start = map[a.start]!;
  const end = map[a.end - 1]! + 1;
  return { kind: 'money', money: { value: negative ? -a.value : a.value, currency: a.currency, start, end, text: text.slice(start, end), unit: displayedUnit(a.text, a.value) } };
}

/** The unit of the last digit a figure shows (rounding within it is no error). */
function displayedUnit(written: string, value: number): number {
  const digits = /[0-9０-９][0-9０-９,，]*(?:[.．]([0-9０-９]+))?/u.exec(written);
  if (!digits) return 1;
  const shown = Number(ascii(digits[0]).replace(/,/g, ''));
  if (!shown || !value) return 1;
  const scale = Math.abs(value) / shown;
  const decimals = digits[1]?.length ?? 0;
  return Math.max(scale >= 2 ? scale * 10 ** -decimals : 10 ** -decimals, 0.01);
}

function readQuantity(text: string, cell: TableCell | undefined): number | null {
  if (!cell) return null;
  const plain = ascii(cellSource(text, cell).plain);
  if (/^(?:一式|1\s?式|lot|1\s+lot|lump\s+sum)$/iu.test(plain)) return 1;
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?)\s*([^\d%]*)$/u.exec(plain);
  if (!m || /[$¥￥£€円]/u.test(m[2]!)) return null;
  // 「210万ケース」「1.5万枚」「3千部」: a Japanese multiplier before the counted unit is part of the number.
  const multiplier = /^\s?(万|千|億)/u.exec(m[2]!)?.[1];
  return Number(m[1]!.replace(/,/g, '')) * (multiplier === '万' ? 10_000 : multiplier === '千' ? 1_000 : multiplier === '億' ? 100_000_000 : 1);
}

function cellText(text: string, cell: TableCell | undefined): string {
  return cell ? cellSource(text, cell).plain.replace(/\s+/g, ' ') : '';
}

/** How a figure is written, to write a computed one the same way. */
function format(stated: Money, value: number, column: Money[]): string | undefined {
  const written = stated.text;
  const digits = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/u.exec(written);
  if (!digits) return undefined;
  const full = /[０-９]/u.test(digits[0]);
  const abs = Math.abs(value);
  if (Math.sign(value) !== Math.sign(stated.value) && value !== 0) return undefined;
  const after = written.slice(digits.index + digits[0].length);
  let n: number;
  let decimals = /[.．]([0-9０-９]+)$/u.exec(digits[0])?.[1]!.length ?? 0;
  if (/^\s?億/u.test(after) || /億/u.test(written)) return undefined;
  if (/^\s?万/u.test(after)) {
    n = abs / 1e4;
    // 120万円 takes only a whole number of 万 (or the decimals already written).
    if (Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) > 1e-6) return undefined;
  } else if (/^\s?千/u.test(after)) {
    return undefined;
  } else {
    const scale = /^\s?(k|K|thousand|m|M|mn|MM|million|bn|B|billion)(?![A-Za-z])/u.exec(after)?.[1];
    const factor = !scale ? 1 : /^(?:k|K|thousand)$/.test(scale) ? 1e3 : /^(?:bn|B|billion)$/.test(scale) ? 1e9 : 1e6;
    n = abs / factor;
    if (Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) > 1e-6) {
      if (factor !== 1) return undefined;
    }
  }
  const groupsInColumn = column.some((m) => /[0-9０-９][,，][0-9０-９]{3}/u.test(m.text));
  const group = /[,，]/u.test(digits[0]) || (n >= 1000 && groupsInColumn);
  let out = n.toFixed(decimals);
  if (decimals === 0) out = String(Math.round(n));
  if (group) {
    const [int, frac] = out.split('.');
    out = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  if (full) out = out.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/,/g, '，').replace(/\./g, '．');
  decimals = 0;
  return written.slice(0, digits.index) + out + after;
}

const near = (a: number, b: number, tolerance = 1) => Math.abs(a - b) <= Math.max(1, tolerance) + 1e-9;

/** Sums of a list of alternative values per entry (stated / corrected), every combination up to a bound. */
function sums(entries: number[][]): number[] {
  let acc = [0];
  for (const e of entries) {
    const next = new Set<number>();
    for (const a of acc) for (const v of e) next.add(Math.round((a + v) * 100) / 100);
    acc = [...next].slice(0, 64);
  }
  return acc;
}

interface Item {
  /** Its row. */
  ri: number;
  values: number[];
  /** The figure the table should have (the corrected one when the row was wrong). */
  best: number;
  stated: number;
  optional: boolean;
  discount: boolean;
  /** The unit of its last digit (see displayedUnit). */
  unit: number;
  /** Set in bold: a table that sums only its bold rows (savings under the figures they come from). */
  bold?: boolean;
}

/** Rounding allowance: one unit of the currency, or half a shown unit per rounded figure ($1.2M, 120万円). */
function tolerance(units: number[]): number {
  return Math.max(1, 0.5 * units.filter((u) => u > 1).reduce((a, u) => a + u, 0));
}

/** Whether a sum that does not match is explained by an ordinary layout (see the file comment). */
function explained(statedTotal: number, items: Item[], tax = 0, tol = 1): boolean {
  const stated = statedTotal - tax;
  const near = (a: number, b: number) => Math.abs(a - b) <= tol + 1e-9;
  const plain = items.reduce((a, i) => a + i.stated, 0);
  if (plain !== 0) {
    const k = stated / plain;
    if (Math.abs(k - Math.round(k)) < 1e-6 && Math.round(k) >= 2 && Math.round(k) <= 60) return true;
    // Group rows that restate their items: everything counted twice.
    if (near(plain, 2 * stated)) return true;
  }
  // One positive row left out (an option, a recurring fee) or written without its minus sign.
  // A deduction left out is a mistake (a saving counted without its cost): not explained.
  for (const i of items) {
    if (i.stated <= 0) continue;
    if (near(stated, plain - i.stated)) return true;
    if (near(stated, plain - 2 * i.stated)) return true;
  }
  const withoutOptional = items.filter((i) => !i.optional).reduce((a, i) => a + i.stated, 0);
  return near(stated, withoutOptional);
}

function fmtPlain(m: Money, value: number, column: Money[]): string {
  return format(m, value, column) ?? String(Math.round(value * 100) / 100);
}

/** Arithmetic problems in every client-facing price table. */
export function checkPriceTables(model: ProposalModel): ArithmeticProblem[] {
  const out: ArithmeticProblem[] = [];
  const tables: Table[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') tables.push(node);
    else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      for (const c of node.children as Nodes[]) visit(c);
    }
  };
  visit(model.tree as Nodes);
  // The document's only currency, read once and only for a table that needs it (bare figures under a header with none).
  let doc: string | null | undefined;
  const docCurrency = () => (doc === undefined ? (doc = documentCurrency(model)) : doc);
  for (const table of tables) {
    const [ts] = offsets(table);
    if (model.isInternal(ts)) continue;
    let here: string | null | undefined;
    checkTable(model, table, out, () => (here === undefined ? (here = contextCurrency(model, ts) ?? docCurrency()) : here));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The currency the text just before a table names ("All prices EUR", 「（単位：円）」「7. 報酬（税別）」), or null. */
function contextCurrency(model: ProposalModel, tableStart: number): string | null {
  const section = model.sections.filter((s) => s.start <= tableStart).pop();
  const from = Math.max(section?.start ?? 0, tableStart - 300);
  const before = model.text.slice(from, tableStart);
  const code = CONTEXT_CODE.exec(before);
  if (code) return code[1] ? code[1].toUpperCase() : code[2] === '$' ? 'USD' : code[2] === '£' ? 'GBP' : code[2] === '€' ? 'EUR' : 'JPY';
  if (model.lang === 'ja' && CONTEXT_YEN.test(before)) return 'JPY';
  return null;
}
const CONTEXT_CODE = /(?<![A-Za-z])(USD|JPY|GBP|EUR|AUD|CAD|SGD|NZD|CHF|SEK|NOK|DKK)(?![A-Za-z])|([$¥￥£€])(?![0-9０-９])|単位\s*[:：]\s*円/u;
/** In a Japanese document, a price heading or lead-in that states tax treatment speaks of yen. */
const CONTEXT_YEN = /税別|税抜|税込|消費税|[（(]円[）)]|単位[:：]\s*円/u;

/** The one currency the client-facing amounts of the document use (at least three of them), or null. */
function documentCurrency(model: ProposalModel): string | null {
  const seen = new Map<string, number>();
  for (const b of model.blocks) {
    if (b.internal) continue;
    for (const a of findAmounts(b.text)) if (a.currency) seen.set(a.currency, (seen.get(a.currency) ?? 0) + 1);
  }
  if (seen.size !== 1) return null;
  const [[currency, n]] = [...seen];
  return n! >= 3 ? currency! : null;
}

/**
 * Checks one table. `fallback` is the currency of bare figures ("1,200,000") in a column whose
 * header names an amount but no currency ("金額", "Annual value"), from the text before the
 * table or the document's only currency.
 */
function checkTable(model: ProposalModel, table: Table, out: ArithmeticProblem[], fallback: () => string | null = () => null): void {
  const { text } = model;
  const [head, ...rows] = table.children as TableRow[];
  if (!head || rows.length < 2) return;
  const headers = head.children.map((c) => cellText(text, c).replace(/[（(][^）)]*[）)]/gu, '').trim());
  const rawHeaders = head.children.map((c) => cellText(text, c));
  const width = headers.length;
  const qtyCol = headers.findIndex((h) => QTY_HEADER.test(h));
  const unitCol = headers.findIndex((h) => UNIT_HEADER.test(h));
  const currencyOf = (i: number): string | null => {
    const m = CURRENCY_HEADER.exec(rawHeaders[i] ?? '');
    if (!m) return AMOUNT_HEADER.test(headers[i] ?? '') || UNIT_HEADER.test(headers[i] ?? '') ? fallback() : null;
    if (m[1]) return m[1].toUpperCase();
    if (m[2]) return 'JPY';
    return m[3] === '$' ? 'USD' : m[3] === '£' ? 'GBP' : m[3] === '€' ? 'EUR' : 'JPY';
  };
  const cells: Cell[][] = rows.map((r) => Array.from({ length: width }, (_, i) => readMoney(text, r.children[i], currencyOf(i))));
  const flagged = new Set<string>();
  const corrected = new Map<string, number>();

  // 1. quantity × unit price = amount.
  if (qtyCol !== -1 && unitCol !== -1) {
    const amountCol = headers.findIndex((h, i) => i > unitCol && AMOUNT_HEADER.test(h) && !UNIT_HEADER.test(h));
    // Quantities in more than one column (人数 × 日数 = 延べ人日, "Units × Visits"): which of them the unit
    // price multiplies is the writer's layout, not ours to guess, so the rows are not checked.
    const quantities = headers.filter((h, i) => i !== unitCol && i !== amountCol && (QTY_HEADER.test(h) || QTY_WORDS.test(h) || /延べ|のべ/u.test(h)));
    if (amountCol !== -1 && quantities.length === 1) {
      rows.forEach((r, ri) => {
        const label = r.children.map((c, i) => (i === amountCol || i === unitCol ? '' : cellText(text, c))).join(' ');
        if (TOTAL_LABEL.test(label.trim()) || DISCOUNT_LABEL.test(label) || RATE.test(label)) return;
        const q = readQuantity(text, r.children[qtyCol]);
        const u = cells[ri]![unitCol]!;
        const a = cells[ri]![amountCol]!;
        if (q === null || u.kind !== 'money' || a.kind !== 'money' || u.money.currency !== a.money.currency) return;
        if (u.money.value < 0 || a.money.value < 0) return;
        const computed = q * u.money.value;
        if (near(computed, a.money.value)) return;
        const k = a.money.value / computed;
        if (computed !== 0 && Math.abs(k - Math.round(k)) < 1e-6 && Math.round(k) >= 2 && Math.round(k) <= 60) return;
        const column = cells.map((row) => row[amountCol]!).filter((c): c is { kind: 'money'; money: Money } => c.kind === 'money').map((c) => c.money);
        const replacement = format(a.money, computed, column);
        out.push({ kind: 'row', start: a.money.start, end: a.money.end, stated: a.money.text, computed: replacement ?? fmtPlain(a.money, computed, column), replacement });
        flagged.add(`${ri}:${amountCol}`);
        corrected.set(`${ri}:${amountCol}`, computed);
      });
    }
  }

  // 1b. Shares of a total: a percentage column whose rows add up to 100% and a total under the amounts
  // ("Stage 4 | 25% | 59,840" under a total of 272,000). The row that is not its share is the slip, not the
  // total; only one such row, the others each their share, or nothing is said.
  const pctCol = headers.findIndex((h) => PERCENT_HEADER.test(h));
  if (pctCol !== -1) {
    for (let col = pctCol + 1; col < width; col++) {
      const totalRow = rows.findIndex((r, ri) => TOTAL_LABEL.test(rowLabel(text, r, ri, col, cells).replace(/[（(][^）)]*[）)]/gu, '').replace(/[:：*]/gu, '').trim()) && cells[ri]![col]!.kind === 'money');
      if (totalRow < 2) continue;
      const total = (cells[totalRow]![col] as { kind: 'money'; money: Money }).money;
      const items: Array<{ ri: number; pct: number; pctText: string; money: Money }> = [];
      let readable = true;
      for (let ri = 0; ri < totalRow; ri++) {
        const c = cells[ri]![col]!;
        if (c.kind === 'empty') continue;
        const pct = PERCENT_CELL.exec(cellText(text, rows[ri]!.children[pctCol]));
        if (c.kind !== 'money' || !pct || c.money.currency !== total.currency) { readable = false; break; }
        items.push({ ri, pct: Number(ascii(pct[1]!).replace(/,/g, '')), pctText: pct[0].trim(), money: c.money });
      }
      if (!readable || items.length < 3 || Math.abs(items.reduce((a, i) => a + i.pct, 0) - 100) > 0.01) continue;
      const share = (i: { pct: number }) => (total.value * i.pct) / 100;
      const tol = Math.max(1, total.value * 0.0005);
      const off = items.filter((i) => Math.abs(share(i) - i.money.value) > tol);
      if (off.length !== 1) continue;
      const wrong = off[0]!;
      const column = cells.map((row) => row[col]!).filter((c): c is { kind: 'money'; money: Money } => c.kind === 'money').map((c) => c.money);
      const computed = Math.round(share(wrong) * 100) / 100;
      const replacement = format(wrong.money, computed, column);
      out.push({ kind: 'share', start: wrong.money.start, end: wrong.money.end, stated: wrong.money.text, computed: replacement ?? fmtPlain(wrong.money, computed, column), replacement, percent: wrong.pctText, total: total.text });
      flagged.add(`${wrong.ri}:${col}`);
      corrected.set(`${wrong.ri}:${col}`, computed);
    }
  }

  // 2. Sums, tax and totals, column by column.
  // Totals after monthly lines are checked only when another column of the same row adds up plainly
  // (「初期費用 + 月額保守 = 合計」 in 案A shows the table adds; then 案B's total must too).
  const plainRows = new Set<number>();
  const pending: Array<{ row: number; report: () => void }> = [];
  for (let col = 0; col < width; col++) {
    if (col === qtyCol || col === unitCol) continue;
    // A column of quantities under a total's name ("Total hrs", 「合計時間」) counts hours, not money.
    if (QTY_WORDS.test(headers[col] ?? '') && !CURRENCY_HEADER.test(rawHeaders[col] ?? '')) continue;
    // A column of approximate figures ("USD (approx.)" beside the AED it converts) rounds each row on its own:
    // its sum is no check of its total.
    if (APPROX_HEADER.test(rawHeaders[col] ?? '')) continue;
    const headerOk = AMOUNT_HEADER.test(headers[col] ?? '') || currencyOf(col) !== null;
    const column = cells.map((row) => row[col]!).filter((c): c is { kind: 'money'; money: Money } => c.kind === 'money').map((c) => c.money);
    if (column.length < 3) continue;
    const currencies = new Set(column.map((m) => m.currency));
    if (currencies.size !== 1) continue;
    if (!headerOk && column.some((m) => m.currency === '')) continue;
    let items: Item[] = [];
    let allItems: Item[] = [];
    let subtotals: number[][] = [];
    let base: number[] | null = null;
    let taxes: number[][] = [];
    let taxRows = 0;
    let exempt = false;
    /** Totals already closed in this column (a grand total adds them up). */
    const closed: number[][] = [];
    let taxUnits: number[] = [];
    let baseUnit = 1;
    let broken = false;
    /** A recurring line (per month, 月額) since the last total: the total depends on a term the table does not show. */
    let recurring = false;
    const reset = () => {
      items = [];
      allItems = [];
      subtotals = [];
      base = null;
      taxes = [];
      taxRows = 0;
      exempt = false;
      taxUnits = [];
      baseUnit = 1;
      broken = false;
      recurring = false;
    };
    const report = (kind: ArithmeticProblem['kind'], m: Money, computed: number) => {
      // A slip (a line left out, a typo, an old figure) leaves a total near its sum; one a third or three times
      // its rows (annual totals over monthly rows, a count the table does not show) is another reading: say nothing.
      if ((kind === 'sum' || kind === 'total') && computed > 0 && (m.value / computed > 3 || computed / m.value > 3)) return;
      // Nothing above it to add (a comparison table's 「総額」 row under rows of other kinds): no reading to check it against.
      if ((kind === 'sum' || kind === 'total') && computed === 0 && m.value !== 0) return;
      const replacement = format(m, computed, column);
      out.push({ kind, start: m.start, end: m.end, stated: m.text, computed: replacement ?? fmtPlain(m, computed, column), replacement });
    };
    rows.forEach((r, ri) => {
      const cell = cells[ri]![col]!;
      const label = rowLabel(text, r, ri, col, cells);
      const bare = label.replace(/[（(][^）)]*[）)]/gu, '').replace(/[:：]/gu, '').trim();
      // "All-in per person, incl. 13% HST", 「合計（税込）」: the gross total, not the tax itself.
      // A figure that includes the tax is no tax row; "All-in per person, incl. 13% HST" is the gross total.
      const gross = GROSS_LABEL.test(label);
      // A bold figure on a row that states its tax treatment (「**年間想定金額（税別）**」, "**Annual fee (ex VAT)**") closes the rows above.
      const bold = ((r.children[col] as { children?: Array<{ type: string }> } | undefined)?.children ?? []).some((c) => c.type === 'strong');
      const isTotal = TOTAL_LABEL.test(bare) || (gross && /(?<![A-Za-z])all[-\s]in(?![A-Za-z])|grand|amount\s+due|支払総額|お支払い?(?:総額|金額|合計)/iu.test(label)) || (bold && TAX_TREATMENT.test(label));
      const isTax = !isTotal && !gross && TAX_LABEL.test(label) && !DISCOUNT_LABEL.test(label) && !TAX_BENEFIT.test(label) && !TAX_SERVICE.test(label) && cell.kind === 'money' && cell.money.value > 0;
      if (!isTotal && !isTax && MEMO_LABEL.test(label)) return;
      if (cell.kind === 'unreadable') {
        if (!isTotal && !isTax) broken = true;
        else if (isTotal) reset();
        return;
      }
      if (cell.kind === 'empty') return;
      const m = cell.money;
      // A bold row, or one labelled as the price after an adjustment (「工事価格」「値引後金額」「御見積金額」), that states the
      // running sum under a discount (「**工事価格** 22,000,000」 under 小計 and 出精値引き) closes the rows above, as a
      // subtotal does: it is no line item to add again.
      if (!isTotal && !isTax && (bold || ADJUSTED_LABEL.test(label)) && !broken && (subtotals.length > 0 || closed.length > 0 || items.length >= 2)) {
        const running = sums([...(subtotals.length ? subtotals : closed), items.length ? sums(items.map((i) => i.values)) : [0]]);
        if (running.some((c) => near(c, m.value, tolerance([m.unit, ...items.map((i) => i.unit)])))) {
          subtotals = [[m.value]];
          baseUnit = m.unit;
          base = [m.value];
          items = [];
          return;
        }
      }
      // A total over a term ("Total over 36 months", 「初年度合計（初期費用＋月額×12か月）」) or after monthly lines
      // multiplies by the term: not a column sum to check.
      if (isTotal && (recurring || PERIOD_TOTAL.test(label))) {
        if (!broken && !PERIOD_TOTAL.test(label) && (subtotals.length > 0 || allItems.length >= 2)) {
          const computed = lastCombination(subtotals, items, allItems, taxes);
          const parts = subtotals.length ? subtotals.length + items.length : allItems.length;
          if (parts >= 2 && near(computed, m.value, tolerance([m.unit, ...allItems.map((i) => i.unit)]))) plainRows.add(ri);
          else if (parts >= 2) pending.push({ row: ri, report: () => report('total', m, computed) });
        }
        if (SUBTOTAL_LABEL.test(label) && !GROSS_LABEL.test(label)) {
          subtotals.push([m.value]);
          baseUnit = m.unit;
          base = [m.value];
          items = [];
          return;
        }
        closed.push([m.value]);
        reset();
        broken = true;
        return;
      }
      if (isTotal && SUBTOTAL_LABEL.test(label) && !GROSS_LABEL.test(label)) {
        // A subtotal of the subtotals above ("**合計（税抜）**" under 媒体費 小計 and 制作費 小計; 「小計」 = 「1〜5 計」 + 諸経費 − 値引き): it replaces them.
        // The same after a closed total ("直接費 計" + 諸経費 − 端数調整 = 「合計（税別）」).
        const above = subtotals.length >= 1 ? subtotals : closed;
        if (!broken && above.length >= 1 && sums([...above, items.length ? sums(items.map((i) => i.values)) : [0]]).some((c) => near(c, m.value, tolerance([m.unit, ...items.map((i) => i.unit)])))) {
          subtotals = [[m.value]];
          baseUnit = m.unit;
          base = [m.value];
          items = [];
          return;
        }
        // Subtotal.
        if (!broken && items.length >= 2) {
          const candidates = sums(items.map((i) => i.values));
          const tol = tolerance([m.unit, ...items.map((i) => i.unit)]);
          if (!candidates.some((c) => near(c, m.value, tol)) && !explained(m.value, items, 0, tol)) {
            const computed = Math.round(items.reduce((a, i) => a + i.best, 0) * 100) / 100;
            // A subtotal a third of its rows or less (「追加分 小計」 under the existing scope and the added lines) adds
            // up some of them. When another column names the group on its rows (区分: 既存 / 追加), those rows are its
            // sum, and the rows above stay in the running total; when nothing says which rows, it is not read, nor
            // are the totals built on it.
            if (computed > 0 && computed / m.value > 3) {
              const group = groupOf(bare);
              const members = group ? items.filter((i) => rows[i.ri]!.children.some((c, ci) => ci !== col && cellText(text, c).replace(/[*_]/gu, '').trim().replace(/分$/u, '') === group)) : [];
              if (members.length >= 2) {
                const sum = Math.round(members.reduce((a, i) => a + i.best, 0) * 100) / 100;
                if (!near(sum, m.value, tolerance([m.unit, ...members.map((i) => i.unit)]))) {
                  report('sum', m, sum);
                  broken = true;
                }
                return;
              }
              subtotals.push([m.value]);
              items = [];
              broken = true;
              return;
            }
            report('sum', m, computed);
            subtotals.push([m.value, computed]);
            baseUnit = m.unit;
            base = [m.value, computed];
            items = [];
            return;
          }
        }
        subtotals.push([m.value]);
        baseUnit = m.unit;
        base = [m.value];
        items = [];
        return;
      }
      if (isTax) {
        taxRows++;
        const rate = RATE.exec(label);
        const b: number[] | null = base ? sums([base, ...items.map((i) => i.values)]) : items.length && !broken ? sums(items.map((i) => i.values)) : null;
        if (rate && b && taxRows === 1 && !exempt && !broken && !PARTIAL_TAX.test(label.replace(RATE, '').replace(TAX_LABEL, ''))) {
          const r = Number(ascii(rate[1]!)) / 100;
          // A base without one of the items (an expense or a tax-free line) is a reading too: then say nothing.
          const bases = [...b, ...(base ? [] : allItems.flatMap((i) => b.map((x) => x - i.stated)))];
          // The figure right above the tax row is its base too (a net total under two subtotals: "Evaluation price (net)").
          const above = cells[ri - 1]?.[col];
          if (above?.kind === 'money') bases.push(above.money.value);
          // A tax row that names its own taxable amount ("Tax: hardware | $9,000.00 | 8.25% | $742.50") is read on it.
          const ownBase = cells[ri]!.some((c, i) => i !== col && c.kind === 'money' && Math.abs(c.money.value * r - m.value) < tolerance([m.unit, c.money.unit]) + 1e-9);
          const ok = ownBase || bases.some((x) => Math.abs(x * r - m.value) < tolerance([m.unit, baseUnit]) + 1e-9);
          if (!ok) {
            const computed = m.currency === 'JPY' ? Math.floor(b[0]! * r) : Math.round(b[0]! * r * 100) / 100;
            report('tax', m, computed);
            taxes.push([m.value, computed]);
            taxUnits.push(m.unit);
            return;
          }
        }
        taxes.push([m.value]);
        taxUnits.push(m.unit);
        return;
      }
      if (isTotal) {
        if (!broken) {
          const candidates = new Set<number>();
          const withTax = (xs: number[]) => {
            for (const x of xs) for (const t of sums(taxes)) candidates.add(Math.round((x + t) * 100) / 100);
          };
          const current = items.length ? sums(items.map((i) => i.values)) : [0];
          if (subtotals.length) withTax(sums([...subtotals, current]));
          if (allItems.length) withTax(sums(allItems.map((i) => i.values)));
          // A grand total of the totals above (one-time and recurring), with what came since.
          if (closed.length) withTax(sums([...closed, ...(subtotals.length ? [...subtotals, current] : [allItems.length ? sums(allItems.map((i) => i.values)) : [0]])]));
          // The bold rows alone, when the table marks what it adds up.
          const bold = allItems.filter((i) => i.bold);
          if (bold.length >= 2 && bold.length < allItems.length) withTax(sums(bold.map((i) => i.values)));
          // A total far from anything its column holds (annual totals under a column of unit prices) is another reading: say nothing.
          const plain = allItems.reduce((a, i) => a + Math.abs(i.stated), 0);
          const unreadable = !subtotals.length && plain > 0 && (m.value / plain > 50 || plain / m.value > 50);
          const checkable = !unreadable && (subtotals.length > 0 || allItems.length >= 2) && !(GROSS_LABEL.test(label) && taxes.length === 0);
          const parts: Item[] = subtotals.length ? [...subtotals.map((s) => ({ ri: -1, values: s, best: s[s.length - 1]!, stated: s[0]!, optional: false, discount: false, unit: 1 })), ...items] : allItems;
          const tol = tolerance([m.unit, ...parts.map((i) => i.unit), ...taxUnits]);
          if (checkable && ![...candidates].some((c) => near(c, m.value, tol)) && !explained(m.value, parts, taxes.reduce((a, t) => a + t[0]!, 0), tol)) {
            report('total', m, lastCombination(subtotals, items, allItems, taxes));
          }
        }
        closed.push([m.value]);
        reset();
        return;
      }
      // A line item.
      const key = `${ri}:${col}`;
      const discount = DISCOUNT_LABEL.test(label);
      const value = discount && m.value > 0 ? -m.value : m.value;
      const values = corrected.has(key) ? [value, corrected.get(key)!] : [value];
      if (discount && m.value > 0) values.push(m.value);
      if (EXEMPT_LABEL.test(label)) exempt = true;
      if (RECURRING.test(label) || RECURRING.test(cellText(text, r.children[col]))) recurring = true;
      const item: Item = { ri, values, best: corrected.get(key) ?? value, stated: value, optional: OPTIONAL_LABEL.test(label), discount, unit: m.unit, bold };
      items.push(item);
      allItems.push(item);
    });
  }
  for (const p of pending) if (plainRows.has(p.row)) p.report();
}

/** A header naming a share of the total: "% of total fee", 「割合」「比率」. */
const PERCENT_HEADER = /^[%％]$|[%％]\s*(?:of|の)|\bper\s*cent\b|\bpercent(?:age)?\b|\bshare\b|割合|比率|構成比|配分/iu;
/** A cell that is a percentage: 25%, 12.5 %, ２５％. */
const PERCENT_CELL = /^\s*[*_]*\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]+)?)\s?[%％]\s*[*_]*\s*$/u;

/** A row's words outside the given column and its money cells. */
function rowLabel(text: string, r: TableRow, ri: number, col: number, cells: Cell[][]): string {
  return r.children.map((c, i) => (i === col || cells[ri]![i]!.kind === 'money' ? '' : cellText(text, c))).join(' ').trim();
}

/** The computed total: the corrected figures throughout. */
function lastCombination(subtotals: number[][], items: Item[], allItems: Item[], taxes: number[][]): number {
  const last = (xs: number[]) => xs[xs.length - 1]!;
  const tax = taxes.reduce((a, t) => a + last(t), 0);
  const body = subtotals.length ? subtotals.reduce((a, s) => a + last(s), 0) + items.reduce((a, i) => a + i.best, 0) : allItems.reduce((a, i) => a + i.best, 0);
  return Math.round((body + tax) * 100) / 100;
}
