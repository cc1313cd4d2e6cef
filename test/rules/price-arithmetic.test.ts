import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../src/index.js';
import { only, ruleTester } from '../helpers.js';

const fixed = (code: string) => applyEdits(code, lint(code, only('price-arithmetic')).flatMap((f) => f.fix ?? []));

ruleTester('price-arithmetic', {
  valid: [
    { name: "an all-in row that includes the tax is no tax row", code: "# Proposal\n\n| | Option 1 | Option 2 |\n|---|---|---|\n| Food, per person | $29.00 | $37.00 |\n| Staffing | $3.90 | $4.89 |\n| Rentals | $1.80 | $2.19 |\n| **Subtotal per person, before HST** | **$34.70** | **$44.08** |\n| **All-in per person, incl. 13% HST** | **$39.21** | **$49.81** |\n" },
    { name: "合計（税抜）が小計の合計になっている表", code: "# 御見積書\n\n| 区分 | 項目 | 金額（税抜） |\n|---|---|---:|\n| 媒体費 | テレビ | 7,680,000円 |\n| 媒体費 | Web | 1,800,000円 |\n| | **媒体費 小計** | **9,480,000円** |\n| 制作費 | CM | 3,900,000円 |\n| 制作費 | 動画 | 650,000円 |\n| | **制作費 小計** | **4,550,000円** |\n| その他 | 進行管理 | 800,000円 |\n| | **合計（税抜）** | **14,830,000円** |\n| | 消費税（10%） | 1,483,000円 |\n| | **合計（税込）** | **16,313,000円** |\n" },
    { name: 'a free line that names a threshold is no amount of the sum', code: '# Quote\n\n| | £ |\n|---|---|\n| Subtotal | 4,907.20 |\n| Delivery to Selby | FOC (order over £1,000) |\n| VAT @ 20% | 981.44 |\n| **Total inc VAT** | **5,888.64** |\n' },
    { name: "a total of the bold rows only (savings under the figures they come from)", code: "# Savings\n\n| | Per year |\n|---|---|\n| Fuel spend today | $4,353,000 |\n| Fuel saved (5%) | **$217,700** |\n| Insurance today | $1,008,000 |\n| Insurance saved (7%) | **$70,560** |\n| **Total annual savings** | **$288,260** |\n" },
    { name: "a tax row on its own taxable amount", code: "# Quote\n\n| | Taxable | Rate | Amount |\n|---|---|---|---|\n| Subtotal | | | $26,922.00 |\n| Tax: hardware | $9,000.00 | 8.25% | $742.50 |\n| Tax: labor | $3,450.00 | 8.25% | $284.63 |\n| Total | | | $27,949.13 |\n" },
    { name: "税額の行が自分の課税対象額を持つ", code: "# 見積\n\n| 項目 | 課税対象 | 税率 | 金額 |\n|---|---|---|---|\n| 小計 | | | 1,500,000円 |\n| 消費税（機器分） | 1,000,000円 | 10% | 100,000円 |\n| 合計 | | | 1,600,000円 |\n" },
    { name: "annual totals under a column of unit prices: another reading, say nothing", code: "# Comparison\n\n| Line | Vol. | Current | Ours | Our annual |\n|---|---|---|---|---|\n| Mix gas | 2,400 | £61.80 | £65.40 | £156,960 |\n| Argon | 300 | £69.50 | £72.20 | £21,660 |\n| Oxygen | 1,100 | £38.20 | £39.90 | £43,890 |\n| **Annual total** | | **£231,950** | | **£222,510** |\n" },
    { name: 'quantity × unit price and the total add up', code: '## Investment\n\n| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Workshop day | 3 | $4,000 | $12,000 |\n| Report | 1 | $6,000 | $6,000 |\n| **Total** | | | **$18,000** |\n' },
    { name: '小計・消費税・合計', code: '## お見積り\n\n| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | 2 | 300,000円 | 600,000円 |\n| 報告書 | 1 | 200,000円 | 200,000円 |\n| 小計 | | | 800,000円 |\n| 消費税（10%） | | | 80,000円 |\n| 合計 | | | 880,000円 |\n' },
    { name: 'a monthly table with an annual total', code: '## Pricing\n\n| Item | Monthly |\n|---|---|\n| Licences | $2,000 |\n| Support | $500 |\n| **Annual total** | **$30,000** |\n' },
    { name: 'an optional row left out of the total', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Core | $20,000 |\n| Optional add-on | $5,000 |\n| **Total** | **$20,000** |\n' },
    { name: 'an approximate figure: the table cannot be read', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Core | $20,000 |\n| Training | approx. $5,000 |\n| **Total** | **$26,000** |\n' },
    { name: 'a discount written without its sign', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Core | $20,000 |\n| Discount | $2,000 |\n| **Total** | **$18,000** |\n' },
    { name: 'net, VAT and gross columns', code: '## Pricing\n\n| Item | Net | VAT 20% | Gross |\n|---|---|---|---|\n| Audit | £10,000 | £2,000 | £12,000 |\n| Report | £5,000 | £1,000 | £6,000 |\n| **Total** | **£15,000** | **£3,000** | **£18,000** |\n' },
    { name: 'mixed currencies', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | $10,000 |\n| Report | €5,000 |\n| **Total** | **$16,000** |\n' },
    { name: '△ marks a deduction', code: '## 効果\n\n| 項目 | 年間効果 |\n|---|---|\n| 人件費の削減 | 1,840万円 |\n| 保守費 | △80万円 |\n| 合計 | 1,760万円 |\n' },
    { name: 'rounded figures within their rounding', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| A | $1,234,000 |\n| B | $400,000 |\n| Total | $1.6M |\n' },
    { name: 'group rows that restate their items', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| **Phase 1** | $30,000 |\n| Workshop | $10,000 |\n| Report | $20,000 |\n| **Phase 2** | $10,000 |\n| Survey | $10,000 |\n| Total | $40,000 |\n' },
    { name: '非課税の立替経費は消費税の対象外', code: '| 項目 | 金額 |\n|---|---|\n| 作業費 | 100,000円 |\n| 交通費（非課税） | 20,000円 |\n| 小計 | 120,000円 |\n| 消費税（10%） | 10,000円 |\n| 合計 | 130,000円 |\n' },
    { name: 'a grand total of the totals above', code: '| Item | Fee |\n|---|---|\n| Setup | $10,000 |\n| Training | $5,000 |\n| **Total one-time** | **$15,000** |\n| Licences | $8,000 |\n| Support | $2,000 |\n| **Total recurring** | **$10,000** |\n| **Grand total (year 1)** | **$25,000** |\n' },
    { name: 'a complimentary item with its value', code: '| Item | Fee |\n|---|---|\n| Setup | $10,000 |\n| Health check | Complimentary ($2,000 value) |\n| Training | $5,000 |\n| **Total** | **$15,000** |\n' },
    { name: '小計のあとの値引きと消費税', code: '| 項目 | 金額 |\n|---|---|\n| 研修 | 600,000円 |\n| 報告書 | 200,000円 |\n| 小計 | 800,000円 |\n| 出精値引き | △100,000円 |\n| 消費税（10%） | 70,000円 |\n| 合計 | 770,000円 |\n' },
    { name: 'in internal notes', code: '# P\n\n## Internal notes\n\n| Item | Fee |\n|---|---|\n| A | $1,000 |\n| B | $1,000 |\n| Total | $3,000 |\n' },
  ],
  invalid: [
    { name: "a wrong tax-inclusive total after subtotals is still caught", code: "# 御見積書\n\n| 区分 | 項目 | 金額（税抜） |\n|---|---|---:|\n| 媒体費 | テレビ | 7,680,000円 |\n| 媒体費 | Web | 1,800,000円 |\n| | **媒体費 小計** | **9,480,000円** |\n| 制作費 | CM | 3,900,000円 |\n| 制作費 | 動画 | 650,000円 |\n| | **制作費 小計** | **4,550,000円** |\n| その他 | 進行管理 | 800,000円 |\n| | **合計（税抜）** | **14,830,000円** |\n| | 消費税（10%） | 1,483,000円 |\n| | **合計（税込）** | **16,413,000円** |\n", errors: [{"line":14,"column":20,"messageId":"total","data":{"stated":"16,413,000円","computed":"16,313,000円"}}], output: "# 御見積書\n\n| 区分 | 項目 | 金額（税抜） |\n|---|---|---:|\n| 媒体費 | テレビ | 7,680,000円 |\n| 媒体費 | Web | 1,800,000円 |\n| | **媒体費 小計** | **9,480,000円** |\n| 制作費 | CM | 3,900,000円 |\n| 制作費 | 動画 | 650,000円 |\n| | **制作費 小計** | **4,550,000円** |\n| その他 | 進行管理 | 800,000円 |\n| | **合計（税抜）** | **14,830,000円** |\n| | 消費税（10%） | 1,483,000円 |\n| | **合計（税込）** | **16,313,000円** |\n" },
    { name: 'the bold total of rows that are all plain is checked', code: "# Savings\n\n| | Per year |\n|---|---|\n| Fuel saved | $217,700 |\n| Insurance saved | $70,560 |\n| Claims avoided | $60,000 |\n| **Total** | **$358,260** |\n", errors: [{ line: 8, column: 17, messageId: 'total', data: { stated: '$358,260', computed: '$348,260' } }], output: "# Savings\n\n| | Per year |\n|---|---|\n| Fuel saved | $217,700 |\n| Insurance saved | $70,560 |\n| Claims avoided | $60,000 |\n| **Total** | **$348,260** |\n" },
    { name: 'quantity × unit price', code: '## Investment\n\n| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Workshop day | 3 | $4,000 | $13,000 |\n| Report | 1 | $6,000 | $6,000 |\n| **Total** | | | **$18,000** |\n', errors: [{ line: 5, column: 31, messageId: 'row', endColumn: 38, data: { stated: '$13,000', computed: '$12,000' } }], output: '## Investment\n\n| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Workshop day | 3 | $4,000 | $12,000 |\n| Report | 1 | $6,000 | $6,000 |\n| **Total** | | | **$18,000** |\n' },
    { name: 'the total', code: '## Investment\n\n| Phase | Fee |\n|---|---|\n| Diagnostic | £96,000 |\n| Redesign | £248,500 |\n| Scale | £118,000 |\n| **Total** | **£452,500** |\n', errors: [{ line: 8, column: 17, messageId: 'total', endColumn: 25, data: { stated: '£452,500', computed: '£462,500' } }], output: '## Investment\n\n| Phase | Fee |\n|---|---|\n| Diagnostic | £96,000 |\n| Redesign | £248,500 |\n| Scale | £118,000 |\n| **Total** | **£462,500** |\n' },
    { name: 'the subtotal', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | $10,000 |\n| Report | $5,000 |\n| Subtotal | $16,000 |\n| **Total** | **$16,000** |\n', errors: [{ line: 7, column: 14, messageId: 'sum', endColumn: 21, data: { stated: '$16,000', computed: '$15,000' } }], output: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | $10,000 |\n| Report | $5,000 |\n| Subtotal | $15,000 |\n| **Total** | **$16,000** |\n' },
    { name: 'VAT against its rate and the total', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | £10,000 |\n| Report | £5,000 |\n| Subtotal | £15,000 |\n| VAT (20%) | £3,000 |\n| **Total** | **£18,500** |\n', errors: [{ line: 9, column: 17, messageId: 'total', endColumn: 24, data: { stated: '£18,500', computed: '£18,000' } }], output: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | £10,000 |\n| Report | £5,000 |\n| Subtotal | £15,000 |\n| VAT (20%) | £3,000 |\n| **Total** | **£18,000** |\n' },
    { name: '消費税が税率と合わない', code: '## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円 |\n| 報告書 | 20万円 |\n| 小計 | 80万円 |\n| 消費税（10%） | 6万円 |\n| 合計 | 86万円 |\n', errors: [{ line: 8, column: 14, messageId: 'tax', endColumn: 17, data: { stated: '6万円', computed: '8万円' } }], output: '## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円 |\n| 報告書 | 20万円 |\n| 小計 | 80万円 |\n| 消費税（10%） | 8万円 |\n| 合計 | 86万円 |\n' },
    { name: '全角数字の数量×単価', code: '## お見積り\n\n| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | ２ | ３００，０００円 | ５００，０００円 |\n| 報告書 | １ | ２００，０００円 | ２００，０００円 |\n| 合計 | | | ８００，０００円 |\n', errors: [{ line: 5, column: 23, messageId: 'row', endColumn: 31, data: { stated: '５００，０００円', computed: '６００，０００円' } }], output: '## お見積り\n\n| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | ２ | ３００，０００円 | ６００，０００円 |\n| 報告書 | １ | ２００，０００円 | ２００，０００円 |\n| 合計 | | | ８００，０００円 |\n' },
    { name: '案ごとの合計', code: '## 費用\n\n| 項目 | 案A | 案B |\n|---|---|---|\n| 初期費用 | 120万円 | 150万円 |\n| 月額保守 | 30万円 | 20万円 |\n| 合計 | 150万円 | 180万円 |\n', errors: [{ line: 7, column: 16, messageId: 'total', endColumn: 21, data: { stated: '180万円', computed: '170万円' } }], output: '## 費用\n\n| 項目 | 案A | 案B |\n|---|---|---|\n| 初期費用 | 120万円 | 150万円 |\n| 月額保守 | 30万円 | 20万円 |\n| 合計 | 150万円 | 170万円 |\n' },
  ],
});

describe('price-arithmetic fixes and messages', () => {
  it('writes the computed figure like the stated one', () => {
    assert.equal(fixed('| Item | Fee |\n|---|---|\n| Audit | $48k |\n| Report | $12k |\n| **Total** | **$58k** |\n'), '| Item | Fee |\n|---|---|\n| Audit | $48k |\n| Report | $12k |\n| **Total** | **$60k** |\n');
    // $48k + $12k against $59k is within the rounding of three rounded figures: no finding.
    assert.equal(lint('| Item | Fee |\n|---|---|\n| Audit | $48k |\n| Report | $12k |\n| **Total** | **$59k** |\n', only('price-arithmetic')).length, 0);
    assert.equal(fixed('| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円 |\n| 報告書 | 20万円 |\n| 合計 | 90万円 |\n'), '| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円 |\n| 報告書 | 20万円 |\n| 合計 | 80万円 |\n');
    assert.equal(fixed('| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | ２ | ３００，０００円 | ５００，０００円 |\n| 報告書 | １ | ２００，０００円 | ２００，０００円 |\n'), '| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 研修 | ２ | ３００，０００円 | ６００，０００円 |\n| 報告書 | １ | ２００，０００円 | ２００，０００円 |\n');
    assert.equal(fixed('| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Modules | 432 | $174.00 | $75,186.00 |\n| Inverters | 2 | $13,400.00 | $26,800.00 |\n'), '| Item | Qty | Unit price | Amount |\n|---|---|---|---|\n| Modules | 432 | $174.00 | $75,168.00 |\n| Inverters | 2 | $13,400.00 | $26,800.00 |\n');
  });
  it('says the stated and the computed figure', () => {
    const [f] = lint('| Phase | Fee |\n|---|---|\n| A | £96,000 |\n| B | £248,500 |\n| **Total** | **£334,500** |\n', only('price-arithmetic'));
    assert.equal(f!.message, 'This total says £334,500, but the figures above add up to £344,500. Correct the total.');
    const [j] = lint('| 項目 | 金額 |\n|---|---|\n| 研修 | 600,000円 |\n| 報告書 | 200,000円 |\n| 合計 | 900,000円 |\n', only('price-arithmetic'));
    assert.equal(j!.message, '合計が900,000円ですが、上の金額を合計すると800,000円です。正しい金額に直してください。');
    assert.ok(j!.message.length <= 60);
  });
});
