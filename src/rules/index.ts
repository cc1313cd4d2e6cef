import type { Rule } from '../engine/rule.js';
import { missingBatna } from './missing-batna.js';
import { exposedBatna } from './exposed-batna.js';
import { priceOnlyFraming } from './price-only-framing.js';
import { missingValueAdd } from './missing-value-add.js';
import { weakCredibilityStatement } from './weak-credibility-statement.js';
import { missingAgreementSafeguards } from './missing-agreement-safeguards.js';
import { missingClientPosition } from './missing-client-position.js';
import { sellerCentric } from './seller-centric.js';
import { featuresWithoutOutcomes } from './features-without-outcomes.js';
import { prematureUltimatum } from './premature-ultimatum.js';
import { unsupportedUrgency } from './unsupported-urgency.js';
import { missingNextSteps } from './missing-next-steps.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { noteToSelf } from './note-to-self.js';
import { priceArithmetic } from './price-arithmetic.js';
import { offerValidity } from './offer-validity.js';
import { currencyAndTax } from './currency-and-tax.js';
import { clientNameConsistency } from './client-name-consistency.js';

/** Every rule, in a fixed order (no globbing at run time). */
export const RULES: readonly Rule[] = [
  missingBatna,
  exposedBatna,
  priceOnlyFraming,
  missingValueAdd,
  weakCredibilityStatement,
  missingAgreementSafeguards,
  missingClientPosition,
  sellerCentric,
  featuresWithoutOutcomes,
  prematureUltimatum,
  unsupportedUrgency,
  missingNextSteps,
  unfilledPlaceholder,
  noteToSelf,
  priceArithmetic,
  currencyAndTax,
  clientNameConsistency,
  offerValidity,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
