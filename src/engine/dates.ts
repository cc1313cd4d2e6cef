/**
 * Calendar dates in English and Japanese text, as people write them: `2026-12-01`,
 * `2026/12/1`, `1 December 2026`, `December 1, 2026`, `Dec. 1st, 2026`, `December 2026`,
 * `2026年12月1日`, `令和8年12月1日`, `２０２６年１２月１日`, `2026年12月`, and, without a year,
 * `12月1日`, `12月上旬`, `Dec 1` (their year comes from context: see `withYear`).
 * Each date is a range of days (a day is a range of one), so "December 2026" compares
 * with "1 December 2026" as what it is. Numeric dates that could be read day-first or
 * month-first (`01/12/2026`) are not read: a fact rule says nothing it cannot be sure of.
 */

export interface DateRange {
  /** Days since 1970-01-01 (UTC) of the first and the last day. */
  first: number;
  last: number;
  /** Offsets into the searched text. */
  start: number;
  end: number;
  text: string;
  /** 'day', 'part' (上旬, early December…) or 'month'. */
  precision: 'day' | 'part' | 'month';
  /** True when the year was not written (filled in by `withYear`). */
  yearless: boolean;
  /** For a yearless date: the month and the days, to place in a year. */
  month?: number;
  days?: [number, number];
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)[0-9]{2})';
const NB = '(?<![A-Za-z0-9])';
const NA = '(?![A-Za-z0-9])';

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<DateRange, 'start' | 'end' | 'text'> | null }> = [
  // 2026-12-01, 2026/12/1, 2026.12.01
  { re: new RegExp(`${NB}${YEAR}([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12][0-9]|0?[1-9])(?![0-9])`, 'g'), read: (m) => day(+m[1]!, +m[3]!, +m[4]!) },
  // 1 December 2026, 1st of Dec. 2026
  { re: new RegExp(`${NB}${DAY}\\s(?:of\\s)?${MONTH},?\\s${YEAR}${NA}`, 'g'), read: (m) => day(+m[3]!, month(m[2]!), +m[1]!) },
  // December 1, 2026, Dec. 1st 2026
  { re: new RegExp(`${NB}${MONTH}\\s${DAY},?\\s${YEAR}${NA}`, 'g'), read: (m) => day(+m[3]!, month(m[1]!), +m[2]!) },
  // December 2026, Dec. 2026
  { re: new RegExp(`${NB}${MONTH},?\\s${YEAR}${NA}`, 'g'), read: (m) => monthRange(+m[2]!, month(m[1]!)) },
  // 令和8年12月1日, 平成31年4月1日, 令和元年
  { re: /(令和|平成)(元|[0-9]{1,2})年(1[0-2]|0?[1-9])月(?:(3[01]|[12][0-9]|0?[1-9])日)?/gu, read: (m) => { const y = (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : +m[2]!); return m[4] ? day(y, +m[3]!, +m[4]) : monthRange(y, +m[3]!); } },
  // 2026年12月1日, 2026年12月
  { re: /(?<![0-9])((?:19|20)[0-9]{2})年\s?(1[0-2]|0?[1-9])月(?:\s?(3[01]|[12][0-9]|0?[1-9])日)?(?![0-9])/gu, read: (m) => (m[3] ? day(+m[1]!, +m[2]!, +m[3]) : monthRange(+m[1]!, +m[2]!)) },
  // 12月1日, 12月上旬 (a year from context)
  { re: /(?<![0-9年か箇ヶカケ])(1[0-2]|0?[1-9])月(?:(3[01]|[12][0-9]|0?[1-9])日|(上旬|中旬|下旬|初旬|末))/gu, read: (m) => yearless(+m[1]!, m[2] ? [+m[2], +m[2]] : part(m[3]!)) },
  // Dec 1, 1 Dec (a year from context)
  { re: new RegExp(`${NB}${MONTH}\\s${DAY}${NA}(?!,?\\s(?:19|20)[0-9]{2})`, 'g'), read: (m) => yearless(month(m[1]!), [+m[2]!, +m[2]!]) },
  { re: new RegExp(`${NB}${DAY}\\s(?:of\\s)?${MONTH}${NA}(?!,?\\s(?:19|20)[0-9]{2})`, 'g'), read: (m) => yearless(month(m[2]!), [+m[1]!, +m[1]!]) },
];

function month(name: string): number {
  return MONTHS[name.replace(/\.$/, '').toLowerCase()] ?? 0;
}

/** Days since the epoch of a calendar day, or NaN for an impossible one (31 February). */
export function dayNumber(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return NaN;
  return t / 86_400_000;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(y: number, m: number, d: number): Omit<DateRange, 'start' | 'end' | 'text'> | null {
  const n = dayNumber(y, m, d);
  return Number.isNaN(n) ? null : { first: n, last: n, precision: 'day', yearless: false };
}

function monthRange(y: number, m: number): Omit<DateRange, 'start' | 'end' | 'text'> | null {
  if (m < 1 || m > 12) return null;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m, daysIn(y, m)), precision: 'month', yearless: false };
}

function part(word: string): [number, number] {
  if (word === '上旬' || word === '初旬') return [1, 10];
  if (word === '中旬') return [11, 20];
  return [21, 31];
}

function yearless(m: number, days: [number, number]): Omit<DateRange, 'start' | 'end' | 'text'> | null {
  if (m < 1 || m > 12) return null;
  return { first: NaN, last: NaN, precision: days[0] === days[1] ? 'day' : 'part', yearless: true, month: m, days };
}

/** Full-width digits as ASCII, one character for one (offsets stay). */
function ascii(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every date in the text, left to right, the longest reading where two overlap. */
export function findDates(text: string): DateRange[] {
  if (!/[0-9０-９]/u.test(text)) return [];
  const t = ascii(text);
  const found: DateRange[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const r = read(m);
      if (!r || (!r.yearless && (Number.isNaN(r.first) || Number.isNaN(r.last)))) continue;
      found.push({ ...r, start, end, text: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A yearless date placed in a year: the year of `context` (an earlier full date nearby),
 * moving to the next year when the month comes before the context's month (a schedule
 * runs forward: 12月 then 1月). Null when there is no context.
 */
export function withYear(date: DateRange, context: number | undefined): DateRange | null {
  if (!date.yearless) return date;
  if (context === undefined || Number.isNaN(context)) return null;
  const c = new Date(context * 86_400_000);
  let y = c.getUTCFullYear();
  if (date.month! < c.getUTCMonth() + 1) y++;
  const last = Math.min(date.days![1], daysIn(y, date.month!));
  const first = dayNumber(y, date.month!, Math.min(date.days![0], last));
  const lastDay = dayNumber(y, date.month!, last);
  if (Number.isNaN(first) || Number.isNaN(lastDay)) return null;
  return { ...date, first, last: lastDay };
}

/** `YYYY-MM-DD` as a day number, or undefined when it is not a real date in that form. */
export function parseIsoDay(value: string): number | undefined {
  const m = /^\s*((?:19|20)[0-9]{2})-(1[0-2]|0[1-9])-(3[01]|[12][0-9]|0[1-9])\s*$/.exec(value);
  if (!m) return undefined;
  const n = dayNumber(+m[1]!, +m[2]!, +m[3]!);
  return Number.isNaN(n) ? undefined : n;
}

/** A day number as `YYYY-MM-DD`. */
export function isoDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** A day number as 2026年12月1日. */
export function japaneseDay(n: number): string {
  const d = new Date(n * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Today on this machine's calendar (local time), as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
