import type { Rule } from '../engine/rule.js';
import { missingBatna } from './missing-batna.js';
import { exposedBatna } from './exposed-batna.js';
import { priceOnlyFraming } from './price-only-framing.js';
import { missingValueAdd } from './missing-value-add.js';
import { weakCredibilityStatement } from './weak-credibility-statement.js';

/** Every rule, in a fixed order (no globbing at run time). */
export const RULES: readonly Rule[] = [
  missingBatna,
  exposedBatna,
  priceOnlyFraming,
  missingValueAdd,
  weakCredibilityStatement,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
