// The lexicon registry: every concept, in English and Japanese, as data files.
// Explicit imports (no globbing at run time) so every bundle carries the same words.
import type { LexiconFile } from './types.js';
import en_abbreviation from './en/abbreviation.json' with { type: 'json' };
import ja_abbreviation from './ja/abbreviation.json' with { type: 'json' };
import en_addon from './en/addon.json' with { type: 'json' };
import ja_addon from './ja/addon.json' with { type: 'json' };
import en_batna from './en/batna.json' with { type: 'json' };
import ja_batna from './ja/batna.json' with { type: 'json' };
import en_batnaExposure from './en/batna-exposure.json' with { type: 'json' };
import ja_batnaExposure from './ja/batna-exposure.json' with { type: 'json' };
import en_batnaKey from './en/batna-key.json' with { type: 'json' };
import ja_batnaKey from './ja/batna-key.json' with { type: 'json' };
import en_currency from './en/currency.json' with { type: 'json' };
import ja_currency from './ja/currency.json' with { type: 'json' };
import en_date from './en/date.json' with { type: 'json' };
import ja_date from './ja/date.json' with { type: 'json' };
import en_headingAgreement from './en/heading-agreement.json' with { type: 'json' };
import ja_headingAgreement from './ja/heading-agreement.json' with { type: 'json' };
import en_headingClientPosition from './en/heading-client-position.json' with { type: 'json' };
import ja_headingClientPosition from './ja/heading-client-position.json' with { type: 'json' };
import en_headingCredibility from './en/heading-credibility.json' with { type: 'json' };
import ja_headingCredibility from './ja/heading-credibility.json' with { type: 'json' };
import en_headingInternal from './en/heading-internal.json' with { type: 'json' };
import ja_headingInternal from './ja/heading-internal.json' with { type: 'json' };
import en_headingNextSteps from './en/heading-next-steps.json' with { type: 'json' };
import ja_headingNextSteps from './ja/heading-next-steps.json' with { type: 'json' };
import en_headingPricing from './en/heading-pricing.json' with { type: 'json' };
import ja_headingPricing from './ja/heading-pricing.json' with { type: 'json' };
import en_situation from './en/situation.json' with { type: 'json' };
import ja_situation from './ja/situation.json' with { type: 'json' };
import en_headingOffer from './en/heading-offer.json' with { type: 'json' };
import ja_headingOffer from './ja/heading-offer.json' with { type: 'json' };
import en_headingValueAdd from './en/heading-value-add.json' with { type: 'json' };
import ja_headingValueAdd from './ja/heading-value-add.json' with { type: 'json' };
import en_internalMarker from './en/internal-marker.json' with { type: 'json' };
import ja_internalMarker from './ja/internal-marker.json' with { type: 'json' };
import en_outcome from './en/outcome.json' with { type: 'json' };
import ja_outcome from './ja/outcome.json' with { type: 'json' };
import en_price from './en/price.json' with { type: 'json' };
import ja_price from './ja/price.json' with { type: 'json' };
import en_priceCompeting from './en/price-competing.json' with { type: 'json' };
import ja_priceCompeting from './ja/price-competing.json' with { type: 'json' };
import en_proof from './en/proof.json' with { type: 'json' };
import ja_proof from './ja/proof.json' with { type: 'json' };
import en_reason from './en/reason.json' with { type: 'json' };
import ja_reason from './ja/reason.json' with { type: 'json' };
import en_safeguardConfidentiality from './en/safeguard-confidentiality.json' with { type: 'json' };
import ja_safeguardConfidentiality from './ja/safeguard-confidentiality.json' with { type: 'json' };
import en_safeguardGoodFaith from './en/safeguard-good-faith.json' with { type: 'json' };
import ja_safeguardGoodFaith from './ja/safeguard-good-faith.json' with { type: 'json' };
import en_safeguardPaymentSchedule from './en/safeguard-payment-schedule.json' with { type: 'json' };
import ja_safeguardPaymentSchedule from './ja/safeguard-payment-schedule.json' with { type: 'json' };
import en_safeguardScopeChange from './en/safeguard-scope-change.json' with { type: 'json' };
import ja_safeguardScopeChange from './ja/safeguard-scope-change.json' with { type: 'json' };
import en_safeguardTermination from './en/safeguard-termination.json' with { type: 'json' };
import ja_safeguardTermination from './ja/safeguard-termination.json' with { type: 'json' };
import en_sellerVoice from './en/seller-voice.json' with { type: 'json' };
import ja_sellerVoice from './ja/seller-voice.json' with { type: 'json' };
import en_clientVoice from './en/client-voice.json' with { type: 'json' };
import ja_clientVoice from './ja/client-voice.json' with { type: 'json' };
import en_superlative from './en/superlative.json' with { type: 'json' };
import ja_superlative from './ja/superlative.json' with { type: 'json' };
import en_ultimatum from './en/ultimatum.json' with { type: 'json' };
import ja_ultimatum from './ja/ultimatum.json' with { type: 'json' };
import en_urgency from './en/urgency.json' with { type: 'json' };
import ja_urgency from './ja/urgency.json' with { type: 'json' };
import en_approvalPath from './en/approval-path.json' with { type: 'json' };
import ja_approvalPath from './ja/approval-path.json' with { type: 'json' };
import en_value from './en/value.json' with { type: 'json' };
import ja_value from './ja/value.json' with { type: 'json' };

