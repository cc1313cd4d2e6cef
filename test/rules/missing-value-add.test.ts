import { ruleTester } from '../helpers.js';

ruleTester('missing-value-add', {
  valid: [
    { name: 'a value-add section by its heading', code: '# Proposal\n\n## Value-added services\n\nIncluded with the programme.\n' },
    { name: 'add-on wording anywhere client-facing', code: '# Proposal\n\nWe include an additional quarterly report and two extra training seats at no extra cost.\n' },
    { name: 'phased payment', code: '# Proposal\n\nPayment can be phased payment over three milestones.\n' },
    { name: '分割払い', code: '# ご提案\n\nお支払いは3回の分割払いにも対応します。\n' },
    { name: '付加価値の節', code: '# ご提案\n\n## 付加価値サービス\n\n以下を含みます。\n' },
  ],
  invalid: [
    {
      name: 'only a price: the value-add section goes before the pricing section',
      code: '# Proposal\n\n## Approach\n\nFour workshops.\n\n## Investment\n\nThe programme costs $48,000.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing', endLine: 1, endColumn: 11 }],
    },
    {
      name: 'add-ons mentioned only in internal notes do not count',
      code: '# Proposal\n\n<!-- internal -->\n\nKeep two extra training seats in reserve.\n\n<!-- /internal -->\n\nWe propose four workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: '付加価値がない',
      code: '# ご提案\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
  ],
});
