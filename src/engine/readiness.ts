import type { Lexicon } from '../lexicon/index.js';
import { walkAway } from './batna.js';
import { findPlaceholders, hasSampleMarker } from './placeholders.js';
import { findHits } from './query.js';
import type { Finding, ProposalModel } from './types.js';

/** The six foundations of the playbook (§2), in order. */
export const FOUNDATIONS = ['our-position', 'client-position', 'analysis', 'presentation', 'bargaining', 'agreement'] as const;
export type Foundation = (typeof FOUNDATIONS)[number];

export interface Readiness {
  covered: Foundation[];
  missing: Foundation[];
}

/**
 * How ready the proposal (with its internal notes) is against the six foundations:
 * 1 our position: a walk-away point recorded (no missing-batna finding);
 * 2 the client's position: a client-position section;
 * 3 our analysis: internal notes beyond the walk-away point;
 * 4 what we will present: a credibility statement with proof (no weak-credibility-statement finding);
 * 5 how we will bargain: add-ons to trade instead of price (no missing-value-add finding);
 * 6 the agreement: an agreement / terms section with its safeguards (no missing-agreement-safeguards finding).
 */
export function readiness(model: ProposalModel, findings: readonly Finding[], lexicon: Lexicon): Readiness {
  const has = (ruleId: string, messageId?: string) => findings.some((f) => f.ruleId === ruleId && (!messageId || f.messageId === messageId));
  // A section still holding a template's placeholders or sample text (what unfilled-placeholder
  // reports) is not done yet: an untouched prop-skeleton is no 6/6 (issue 14).
  const open = findPlaceholders(model);
  const filled = (s: { start: number; ownEnd: number }) => !open.some((p) => p.start >= s.start && p.start < s.ownEnd);
  const role = (r: string) => model.sections.some((s) => s.role === r && !s.internal && filled(s));
  const internalProse = model.blocks.filter((b) => b.internal && b.kind !== 'heading' && !hasSampleMarker(b.text));
  const ok: Record<Foundation, boolean> = {
    // The same verdict as missing-batna (and with the same lexicon: the team's words count).
    'our-position': walkAway(model, lexicon).recorded,
    // Each foundation reads the same facts as its rule (issue 14: ✓ agreement while
    // missing-agreement-safeguards warned; 6/6 with a credibility warning).
    'client-position': role('client-position') && !has('missing-client-position'),
    analysis: internalProse.some((b) => findHits(lexicon.get('batna'), [b]).length === 0),
    presentation: role('credibility') && !has('weak-credibility-statement'),
    bargaining: !has('missing-value-add') && (role('value-add') || findHits(lexicon.get('addon'), model.blocks.filter((b) => !hasSampleMarker(b.text) && filled(b.section))).length > 0),
    agreement: role('agreement') && !has('missing-agreement-safeguards'),
  };
  return { covered: FOUNDATIONS.filter((f) => ok[f]), missing: FOUNDATIONS.filter((f) => !ok[f]) };
}

export const FOUNDATION_LABELS: Record<Foundation, { en: string; ja: string; snippet: string }> = {
  'our-position': { en: 'Our position and walk-away point', ja: '自社の立場と撤退ライン', snippet: 'prop-batna' },
  'client-position': { en: "The client's position and pressures", ja: '顧客の立場と課題', snippet: 'prop-client-position' },
  analysis: { en: 'Our analysis (gaps, trade-offs, risks, priorities)', ja: '分析（ギャップ・トレードオフ・リスク・優先順位）', snippet: 'prop-internal-plan' },
  presentation: { en: 'What we will present: credibility with proof', ja: '提示内容：裏付けのある信頼性', snippet: 'prop-credibility' },
  bargaining: { en: 'How we will bargain: add-ons to trade', ja: '交渉の進め方：譲歩に使える付加価値', snippet: 'prop-value-add' },
  agreement: { en: 'What the agreement needs: safeguards', ja: '契約に盛り込む事項：契約条件', snippet: 'prop-agreement' },
};
