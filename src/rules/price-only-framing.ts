import { blocksIn, clientBlocks, clientHits } from '../engine/query.js';
import { closestWithRole } from '../engine/sections.js';
import { clientOccurrences } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';
import type { Section } from '../engine/types.js';

/** Keeps a capital first letter when the replaced phrase had one. */
function matchCase(original: string, replacement: string | undefined): string | undefined {
  if (!replacement) return undefined;
  const first = original[0] ?? '';
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export const priceOnlyFraming: Rule = {
  meta: {
    id: 'price-only-framing',
    type: 'suggestion',
    severity: 'warning',
    playbook: '4',
    kinds: ['proposal', 'rfp-response', 'sow', 'quote'],
    hasSuggestions: true,
    description: {
      en: 'A price stands without value, outcome or risk-reduction wording, or the text competes on price alone.',
      ja: '価格に価値・成果・リスク低減の説明が伴っていない、または価格の安さだけで競っています。',
    },
    rationale: {
      en: 'When the buyer sees a commodity, price becomes the only lever and the cheapest bid wins. Frame every price with the outcomes, return and risk reduction it buys, and defend value instead of promising to be cheapest.',
      ja: '買い手が「どこでも同じ」と見ると、価格だけが判断材料になり最安値が勝ちます。価格には必ず成果・投資対効果・リスク低減を添え、安さを約束するのではなく価値で勝負してください。',
    },
    messages: {
      noValue: {
        en: 'The prices in "{{section}}" stand alone: nothing in this section says what they buy. A price without outcomes invites comparison on price only; add the return on investment, the outcomes or the risk the client avoids next to the figures.',
        ja: '「{{section}}」の価格には、それで何が得られるかの説明がありません。成果の見えない価格は安さだけで比較されます。金額のそばに投資対効果・成果・回避できるリスクを書いてください。',
      },
      competing: {
        en: '"{{phrase}}" competes on price alone. It tells the client the offer is a commodity and sets up a race to the bottom; say what value, outcome or risk reduction the price buys instead.',
        ja: '「{{phrase}}」は価格の安さだけで競っています。提案が「どこでも同じ商品」だと伝え、値下げ競争を招きます。代わりに、その価格で得られる価値・成果・リスク低減を書いてください。',
      },
      reframe: {
        en: 'Reframe as "{{replacement}}"',
        ja: '「{{replacement}}」と言い換える',
      },
    },
    teach: { concept: 'value', label: { en: 'value words', ja: '価値を表す語' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A price framed by its return', code: '## Investment\n\n| Item | Price |\n|---|---|\n| Programme | $48,000 |\n\nThe programme pays for itself within six months through reduced rework.\n' },
      { lang: 'en', kind: 'invalid', title: 'Matching any quote', code: '## Investment\n\nThe programme costs $48,000, a saving of 12% in rework. We will match any quote.\n' },
      { lang: 'ja', kind: 'valid', title: '費用対効果を添えた価格', code: '## お見積り\n\n総額480万円です。不良率の削減により1年で投資を回収できます。\n' },
      { lang: 'ja', kind: 'invalid', title: '価格だけの見積り', code: '## お見積り\n\n| 項目 | 金額 |\n|---|---|\n| 研修 | 480万円 |\n' },
    ],
  },
  check(context) {
    const { model, lexicon, report } = context;
    const currency = lexicon.get('currency');
    const value = lexicon.get('value');
    const client = clientBlocks(model);
    const isClient = new Set(client);

    // (a) Each place that quotes prices (in proposals and tender responses: a quote or SOW is priced, not pitched): the pricing section it belongs to, else its own section.
    const scopes = new Set<Section>();
    for (const s of model.sections) {
      if (s.role === 'pricing' && !s.internal && !(s.parent && closestWithRole(s.parent, 'pricing'))) scopes.add(s);
    }
    for (const hit of clientHits(model, currency, client)) {
      const section = hit.block.section;
      // Amounts in the agreement are payment terms, not a price to frame.
      if (closestWithRole(section, 'agreement')) continue;
      scopes.add(closestWithRole(section, 'pricing') ?? section);
    }
    const pitched = model.kind === 'proposal' || model.kind === 'rfp-response';
    for (const scope of pitched ? [...scopes].sort((a, b) => a.start - b.start) : []) {
      const blocks = blocksIn(model, scope).filter((b) => isClient.has(b));
      if (clientHits(model, value, blocks).length > 0) continue;
      const at = scope.heading ? scope.headingRange : clientHits(model, currency, blocks)[0];
      if (!at) continue;
      report({ messageId: 'noValue', data: { section: scope.title || (model.lang === 'ja' ? '冒頭' : 'the introduction') }, start: at.start, end: at.end });
    }

    // (b) Competing on price alone.
    for (const hit of clientOccurrences(context, 'price-competing')) {
      const replacement = matchCase(hit.match.text, hit.match.replace);
      report({
        messageId: 'competing',
        data: { phrase: hit.match.text },
        start: hit.start,
        end: hit.end,
        suggestions: replacement ? [{ messageId: 'reframe', data: { replacement }, edits: [{ start: hit.start, end: hit.end, text: replacement }] }] : [],
      });
    }
  },
};
