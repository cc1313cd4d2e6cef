import { ruleTester } from '../helpers.js';

ruleTester('price-only-framing', {
  valid: [
    { name: "a section right before the price that says what it changes (outcome words)", code: "# Proposal\n\n## What the programme will change\n\nYour managers cut overtime and improve retention in the first quarter.\n\n## Investment\n\n| Item | Fee |\n|---|---|\n| Programme | GBP 24,000 |\n" },
    { name: "a final offer prices what the earlier rounds framed", code: "# Final offer: Acme leadership programme\n\n## Where we have landed\n\n| Item | Fee |\n|---|---|\n| Programme | GBP 22,000 |\n" },
    { name: "直前の節で効果（削減・改善）を述べている", code: "# ご提案\n\n## 導入で変わること\n\n月末の集計作業を削減し、締め処理を改善します。\n\n## 費用\n\n| 項目 | 金額 |\n|---|---|\n| 初期費用 | 300,000円 |\n" },
    { name: "最終提案は前回までの価値の説明を前提にする", code: "# 営業研修 最終ご提案書\n\n## 費用\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 1,200,000円 |\n" },
    { name: 'the section right before the rate card says what it buys', code: '# Delivery proposal\n\n## Service levels\n\n97% of deliveries within the booked slot, which reduces complaints and repeat visits.\n\n## Price\n\n| Zone | Per drop |\n|---|---:|\n| A | £39.00 |\n' },
    { name: '直前の節が料金の効果を述べている', code: '# ご提案\n\n## サービス水準\n\n誤出荷率を0.01%以下に抑え、返品対応のコストを削減します。\n\n## 料金\n\n| 項目 | 単価 |\n|---|---:|\n| 保管 | 3,000円 |\n' },
    { name: 'amounts outside a pricing part are not prices to frame', code: '## Approach\n\nWe run four workshops. Travel is billed at $2,000 per visit.\n' },
    { name: 'the client\'s own figures are not a price', code: '## Your situation\n\nLate deliveries cost you $140,000 last year and the budget is $90,000.\n' },
    { name: 'a role profile\'s salary is not a price', code: '## The role\n\n- Salary: $180,000–$210,000\n- Location: Boston\n' },
    { name: 'value framing in the parent section\'s intro', code: '# P\n\n## Investment\n\nThe programme pays for itself within a year.\n\n### Option A\n\nFee: $40,000.\n\n### Option B\n\nFee: $55,000.\n' },
    { name: 'value framing in a "why this pricing" section right after', code: '# P\n\n## Fees\n\n| Item | Fee |\n|---|---|\n| Build | $30,000 |\n\n## Why this pricing works\n\nIt returns three times its cost in saved overtime.\n' },
    { name: 'a quote is priced, not pitched', code: '# Quotation Q-12\n\n| Item | Price |\n|---|---|\n| Valve | $1,200 |\n' },
    { name: '否定された最安値は価格競争ではない', code: '## お見積り\n\n弊社は最安値をお約束するのではなく、品質で選ばれることを目指しています。総額480万円で、不良率の削減により1年で投資を回収できます。\n' },
    { name: '貴社の損失額は価格ではない', code: '## 現状の課題\n\n貴社では返品対応に年間1,200万円の費用がかかっています。\n' },
    { name: 'price table framed by return in the same section', code: '## Investment\n\n| Item | Price |\n|---|---|\n| Programme | $48,000 |\n\nThe programme pays for itself within six months through reduced rework.\n' },
    { name: 'value wording in a sub-section of the pricing section', code: '## Investment\n\nTotal: $48,000.\n\n### What it returns\n\nA 12% reduction in rework saves about $90,000 a year.\n' },
    { name: 'a discount explained by value', code: '## Fees\n\nThe fee is $40,000 after a 10% discount for a three-year term, which lowers your total cost of ownership and the risk of a re-tender.\n' },
    { name: 'the lowest-risk option', code: 'Option B is the lowest-risk option for your plant.' },
    { name: 'prices only in internal notes', code: '# P\n\n<!-- internal -->\n\nFloor $40,000.\n\n<!-- /internal -->\n' },
    { name: 'cheapest inside a block quote (the client\'s words)', code: '> Last year the cheapest bid won.\n' },
    { name: '費用対効果を添えたお見積り', code: '## お見積り\n\n総額480万円です。不良率の削減により1年で投資を回収できます。\n' },
    { name: '価格のない節', code: '## 貴社の現状と課題\n\n納期の短縮が課題です。\n' },
  ],
  invalid: [
    { name: "a first proposal with a bare price table", code: "# Proposal\n\n## Scope\n\nFour workshops.\n\n## Investment\n\n| Item | Fee |\n|---|---|\n| Programme | GBP 24,000 |\n", errors: [{"line":7,"column":1,"messageId":"noValue","data":{"section":"Investment"}}] },
    { name: "初回の提案で価格表だけ", code: "# ご提案\n\n## 内容\n\n研修を4回行います。\n\n## 費用\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 1,200,000円 |\n", errors: [{"line":7,"column":1,"messageId":"noValue","data":{"section":"費用"}}] },
    { name: 'the credentials right before the price do not frame it', code: '# Proposal\n\n## Why us\n\nWe delivered results for 40 clients since 2012.\n\n## Price\n\n| Item | Price |\n|---|---:|\n| Programme | $48,000 |\n', errors: [{ line: 7, column: 1, messageId: 'noValue', data: { section: 'Price' } }] },
    { name: '直前の「弊社について」は料金の効果の説明にならない', code: '# ご提案\n\n## 弊社について\n\n2012年から40社で成果を上げてきました。\n\n## 料金\n\n| 項目 | 金額 |\n|---|---:|\n| 研修 | 480万円 |\n', errors: [{ line: 7, column: 1, messageId: 'noValue', data: { section: '料金' } }] },
    {
      name: 'options side by side are one pricing part: one finding',
      code: '# P\n\n## Pricing\n\n### Option 1\n\nFee: $40,000.\n\n### Option 2\n\nFee: $55,000.\n\n### Option 3\n\nFee: $70,000.\n',
      errors: [{ line: 3, column: 1, messageId: 'noValue', data: { section: 'Pricing' } }],
    },
    {
      name: '複数プランでも指摘は一つ',
      code: '# ご提案\n\n## お見積り\n\n### ライト\n\n月額10万円\n\n### スタンダード\n\n月額20万円\n',
      errors: [{ line: 3, column: 1, messageId: 'noValue', data: { section: 'お見積り' } }],
    },
    {
      name: 'a pricing section with a table and no value wording: at its heading',
      code: '# Proposal\n\n## Investment\n\n| Item | Price |\n|---|---|\n| Programme | $48,000 |\n',
      errors: [{ line: 3, column: 1, messageId: 'noValue', endLine: 3, endColumn: 14, data: { section: 'Investment' } }],
    },
    {
      name: 'a section that is mostly amounts is pricing whatever its heading says',
      code: '## Phase two\n\n| Item | Fee |\n|---|---|\n| Design | $12,000 |\n| Build | $30,000 |\n',
      errors: [{ line: 1, column: 1, messageId: 'noValue', data: { section: 'Phase two' } }],
    },
    {
      name: 'matching any quote, reported at the phrase with a reframe',
      code: '## Investment\n\nThe programme costs $48,000 and saves 12% of rework. We will match any quote.\n',
      errors: [{ line: 3, column: 54, messageId: 'competing', endLine: 3, endColumn: 77, data: { phrase: 'We will match any quote' }, suggestions: [{ desc: 'Reframe as "We will show the value behind our price"', output: '## Investment\n\nThe programme costs $48,000 and saves 12% of rework. We will show the value behind our price.\n' }] }],
    },
    {
      name: 'cheapest, keeping the capital letter',
      code: 'Cheapest in the region, guaranteed.\n',
      errors: [{ line: 1, column: 1, messageId: 'competing', data: { phrase: 'Cheapest' }, suggestions: [{ desc: 'Reframe as "Best value"', output: 'Best value in the region, guaranteed.\n' }] }],
    },
    {
      name: '金額だけのお見積り（見出しで報告）',
      code: '# ご提案\n\n## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 480万円 |\n',
      errors: [{ line: 3, column: 1, messageId: 'noValue', data: { section: 'お見積り' } }],
    },
    {
      name: '他社より安く（語句で報告）',
      code: '## お見積り\n\n総額480万円で、業務効率の向上が見込めます。他社より安くご提供します。\n',
      errors: [{ line: 3, column: 24, messageId: 'competing', data: { phrase: '他社より安く' }, suggestions: [{ desc: '「他社にない価値を備えて」と言い換える', output: '## お見積り\n\n総額480万円で、業務効率の向上が見込めます。他社にない価値を備えてご提供します。\n' }] }],
    },
    {
      name: '最安値',
      code: '弊社は地域で最安値です。\n',
      errors: [{ line: 1, column: 7, messageId: 'competing', data: { phrase: '最安値' }, suggestions: [{ desc: '「最適な価値」と言い換える', output: '弊社は地域で最適な価値です。\n' }] }],
    },
  ],
});
