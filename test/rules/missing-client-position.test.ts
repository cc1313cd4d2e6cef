import { ruleTester } from '../helpers.js';

ruleTester('missing-client-position', {
  valid: [
    { name: 'Your situation', code: '# Proposal\n\n## Your situation\n\nYour win rate fell.\n' },
    { name: 'Background', code: '# Proposal\n\n## Background and objectives\n\nThe plant expands in 2027.\n' },
    { name: '貴社の現状と課題', code: '# ご提案\n\n## 貴社の現状と課題\n\n夜間対応に時間がかかっています。\n' },
  ],
  invalid: [
    {
      name: 'straight to the solution: a section inserted after the introduction',
      code: '# Proposal\n\nIntro.\n\n## Our solution\n\nFour workshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: 'a client section only in internal notes does not count',
      code: '# Proposal\n\n## Internal notes\n\n### Their situation\n\nBudget is tight.\n\n## Our solution\n\nWorkshops.\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: '課題の記述がない',
      code: '# ご提案\n\n## ご提案内容\n\n保守契約を更新します。\n',
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
  ],
});
