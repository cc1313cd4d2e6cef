/**
 * Every message fits: filled with its longest realistic data, a finding message says what
 * is wrong and what to do in at most 120 characters in English and 60 in Japanese (the
 * reasoning lives in each rule's rationale, shown in the hover and on the rule page).
 * Japanese quotes inserted text with 「」 and puts no space around it; suggestion titles
 * (quick-fix menu entries) carry no literal backticks.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, RULES } from '../src/index.js';
import { Lexicon } from '../src/lexicon/index.js';
import { SAFEGUARDS } from '../src/rules/missing-agreement-safeguards.js';
import { MESSAGES as DIRECTIVE_MESSAGES } from '../src/engine/directives.js';
import { MESSAGES as EXPORT_MESSAGES, QUOTE_MAX, MARKER_MAX } from '../src/app/export.js';
import { ERROR_MAX, INTERNAL_ERROR_MESSAGES } from '../src/engine/runner.js';
import type { Concept } from '../src/lexicon/index.js';
import type { Lang } from '../src/engine/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAX: Record<Lang, number> = { en: 120, ja: 60 };
const LANGS: Lang[] = ['en', 'ja'];

const lexicon = new Lexicon();
/** The longest literal phrase of some concepts in one language. */
const longestPhrase = (concepts: Concept[], lang: Lang) => Math.max(0, ...concepts.flatMap((c) => lexicon.phrases(c, lang)).map((p) => p.length));
/** The longest `replace` text (the quick fix of price-only-framing) in one language. */
function longestReplacement(lang: Lang): number {
  let n = 0;
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const r = (o as { replace?: unknown }).replace;
      if (typeof r === 'string') n = Math.max(n, r.length);
      Object.values(o).forEach(walk);
    }
  };
  walk(lexicon.files('price-competing').filter((f) => f.lang === lang));
  return n;
}
/**
 * A text of n characters, like the real thing. Japanese is about twice as dense as English
 * (the limits say so too): a long Japanese phrase or heading is about half as many characters.
 */
const text = (lang: Lang, n: number) => (lang === 'ja' ? 'あ'.repeat(n) : 'x'.repeat(n));
const phrase = (lang: Lang) => text(lang, Math.max(lang === 'ja' ? 20 : 40, longestPhrase(['batna-exposure', 'urgency', 'ultimatum', 'price-competing'], lang)));

/** The longest realistic value of every placeholder, per language. */
const DATA: Record<Lang, Record<string, string>> = Object.fromEntries(LANGS.map((lang) => [lang, {
  phrase: phrase(lang),
  word: text(lang, Math.max(lang === 'ja' ? 12 : 24, longestPhrase(['superlative'], lang))),
  key: text(lang, Math.max(lang === 'ja' ? 10 : 20, longestPhrase(['batna-key'], lang))),
  replacement: text(lang, longestReplacement(lang)),
  // A long heading: "Investment and payment options" / 「導入費用とお支払い条件（年度版）」.
  section: text(lang, lang === 'ja' ? 20 : 30),
  amount: lang === 'ja' ? '1億2,500万円（税抜）' : 'USD 1,250,000.00',
  // Every safeguard missing at once.
  missing: SAFEGUARDS.map((s) => s[lang]).join(lang === 'ja' ? '・' : ', '),
  count: '1250',
  sentences: '12',
  maxWords: '150',
  // The default is 200; a team may double it.
  maxChars: '400',
  maxSentences: '10',
  seller: '240',
  client: '35',
  ratio: '2.5',
  // The CLI's per-file limits: seconds (--max-lint-time) or megabytes of heap.
  limit: '1024',
  // A mistyped rule id as long as the longest real one.
  id: text('en', Math.max(...RULES.map((r) => r.meta.id.length)) + 2),
  rule: text('en', Math.max(...RULES.map((r) => r.meta.id.length))),
  error: text('en', 200),
  text: text(lang, 200),
  marker: text(lang, 200),
  // price-arithmetic: a stated and a computed figure as long as real ones get.
  stated: lang === 'ja' ? '12,500,000円' : '$1,250,000.00',
  computed: lang === 'ja' ? '12,450,000円' : '$1,245,000.00',
  // A share of the total: the row's percentage and the total.
  percent: '12.5%',
  total: lang === 'ja' ? '99,600,000円' : '$9,960,000.00',
  // offer-validity: dates as written (the longest forms), today as the message writes it.
  date: lang === 'ja' ? '２０２６年１２月３１日' : '31st of September, 2027',
  docDate: lang === 'ja' ? '２０２６年１２月３１日' : '31st of September, 2027',
  start: lang === 'ja' ? '２０２６年１２月３１日' : '31st of September, 2027',
  decision: lang === 'ja' ? '２０２６年１２月３１日' : '31st of September, 2027',
  today: lang === 'ja' ? '2026年12月31日' : '2026-12-31',
  // currency-and-tax: currency codes and a line number.
  currency: 'USD',
  main: 'JPY',
  line: '1250',
  // client-name-consistency: another organisation's name and the client's.
  name: text(lang, lang === 'ja' ? 14 : 28),
  clientName: text(lang, lang === 'ja' ? 16 : 34),
  // Japanese in either language: 代表取締役社長様, (株)+ a name.
  honorific: 'あ'.repeat(10),
  written: 'あ'.repeat(16),
}])) as unknown as Record<Lang, Record<string, string>>;

