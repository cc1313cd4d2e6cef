/**
 * Money amounts in English and Japanese text: `$48,000`, `USD 35k`, `GBP 24,000`,
 * `£1.2M`, `JPY 18,500,000`, `1,200,000円`, `120万円`, `1億2,000万円`, `¥1.2M`, full-width
 * digits. Each with its value in the currency's unit, so two spellings of one amount
 * compare equal ("$35,000" and "USD 35k").
 */

export interface Amount {
  /** In the currency's main unit (dollars, yen…). */
  value: number;
  /** ISO-like code: USD, JPY, GBP, EUR, … ('' when only a bare number with a unit word). */
  currency: string;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  text: string;
}

const SYMBOLS: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'a$': 'AUD', 'c$': 'CAD', 's$': 'SGD', 'nz$': 'NZD', 'hk$': 'HKD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '円': 'JPY', '₩': 'KRW', '₹': 'INR',
};
const CODES = 'USD|JPY|GBP|EUR|AUD|CAD|SGD|NZD|HKD|CHF|CNY|RMB|KRW|INR|SEK|NOK|DKK';
const NUM = '[0-9０-９](?:[0-9０-９,，]*[0-9０-９])?(?:[.．][0-9０-９]+)?';
const SCALE = '(?:\\s?(?:k|K|m|M|mn|MM|bn|B|million|billion|thousand)(?![A-Za-z]))?';
const JA_NUM = `(?:${NUM}\\s?億)?(?:${NUM}\\s?万)?(?:${NUM}\\s?千)?(?:${NUM})?`;

const PATTERN = new RegExp(
  [
    // Prefix symbol or code: $48,000  US$ 1.2M  GBP 24,000  ¥1.2M  JPY 18,500,000
    `(?<![A-Za-z0-9])((?:US|A|C|S|NZ|HK)?\\$|[€£¥￥₩₹]|(?:${CODES})(?![A-Za-z]))\\s?(${NUM})(${SCALE})`,
    // Suffix code: 35,000 USD
    `(?<![A-Za-z0-9.,])(${NUM})(${SCALE})\\s?(${CODES})(?![A-Za-z])`,
    // Japanese yen: 1,200,000円  120万円  1億2,000万円  3千万円
    `(${JA_NUM})\\s?(円)`,
  ].join('|'),
  'gu',
);

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[，,]/g, '').replace(/．/g, '.');
}

function number(s: string): number {
  return Number(toAscii(s));
}

function scale(word: string): number {
  const w = word.trim().toLowerCase();
  if (w === 'k' || w === 'thousand') return 1e3;
  if (w === 'm' || w === 'mn' || w === 'mm' || w === 'million') return 1e6;
  if (w === 'bn' || w === 'b' || w === 'billion') return 1e9;
  return 1;
}

/** 1億2,000万 → 120,000,000. */
function japaneseValue(s: string): number {
  let total = 0;
  let rest = s.replace(/\s/g, '');
  for (const [unit, factor] of [['億', 1e8], ['万', 1e4], ['千', 1e3]] as const) {
    const i = rest.indexOf(unit);
    if (i === -1) continue;
    total += number(rest.slice(0, i) || '1') * factor;
    rest = rest.slice(i + 1);
  }
  if (rest) total += number(rest);
  return total;
}

/** Every amount with a currency in the text, left to right. */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    if (m[0].length === 0) {
      PATTERN.lastIndex++;
      continue;
    }
    let value: number;
    let currency: string;
    if (m[1] !== undefined) {
      const sym = m[1].toLowerCase();
      currency = SYMBOLS[sym] ?? m[1].toUpperCase();
      if (currency === 'RMB') currency = 'CNY';
      value = number(m[2]!) * scale(m[3] ?? '');
    } else if (m[4] !== undefined) {
      currency = m[6]!.toUpperCase() === 'RMB' ? 'CNY' : m[6]!.toUpperCase();
      value = number(m[4]) * scale(m[5] ?? '');
    } else {
      if (!m[7] || !/[0-9０-９]/.test(m[7])) continue;
      currency = 'JPY';
      value = japaneseValue(m[7]);
    }
    if (!Number.isFinite(value)) continue;
    out.push({ value, currency, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether two amounts are the same money (same currency, equal within a cent). */
export function sameAmount(a: Pick<Amount, 'value' | 'currency'>, b: Pick<Amount, 'value' | 'currency'>): boolean {
  return a.currency === b.currency && Math.abs(a.value - b.value) < 0.005;
}