export const CONCEPTS = [
  'abbreviation',
  'addon',
  'batna',
  'batna-exposure',
  'batna-key',
  'currency',
  'date',
  'heading-agreement',
  'heading-client-position',
  'heading-credibility',
  'heading-internal',
  'heading-next-steps',
  'heading-pricing',
  'heading-value-add',
  'heading-offer',
  'situation',
  'internal-marker',
  'outcome',
  'price',
  'price-competing',
  'proof',
  'reason',
  'safeguard-confidentiality',
  'safeguard-good-faith',
  'safeguard-payment-schedule',
  'safeguard-scope-change',
  'safeguard-termination',
  'seller-voice',
  'client-voice',
  'superlative',
  'ultimatum',
  'urgency',
  'approval-path',
  'value',
] as const;

export type Concept = (typeof CONCEPTS)[number];

export const LEXICON_FILES: Record<Concept, readonly LexiconFile[]> = {
  'abbreviation': [en_abbreviation as LexiconFile, ja_abbreviation as LexiconFile],
  'addon': [en_addon as LexiconFile, ja_addon as LexiconFile],
  'batna': [en_batna as LexiconFile, ja_batna as LexiconFile],
  'batna-exposure': [en_batnaExposure as LexiconFile, ja_batnaExposure as LexiconFile],
  'batna-key': [en_batnaKey as LexiconFile, ja_batnaKey as LexiconFile],
  'currency': [en_currency as LexiconFile, ja_currency as LexiconFile],
  'date': [en_date as LexiconFile, ja_date as LexiconFile],
  'heading-agreement': [en_headingAgreement as LexiconFile, ja_headingAgreement as LexiconFile],
  'heading-client-position': [en_headingClientPosition as LexiconFile, ja_headingClientPosition as LexiconFile],
  'heading-credibility': [en_headingCredibility as LexiconFile, ja_headingCredibility as LexiconFile],
  'heading-internal': [en_headingInternal as LexiconFile, ja_headingInternal as LexiconFile],
  'heading-next-steps': [en_headingNextSteps as LexiconFile, ja_headingNextSteps as LexiconFile],
  'heading-pricing': [en_headingPricing as LexiconFile, ja_headingPricing as LexiconFile],
  'heading-value-add': [en_headingValueAdd as LexiconFile, ja_headingValueAdd as LexiconFile],
  'heading-offer': [en_headingOffer as LexiconFile, ja_headingOffer as LexiconFile],
  'situation': [en_situation as LexiconFile, ja_situation as LexiconFile],
  'internal-marker': [en_internalMarker as LexiconFile, ja_internalMarker as LexiconFile],
  'outcome': [en_outcome as LexiconFile, ja_outcome as LexiconFile],
  'price': [en_price as LexiconFile, ja_price as LexiconFile],
  'price-competing': [en_priceCompeting as LexiconFile, ja_priceCompeting as LexiconFile],
  'proof': [en_proof as LexiconFile, ja_proof as LexiconFile],
  'reason': [en_reason as LexiconFile, ja_reason as LexiconFile],
  'safeguard-confidentiality': [en_safeguardConfidentiality as LexiconFile, ja_safeguardConfidentiality as LexiconFile],
  'safeguard-good-faith': [en_safeguardGoodFaith as LexiconFile, ja_safeguardGoodFaith as LexiconFile],
  'safeguard-payment-schedule': [en_safeguardPaymentSchedule as LexiconFile, ja_safeguardPaymentSchedule as LexiconFile],
  'safeguard-scope-change': [en_safeguardScopeChange as LexiconFile, ja_safeguardScopeChange as LexiconFile],
  'safeguard-termination': [en_safeguardTermination as LexiconFile, ja_safeguardTermination as LexiconFile],
  'seller-voice': [en_sellerVoice as LexiconFile, ja_sellerVoice as LexiconFile],
  'client-voice': [en_clientVoice as LexiconFile, ja_clientVoice as LexiconFile],
  'superlative': [en_superlative as LexiconFile, ja_superlative as LexiconFile],
  'ultimatum': [en_ultimatum as LexiconFile, ja_ultimatum as LexiconFile],
  'urgency': [en_urgency as LexiconFile, ja_urgency as LexiconFile],
  'approval-path': [en_approvalPath as LexiconFile, ja_approvalPath as LexiconFile],
  'value': [en_value as LexiconFile, ja_value as LexiconFile],
};
