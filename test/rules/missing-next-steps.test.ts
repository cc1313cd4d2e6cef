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
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: '今後の進め方がない',
      code: '# ご提案\n\n## お見積り\n\n総額480万円です。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: '日本語の提案で承認の流れがない（見出しで報告）',
      code: '# ご提案\n\n## 今後の進め方\n\n4月1日から作業を開始します。\n',
      errors: [{ line: 3, column: 1, messageId: 'noApprovalPath' }],
    },
  ],
});
