import { ruleTester } from '../helpers.js';

ruleTester('features-without-outcomes', {
  valid: [
    { name: 'an outcome in an item', code: '## Approach\n\n- Weekly coaching, so that reps practise on live deals\n- A deal-review checklist\n- A pricing playbook\n' },
    { name: 'an outcome right after the list', code: '## Approach\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n\nTogether they cut the time to a first order by a third.\n' },
    { name: 'two items are no feature list', code: '## Approach\n\n- Weekly coaching\n- A checklist\n' },
    { name: 'a list of pressures in the client section', code: '## Your situation\n\n- Falling win rate\n- New buyer\n- Young team\n' },
    { name: 'an ordered plan', code: '## Approach\n\n1. Kick-off\n2. Workshops\n3. Review\n' },
    { name: '効果を添えた列挙', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n\nこれにより夜間の停止時間を半減できます。\n' },
  ],
  invalid: [
    {
      name: 'features only: at the first item',
      code: '## Approach\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n',
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', endLine: 3, endColumn: 18, data: { count: 3 } }],
    },
    {
      name: 'nested items belong to their parent list',
      code: '## Scope\n\n- Module A\n  - sub one\n  - sub two\n  - sub three\n- Module B\n- Module C\n',
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
    {
      name: '機能の羅列だけ',
      code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n',
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
  ],
});
