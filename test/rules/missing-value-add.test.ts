import { ruleTester } from '../helpers.js';

ruleTester('missing-value-add', {
  valid: [
    { name: "a revised proposal builds on the add-ons offered before", code: "# Revised proposal for Acme\n\n## Fees\n\nGBP 21,500, payable on signing.\n" },
    { name: "再提案は前回の付加価値を前提にする", code: "# 株式会社サンプル様 再提案書\n\n## 費用\n\n総額120万円（税別）。ご契約時に一括でお支払いください。\n" },
    { name: "phased payment is a value-add", code: "# Proposal\n\n## Fees\n\nGBP 21,500. Payment: 50% when we sign, 50% after the readout.\n" },
    { name: "a 50/50 payment split", code: "# Proposal\n\n## Fees\n\nGBP 21,500, invoiced 50/50.\n" },
    { name: "分割払いは付加価値", code: "# ご提案\n\n## 費用\n\n総額120万円（税別）。お支払いは着手時50%、納品時50%の分割とします。\n" },
    { name: 'something given at no extra charge, in other words', code: '# Proposal\n\n## Fees\n\nThe retainer is £4,150 a month. Ad hoc advice by phone comes at no extra charge.\n' },
    { name: '「ご説明1回を含みます」は付加価値', code: '# ご提案\n\n## 費用\n\n診断費用は950万円です。理事会でのご説明1回を含みます。\n' },
    { name: 'a value-add section by its heading', code: '# Proposal\n\n## Value-added services\n\nIncluded with the programme.\n' },
    { name: 'add-on wording anywhere client-facing', code: '# Proposal\n\nWe include an additional quarterly report and two extra training seats at no extra cost.\n' },
    { name: 'phased payment', code: '# Proposal\n\nPayment can be phased payment over three milestones.\n' },
    { name: '分割払い', code: '# ご提案\n\nお支払いは3回の分割払いにも対応します。\n' },
    { name: '付加価値の節', code: '# ご提案\n\n## 付加価値サービス\n\n以下を含みます。\n' },
  ],
  invalid: [
    { name: "a renewal negotiates its concessions afresh", code: "# Renewal proposal 2027\n\n## Fees\n\nGBP 21,500, payable on signing.\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"Insert a \"Value-added services\" section before the pricing","output":"# Renewal proposal 2027\n\n## Value-added services\n\n[e.g. To make the programme easier to justify internally], this proposal includes at no extra cost:\n\n- **Additional quarterly report:** a one-page summary of [e.g. progress against the agreed KPIs] for [e.g. your steering committee].\n- **Post-programme survey:** [e.g. 90 days after the programme ends, a survey of your participants and their managers showing which skills are in use].\n- **Phased payment:** [e.g. three] instalments linked to [e.g. the project milestones], so that [e.g. the cost is spread across your budget quarters].\n\n## Fees\n\nGBP 21,500, payable on signing.\n"}]}] },
    { name: "契約更新では付加価値をあらためて示す", code: "# 保守契約 更新のご提案\n\n## 費用\n\n年額120万円（税別）。ご契約時に一括でお支払いください。\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"価格の前に「付加価値サービス」の節を挿入","output":"# 保守契約 更新のご提案\n\n## 付加価値サービス\n\n【例：貴社内でのご説明・ご判断にお役立ていただけるよう】、本提案には追加費用なしで次の内容を含みます。\n\n- **追加レポート：** 【例：経営会議向けに、合意した指標の進捗を四半期ごとにまとめてお届けします】。\n- **満足度調査：** 【例：プログラム終了の90日後に受講者と上長の皆様へアンケート調査を行い、スキルの定着状況をご報告します】。\n- **分割払い：** プロジェクトの節目ごとの【例：3】回払いとし、費用を貴社の予算期間に分散していただけます。\n\n## 費用\n\n年額120万円（税別）。ご契約時に一括でお支払いください。\n"}]}] },
    { name: "one payment on signing is no value-add", code: "# Proposal\n\n## Fees\n\nGBP 21,500, payable on signing.\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"Insert a \"Value-added services\" section before the pricing","output":"# Proposal\n\n## Value-added services\n\n[e.g. To make the programme easier to justify internally], this proposal includes at no extra cost:\n\n- **Additional quarterly report:** a one-page summary of [e.g. progress against the agreed KPIs] for [e.g. your steering committee].\n- **Post-programme survey:** [e.g. 90 days after the programme ends, a survey of your participants and their managers showing which skills are in use].\n- **Phased payment:** [e.g. three] instalments linked to [e.g. the project milestones], so that [e.g. the cost is spread across your budget quarters].\n\n## Fees\n\nGBP 21,500, payable on signing.\n"}]}] },
    { name: "一括払いは付加価値ではない", code: "# ご提案\n\n## 費用\n\n総額120万円（税別）。ご契約時に一括でお支払いください。\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"価格の前に「付加価値サービス」の節を挿入","output":"# ご提案\n\n## 付加価値サービス\n\n【例：貴社内でのご説明・ご判断にお役立ていただけるよう】、本提案には追加費用なしで次の内容を含みます。\n\n- **追加レポート：** 【例：経営会議向けに、合意した指標の進捗を四半期ごとにまとめてお届けします】。\n- **満足度調査：** 【例：プログラム終了の90日後に受講者と上長の皆様へアンケート調査を行い、スキルの定着状況をご報告します】。\n- **分割払い：** プロジェクトの節目ごとの【例：3】回払いとし、費用を貴社の予算期間に分散していただけます。\n\n## 費用\n\n総額120万円（税別）。ご契約時に一括でお支払いください。\n"}]}] },
    {
      name: 'only a price: the value-add section goes before the pricing section',
      code: '# Proposal\n\n## Approach\n\nFour workshops.\n\n## Investment\n\nThe programme costs $48,000.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', endLine: 1, endColumn: 11, data: {}, suggestions: [{ desc: 'Insert a "Value-added services" section before the pricing', output: '# Proposal\n\n## Approach\n\nFour workshops.\n\n## Value-added services\n\n[e.g. To make the programme easier to justify internally], this proposal includes at no extra cost:\n\n- **Additional quarterly report:** a one-page summary of [e.g. progress against the agreed KPIs] for [e.g. your steering committee].\n- **Post-programme survey:** [e.g. 90 days after the programme ends, a survey of your participants and their managers showing which skills are in use].\n- **Phased payment:** [e.g. three] instalments linked to [e.g. the project milestones], so that [e.g. the cost is spread across your budget quarters].\n\n## Investment\n\nThe programme costs $48,000.\n' }] }],
    },
    {
      name: 'add-ons mentioned only in internal notes do not count',
      code: '# Proposal\n\n<!-- internal -->\n\nKeep two extra training seats in reserve.\n\n<!-- /internal -->\n\nWe propose four workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert a "Value-added services" section before the pricing', output: '# Proposal\n\n<!-- internal -->\n\nKeep two extra training seats in reserve.\n\n<!-- /internal -->\n\nWe propose four workshops.\n\n# Value-added services\n\n[e.g. To make the programme easier to justify internally], this proposal includes at no extra cost:\n\n- **Additional quarterly report:** a one-page summary of [e.g. progress against the agreed KPIs] for [e.g. your steering committee].\n- **Post-programme survey:** [e.g. 90 days after the programme ends, a survey of your participants and their managers showing which skills are in use].\n- **Phased payment:** [e.g. three] instalments linked to [e.g. the project milestones], so that [e.g. the cost is spread across your budget quarters].\n' }] }],
    },
    {
      name: '付加価値がない',
      code: '# ご提案\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: '価格の前に「付加価値サービス」の節を挿入', output: '# ご提案\n\n## 付加価値サービス\n\n【例：貴社内でのご説明・ご判断にお役立ていただけるよう】、本提案には追加費用なしで次の内容を含みます。\n\n- **追加レポート：** 【例：経営会議向けに、合意した指標の進捗を四半期ごとにまとめてお届けします】。\n- **満足度調査：** 【例：プログラム終了の90日後に受講者と上長の皆様へアンケート調査を行い、スキルの定着状況をご報告します】。\n- **分割払い：** プロジェクトの節目ごとの【例：3】回払いとし、費用を貴社の予算期間に分散していただけます。\n\n## お見積り\n\n総額480万円です。\n' }] }],
    },
  ],
});
