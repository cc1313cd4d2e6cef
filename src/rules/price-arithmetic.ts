import { checkPriceTables } from '../engine/price-tables.js';
import type { Rule } from '../engine/rule.js';

export const priceArithmetic: Rule = {
  meta: {
    id: 'price-arithmetic',
    type: 'problem',
    severity: 'error',
    playbook: '1, 5',
    fixable: true,
    description: {
      en: 'A figure in a price table does not add up: quantity × unit price, the line items against the subtotal or total, or the tax against its rate.',
      ja: '見積表の数字が合っていません（数量×単価、明細と小計・合計、消費税と税率）。',
    },
    rationale: {
      en: 'Detail is trust: a buyer who finds one sum that does not add up checks every other figure, and the price becomes the conversation instead of the value.',
      ja: '細部の正確さが信頼になります。計算の合わない金額が一つあるだけで、買い手は他の数字もすべて疑い、価値ではなく価格の話になります。',
    },
    messages: {
      share: {
        en: 'This amount says {{stated}}, but {{percent}} of the total {{total}} is {{computed}}. Correct the figure.',
        ja: '{{stated}}は合計{{total}}の{{percent}}（{{computed}}）と合いません。直してください。',
      },
      row: {
        en: 'This amount says {{stated}}, but quantity × unit price is {{computed}}. Correct the figure.',
        ja: '金額が{{stated}}ですが、数量×単価で計算すると{{computed}}です。正しい金額に直してください。',
      },
      sum: {
        en: 'This subtotal says {{stated}}, but the line items above add up to {{computed}}. Correct it.',
        ja: '小計が{{stated}}ですが、上の明細を合計すると{{computed}}です。正しい金額に直してください。',
      },
      tax: {
        en: 'This tax says {{stated}}, but the stated rate on the subtotal gives {{computed}}. Correct it.',
        ja: '税額が{{stated}}ですが、記載の税率で計算すると{{computed}}です。正しい金額に直してください。',
      },
      total: {
        en: 'This total says {{stated}}, but the figures above add up to {{computed}}. Correct the total.',
        ja: '合計が{{stated}}ですが、上の金額を合計すると{{computed}}です。正しい金額に直してください。',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A price table that adds up', code: '## Investment\n\n| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Workshop day | 3 | $4,000 | $12,000 |\n| Report | 1 | $6,000 | $6,000 |\n| **Total** | | | **$18,000** |\n' },
      { lang: 'en', kind: 'invalid', title: 'The total does not add up', code: '## Investment\n\n| Phase | Fee |\n|---|---|\n| Diagnostic | £96,000 |\n| Redesign | £248,500 |\n| Scale | £118,000 |\n| **Total** | **£452,500** |\n' },
      { lang: 'ja', kind: 'valid', title: '数量×単価・小計・消費税・合計が合っている', code: '## お見積り\n\n| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | 2 | 300,000円 | 600,000円 |\n| 報告書 | 1 | 200,000円 | 200,000円 |\n| 小計 | | | 800,000円 |\n| 消費税（10%） | | | 80,000円 |\n| 合計 | | | 880,000円 |\n' },
      { lang: 'ja', kind: 'invalid', title: '消費税が税率と合わない', code: '## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円 |\n| 報告書 | 20万円 |\n| 小計 | 80万円 |\n| 消費税（10%） | 6万円 |\n| 合計 | 86万円 |\n' },
    ],
  },
  check(context) {
    // One row, one problem: a subtotal wrong in two columns (list and offer price, both missing the same
    // line) is one finding at its first wrong figure, whose fix corrects every figure of the row.
    const rows = new Map<number, Array<ReturnType<typeof checkPriceTables>[number]>>();
    for (const p of checkPriceTables(context.model)) {
      const line = context.model.toPoint(p.start).line;
      rows.set(line, [...(rows.get(line) ?? []), p]);
    }
    for (const [, problems] of rows) {
      const p = problems[0]!;
      const edits = problems.filter((x) => x.replacement !== undefined).map((x) => ({ start: x.start, end: x.end, text: x.replacement! }));
      context.report({
        messageId: p.kind,
        data: p.kind === 'share' ? { stated: p.stated, computed: p.computed, percent: p.percent!, total: p.total! } : { stated: p.stated, computed: p.computed },
        start: p.start,
        end: p.end,
        fix: p.replacement !== undefined ? edits : undefined,
      });
    }
  },
};
