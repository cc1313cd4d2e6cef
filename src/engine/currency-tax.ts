/**
 * Currency and tax in the client-facing text, for the currency-and-tax rule:
 *   amounts in more than one currency with no word on the exchange (rate, conversion, 為替);
 *   yen amounts for the offer that never say whether they include consumption tax
 *   (税込 / 税別 / 税抜 / 消費税, or that none applies: 非課税, 免税);
 *   one figure marked once as including tax and once as excluding it.
 * It reads the amounts the price tables read (amounts.ts); an amount it cannot place
 * (a bare number, a figure in a code span) is not counted.
 */
import { findAmounts, sameAmount, type Amount } from './amounts.js';
import { factLines, lineRange, type FactLine } from './fact-lines.js';
import type { ProposalModel } from './types.js';

export interface LocatedAmount extends Amount {
  /** Source offsets. */
  source: { start: number; end: number };
  line: FactLine;
  /** 'incl' or 'excl' when a tax mark stands right by the figure. */
  tax?: 'incl' | 'excl';
}

export interface CurrencyTaxProblem {
  kind: 'currencies' | 'noTax' | 'taxContradiction';
  start: number;
  end: number;
  data: Record<string, string>;
}

// A word a new alternative of EXCHANGE or TAX_STATEMENT needs goes into EXCHANGE_WORDS / TAX_WORDS below too (test/engine.test.ts checks).
export const EXCHANGE = /\bexchange\b|\bFX\b|\bconver(?:sion|ted|ts)\b|\brate\s+of\s+(?:USD|JPY|GBP|EUR|[$¥£€])|\b(?:USD|JPY|GBP|EUR|CAD|AUD|SGD)\s*\/\s*(?:USD|JPY|GBP|EUR|CAD|AUD|SGD)\b|\bequivalent\b|\b(?:USD|JPY|GBP|EUR|CAD|AUD|SGD)\s+(?:at|@)\s+[0-9]+(?:[.,][0-9]+)?\b|\b(?:USD|JPY|GBP|EUR|CAD|AUD|SGD)\s?1\s?=\s?(?:USD|JPY|GBP|EUR|CAD|AUD|SGD|[$¥£€])?\s?[0-9]|\bat\s+(?:the\s+)?(?:spot|TTM|TTS|mid-market)\b|為替|換算|レート|相当額/iu;
export const TAX_STATEMENT = /税込|税別|税抜|消費税|内税|外税|非課税|免税|不課税|課税|\btax(?:es)?\b|\bVAT\b|\bGST\b/iu;
/**
 * Words every match of EXCHANGE and of TAX_STATEMENT contains (case-insensitive the same way): a line
 * without one is not searched with the full pattern, whose word boundaries make it several times slower.
 */
