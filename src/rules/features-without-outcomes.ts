import { blocksBetween, findHits, firstBlockAt } from '../engine/query.js';
import type { Rule } from '../engine/rule.js';
import type { ProseBlock, SectionRole } from '../engine/types.js';

/** Lists in these sections are situations, prices, offers, terms or plans, not feature lists. */
const NOT_FEATURES: ReadonlySet<SectionRole> = new Set(['client-position', 'pricing', 'value-add', 'agreement', 'next-steps', 'credibility', 'internal']);

export const featuresWithoutOutcomes: Rule = {
  meta: {
    id: 'features-without-outcomes',
    type: 'suggestion',
    severity: 'warning',
    playbook: '4',
    description: {
      en: 'A list of three or more features or deliverables says nothing about the outcome for the client.',
      ja: '三つ以上の機能・成果物の列挙に、顧客にとっての効果が書かれていません。',
    },
    rationale: {
      en: 'A unique selling proposition is value the buyer cannot get elsewhere. A list of features leaves the buyer to guess what they gain, and a commodity-looking list invites comparison on price; turn each feature into an outcome for this client.',
      ja: '独自の価値とは、買い手が他では得られない価値です。機能の羅列では何が得られるかを買い手が推測するしかなく、汎用品に見えて価格で比較されます。各機能をこの顧客にとっての効果に言い換えてください。',
    },
    messages: {
      noOutcome: {
        en: 'This list of {{count}} items names features but no outcome for the client. Say what each one changes for them ("so that…", "which reduces…", "saves…"), in the items or in a sentence right after the list.',
        ja: 'この {{count}} 項目の列挙は機能を挙げるだけで、顧客にとっての効果がありません。各項目か直後の文で「〜により〇〇を削減」「〜できるようになります」など、顧客に何が変わるかを書いてください。',
      },
    },
    options: {
      minItems: { type: 'number', default: 3, minimum: 2, description: { en: 'The fewest items that make a feature list.', ja: '機能の列挙とみなす最小項目数。' } },
    },
    teach: { concept: 'outcome', label: { en: 'outcome words', ja: '効果を表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Features turned into outcomes', code: '## Approach\n\n- Weekly coaching, so that reps practise on live deals\n- A deal-review checklist\n- A pricing playbook\n' },
      { lang: 'en', kind: 'invalid', title: 'Features only', code: '## Approach\n\n- Weekly coaching\n- A deal-review checklist\n- A pricing playbook\n' },
      { lang: 'ja', kind: 'valid', title: '効果を添えた列挙', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n\nこれにより夜間の停止時間を半減できます。\n' },
      { lang: 'ja', kind: 'invalid', title: '機能の羅列だけ', code: '## ご提案内容\n\n- 24時間監視\n- 予兆検知\n- 月次報告\n' },
    ],
  },
  check({ model, lexicon, options, report }) {
    const outcome = lexicon.get('outcome');
    const minItems = options['minItems'] as number;
    // Top-level lists only (model.lists): a nested list is part of its parent's items.
    for (const list of model.lists) {
      if (list.ordered || list.children.length < minItems) continue;
      const start = list.position?.start.offset ?? 0;
      const end = list.position?.end.offset ?? start;
      if (model.isInternal(start)) continue;
      const inside = blocksBetween(model, start, end);
      const section = inside[0]?.section;
      if (!section || NOT_FEATURES.has(section.role) || (section.parent && NOT_FEATURES.has(section.parent.role))) continue;
      const after: ProseBlock | undefined = model.blocks[firstBlockAt(model, end)];
      const scope = after && after.kind === 'paragraph' && !after.inList && after.section === section ? [...inside, after] : inside;
      if (findHits(outcome, scope).length > 0) continue;
      const firstItem = list.children[0]!;
      const itemEnd = model.text.indexOf('\n', firstItem.position?.start.offset ?? start);
      report({ messageId: 'noOutcome', data: { count: list.children.length }, start, end: itemEnd === -1 ? end : Math.min(itemEnd, end) });
    }
  },
};
