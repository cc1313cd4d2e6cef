import { labelledInternalNotes } from '../engine/notes.js';
import { currencyTaxProblems } from '../engine/currency-tax.js';
import type { Rule } from '../engine/rule.js';

export const currencyAndTax: Rule = {
  meta: {
    id: 'currency-and-tax',
    type: 'problem',
    severity: 'warning',
    playbook: '1, 5',
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    description: {
      en: 'Amounts in more than one currency with no exchange note; yen amounts that never say whether they include consumption tax (税込 / 税別); one figure stated both with and without tax.',
      ja: '換算レートの記載がないまま複数の通貨で書かれた価格、税込か税別かの記載がない円建ての金額、同じ金額で税込・税別の表記が食い違っている箇所。',
    },
    rationale: {
      en: 'Detail is trust: a buyer who cannot tell which currency or whether tax is included will assume the less favourable reading, and a price that can be read two ways is renegotiated later.',
      ja: '細部の正確さが信頼になります。通貨や税込・税別が読み取れない金額は、買い手に最も不利な意味で受け取られ、後になって価格の再交渉を招きます。日本の見積りでは、消費税の扱いを明記するのが慣行です。',
    },
    messages: {
      currencies: {
        en: 'Amounts are in {{main}} and in {{currency}} ({{amount}}) with no exchange note. State the rate or use one currency.',
        ja: '{{main}}と{{currency}}（{{amount}}）の金額が混在しています。換算レートを記載するか、通貨を統一してください。',
      },
      noTax: {
        en: 'Nothing says whether the yen amounts ({{amount}}) include consumption tax. State 税込 or 税別.',
        ja: '金額（{{amount}}）が税込か税別か、どこにも書かれていません。「税別」などと明記してください。',
      },
      taxContradiction: {
        en: '{{amount}} is marked with tax here and without it on line {{line}}, or the other way round. Say which it is.',
        ja: '{{amount}}の税込・税別の表記が{{line}}行目と食い違っています。どちらが正しいか確認してください。',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'Two currencies with the rate', code: '## Pricing\n\nThe licence is $48,000 a year (about €44,000 at the exchange rate of 1 December 2026).\n' },
      { lang: 'en', kind: 'invalid', title: 'Two currencies, no exchange note', code: '## Pricing\n\nThe licence is $13.75 per employee per month in the United States and CAD 16.50 in Canada.\n' },
      { lang: 'ja', kind: 'valid', title: '税別と明記した見積り', code: '## お見積り\n\n金額はすべて税別です。\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 600,000円 |\n| 報告書 | 200,000円 |\n' },
      { lang: 'ja', kind: 'invalid', title: '税込か税別か書いていない', code: '## 料金\n\n- 月額 40万円（業務範囲により個別にお見積りします）\n- 初期設定費 10万円\n' },
    ],
  },
  check(context) {
    const notes = labelledInternalNotes(context.model, context.lexicon).flatMap((n) => n.blocks);
    const aside = (offset: number) => notes.some((b) => offset >= b.start && offset < b.end);
    for (const p of currencyTaxProblems(context.model, aside)) {
      context.report({ messageId: p.kind, data: p.data, start: p.start, end: p.end });
    }
  },
};
