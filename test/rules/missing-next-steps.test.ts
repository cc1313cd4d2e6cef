import { ruleTester } from '../helpers.js';

ruleTester('missing-next-steps', {
  valid: [
    { name: "「今後のご説明について」の節で日程と説明相手を示す", code: "# 医療ガス設備保守点検業務 単価改定のお願い\n\n## 1. 改定時期\n\n令和9年4月1日からの改定をお願いしたく存じます。\n\n## 2. 新旧単価対照表\n\n| 項目 | 現行 | 改定後 |\n|---|---:|---:|\n| 配管端末器点検 | 800円 | 850円 |\n\n## 3. ご予算についてのご相談\n\n段階的な改定もご相談に応じます。\n\n## 4. 今後のご説明について\n\n村井課長ならびに事務部長に、改定の内容をご説明に伺いたく存じます。\n\nご都合を伺い、12月中に日程を調整させていただきます。\n" },
    { name: "a \"Timing\" section with the board read-out and the signature date", code: "# Renewal offer for Hollins\n\n## The offer\n\nOne order for all of 2027: £184,000.\n\n## Why us\n\nWe ran 2025 and 2026 for you.\n\n## Terms\n\nPayment monthly.\n\n## Timing\n\n| Step | Date |\n|---|---|\n| Read-out to your board | 8 December |\n| Signature | 15 December |\n" },
    { name: "「今後の手続き」の章が今後の進め方", code: "# 町道台帳整備業務 技術提案書\n\n# 第1章　業務の目的\n\n町道の台帳を整備します。道路法に基づく台帳の調書と図面を、現地調査の結果に合わせて更新します。\n\n# 第2章　現状と課題\n\n台帳の図面が古く、現況と合わない箇所が多数あります。\n\n# 第3章　業務内容\n\n現地調査、図面の修正、調書の更新を行います。\n\n# 第8章　概算業務費\n\n1,280万円（税抜）です。\n\n# 第9章　今後の手続き\n\n契約締結後、速やかに着手します。成果品は建設課の検査と課長決裁を経て納品します。\n" },
    { name: "a one-pager by name is not asked for next steps", code: "# One-pager: GDPR training for Tallyfield\n\n## What it is\n\nTwo half-day sessions for 40 staff.\n\nPrice: £3,800.\n" },
    { name: "短い手紙には進め方を求めない", code: "佐藤様\n\nいつもお世話になっております。来年度の顧問料を月額5万円に改定させていただきたく、ご連絡いたしました。\n\nよろしくお願いいたします。\n" },
    { name: "\"the Committee will make its recommendation to the Board on 9 December\"", code: "# Revised fee proposal\n\nDear Mr Pell,\n\nWe have revised our fee as follows: A$1,159,200.\n\nWe understand the Committee will make its recommendation to the Board at its meeting on 9 December.\n" },
    { name: "「理事会でご審議いただく」", code: "# 修正のご提案\n\n社会福祉法人わかば会\n理事長　大野 正義 様\n\n費用を4,860万円（税込）に見直しました。12月10日の理事会でご審議いただければ幸いです。\n" },
    { name: "\"Decision needed\" gives the approval path", code: "# Proposal for Acme\n\n## Decision needed\n\nCommittee: recommend to the board on 20 January 2027. Board: approve the spend. Proposed start: 1 February 2027.\n" },
    { name: "「ご判断いただきたい事項」に決裁の流れ", code: "# ご提案書\n\n## ご判断いただきたい事項\n\n12月の経営会議でご審議のうえ、稟議にて社長のご決裁をいただければ、2月1日に開始できます。\n" },
    { name: "「センター長様を交えたお打合せ」で関係者を明示", code: "# ご提案書\n\n## 今後の進め方\n\n1. 10月下旬：コールセンター長様を交えたお打合せ\n2. 11月上旬：お見積書のご提出\n" },
    { name: "個人のお客様はご家族でご相談", code: "# リフォームのご提案\n\n## このあとの進め方\n\n| 時期 | 内容 |\n|---|---|\n| 11月下旬 | プランAかBか、ご家族でご相談いただく |\n| 12月中旬 | 正式なお見積り・ご契約 |\n" },
    { name: "a dated approval is a next step", code: "# Proposal\n\n## Timeline\n\nFY2027 budget approval: March 2027.\n" },
    { name: "「【今後のスケジュール（案）】」の見出し代わりの行", code: "# ご提案\n\n## ご提案内容\n\n保守を行います。\n\n【今後のスケジュール（案）】\n\n- 12月上旬：ご説明\n- 1月：理事会\n" },
    { name: "代表取締役あての提案では宛先が決裁者", code: "# ご提案\n\n株式会社サンプル\n代表取締役 山田 太郎 様\n\n## 今後の進め方\n\n12月10日にお打ち合わせをお願いします。\n" },
    { name: 'a board paper that asks for approval by a date', code: '# Retainer summary for the Board\n\n## Recommendation\n\nApprove the six-month retainer at $6,400 per month, so the January shoot can be booked by 12 December.\n' },
    { name: '手紙で次の訪問日にご意見を伺う', code: '# 顧問契約継続のご提案\n\n拝啓\n\n12月16日（水）の定例訪問の折に、ご意見を伺えれば幸いです。\n' },
    { name: 'Next steps', code: '# Proposal\n\n## Next steps\n\nWe meet your procurement team on 15 March.\n' },
    { name: 'Timeline', code: '# Proposal\n\n## Timeline\n\nKick-off in April.\n' },
    { name: '今後の進め方（稟議の流れあり）', code: '# ご提案\n\n## 今後の進め方\n\n関係部署への根回しの後、稟議をご起案いただきます。\n' },
  ],
  invalid: [
    { name: "日程だけで関係者も承認の流れもない", code: "# ご提案書\n\n## 今後の進め方\n\n1. 11月上旬：お見積書のご提出\n2. 12月：ご契約\n", errors: [{"line":3,"column":1,"messageId":"noApprovalPath","data":{}}] },
    { name: "部長あての提案では承認の流れを書く", code: "# ご提案\n\n株式会社サンプル\n総務部 部長 山田 太郎 様\n\n## 今後の進め方\n\n12月10日にお打ち合わせをお願いします。\n", errors: [{"line":6,"column":1,"messageId":"noApprovalPath","data":{}}] },
    { name: "no next steps", code: "# Proposal\n\n## Your situation\n\nOrders ship late.\n\n## Our approach\n\nWe redesign the picking process.\n\n## Investment\n\n$48,000, paid back within a year.\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"Insert a \"Next steps\" section at the end","output":"# Proposal\n\n## Your situation\n\nOrders ship late.\n\n## Our approach\n\nWe redesign the picking process.\n\n## Investment\n\n$48,000, paid back within a year.\n\n## Next steps\n\n**Stakeholders:** [e.g. your project sponsor, the managers whose teams take part, procurement, your legal team and the budget holder].\n\n**Approval path:** [e.g. your project lead gathers comments from the departments involved, the sponsor adds a recommendation, procurement and legal review the terms, and the budget holder gives final approval]. [e.g. If your company uses a ringi approval, we will prepare a one-page summary your champion can share with each department beforehand (nemawashi) and attach to the ringi document.]\n\n**Timeline:**\n\n| Date | Step | Owner |\n| --- | --- | --- |\n| [e.g. 11 January 2027] | [e.g. Review this proposal with your project team] | [e.g. Your project lead and our account manager] |\n| [e.g. 22 January 2027] | [e.g. One-page summary for internal circulation] | [e.g. Our account manager] |\n| [e.g. 5 February 2027] | [e.g. Procurement and legal review] | [e.g. Procurement, legal team] |\n| [e.g. 26 February 2027] | [e.g. Budget approval] | [e.g. Budget holder] |\n| [e.g. 8 March 2027] | [e.g. Project start] | [e.g. Your project lead and our team] |\n\n[e.g. This timeline gives you first results in time for your mid-year review]; if your approval takes longer, we will replan the dates with you.\n"}]}] },
    { name: "今後の進め方がない", code: "# ご提案\n\n## 貴社の現状\n\n出荷が遅れています。\n\n## ご提案\n\n出荷の手順を見直します。\n\n## お見積り\n\n総額480万円です。\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"末尾に「今後の進め方」を挿入","output":"# ご提案\n\n## 貴社の現状\n\n出荷が遅れています。\n\n## ご提案\n\n出荷の手順を見直します。\n\n## お見積り\n\n総額480万円です。\n\n## 今後の進め方\n\n**関係部署：** 【例：ご担当部署、実際にご利用になる各部署、購買部、法務部、ご予算をお持ちの管理本部】。\n\n**ご承認の流れ：** 【例：ご担当者様から関係部署へ事前にご説明いただいたうえで稟議をご起案いただき、部長・本部長のご承認を経てご決裁と伺っております】。【例：稟議書に添付いただける1枚の要約資料は、弊社でご用意いたします。】\n\n**スケジュール（案）：**\n\n| 日付 | 内容 | ご担当 |\n| --- | --- | --- |\n| 【例：2027年1月11日】 | 【例：本提案のご説明とご質問への回答】 | 【例：ご担当部署、弊社】 |\n| 【例：2027年1月22日】 | 【例：稟議用の要約資料のご提出】 | 【例：弊社】 |\n| 【例：2027年2月上旬〜中旬】 | 【例：稟議のご起案・ご決裁】 | 【例：ご担当部署】 |\n| 【例：2027年2月26日】 | 【例：ご契約の締結】 | 【例：購買部、弊社】 |\n| 【例：2027年3月8日】 | 【例：プロジェクト開始】 | 【例：ご担当部署、弊社】 |\n\n【例：この日程であれば、上期の業績報告に最初の成果を間に合わせられます】。稟議に時間を要する場合は、貴社のご都合に合わせて日程を調整いたします。\n"}]}] },
    {
      name: '日本語の提案で承認の流れがない（見出しで報告）',
      code: '# ご提案\n\n## 今後の進め方\n\n4月1日から作業を開始します。\n',
      errors: [{ line: 3, column: 1, messageId: 'noApprovalPath', data: {} }],
    },
  ],
});
