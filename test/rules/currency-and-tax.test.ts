import { ruleTester } from '../helpers.js';

ruleTester('currency-and-tax', {
  valid: [
    { name: "「税込8,000円」と「税別8,000円」を同じ文で比べている", code: "# 修正提案書\n\n## 記念品\n\n規程の上限は「税込8,000円」と伺っておりますので、税別8,000円では上限を超えてしまいます。税込8,000円に収まる商品への変更も可能です。\n" },
    { name: "£8,000 incl. VAT weighed against £8,000 excl. VAT in one sentence", code: "# Revised proposal\n\n## Gifts\n\nYour policy caps gifts at £8,000 incl. VAT, so £8,000 excl. VAT would exceed it; we can switch to a gift within £8,000 incl. VAT.\n" },
    { name: "「※社内用」の行の金額は見積りの価格ではない", code: "# ご提案\n\n品目ごとの単価は別紙の御見積書にてご提示いたします。\n\n※社内用：現行の廃プラ焼却は kg40円前後。\n" },
    { name: "a rate written as \"EUR at 1.16\" is an exchange note", code: "# Quote\n\n| Item | Price |\n|---|---|\n| Ocean freight | USD 1,950 |\n| Surcharge | EUR 85 |\n\nIndicative all-in (EUR at 1.16): about USD 2,050.\n" },
    { name: 'two currencies with the exchange rate', code: '## Pricing\n\nThe licence is $48,000 a year (about €44,000 at the exchange rate of 1 December 2026).\n' },
    { name: '税別と明記', code: '## お見積り\n\n金額はすべて税別です。\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 600,000円 |\n| 報告書 | 200,000円 |\n' },
    { name: 'one currency, VAT stated', code: '## Pricing\n\nAll fees are in GBP and exclude VAT.\n\n| Item | Fee |\n|---|---|\n| Audit | £10,000 |\n' },
    { name: '税別の小計と税込の合計は別の金額', code: '## 費用\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 60万円（税別） |\n| 小計 | 60万円 |\n| 消費税（10%） | 6万円 |\n| 合計 | 66万円（税込） |\n' },
    { name: '非課税と明記', code: '## 料金\n\n月額30万円（消費税非課税）です。\n' },
    { name: 'an amount in another currency that is no price (context)', code: '## Your situation\n\nLate deliveries cost your German plant about €2M last year.\n\n## Pricing\n\n| Item | Fee |\n|---|---|\n| Audit | $10,000 |\n| Report | $5,000 |\n\nAll fees exclude sales tax.\n' },
    { name: '価格ではない円の金額', code: '# ご提案\n\n貴社の年間損失は約1億円と推計されます。\n' },
  ],
  invalid: [
    { name: "見積りの価格に税込・税別がない", code: "# ご提案\n\n## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 回収費 | 40円/kg |\n", errors: [{"line":7,"column":9,"messageId":"noTax","data":{"amount":"40円"}}] },
    { name: 'two currencies, no exchange note', code: '## Pricing\n\nThe licence is $13.75 per employee per month in the United States and CAD 16.50 in Canada.\n', errors: [{ line: 3, column: 71, endColumn: 80, messageId: 'currencies', data: { amount: 'CAD 16.50', currency: 'CAD', main: 'USD' } }] },
    { name: '税込か税別か書いていない', code: '## 料金\n\n- 月額 40万円（業務範囲により個別にお見積りします）\n- 初期設定費 10万円\n', errors: [{ line: 3, column: 6, endColumn: 10, messageId: 'noTax', data: { amount: '40万円' } }] },
    { name: 'yen prices in an English quote, no word on tax', code: '## Pricing\n\n| Item | Fee |\n|---|---|\n| Licence | ¥1,200,000 |\n| Setup | ¥300,000 |\n', errors: [{ line: 5, column: 13, endColumn: 23, messageId: 'noTax', data: { amount: '¥1,200,000' } }] },
    { name: '同じ金額が税別と税込', code: '## 費用\n\n研修費は60万円（税別）です。\n\n## お支払い\n\n研修費60万円（税込）を納品月末にお支払いください。\n', errors: [{ line: 7, column: 4, endColumn: 8, messageId: 'taxContradiction', data: { amount: '60万円', line: '3' } }] },
    { name: 'the same fee plus VAT and including VAT', code: '## Fees\n\nThe fee is £12,000 + VAT.\n\n## Payment\n\nInvoice £12,000 incl. VAT on signature.\n', errors: [{ line: 7, column: 9, endColumn: 16, messageId: 'taxContradiction', data: { amount: '£12,000', line: '3' } }] },
  ],
});