export const EXCHANGE_WORDS = /exchange|fx|conver|rate|usd|jpy|gbp|eur|cad|aud|sgd|equivalent|spot|ttm|tts|mid-market|為替|換算|レート|相当額/iu;
export const TAX_WORDS = /税|tax|vat|gst/iu;
const PRICE_WORDS = /料金|費用|価格|金額|お?見積|月額|年額|初期|単価|合計|小計|総額|お支払|ご請求|\bprice|\bfee|\bcost|\btotal|\binvestment/iu;
const INCL_AFTER = /^\s*[（(【]?\s*(?:税込み?|消費税込み?|内税|tax\s+incl(?:uded|\.)?|incl(?:uding|\.)?\s+(?:VAT|tax|GST))/iu;
const EXCL_AFTER = /^\s*(?:[（(【]?\s*(?:税別|税抜き?|消費税別途?|外税|別途消費税|tax\s+excl(?:uded|\.)?|excl(?:uding|\.)?\s+(?:VAT|tax|GST)|ex\.?\s+VAT|plus\s+(?:VAT|tax|GST))|[+＋]\s*(?:税|消費税|VAT|tax|GST))/iu;
const INCL_BEFORE = /(?:税込み?|消費税込み?|tax\s+incl(?:uded|\.)?|incl(?:uding|\.)?\s+(?:VAT|tax|GST))\s*[:：]?\s*$/iu;
const EXCL_BEFORE = /(?:税別|税抜き?|tax\s+excl(?:uded|\.)?|excl(?:uding|\.)?\s+(?:VAT|tax|GST))\s*[:：]?\s*$/iu;

/** Every amount with a currency in client-facing text, with the tax mark beside it. */
export function locatedAmounts(model: ProposalModel): LocatedAmount[] {
  const out: LocatedAmount[] = [];
  for (const line of factLines(model)) {
    for (const a of findAmounts(line.text)) {
      if (!a.currency) continue;
      const after = line.text.slice(a.end, a.end + 16);
      const before = line.text.slice(Math.max(0, a.start - 12), a.start);
      const tax = INCL_AFTER.test(after) || INCL_BEFORE.test(before) ? 'incl' : EXCL_AFTER.test(after) || EXCL_BEFORE.test(before) ? 'excl' : undefined;
      out.push({ ...a, source: lineRange(line, a.start, a.end), line, ...(tax ? { tax } : {}) });
    }
  }
  return out;
}

/** An amount the offer charges: in a pricing section, a table row, or a line with price words. */
function isPrice(a: LocatedAmount): boolean {
  const role = a.line.section.role;
  if (role === 'pricing') return true;
  // The client's situation and the proof of past work quote amounts as context ("cost them €2M").
  if (role === 'client-position' || role === 'credibility') return false;
  return a.line.kind === 'row' || PRICE_WORDS.test(a.line.text);
}

/**
 * `aside`: offsets of text that is no part of the offer although the client would see it (a note
 * the writer labelled internal, which exposed-batna reports): its figures are not quoted prices.
 */
export function currencyTaxProblems(model: ProposalModel, aside: (offset: number) => boolean = () => false): CurrencyTaxProblem[] {
  const out: CurrencyTaxProblem[] = [];
  const amounts = locatedAmounts(model).filter((a) => !aside(a.source.start));
  if (!amounts.length) return out;
  const lines = factLines(model);
  const anywhere = (re: RegExp, words: RegExp) => lines.some((l) => words.test(l.text) && re.test(l.text));

  // 1. Prices in more than one currency, and no word on how one converts to the other.
  // (An amount outside the offer — the client's losses in euros, a budget in yen — is context, not a price.)
  const priced = amounts.filter(isPrice);
  const counts = new Map<string, number>();
  for (const a of priced) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1);
  if (counts.size > 1 && !anywhere(EXCHANGE, EXCHANGE_WORDS)) {
    const main = [...counts].sort((a, b) => b[1] - a[1] || priced.findIndex((x) => x.currency === a[0]) - priced.findIndex((x) => x.currency === b[0]))[0]![0];
    const other = priced.find((a) => a.currency !== main)!;
    out.push({ kind: 'currencies', start: other.source.start, end: other.source.end, data: { amount: other.text, currency: other.currency, main } });
  }

  // 2. Yen for the offer, and nowhere a word on consumption tax.
  const yen = amounts.filter((a) => a.currency === 'JPY');
  if (yen.length && !anywhere(TAX_STATEMENT, TAX_WORDS)) {
    // At the first place it shows: the first yen price, in the pricing section or out of it (a summary's 「月額 約54.5万円」).
    const offered = yen.find((a) => a.line.section.role === 'pricing' || isPrice(a));
    if (offered) out.push({ kind: 'noTax', start: offered.source.start, end: offered.source.end, data: { amount: offered.text } });
  }

  // 3. One figure marked both ways.
  // The first figure of each value and mark, by currency and value in cents (one pass, not every pair).
  const firstOf = new Map<string, LocatedAmount>();
  const figure = (a: LocatedAmount) => `${a.currency} ${Math.round(a.value * 100)}`;
  const key = (a: LocatedAmount, tax: string) => `${figure(a)} ${tax}`;
  // A figure set against itself with and without tax in one line (「上限は税込8,000円ですので、税別8,000円では
  // 超えてしまいます」) is the writer weighing the two, not a contradiction; nor are its other mentions.
  const marksByLine = new Map<unknown, Map<string, Set<string>>>();
  for (const a of amounts) {
    if (!a.tax) continue;
    const marks = marksByLine.get(a.line) ?? new Map<string, Set<string>>();
    marksByLine.set(a.line, marks.set(figure(a), (marks.get(figure(a)) ?? new Set()).add(a.tax)));
  }
  const weighed = new Set<string>();
  for (const marks of marksByLine.values()) for (const [f, taxes] of marks) if (taxes.size > 1) weighed.add(f);
  const reportedKeys = new Set<string>();
  for (const a of amounts) {
    if (!a.tax) continue;
    const other = a.value >= 1000 ? firstOf.get(key(a, a.tax === 'incl' ? 'excl' : 'incl')) : undefined;
    if (!firstOf.has(key(a, a.tax))) firstOf.set(key(a, a.tax), a);
    const plain = figure(a);
    if (!other || !sameAmount(a, other) || weighed.has(plain) || reportedKeys.has(plain)) continue;
    reportedKeys.add(plain);
    out.push({ kind: 'taxContradiction', start: a.source.start, end: a.source.end, data: { amount: a.text, line: String(model.toPoint(other.source.start).line) } });
  }
  return out.sort((a, b) => a.start - b.start);
}
