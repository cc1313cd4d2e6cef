/**
 * The fact checks (issue 15): rules about what a proposal states as fact — figures that add
 * up, the right client, currency and tax, dates of the offer, nothing left from a template —
 * as against the judgement rules about how it negotiates. The README lists them as a group
 * and the editor's readiness tooltip lists the ones that fail.
 */
import type { Finding } from './types.js';

export const FACT_RULES: readonly string[] = ['unfilled-placeholder', 'note-to-self', 'price-arithmetic', 'currency-and-tax', 'client-name-consistency', 'offer-validity'];

export interface FailingFact {
  ruleId: string;
  count: number;
  /** The first finding's message (in the document's language). */
  first: string;
}

/** The fact checks with findings, in FACT_RULES order. */
export function failingFacts(findings: readonly Finding[]): FailingFact[] {
  const out: FailingFact[] = [];
  for (const ruleId of FACT_RULES) {
    const own = findings.filter((f) => f.ruleId === ruleId);
    if (own.length) out.push({ ruleId, count: own.length, first: own[0]!.message });
  }
  return out;
}
