import { ruleTester } from '../helpers.js';

ruleTester('missing-client-position', {
  valid: [
    { name: "a \"What we found\" heading on a site visit", code: "# Proposal\n\n## What we found on the site visit\n\n- The roof leaks over bay 4.\n\n## Our solution\n\nRe-roof bays 3 and 4.\n" },
    { name: "「■現地調査で分かったこと」の行", code: "# 園舎改修工事のご提案\n\n■現地調査で分かったこと\n\n- 屋根の防水が劣化しています。\n\n■ご提案内容\n\n屋根を改修します。\n" },
    { name: "a bold label that names the client's situation, in a document with headings", code: "# Quick proposal\n\n## Summary\n\n**Your situation (from our call)**\n\n- Lead engineer leaves in January.\n\n## Fees\n\n35% of salary.\n" },
    { name: "a \"Why … now\" heading", code: "# Leadership offsite\n\n## Why an offsite now\n\n- Four managers arrived this year.\n\n## Fees\n\nGBP 18,000.\n" },
    { name: "a renewal builds on the position stated before", code: "# Renewal proposal 2027\n\n## Scope\n\nMonthly visits continue.\n" },
    { name: "太字の「ご状況」ラベル", code: "# インフラエンジニア採用のご支援（簡易版）\n\n## 概要\n\n**ご状況（お電話で伺った内容）**\n\n- 1月末で退職予定\n\n## 手数料\n\n理論年収の35%\n" },
    { name: "継続のご提案は以前の理解を前提にする", code: "# 顧問契約の継続についてのご提案\n\n## 来年のご提案\n\n月1回の訪問を続けます。\n" },
    { name: 'the client\'s own facts, with a figure', code: '# Proposal\n\nYour 42 branches merged into 6 regions this spring.\n\n## Programme\n\nTwo days of workshops.\n' },
    { name: '数字を伴う顧客の事実', code: '# ご提案\n\n貴社の42支店で来年4月から80周年キャンペーンを展開されます。\n\n## ご提案内容\n\n記念品をご用意します。\n' },
    { name: 'Your situation', code: '# Proposal\n\n## Your situation\n\nYour win rate fell.\n' },
    { name: 'Background', code: '# Proposal\n\n## Background and objectives\n\nThe plant expands in 2027.\n' },
    { name: '貴社の現状と課題', code: '# ご提案\n\n## 貴社の現状と課題\n\n夜間対応に時間がかかっています。\n' },
  ],
  invalid: [
    { name: "a first proposal that goes straight to the solution", code: "# Proposal for Acme\n\n## Our solution\n\nFour workshops.\n\n## Fees\n\nGBP 18,000.\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"Insert a \"Your situation\" section after the introduction","output":"# Proposal for Acme\n\n## Your situation\n\n[e.g. From our conversations with your team], we understand your situation as follows:\n\n- **Your goal:** to [e.g. cut order-to-delivery lead time by 15%] by [e.g. the end of your next fiscal year].\n- **Your pressures:** [e.g. order volumes are rising faster than headcount, and your managers spend much of their week on urgent fixes].\n- **What you need:** [e.g. an approach your team can apply to live work from the first month, with progress you can report to your leadership].\n\n[e.g. Please tell us if we have misread anything: the rest of this proposal builds on this picture.]\n\n## Our solution\n\nFour workshops.\n\n## Fees\n\nGBP 18,000.\n"}]}] },
    {
      name: 'a date is no fact about the client\'s position',
      code: '# Proposal\n\nThank you for meeting us on 12 March.\n\n## Our solution\n\nFour workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: "Insert a \"Your situation\" section after the introduction", output: "# Proposal\n\nThank you for meeting us on 12 March.\n\n## Your situation\n\n[e.g. From our conversations with your team], we understand your situation as follows:\n\n- **Your goal:** to [e.g. cut order-to-delivery lead time by 15%] by [e.g. the end of your next fiscal year].\n- **Your pressures:** [e.g. order volumes are rising faster than headcount, and your managers spend much of their week on urgent fixes].\n- **What you need:** [e.g. an approach your team can apply to live work from the first month, with progress you can report to your leadership].\n\n[e.g. Please tell us if we have misread anything: the rest of this proposal builds on this picture.]\n\n## Our solution\n\nFour workshops.\n" }] }],
    },
    {
      name: '日付だけでは顧客の立場にならない',
      code: '# ご提案\n\n11月5日は貴社にお時間をいただきありがとうございました。\n\n## ご提案内容\n\n研修を4回行います。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: "冒頭の後に「貴社の現状と課題」を挿入", output: "# ご提案\n\n11月5日は貴社にお時間をいただきありがとうございました。\n\n## 貴社の現状と課題\n\n【例：先日のお打ち合わせで伺った内容】から、貴社の現状と課題を次のように理解しております。\n\n- **目指す姿：** 【例：来年度末】までに【例：受注から納品までのリードタイムを15％短縮する】こと。\n- **直面されている課題：** 【例：受注の増加に人員が追いつかず、管理職の皆様が日々の緊急対応に追われていること】。\n- **必要とされていること：** 【例：初月から実務で使え、経営層へ進捗をご報告いただける進め方】。\n\n【例：認識に相違がございましたら、ご指摘いただけますと幸いです。本提案はこの理解をもとに作成しております。】\n\n## ご提案内容\n\n研修を4回行います。\n" }] }],
    },
    {
      name: 'straight to the solution: a section inserted after the introduction',
      code: '# Proposal\n\nIntro.\n\n## Our solution\n\nFour workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert a "Your situation" section after the introduction', output: '# Proposal\n\nIntro.\n\n## Your situation\n\n[e.g. From our conversations with your team], we understand your situation as follows:\n\n- **Your goal:** to [e.g. cut order-to-delivery lead time by 15%] by [e.g. the end of your next fiscal year].\n- **Your pressures:** [e.g. order volumes are rising faster than headcount, and your managers spend much of their week on urgent fixes].\n- **What you need:** [e.g. an approach your team can apply to live work from the first month, with progress you can report to your leadership].\n\n[e.g. Please tell us if we have misread anything: the rest of this proposal builds on this picture.]\n\n## Our solution\n\nFour workshops.\n' }] }],
    },
    {
      name: 'a client section only in internal notes does not count',
      code: '# Proposal\n\n## Internal notes\n\n### Their situation\n\nBudget is tight.\n\n## Our solution\n\nWorkshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert a "Your situation" section after the introduction', output: '# Proposal\n\n## Internal notes\n\n### Their situation\n\nBudget is tight.\n\n## Your situation\n\n[e.g. From our conversations with your team], we understand your situation as follows:\n\n- **Your goal:** to [e.g. cut order-to-delivery lead time by 15%] by [e.g. the end of your next fiscal year].\n- **Your pressures:** [e.g. order volumes are rising faster than headcount, and your managers spend much of their week on urgent fixes].\n- **What you need:** [e.g. an approach your team can apply to live work from the first month, with progress you can report to your leadership].\n\n[e.g. Please tell us if we have misread anything: the rest of this proposal builds on this picture.]\n\n## Our solution\n\nWorkshops.\n' }] }],
    },
    {
      name: '課題の記述がない',
      code: '# ご提案\n\n## ご提案内容\n\n保守契約を更新します。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: '冒頭の後に「貴社の現状と課題」を挿入', output: '# ご提案\n\n## 貴社の現状と課題\n\n【例：先日のお打ち合わせで伺った内容】から、貴社の現状と課題を次のように理解しております。\n\n- **目指す姿：** 【例：来年度末】までに【例：受注から納品までのリードタイムを15％短縮する】こと。\n- **直面されている課題：** 【例：受注の増加に人員が追いつかず、管理職の皆様が日々の緊急対応に追われていること】。\n- **必要とされていること：** 【例：初月から実務で使え、経営層へ進捗をご報告いただける進め方】。\n\n【例：認識に相違がございましたら、ご指摘いただけますと幸いです。本提案はこの理解をもとに作成しております。】\n\n## ご提案内容\n\n保守契約を更新します。\n' }] }],
    },
  ],
});
