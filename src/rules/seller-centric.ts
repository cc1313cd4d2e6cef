import { clientOrgNames, withoutLegalForm } from '../engine/client-names.js';
import { ConceptMatcher } from '../lexicon/index.js';
import { clientBlocks, clientHits } from '../engine/query.js';
import { closestWithRole } from '../engine/sections.js';
import type { Rule } from '../engine/rule.js';
import type { ProseBlock } from '../engine/types.js';

/**
 * Weighting: references in the credibility section (and its sub-sections, such as team
 * bios) count half, because that section is meant to be about the seller.
 */
export const CREDIBILITY_WEIGHT = 0.5;

export const sellerCentric: Rule = {
  meta: {
    id: 'seller-centric',
    type: 'suggestion',
    severity: 'warning',
    playbook: '1, 4',
    kinds: ['proposal'],
    documentLevel: true,
    description: {
      en: 'The client-facing text talks about the seller far more than about the client.',
      ja: '顧客向けの本文が、顧客よりも自社のことを大幅に多く語っています。',
    },
    rationale: {
      en: 'A relationship-first buyer looks for a partner who understands their situation. Text that keeps saying "we" and "our" reads as self-description; outcomes for the client, in their terms, are what make the value visible. Credibility sections and team bios count half, since they are meant to be about you.',
      ja: '関係を重視する買い手は、自社の状況を理解してくれる相手を求めます。「弊社」「当社」ばかりの文章は自己紹介に見えます。価値を伝えるのは、顧客の言葉で書かれた顧客にとっての成果です。弊社紹介や体制紹介の節は自社について書く場所なので半分に数えます。',
    },
    messages: {
      sellerCentric: {
        en: 'You refer to yourselves {{seller}} times and to the client {{client}} (over {{ratio}}×); rewrite around the client and their outcomes.',
        ja: '自社への言及が{{seller}}回、顧客は{{client}}回で{{ratio}}倍を超えます。「貴社」を主語に書き直してください。',
      },
    },
    options: {
      ratio: { type: 'number', default: 3, minimum: 1, description: { en: 'Flag when seller references exceed this multiple of client references.', ja: '自社への言及が顧客への言及のこの倍数を超えたら指摘します。' } },
      minSeller: { type: 'number', default: 15, minimum: 1, description: { en: 'The fewest seller references before the rule speaks.', ja: '指摘の対象とする自社への言及の最小回数。' } },
    },
    teach: { concept: 'client-voice', label: { en: 'client names and aliases', ja: '顧客の呼び方' } },
    examples: [
      { lang: 'en', kind: 'valid', title: 'About the client', code: '# Proposal\n\nYour team wins more tenders when your reps can show your buyers the savings. We help you do that.\n' },
      { lang: 'en', kind: 'invalid', title: 'All about us', code: `# Proposal\n\n${'We deliver our programme with our trainers and our method. '.repeat(5)}\n` },
      { lang: 'ja', kind: 'valid', title: '貴社が主語', code: '# ご提案\n\n貴社の課題は納期です。貴社の工場で夜間対応を減らします。\n' },
      { lang: 'ja', kind: 'invalid', title: '弊社ばかり', code: `# ご提案\n\n${'弊社は弊社の技術者と当社の手法で対応します。'.repeat(6)}\n` },
    ],
  },
  check({ model, lexicon, options, shared, report }) {
    const blocks = clientBlocks(model);
    const weight = (b: ProseBlock) => (closestWithRole(b.section, 'credibility') ? CREDIBILITY_WEIGHT : 1);
    const sum = (hits: Array<{ block: ProseBlock }>) => hits.reduce((n, h) => n + weight(h.block), 0);
    const seller = sum(clientHits(model, lexicon.get('seller-voice'), blocks));
    // The client by name as the document gives it (front matter, title, salutation), and the name's
    // first word alone as people write it ("Sakuragawa" for Sakuragawa Foods Co., Ltd.).
    const given = [...shared.client, ...clientOrgNames(model)];
    const firstWords = given.map((n) => n.replace(/^(?:the\s+)/iu, '').split(/[\s,]+/u)[0] ?? '').filter((w) => /^[A-Z][A-Za-z&'’-]{3,}$/u.test(w) && !COMMON_FIRST.test(w));
    const bare = given.map(withoutLegalForm).filter((n) => n.length >= 2);
    const names = [...new Set([...given, ...firstWords, ...bare])].filter((n) => n.trim().length > 1);
    const clientNames = new ConceptMatcher('client-name', [], [{ lang: 'en', phrases: names }]);
    const client = sum(clientHits(model, lexicon.get('client-voice'), blocks)) + sum(clientHits(model, clientNames, blocks));
    const ratio = options['ratio'] as number;
    if (seller >= (options['minSeller'] as number) && seller > ratio * client) {
      report({ messageId: 'sellerCentric', data: { seller: Math.round(seller), client: Math.round(client), ratio } });
    }
  },
};

/** First words that name no one on their own. */
const COMMON_FIRST = /^(?:North|South|East|West|New|Great|United|National|General|First|City|County|Royal|Saint|Group|Global)$/u;