/** What the code clips a value to before it reaches the message. */
const CLIPPED: Record<string, Record<Lang, number>> = { text: QUOTE_MAX, marker: MARKER_MAX, error: { en: ERROR_MAX, ja: ERROR_MAX } };

/** Text placeholders, which Japanese quotes with 「」 (numbers and amounts stand bare). */
const QUOTED = new Set(['phrase', 'word', 'key', 'replacement', 'section', 'missing', 'id', 'rule', 'text', 'marker', 'name', 'clientName', 'honorific', 'written']);

/** Messages used as quick-fix titles. */
const SUGGESTIONS: Record<string, string[]> = {
  'exposed-batna': ['wrap'],
  'note-to-self': ['wrap'],
  'missing-batna': ['addKey'],
  'price-only-framing': ['reframe'],
  'missing-value-add': ['insert'],
  'weak-credibility-statement': ['insert'],
  'missing-agreement-safeguards': ['insertSection', 'insertClauses'],
  'missing-client-position': ['insert'],
  'missing-next-steps': ['insert'],
  'client-name-consistency': ['replaceName'],
};

const placeholders = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

function fill(template: string, lang: Lang, data: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    if (key in data) return data[key]!;
    const value = DATA[lang][key];
    if (value === undefined) return whole;
    const max = CLIPPED[key]?.[lang];
    return max === undefined ? value : value.slice(0, max);
  });
}

interface CheckOptions {
  /** A quick-fix title. */
  suggestion?: boolean;
  /** Japanese may leave out what English shows (an internal error's English detail). */
  jaSubset?: boolean;
  /** Values that differ for this message. */
  data?: Partial<Record<Lang, Record<string, string>>>;
}

function checkTemplate(name: string, message: Record<Lang, string>, options: CheckOptions = {}): void {
  const { suggestion = false } = options;
  describe(name, () => {
    it('the same placeholders in English and Japanese', () => {
      if (options.jaSubset) for (const key of placeholders(message.ja)) assert.ok(placeholders(message.en).includes(key), key);
      else assert.deepEqual(placeholders(message.ja), placeholders(message.en));
    });
    for (const lang of LANGS) {
      it(`${lang}: at most ${MAX[lang]} characters filled with the longest data`, () => {
        const filled = fill(message[lang], lang, options.data?.[lang]);
        assert.doesNotMatch(filled, /\{\{|\}\}/, 'every placeholder is filled');
        assert.ok(filled.length <= MAX[lang], `${filled.length} characters: ${message[lang]}`);
        if (suggestion) assert.ok(!filled.includes('`'), `a suggestion title has no backticks: ${message[lang]}`);
      });
    }
    it('ja: inserted text in 「」, no half-width space inside or around the quotes or next to a value', () => {
      const ja = message.ja;
      assert.doesNotMatch(ja, /「[ \t]|[ \t]」/, 'space directly inside 「」');
      assert.doesNotMatch(ja, /[ \t]「|」[ \t]/, 'space around 「」');
      assert.doesNotMatch(ja, /[ \t]\{\{|\}\}[ \t]/, 'space next to an inserted value');
      for (const key of placeholders(ja)) {
        if (QUOTED.has(key)) assert.ok(ja.includes(`「{{${key}}}」`), `{{${key}}} is quoted with 「」`);
      }
    });
  });
}

describe('message lengths', () => {
  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        checkTemplate(id, message, { suggestion: SUGGESTIONS[rule.meta.id]?.includes(id) ?? false });
      }
      it('every suggestion title listed here exists', () => {
        for (const id of SUGGESTIONS[rule.meta.id] ?? []) assert.ok(id in rule.meta.messages, id);
        assert.equal(rule.meta.hasSuggestions ?? false, (SUGGESTIONS[rule.meta.id] ?? []).length > 0);
      });
    });
  }
  describe('directives', () => {
    for (const [id, message] of Object.entries(DIRECTIVE_MESSAGES)) checkTemplate(id, message);
  });
  describe('export refusals', () => {
    // walk-away-amount quotes the amount, not a line.
    const amount = { en: { text: DATA.en['amount']! }, ja: { text: DATA.ja['amount']! } };
    for (const [id, message] of Object.entries(EXPORT_MESSAGES)) checkTemplate(id, message, id === 'walk-away-amount' ? { data: amount } : {});
  });
  describe('internal errors', () => {
    for (const [id, message] of Object.entries(INTERNAL_ERROR_MESSAGES)) checkTemplate(id, message, { jaSubset: true });
  });

  it('the findings on the examples and fixtures fit too, their suggestion titles without backticks', () => {
    const files = [
      ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => path.join(ROOT, 'examples', f)),
      ...fs.readdirSync(path.join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'test/fixtures', f)),
    ];
    let seen = 0;
    for (const file of files) {
      for (const f of lint(fs.readFileSync(file, 'utf8'))) {
        seen++;
        assert.ok(f.message.length <= MAX[f.lang], `${path.basename(file)}:${f.line} ${f.ruleId}: ${f.message}`);
        for (const s of f.suggestions ?? []) assert.ok(!s.desc.includes('`') && s.desc.length <= MAX[f.lang], s.desc);
      }
    }
    assert.ok(seen > 10);
  });
});
