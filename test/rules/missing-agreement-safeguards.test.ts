import { ruleTester } from '../helpers.js';

const FULL_EN = '## Terms\n\n- If circumstances change materially, both parties review the terms in good faith.\n- Any change of scope is agreed by written change request.\n- Payment schedule: 30% on signature, 70% on completion.\n- Either party may terminate with 30 days\' written notice.\n';
const FULL_JA = '## 契約条件\n\n- 事情変更が生じた場合は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：納品月の翌月末払い。\n- 30日前の書面通知で解約できます。\n';

ruleTester('missing-agreement-safeguards', {
  valid: [
    { name: "a follow-up letter with no terms keeps the terms already proposed", code: "# Acme: options for 2027\n\nFollowing our proposal of 30 September, here are two options.\n\n## Option A\n\nFour workshops.\n" },
    { name: "補足説明書は提出済みの提案の条件を前提にする", code: "# ヒアリングにおける御質問に対する補足説明書\n\n## 1. 高齢者への伝達\n\n防災無線と連携します。\n" },
    { name: "a contract with one clause not recognised is thin evidence", code: "# Standard Terms of Business\n\n## 1. Payment\n\nInvoices are payable within 30 days.\n\n## 2. Termination\n\nEither party may terminate on 60 days' written notice.\n\n## 3. Review\n\nThe parties will review the fees in good faith if circumstances change.\n" },
    { name: "a payment plan stated outside the terms section counts", code: "# Proposal\n\n## Fees\n\nGBP 24,000.\n\n## Phasing\n\nWe will invoice in three instalments: on signing, at the midpoint and at the end.\n\n## Terms\n\n- Either side may end this with 30 days' notice.\n- Changes to scope are agreed in writing first.\n- If your plans change, we will work out a fair adjustment together.\n" },
    { name: "契約書で条項が一つ見つからないだけでは指摘しない", code: "# 業務委託契約書\n\n## 第1条（支払）\n\n報酬は月末締め翌月末払いとします。\n\n## 第2条（解約）\n\n3か月前までに書面で通知して解約できます。\n\n## 第3条（協議）\n\n事情が変わった場合は誠実に協議します。\n" },
    { name: "「設計条件の変更」は変更の手続き", code: "# ご提案\n\n## 契約条件\n\n- 設計条件の変更を求める場合は、協議のうえ変更します。\n- 報酬は2回に分けてお支払いいただきます。\n- 3か月前の書面通知で解約できます。\n- 事情が変わった場合は誠実に協議します。\n" },
    { name: 'terms carried over from the original proposal', code: '# Revised option\n\n## Investment\n\nThe revised fee is €84,000, invoiced per phase. The terms of our original proposal remain in force.\n' },
    { name: '当初のご提案の契約条件を引き継ぐ', code: '# 再提案\n\n## お見積り\n\n総額480万円です。契約条件は当初のご提案の第8章のとおりです。\n' },
    { name: 'all four safeguards in the terms', code: FULL_EN },
    { name: 'the payment schedule may sit in the pricing section', code: '## Investment\n\nPayment schedule: 50% on signature, 50% on completion.\n\n## Terms\n\n- Good-faith review if circumstances change.\n- Scope changes by change request.\n- Termination with 30 days\' notice.\n' },
    { name: '四つの条項', code: FULL_JA },
  ],
  invalid: [
    { name: "a later round that states some terms is judged on them", code: "# Revised proposal for Acme\n\n## Terms\n\n- Invoices are payable within 30 days.\n", errors: [{"line":3,"column":1,"messageId":"incomplete","data":{"missing":"good-faith review, scope changes, termination"},"suggestions":[{"desc":"Add the missing safeguard clauses","output":"# Revised proposal for Acme\n\n## Terms\n\n- Invoices are payable within 30 days.\n\n- **Good-faith review:** if circumstances change materially (for example a reorganisation, a change in volumes or new regulation), both parties will meet within ten business days to review the terms in good faith and record any changes in writing.\n- **Change requests:** any change of scope is made by written change request; within five business days we set out its impact on fee and schedule, and work on it starts only after both parties have agreed it in writing.\n- **Termination:** either party may end the agreement with 30 days' written notice; you pay only for work delivered up to the end of the notice period and keep all materials delivered.\n"}]}] },
    { name: "a contract with two clauses missing", code: "# Standard Terms of Business\n\n## 1. Payment\n\nInvoices are payable within 30 days.\n\n## 2. Termination\n\nEither party may terminate on 60 days' written notice.\n", errors: [{"line":1,"column":1,"messageId":"incomplete","data":{"missing":"good-faith review, scope changes"}}] },
    { name: "二つの条項がない契約書", code: "# 業務委託契約書\n\n## 第1条（支払）\n\n報酬は月末締め翌月末払いとします。\n\n## 第2条（解約）\n\n3か月前までに書面で通知して解約できます。\n", errors: [{"line":1,"column":1,"messageId":"incomplete","data":{"missing":"事情変更時の誠実協議・仕様変更の手続き"}}] },
    {
      name: '「初回のご提案」は前の提案の条件を指していない',
      code: "# ご提案\n\n本書は初回のご提案です。\n\n## お見積り\n\n総額480万円です。\n",
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: "「契約条件」の節を挿入", output: "# ご提案\n\n本書は初回のご提案です。\n\n## お見積り\n\n総額480万円です。\n\n## 契約条件\n\n長くお付き合いいただくための取り決めとして、状況が変わった場合の進め方も含めて次のとおり定めます。\n\n- **事情変更時の誠実協議：** 貴社の組織体制や事業環境に大きな変化が生じた場合は、10営業日以内に協議の場を設け、範囲・金額・日程を誠実に協議して見直し、合意内容を書面に残します。\n- **仕様変更の手続き：** 範囲や仕様の変更は、書面による変更依頼で承ります。弊社は5営業日以内に費用と日程への影響をご回答し、双方が書面で合意してから作業を始めます。\n- **支払条件：** ご契約時に30％、中間報告の完了時に40％、納品時に30％を分割してご請求し、各回請求書発行月の翌月末日までにお支払いいただきます。\n- **解約条件：** いずれの当事者も、30日前までの書面による解約予告で中途解約できます。お支払いは解約日までに実施した作業分のみとし、納品済みの資料はすべて貴社にお渡しします。\n- **秘密保持・個人情報：** 双方は相互の秘密保持契約に基づき、相手方の情報を秘密として扱います。個人情報は本件の実施に必要な範囲に限り、個人情報保護法に従って取り扱い、終了後60日以内に削除します。\n" }] }],
    },
    {
      name: 'no agreement section at all',
      code: '# Proposal\n\n## Investment\n\n$48,000.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: 'Insert an "Agreement and safeguards" section', output: '# Proposal\n\n## Investment\n\n$48,000.\n\n## Agreement and safeguards\n\nThis agreement is meant to support a long-term working relationship, so it also says how we adapt it when things change.\n\n- **Good-faith review:** if circumstances change materially (for example a reorganisation, a change in volumes or new regulation), both parties will meet within ten business days to review the terms in good faith and record any changes in writing.\n- **Change requests:** any change of scope is made by written change request; within five business days we set out its impact on fee and schedule, and work on it starts only after both parties have agreed it in writing.\n- **Payment schedule:** 30% on signature, 40% at the mid-project milestone and 30% on completion; each amount is invoiced when due and payable within 30 days of the invoice.\n- **Termination:** either party may end the agreement with 30 days\' written notice; you pay only for work delivered up to the end of the notice period and keep all materials delivered.\n- **Confidentiality and data protection:** each party keeps the other\'s information confidential under a mutual non-disclosure agreement; personal data is used only to deliver this project, handled in line with applicable data protection law and deleted within 60 days of completion.\n' }] }],
    },
    {
      name: 'terms without good faith and termination: at the heading, clauses appended to the section',
      code: '# Proposal\n\n## Terms\n\n- Payment schedule: 50% on signature.\n- Scope changes by change request.\n\n## Next steps\n\nCall us.\n',
      errors: [{ line: 3, column: 1, messageId: 'incomplete', endLine: 3, endColumn: 9, data: { missing: 'good-faith review, termination' }, suggestions: [{ desc: 'Add the missing safeguard clauses', output: '# Proposal\n\n## Terms\n\n- Payment schedule: 50% on signature.\n- Scope changes by change request.\n\n- **Good-faith review:** if circumstances change materially (for example a reorganisation, a change in volumes or new regulation), both parties will meet within ten business days to review the terms in good faith and record any changes in writing.\n- **Termination:** either party may end the agreement with 30 days\' written notice; you pay only for work delivered up to the end of the notice period and keep all materials delivered.\n\n## Next steps\n\nCall us.\n' }] }],
    },
    {
      name: '契約条件の節がない',
      code: '# ご提案書\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', data: {}, suggestions: [{ desc: '「契約条件」の節を挿入', output: '# ご提案書\n\n## お見積り\n\n総額480万円です。\n\n## 契約条件\n\n長くお付き合いいただくための取り決めとして、状況が変わった場合の進め方も含めて次のとおり定めます。\n\n- **事情変更時の誠実協議：** 貴社の組織体制や事業環境に大きな変化が生じた場合は、10営業日以内に協議の場を設け、範囲・金額・日程を誠実に協議して見直し、合意内容を書面に残します。\n- **仕様変更の手続き：** 範囲や仕様の変更は、書面による変更依頼で承ります。弊社は5営業日以内に費用と日程への影響をご回答し、双方が書面で合意してから作業を始めます。\n- **支払条件：** ご契約時に30％、中間報告の完了時に40％、納品時に30％を分割してご請求し、各回請求書発行月の翌月末日までにお支払いいただきます。\n- **解約条件：** いずれの当事者も、30日前までの書面による解約予告で中途解約できます。お支払いは解約日までに実施した作業分のみとし、納品済みの資料はすべて貴社にお渡しします。\n- **秘密保持・個人情報：** 双方は相互の秘密保持契約に基づき、相手方の情報を秘密として扱います。個人情報は本件の実施に必要な範囲に限り、個人情報保護法に従って取り扱い、終了後60日以内に削除します。\n' }] }],
    },
    {
      name: '解約条件が欠けている',
      code: '# ご提案書\n\n## 契約条件\n\n- 事情変更が生じた場合は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：翌月末払い。\n',
      errors: [{ line: 3, column: 1, messageId: 'incomplete', data: { missing: '解約条件' }, suggestions: [{ desc: '欠けている条項を追加', output: '# ご提案書\n\n## 契約条件\n\n- 事情変更が生じた場合は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：翌月末払い。\n\n- **解約条件：** いずれの当事者も、30日前までの書面による解約予告で中途解約できます。お支払いは解約日までに実施した作業分のみとし、納品済みの資料はすべて貴社にお渡しします。\n' }] }],
    },
  ],
});
