import { ruleTester } from '../helpers.js';

ruleTester('features-without-outcomes', {
  valid: [
    { name: "a service list followed by \"What the hospice gets from it\"", code: "# Proposal\n\n## What the service covers\n\n* Baseline review\n* Named DPO\n* Quarterly report\n\n## What the hospice gets from it\n\n* A clear answer for the regulator.\n" },
    { name: "サービス一覧の直後に「導入で得られるもの」", code: "# ご提案書\n\n## サービス内容\n\n- 初回診断\n- 担当者の選任\n- 四半期レポート\n\n## 導入で得られるもの\n\n- 監督官庁からの照会に明確に回答できること\n" },
    { name: "measured commitments state what the client gets", code: "# Proposal\n\n## What's included\n\n- Rewash rate below 2%, reported monthly.\n- Deliveries within 4 hours of a call-off.\n- Electric vans in the city centre.\n" },
    { name: "数値で約束した項目は効果を述べている", code: "# ご提案\n\n## ご提案内容\n\n- 障害発生から30分以内に一次対応\n- 再洗浄率2%未満を毎月報告\n- 市内は電気自動車で配送\n" },
    { name: 'a scope definition is no feature pitch', code: '# Proposal\n\n## Our solution\n\n**In scope:**\n\n- Home claims, end to end\n- Motor total-loss claims\n- Supplier management for those claims\n' },
    { name: '「代金に含まれるもの」の列挙は機能の売り込みではない', code: '# ご提案\n\n## ご提案内容\n\n### ご旅行代金に含まれるもの\n\n- 往復航空運賃\n- ホテル宿泊代\n- 専用バス代\n' },
    { name: 'an outcome in an item', code: "## What's included\n\n- Weekly coaching, so that reps practise on live deals\n- A deal-review checklist\n- A pricing playbook\n" },
    { name: 'an outcome right after the list', code: "## What's included\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n\nTogether they cut the time to a first order by a third.\n" },
    { name: 'an outcome in the lead-in sentence', code: "## What's included\n\nEverything below is there to cut your onboarding time by half:\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n" },
    { name: 'an outcome in the parent section\'s intro', code: '# P\n\n## Our solution\n\nThe solution cuts unplanned downtime by 30%.\n\n### Components\n\n- Sensors\n- Gateway\n- Dashboard\n\n## Next steps\n\nCall us.\n' },
    { name: 'an outcome in a "Why this matters" section right after', code: "# P\n\n## What's included\n\n- Sensors\n- Gateway\n- Dashboard\n\n## Why this matters\n\nYou avoid the two-day outages that cost you $40,000 each.\n" },
    { name: 'two items are no feature list', code: "## What's included\n\n- Weekly coaching\n- A checklist\n" },
    { name: 'a list of pressures in the client section', code: '## Your situation\n\n- Falling win rate\n- New buyer\n- Young team\n' },
    { name: 'an ordered plan', code: "## What's included\n\n1. Kick-off\n2. Workshops\n3. Review\n" },
    { name: 'methodology activities are not the offer', code: '## Approach\n\n- Interviews with shift leads\n- Slotting analysis\n- Site walk\n' },
    { name: 'exclusions are not the offer', code: "## What's not included\n\n- Copywriting\n- Photography\n- Hosting\n" },
    { name: 'assumptions are not the offer', code: '## Scope\n\nWe assume that you provide:\n\n- Access to the site\n- A project lead\n- Test data\n' },
    { name: 'terms are not the offer', code: '## Terms\n\n- 30 days\' notice\n- Invoiced monthly\n- Change requests in writing\n' },
    { name: 'reference clients are not the offer', code: '## Why us\n\n- Hanwa Steel\n- Kestrel Pumps\n- Orion Foods\n' },
    { name: 'long explanatory items are not a feature list', code: "## What's included\n\n- Mobile-first pre-boarding: new hires complete tax forms, direct deposit and policy acknowledgements from their phone as soon as they accept the offer, before day one.\n- Site- and role-specific checklists for warehouse associates, forklift operators and drivers, each seeing only what applies to their own role.\n- A driver qualification workflow that collects consent, medical card and road test record with reminders before each one expires.\n" },
    { name: '効果を添えた列挙', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n\nこれにより夜間の停止時間を半減できます。\n' },
    { name: '進め方（手法）の列挙は提案内容ではない', code: '## 進め方\n\n- 現場ヒアリング\n- データ分析\n- 報告会\n' },
    { name: '対象外の列挙は提案内容ではない', code: '## 含まれないもの\n\n- 原稿作成\n- 撮影\n- サーバー費用\n' },
    { name: '導入効果の節が直後にある', code: '# ご提案\n\n## 主な機能\n\n- 在庫の自動引当\n- 発注点アラート\n- 棚卸アプリ\n\n## 導入効果\n\n欠品が月20件から5件に減ります。\n' },
  ],
  invalid: [
    { name: "quantities alone are still features", code: "# Proposal\n\n## What's included\n\n- 12 workshops\n- 3 coaching sessions\n- 1 final report\n", errors: [{"line":5,"column":1,"messageId":"noOutcome","data":{"count":3}}] },
    { name: "数量だけの列挙は機能の列挙", code: "# ご提案\n\n## ご提案内容\n\n- 研修12回\n- 個別面談3回\n- 報告書1冊\n", errors: [{"line":5,"column":1,"messageId":"noOutcome","data":{"count":3}}] },
    {
      name: 'one outcome in six features is still a feature dump',
      code: "## What's included\n\n- Forecasting, so that planners see demand early\n- Allocation\n- Workbench\n- Connectors\n- Reports\n- Alerts\n",
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', data: { count: 6 } }],
    },
    {
      name: 'features only: at the first item',
      code: "## What's included\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n",
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', endLine: 3, endColumn: 18, data: { count: 3 } }],
    },
    {
      name: 'nested items belong to their parent list',
      code: '## Scope\n\n- Module A\n  - sub one\n  - sub two\n  - sub three\n- Module B\n- Module C\n',
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
    {
      name: 'a sub-heading of the offer',
      code: '# P\n\n## Our solution\n\n### Onboarding\n\n- Mobile checklists\n- E-signature\n- Task reminders\n',
      errors: [{ line: 7, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
    {
      name: 'a bold label names the list',
      code: '## Package\n\nFull build.\n\n**Key features**\n\n- Responsive design\n- CMS\n- Analytics\n',
      errors: [{ line: 7, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
    {
      name: '機能の羅列だけ',
      code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n',
      errors: [{ line: 3, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
    {
      name: '太字の見出し「主な機能」',
      code: '## 制作内容\n\nトップページを刷新します。\n\n**主な機能**\n\n- スマホ対応\n- CMS\n- アクセス解析\n',
      errors: [{ line: 7, column: 1, messageId: 'noOutcome', data: { count: 3 } }],
    },
  ],
});
