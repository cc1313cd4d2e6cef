/**
 * Generated price tables in English and Japanese ($48,000, 1,200,000円, 120万円, full-width
 * digits), with or without quantity and unit price columns, a subtotal, a tax row and a total:
 * a correct table never fires price-arithmetic; one injected error fires exactly once, at its
 * cell, and its fix makes the table add up again.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, lint } from '../src/index.js';
import { only } from './helpers.js';

type Style = 'usd' | 'yen' | 'man' | 'fullwidth';
const OPTIONS = only('price-arithmetic');

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function money(style: Style, v: number): string {
  switch (style) {
    case 'usd': return `$${group(v)}`;
    case 'yen': return `${group(v)}円`;
    case 'man': return `${group(v / 1e4)}万円`;
    case 'fullwidth': return `${group(v)}円`.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/,/g, '，');
  }
}

interface Spec {
  style: Style;
  qtyColumns: boolean;
  items: Array<{ qty: number; unit: number }>;
  tax: boolean;
  rate: number;
}

type Target = { kind: 'row'; index: number } | { kind: 'sum' } | { kind: 'tax' } | { kind: 'total' };

const spec: fc.Arbitrary<Spec> = fc.record({
  style: fc.constantFrom<Style>('usd', 'yen', 'man', 'fullwidth'),
  qtyColumns: fc.boolean(),
  items: fc.array(fc.record({ qty: fc.integer({ min: 1, max: 20 }), unit: fc.integer({ min: 1, max: 90 }) }), { minLength: 2, maxLength: 5 }),
  tax: fc.boolean(),
  rate: fc.constantFrom(8, 10, 20),
});

/** Unit prices in the currency: whole 万 (and a tax in whole 万) for the 万円 style. */
function unitValue(style: Style, u: number): number {
  return style === 'usd' ? u * 150 : style === 'man' ? u * 100_000 : u * 12_000;
}

interface Built { text: string; cells: Map<string, { line: number; column: number }>; values: Map<string, number> }

function build(s: Spec, wrong?: { target: Target; value: number }): Built {
  const ja = s.style !== 'usd';
  const lines = ['## ' + (ja ? 'お見積り' : 'Pricing'), ''];
  const cells = new Map<string, { line: number; column: number }>();
  const values = new Map<string, number>();
  const header = s.qtyColumns ? (ja ? ['項目', '数量', '単価', '金額'] : ['Item', 'Qty', 'Unit price', 'Amount']) : ja ? ['項目', '金額'] : ['Item', 'Amount'];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  const put = (key: string, label: string, value: number, bold = false, extra: string[] = []) => {
    const stated = wrong && keyOf(wrong.target) === key ? wrong.value : value;
    values.set(key, value);
    const figure = money(s.style, stated);
    const cellsBefore = [label, ...extra, ...(s.qtyColumns && extra.length === 0 ? ['', ''] : [])];
    const prefix = `| ${cellsBefore.join(' | ')} | ${bold ? '**' : ''}`;
    cells.set(key, { line: lines.length + 1, column: prefix.length + 1 });
    lines.push(`${prefix}${figure}${bold ? '**' : ''} |`);
  };
  let sum = 0;
  s.items.forEach((it, i) => {
    const unit = unitValue(s.style, it.unit);
    const amount = it.qty * unit;
    sum += amount;
    const label = (ja ? ['研修', '報告書', '調査', '保守', '設計'] : ['Workshop', 'Report', 'Survey', 'Support', 'Design'])[i]!;
    put(`row${i}`, label, amount, false, s.qtyColumns ? [String(it.qty), money(s.style, unit)] : []);
  });
  let total = sum;
  if (s.tax) {
    put('sum', ja ? '小計' : 'Subtotal', sum);
    const rate = s.style === 'man' ? 10 : s.rate;
    const tax = Math.floor((sum * rate) / 100);
    put('tax', ja ? `消費税（${rate}%）` : `VAT (${rate}%)`, tax);
    total = sum + tax;
  }
  put('total', ja ? '**合計**' : '**Total**', total, true);
  return { text: lines.join('\n') + '\n', cells, values };
}

function keyOf(t: Target): string {
  return t.kind === 'row' ? `row${t.index}` : t.kind;
}

const runs = Number(process.env.PROPERTY_RUNS ?? 150);

describe('price-arithmetic on generated tables', () => {
  it('a correct table never fires', () => {
    fc.assert(fc.property(spec, (s) => {
      const { text } = build(s);
      assert.deepEqual(lint(text, OPTIONS).map((f) => `${f.line}:${f.column} ${f.message}`), [], text);
    }), { numRuns: runs });
  });

  it('an injected error fires exactly once, at its cell, and its fix adds up', () => {
    const case_ = spec.chain((s) => {
      const targets: Target[] = [{ kind: 'total' }];
      if (s.qtyColumns) s.items.forEach((_, index) => targets.push({ kind: 'row', index }));
      if (s.tax) targets.push({ kind: 'sum' }, { kind: 'tax' });
      return fc.tuple(fc.constant(s), fc.constantFrom(...targets), fc.integer({ min: 1, max: 9 }), fc.boolean());
    });
    fc.assert(fc.property(case_, ([s, target, k, up]) => {
      const right = build(s);
      const key = keyOf(target);
      const correct = right.values.get(key)!;
      // A typo-sized error in the currency's steps (whole 万 for the 万円 style).
      const step = s.style === 'man' ? 10_000 : s.style === 'usd' ? 10 : 100;
      const value = correct + (up ? 1 : -1) * k * step * 7;
      fc.pre(value > 0);
      // Not an error the layout explains: a multiple of the sum, one row left out or sign-flipped.
      const items = s.items.map((_, i) => right.values.get(`row${i}`)!);
      const base = target.kind === 'total' && s.tax ? value - right.values.get('tax')! : value;
      const sum = items.reduce((a, b) => a + b, 0);
      // Rounding allowance: half a shown unit per figure for 万円 (a figure shows whole 万), else one unit.
      const tol = s.style === 'man' ? 0.5 * 10_000 * (items.length + 3) : 1;
      const far = (a: number, b: number) => Math.abs(a - b) > tol;
      if (target.kind === 'total' || target.kind === 'sum') {
        fc.pre(items.every((v) => far(base, sum - v) && far(base, sum - 2 * v)) && far(2 * base, sum));
        fc.pre(!Number.isInteger(base / sum) || base / sum < 2);
      }
      if (target.kind === 'row') fc.pre(!Number.isInteger(value / correct));
      const wrong = build(s, { target, value });
      const findings = lint(wrong.text, OPTIONS);
      const at = wrong.cells.get(key)!;
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId}`), [`${at.line}:${at.column} ${target.kind}`], wrong.text);
      const fixed = applyEdits(wrong.text, findings[0]!.fix ?? []);
      assert.equal(fixed, right.text, 'the fix writes the computed figure like the others');
    }), { numRuns: runs });
  });
});
