import { ruleTester } from '../helpers.js';

const FULL_EN = '## Terms\n\n- If circumstances change materially, both parties review the terms in good faith.\n- Any change of scope is agreed by written change request.\n- Payment schedule: 30% on signature, 70% on completion.\n- Either party may terminate with 30 days\' written notice.\n';
const FULL_JA = '## 契約条件\n\n- 事情変更が生じた場合は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：納品月の翌月末払い。\n- 30日前の書面通知で解約できます。\n';

ruleTester('missing-agreement-safeguards', {
  valid: [
    { name: 'all four safeguards in the terms', code: FULL_EN },
    { name: 'the payment schedule may sit in the pricing section', code: '## Investment\n\nPayment schedule: 50% on signature, 50% on completion.\n\n## Terms\n\n- Good-faith review if circumstances change.\n- Scope changes by change request.\n- Termination with 30 days\' notice.\n' },
    { name: '四つの条項', code: FULL_JA },
  ],
  invalid: [
    {
      name: 'no agreement section at all',
      code: '# Proposal\n\n## Investment\n\n$48,000.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: 'terms without good faith and termination: at the heading, clauses appended to the section',
      code: '# Proposal\n\n## Terms\n\n- Payment schedule: 50% on signature.\n- Scope changes by change request.\n\n## Next steps\n\nCall us.\n',
      errors: [{ line: 3, column: 1, messageId: 'incomplete', endLine: 3, endColumn: 9 }],
      output: '# Proposal\n\n## Terms\n\n- Payment schedule: 50% on signature.\n- Scope changes by change request.\n\n- **Good-faith review:** if circumstances change materially (for example a reorganisation, a change in volumes or new regulation), both parties will meet within ten business days to review the terms in good faith and record any changes in writing.\n- **Termination:** either party may end the agreement with 30 days\' written notice; you pay only for work delivered up to the end of the notice period and keep all materials delivered.\n\n## Next steps\n\nCall us.\n',
    },
    {
      name: '契約条件の節がない',
      code: '# ご提案書\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: '解約条件が欠けている',
      code: '# ご提案書\n\n## 契約条件\n\n- 事情変更が生じた場合は誠実に協議します。\n- 仕様変更は書面の変更依頼によります。\n- 支払条件：翌月末払い。\n',
      errors: [{ line: 3, column: 1, messageId: 'incomplete' }],
    },
  ],
});
