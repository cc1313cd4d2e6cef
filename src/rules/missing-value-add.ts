import { clientBlocks } from '../engine/query.js';
import { clientOccurrences, insertSectionSuggestion, sectionsWithRole } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';

export const missingValueAdd: Rule = {
  meta: {
    id: 'missing-value-add',
    type: 'suggestion',
    severity: 'warning',
    playbook: '3.5, 3.8',
    kinds: ['proposal', 'rfp-response'],
    documentLevel: true,
    hasSuggestions: true,
    description: {
      en: 'The proposal offers no value-adding add-ons (extra reports, surveys, consulting time, training seats, phased or deferred payment).',
      ja: '付加価値（追加レポート、調査、コンサルティング、研修枠、分割払い・後払いなど）の提示がありません。',
    },
    rationale: {
      en: 'Add-ons that matter to the client but cost you little close gaps without cutting the price, and a few kept in reserve make the final-stage concessions that most deals need.',
      ja: '顧客にとって価値が高く自社の負担が小さい付加価値は、値引きせずに条件の差を埋めます。最終段階の譲歩用にいくつか残しておくと、まとまりやすくなります。',
    },
    messages: {
      missing: {
        en: 'No add-on is offered, so price is your only concession; offer an extra report, a survey, training or phased payment.',
        ja: '付加価値の提示がなく、譲歩の手段が値引きだけです。追加レポートや分割払いなど、自社の負担が小さいものを示してください。',
      },
      insert: {
        en: 'Insert a "Value-added services" section before the pricing',
        ja: '価格の前に「付加価値サービス」の節を挿入',
      },
    },
    teach: { concept: 'addon', label: { en: 'add-on words', ja: '付加価値の語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Add-ons offered', code: '# Proposal\n\n## Value-added services\n\nWe include an additional quarterly report and two extra training seats at no extra cost.\n' },
      { lang: 'en', kind: 'invalid', title: 'Only the price', code: '# Proposal\n\n## Investment\n\nThe programme costs $48,000.\n' },
      { lang: 'ja', kind: 'valid', title: '分割払いを提示', code: '# ご提案\n\nお支払いは3回の分割払いにも対応します。\n' },
      { lang: 'ja', kind: 'invalid', title: '付加価値がない', code: '# ご提案\n\n## お見積り\n\n総額480万円です。\n' },
    ],
  },
  check(context) {
    const { model } = context;
    if (sectionsWithRole(model, 'value-add').length > 0) return;
    // A revised offer or a follow-up letter builds on the add-ons offered before; a renewal negotiates afresh.
    if (model.laterRound && !model.renewal) return;
    if (clientOccurrences(context, 'addon').length > 0) return;
    // Something given on top of the priced scope, in whatever words: "included", "at no charge", 「〜を含みます」「無償」.
    if (clientBlocks(model).some((b) => b.sentences.some((s) => INCLUDED.test(s.text)))) return;
    // Phased payment is a value-add (playbook 5): "50% when we sign, 50% after the readout", 「着手時50%・納品時50%」, 分割払い.
    if (clientBlocks(model).some((b) => PHASED.test(b.text) && PAYMENT.test(b.text))) return;
    context.report({ messageId: 'missing', suggestions: [insertSectionSuggestion(model, 'prop-value-add', model.lang, 'insert')] });
  },
};

/** Wording that gives something beyond the priced scope. */
const INCLUDED = /\b(?:at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|free\s+of\s+charge|no\s+(?:extra\s+|additional\s+)?charge|complimentary|waived|without\s+(?:extra|additional)\s+(?:cost|charge|commission))\b|無償|無料|サービスいたします|サービスします|追加費用なし|追加料金なし|追加費用は(?:いただき|頂き|かかり)ません|費用はいただきません|を含みます|も含みます|を含む|も含む/iu;

/** Payment in stages: two or more shares, or instalments by name. */
const PHASED = /[0-9０-９]{1,2}\s?[%％][^\n]{0,60}?[0-9０-９]{1,2}\s?[%％]|(?<![0-9/])[1-9]0\s?\/\s?[1-9]0(?:\s?\/\s?[1-9]0)?(?![0-9/])|\b(?:in\s+(?:two|three|four|[2-9])\s+(?:instal?lments|payments|stages|tranches)|phased\s+payments?|staged\s+payments?|instal?lment\s+plan)\b|分割(?:払い|でのお支払|して(?:お)?支払|請求)|[2-9２-９](?:回|期)に分けて(?:お)?(?:支払|請求)/iu;
const PAYMENT = /\b(?:pay(?:ment|able)?|invoic(?:e|ed|ing)|billed|deposit|instal?lments?|on\s+signing|when\s+we\s+sign)\b|支払|請求|着手金|前払|分割/iu;
