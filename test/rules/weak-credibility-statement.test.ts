import { ruleTester } from '../helpers.js';

const LONG_EN = 'We help manufacturers sell. We were founded in 2009 and we have run programmes for many teams. Our trainers come from industry. Our method is practical and tested. Our content is tailored to each client. We measure what changes after each workshop and report it to you in plain numbers, so your managers can see the progress they paid for and decide what to do next with confidence and a clear view of the risks involved.';

ruleTester('weak-credibility-statement', {
  valid: [
    { name: "「No.1」が番号付きの項目のひとつ", code: "# ご提案\n\n## 弊社について\n\n弊社は2012年から製造業60社で研修を行いました。\n\n## 課題\n\n特に No.1 は期限が決まっており、No.2・No.3 は利益に直結する課題です。\n" },
    { name: "a superlative that is part of an accreditation's name (\"CHAS Elite\")", code: "# Tender response\n\n## 2. About us\n\nEstablished in 2004, 68 staff across 117 sites.\n\n| Accreditation | Status |\n|---|---|\n| CHAS Elite | Current, renewed July 2026 |\n" },
    { name: "the client's own ranking (\"the #1 goal\")", code: "# Proposal\n\n## About us\n\nSince 2012 we have run 140 launch meetings.\n\n## Your goals\n\n- Launch readiness is the #1 goal.\n" },
    { name: "作成者向けのメモの中の最上級表現は顧客への主張ではない", code: "# ご提案\n\n## 弊社について\n\n弊社は2012年から製造業60社で研修を行いました。\n\n## ご提案の価値\n\n本サービスの価値をご説明します（↑訳す。「世界最高水準」は大げさなので表現を変える）。\n" },
    { name: "a bold label used as a heading (\"**Who we are**\" and its text)", code: "# Event staffing for Acme\n\n## What you need\n\nYour launch needs 40 staff.\n\n## Options\n\n**Who we are**\nWe run event teams across the city.\n" },
    { name: "one sentence about the seller with a figure from the past", code: "# Proposal for Acme\n\n## Supply\n\nSince 2019 we have supplied 14 bakeries in the region.\n" },
    { name: "a certification anywhere", code: "# Proposal for Acme\n\n## Quality\n\nThe plant is certified to ISO 9001.\n" },
    { name: "a measured result for another client", code: "# Proposal for Acme\n\n## Approach\n\nFor a similar retailer, conversion improved by 25% in four months.\n" },
    { name: "a revised proposal builds on the earlier credentials", code: "# Revised proposal for Acme\n\n## What changed\n\nThe second phase is now optional.\n" },
    { name: "弊社の過去の実績を数字で述べた一文", code: "# ご提案\n\n## 仕入先\n\n弊社は2019年から直接取引しており、国内の製菓メーカー様14社に供給実績があります。\n" },
    { name: "認証の記載", code: "# ご提案\n\n## 品質\n\n製造工場はFSSC 22000の認証を取得しています。\n" },
    { name: "他のお客様での成果", code: "# ご提案\n\n## 事例\n\n同じ通販のお客様では、4か月でCPAが約25%改善しました。\n" },
    { name: "再提案は前回の紹介を前提にする", code: "# 株式会社サンプル様 再提案書\n\n## 変更点\n\n第2期を任意としました。\n" },
    { name: '契約継続の提案は関係が続いているので弊社紹介を求めない', code: '# 顧問契約継続のご提案\n\n来年度も引き続きご支援いたします。\n' },
    { name: 'a second-year extension needs no new "why us"', code: '# Coaching programme: second year extension\n\nWe propose to continue with the same cohort.\n' },
    { name: '個人事業主の「私について」は自社紹介', code: '# ご提案\n\n## 私について\n\n2016年から中小企業38社の事業承継を支援し、うち11社で後継者への引き継ぎを完了しました。\n' },
    { name: '"What we\'d do about it" is the plan, not an about-us', code: '# Proposal\n\n## Why us\n\nSince 2012 we have run 140 campaigns for 60 brewers, including Hop Valley, where sales rose 18%.\n\n## What we\'d do about it\n\nWe would start with the can launch and build from there.\n' },
    { name: 'a "Why <company>" heading names the credibility statement', code: '# Proposal\n\n## 9. Why OCRC\n\nSince 2019 we have written 14 INDs with no clinical holds.\n' },
    { name: '「弊社が選ばれる3つの理由」は弊社紹介', code: '# ご提案\n\n## 4. 弊社が選ばれる3つの理由\n\n弊社は2010年から物流企業350社に導入いただき、修了率は87%です。\n' },
    { name: 'a "<Company> Profile" heading', code: '# Proposal\n\n## Halloran Reyes Profile\n\nFounded in 1998, 40 school projects, including Marlow Heights High.\n' },
    { name: '「実績No.1、No.3」は実績表の番号で最上級表現ではない', code: '# 提案書\n\n## 弊社について\n\n弊社は2012年から自治体施設40件を設計し、松ヶ丘市様では工期を2か月短縮しました。\n\n## 実施体制\n\n| 役割 | 氏名 | 類似実績 |\n|---|---|---|\n| 管理技術者 | 佐伯 | 実績No.1、No.3 |\n' },
    { name: 'short, with proof', code: '## Why us\n\nSince 2012 we have trained 4,000 engineers at 60 plants, including Hanwa Steel, where defects fell 18%.\n' },
    { name: 'a superlative backed in the same sentence', code: '## Why us\n\nWe are a leading provider in Kansai, with 140 programmes delivered since 2012.\n' },
    { name: 'leading as a verb', code: '## Why us\n\nMs Sato, leading the workshop, has run 120 sessions since 2015.\n' },
    { name: 'the statement may be a short list', code: '## Track record\n\n- 140 programmes since 2012\n- Hanwa Steel: defects down 18%\n' },
    { name: '裏付けのある短い紹介', code: '## 弊社について\n\n弊社は2012年から製造業60社で研修を行い、山陽精機様では不良率を18%削減しました。\n' },
    { name: 'option: a longer limit', code: `## Why us\n\n${LONG_EN}\n`, options: { maxWords: 100, maxSentences: 10 } },
  ],
  invalid: [
    { name: "\"world-class\" about yourselves is still an empty claim", code: "# Proposal\n\n## About us\n\nSince 2012 we have run 140 launch meetings.\n\n## Team\n\nA world-class creative team.\n", errors: [{"line":9,"column":3,"messageId":"superlative","data":{"word":"world-class"}}] },
    { name: "自社についての「業界トップクラス」は裏付けのない主張", code: "# ご提案\n\n## 弊社について\n\n弊社は2012年から製造業60社で研修を行いました。\n\n## 体制\n\n業界トップクラスの講師陣がご支援します。\n", errors: [{"line":9,"column":1,"messageId":"superlative","data":{"word":"業界トップクラス"}}] },
    { name: "a promise with a figure is no proof", code: "# Proposal for Acme\n\n## Our approach\n\nWe will run 12 workshops for your managers.\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"Insert a short \"Why us\" statement with proof","output":"# Proposal for Acme\n\n## Our approach\n\nWe will run 12 workshops for your managers.\n\n## Why us\n\nSince [e.g. 2012] we have [e.g. run 140 improvement programmes for 60 manufacturers]. At [e.g. Contoso Ltd.], [e.g. lead time fell by 18% within six months].\n"}]}] },
    { name: "数字のある約束は裏付けではない", code: "# ご提案\n\n## 進め方\n\n弊社が12回の研修を行います。\n", errors: [{"line":1,"column":1,"messageId":"missing","data":{},"suggestions":[{"desc":"裏付けのある短い「弊社について」を挿入","output":"# ご提案\n\n## 進め方\n\n弊社が12回の研修を行います。\n\n## 弊社について\n\n弊社は【例：2012】年から【例：製造業60社で140件の業務改善プログラム】を実施してまいりました。【例：山陽精機株式会社】様では、【例：リードタイムを6か月で18％短縮】いたしました。\n"}]}] },
    { name: '「私について」に裏付けがない', code: '# ご提案\n\n## 私について\n\n誠実にお手伝いします。\n', errors: [{ line: 3, column: 1, messageId: 'noProof', data: { section: '私について' } }] },
    { name: '"Why now" is no credibility heading', code: "# Proposal\n\n## Why now\n\nThe new rules apply from April.\n", errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: "Insert a short \"Why us\" statement with proof", output: "# Proposal\n\n## Why now\n\nThe new rules apply from April.\n\n## Why us\n\nSince [e.g. 2012] we have [e.g. run 140 improvement programmes for 60 manufacturers]. At [e.g. Contoso Ltd.], [e.g. lead time fell by 18% within six months].\n" }] }] },
    { name: '"Why <company>" is the credibility statement, and it needs proof', code: "# Proposal\n\n## Why Lingo&Co\n\nWe care deeply about games.\n", errors: [{ line: 3, column: 1, messageId: 'noProof', data: { section: 'Why Lingo&Co' } }] },
    { name: '「顧客満足度No.1」は裏付けのない最上級表現', code: '# 提案書\n\n## 弊社について\n\n顧客満足度No.1です。\n', errors: [{ line: 3, column: 1, messageId: 'noProof', data: { section: '弊社について' } }, { line: 5, column: 6, messageId: 'superlative', data: { word: 'No.1' } }] },
    {
      name: 'no credibility section: document-level, with a template suggestion',
      code: '# Proposal\n\n## Your situation\n\nYou need more sales.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert a short "Why us" statement with proof', output: '# Proposal\n\n## Your situation\n\nYou need more sales.\n\n## Why us\n\nSince [e.g. 2012] we have [e.g. run 140 improvement programmes for 60 manufacturers]. At [e.g. Contoso Ltd.], [e.g. lead time fell by 18% within six months].\n' }] }],
    },
    {
      name: 'superlatives without proof, and no proof in the section',
      code: '## Why us\n\nWe are a world-class, industry-leading provider.\n',
      errors: [
        { line: 1, column: 1, messageId: 'noProof', endLine: 1, endColumn: 10, data: { section: 'Why us' } },
        { line: 3, column: 10, messageId: 'superlative', endLine: 3, endColumn: 21, data: { word: 'world-class' } },
        { line: 3, column: 23, messageId: 'superlative', data: { word: 'industry-leading' } },
      ],
    },
    {
      name: 'too long in English (words and sentences)',
      code: `## Why us\n\n${LONG_EN} ${LONG_EN}\n`,
      errors: [{ line: 1, column: 1, messageId: 'tooLongWords', data: { section: 'Why us', sentences: 12, maxWords: 140, maxChars: 350, maxSentences: 5, count: 152 } }],
    },
    {
      name: 'option: a shorter limit',
      code: '## Why us\n\nSince 2012 we have trained 4,000 engineers at 60 plants. Hanwa Steel cut defects by 18%.\n',
      options: { maxWords: 5, maxSentences: 1 },
      errors: [{ line: 1, column: 1, messageId: 'tooLongWords', data: { section: 'Why us', sentences: 2, maxWords: 5, maxChars: 350, maxSentences: 1, count: 17 } }],
    },
    {
      name: '最上級表現だけで裏付けがない',
      code: '## 弊社について\n\n弊社は業界トップクラスの品質を誇ります。\n',
      errors: [
        { line: 1, column: 1, messageId: 'noProof', data: { section: '弊社について' } },
        { line: 3, column: 4, messageId: 'superlative', data: { word: '業界トップクラス' } },
      ],
    },
    {
      name: '長すぎる（350文字超）',
      code: `## 会社概要\n\n${'弊社は2009年に創業し、製造業の営業研修を専門としてきました。'.repeat(13)}\n`,
      errors: [{ line: 1, column: 1, messageId: 'tooLongChars', data: { section: '会社概要', sentences: 13, maxWords: 140, maxChars: 350, maxSentences: 5, count: 390 } }],
    },
    {
      name: '弊社紹介がない（課題の節の後に挿入）',
      code: '# ご提案書\n\n## 貴社の現状と課題\n\n納期の短縮が課題です。\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: '裏付けのある短い「弊社について」を挿入', output: '# ご提案書\n\n## 貴社の現状と課題\n\n納期の短縮が課題です。\n\n## 弊社について\n\n弊社は【例：2012】年から【例：製造業60社で140件の業務改善プログラム】を実施してまいりました。【例：山陽精機株式会社】様では、【例：リードタイムを6か月で18％短縮】いたしました。\n\n## お見積り\n\n総額480万円です。\n' }] }],
    },
  ],
});
