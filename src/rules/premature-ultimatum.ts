import { sentenceAt } from '../engine/query.js';
import { closestWithRole } from '../engine/sections.js';
import { clientOccurrences } from '../engine/shapes.js';
import type { Rule } from '../engine/rule.js';
import type { Concept } from '../lexicon/index.js';

/** An ultimatum word applied to one of these safeguards is a guarantee, not a deal ultimatum. */
const SAFEGUARD_CONCEPTS: readonly Concept[] = ['safeguard-confidentiality'];

export const prematureUltimatum: Rule = {
  meta: {
    id: 'premature-ultimatum',
    type: 'problem',
    severity: 'warning',
    playbook: '3.4',
    kinds: ['proposal', 'rfp-response', 'quote'],
    description: {
      en: 'A take-it-or-leave-it line ("final offer", "non-negotiable") in a proposal that is not at the final stage.',
      ja: '最終段階ではない提案に「最終提示」「交渉の余地はありません」などの最後通告があります。',
    },
    rationale: {
      en: 'A deal/no-deal line is a last-stage guardrail, used only after patience and fairness have been shown. In a first proposal it damages trust and leaves no room for the adjustments a long relationship needs. Front matter `stage: final` silences the rule.',
      ja: '取引するか否かの最後通告は、忍耐と公正さを示した後の最終段階でだけ使う歯止めです。最初の提案で使うと信頼を損ない、長い関係に必要な調整の余地を失います。フロントマターに `stage: final` があればこのルールは指摘しません。',
    },
    messages: {
      ultimatum: {
        en: '"{{phrase}}" is an ultimatum before the final stage; state your terms and their basis.',
        ja: '「{{phrase}}」は最終段階前の最後通告です。条件とその根拠を示す書き方にしてください。',
      },
    },
    examples: [
      { lang: 'en', kind: 'valid', title: 'A final report is no ultimatum', code: 'The final report is delivered in week 12.\n' },
      { lang: 'en', kind: 'invalid', title: 'Final offer in a first proposal', code: 'This is our final offer.\n' },
      { lang: 'ja', kind: 'valid', title: '最終報告書', code: '最終報告書は12週目に提出します。\n' },
      { lang: 'ja', kind: 'invalid', title: '最終提示', code: '本金額は最終提示です。\n' },
    ],
  },
  check(context) {
    // A later round (a revised offer after clarification, a renewal) is where a last offer belongs.
    if (context.model.finalStage || context.model.laterRound) return;
    const guards = SAFEGUARD_CONCEPTS.map((c) => context.lexicon.get(c));
    for (const hit of clientOccurrences(context, 'ultimatum')) {
      // In the terms, "if not accepted…" is procedure (a scope clause), not a deal/no-deal line.
      if (closestWithRole(hit.block.section, 'agreement') && /場合|\bif\b|\bunless\b/i.test(hit.match.text)) continue;
      const sentence = sentenceAt(hit.block, hit.match.start)?.text ?? hit.block.text;
      if (guards.some((g) => g.test(sentence))) continue;
      // A requirement or standard that is not up for discussion ("HIPAA experience is non-negotiable",
      // 「安全基準は譲れません」) is no deal/no-deal line.
      if ((hit.match.entryId === 'non-negotiable' || hit.match.entryId === 'no-negotiation') && REQUIREMENT.test(sentence)) continue;
      context.report({ messageId: 'ultimatum', data: { phrase: hit.match.text }, start: hit.start, end: hit.end });
    }
  },
};

/** What a non-negotiable requirement is about: people's qualifications, safety, security, the law. */
const REQUIREMENT = /\b(?:experience|requirements?|safety|security|compliance|standards?|certifications?|qualifications?|insurance|data\s+protection|confidentiality|privacy|regulatory|hipaa|hitrust|gdpr|iso\s?\d+)\b|安全|品質基準|法令|コンプライアンス|個人情報|セキュリティ|資格/iu;
