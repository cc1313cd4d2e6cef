import { ruleTester } from '../helpers.js';

ruleTester('missing-next-steps', {
  valid: [
    { name: 'Next steps', code: '# Proposal\n\n## Next steps\n\nWe meet your procurement team on 15 March.\n' },
    { name: 'Timeline', code: '# Proposal\n\n## Timeline\n\nKick-off in April.\n' },
    { name: '今後の進め方（稟議の流れあり）', code: '# ご提案\n\n## 今後の進め方\n\n関係部署への根回しの後、稟議をご起案いただきます。\n' },
  ],
  invalid: [
    {
      name: 'no next steps',
      code: '# Proposal\n\n## Investment\n\n$48,000, paid back within a year.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert a "Next steps" section at the end', output: '# Proposal\n\n## Investment\n\n$48,000, paid back within a year.\n\n## Next steps\n\n**Stakeholders:** your project sponsor, the managers whose teams take part, procurement, your legal team and the budget holder.\n\n**Approval path:** your project lead gathers comments from the departments involved, the sponsor adds a recommendation, procurement and legal review the terms, and the budget holder gives final approval. If your company uses a ringi approval, we will prepare a one-page summary your champion can share with each department beforehand (nemawashi) and attach to the ringi document.\n\n**Timeline:**\n\n| Date | Step | Owner |\n| --- | --- | --- |\n| 11 January 2027 | Review this proposal with your project team | Your project lead and our account manager |\n| 22 January 2027 | One-page summary for internal circulation | Our account manager |\n| 5 February 2027 | Procurement and legal review | Procurement, legal team |\n| 26 February 2027 | Budget approval | Budget holder |\n| 8 March 2027 | Project start | Your project lead and our team |\n\nThis timeline gives you first results in time for your mid-year review; if your approval takes longer, we will replan the dates with you.\n' }] }],
    },
    {
      name: '今後の進め方がない',
      code: '# ご提案\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: '末尾に「今後の進め方」を挿入', output: '# ご提案\n\n## お見積り\n\n総額480万円です。\n\n## 今後の進め方\n\n**関係部署：** ご担当部署、実際にご利用になる各部署、購買部、法務部、ご予算をお持ちの管理本部。\n\n**ご承認の流れ：** ご担当者様から関係部署へ事前にご説明いただいたうえで稟議をご起案いただき、部長・本部長のご承認を経てご決裁と伺っております。稟議書に添付いただける1枚の要約資料は、弊社でご用意いたします。\n\n**スケジュール（案）：**\n\n| 日付 | 内容 | ご担当 |\n| --- | --- | --- |\n| 2027年1月11日 | 本提案のご説明とご質問への回答 | ご担当部署、弊社 |\n| 2027年1月22日 | 稟議用の要約資料のご提出 | 弊社 |\n| 2027年2月上旬〜中旬 | 稟議のご起案・ご決裁 | ご担当部署 |\n| 2027年2月26日 | ご契約の締結 | 購買部、弊社 |\n| 2027年3月8日 | プロジェクト開始 | ご担当部署、弊社 |\n\nこの日程であれば、上期の業績報告に最初の成果を間に合わせられます。稟議に時間を要する場合は、貴社のご都合に合わせて日程を調整いたします。\n' }] }],
    },
    {
      name: '日本語の提案で承認の流れがない（見出しで報告）',
      code: '# ご提案\n\n## 今後の進め方\n\n4月1日から作業を開始します。\n',
      errors: [{ line: 3, column: 1, messageId: 'noApprovalPath', data: {} }],
    },
  ],
});
