/**
 * The few shapes most rules are made of (after Vale): existence of a phrase,
 * substitution, a required section, and the edits that insert one.
 */
import type { Concept } from '../lexicon/index.js';
import { placeSnippet } from './placement.js';
import { clientBlocks, clientHits, type Hit } from './query.js';
import type { RuleContext, SuggestionReport } from './rule.js';
import type { Lang, ProposalModel, Section, SectionRole } from './types.js';

/** Existence: client-facing occurrences of a concept. */
export function clientOccurrences(context: RuleContext, concept: Concept): Hit[] {
  return clientHits(context.model, context.lexicon.get(concept), clientBlocks(context.model));
}

/** Client-facing sections with a role, in document order. */
export function sectionsWithRole(model: ProposalModel, role: SectionRole): Section[] {
  return model.sections.filter((s) => s.role === role && !s.internal);
}

/** The heading level of the proposal's main sections: the level below the title, usually 2. */
export function bodyDepth(model: ProposalModel): number {
  // Asked by every section suggestion: computed once per model (a document may have 200,000 headings).
  let depth = bodyDepths.get(model);
  if (depth === undefined) bodyDepths.set(model, (depth = computeBodyDepth(model)));
  return depth;
}
const bodyDepths = new WeakMap<ProposalModel, number>();

function computeBodyDepth(model: ProposalModel): number {
  let top = Infinity; // loops, not Math.min(...): a spread of 200,000 headings overflows the stack
  let topCount = 0;
  let below = Infinity;
  for (const s of model.sections) {
    if (!s.heading) continue;
    if (s.depth < top) {
      if (top !== Infinity) below = Math.min(below, top);
      top = s.depth;
      topCount = 1;
    } else if (s.depth === top) topCount++;
    else if (s.depth < below) below = s.depth;
  }
  if (top === Infinity) return 2;
  // One title heading followed by deeper sections: the sections sit one level below it.
  return topCount === 1 && below !== Infinity ? below : top;
}

/** Top-level body sections (at the body depth), client-facing. */
export function bodySections(model: ProposalModel): Section[] {
  const depth = bodyDepth(model);
  return model.sections.filter((s) => s.heading && s.depth === depth && !s.internal);
}

/**
 * Required section: a suggestion that inserts a template section where it belongs,
 * both as plain text (CLI, library) and as a snippet with tab stops (the editor).
 */
export function insertSectionSuggestion(model: ProposalModel, prefix: string, lang: Lang, messageId: string): SuggestionReport {
  const { edit, snippet } = placeSnippet(model, prefix, lang);
  return { messageId, edits: [edit], snippet: { start: edit.start, end: edit.end, body: snippet } };
}

/** Where a new section goes: before the first of these sections found, else at the end. */
export function insertionBefore(model: ProposalModel, candidates: Array<Section | undefined>): number {
  const target = candidates.find((s): s is Section => !!s);
  return target ? target.start : model.text.length;
}

/**
 * A pointer to the price in another document: a tender's cost volume (「価格編」), a quote or fee letter to
 * follow ("our fees will follow under separate cover", 「報酬額につきましては、別紙にて改めてご案内」). The
 * walk-away point and the terms are decided with that price, not in this document.
 */
export const PRICE_ELSEWHERE = /\bpric(?:e|es|ing)\b[^.\n]{0,40}\b(?:provided|submitted|set\s+out|given|quoted)\s+(?:separately|in\s+(?:volume|the\s+(?:cost|price|pricing|commercial)\s+(?:volume|annex|response|schedule)))\b|\bsee\s+volume\s+[0-9IVX]+\b[^.\n]{0,40}\b(?:pric|cost|floor)|(?:(?<=^|[.!?:]\s{1,3})|\bour\s+|\bthe\s+)(?:fees?|pricing|prices?|a\s+(?:formal\s+)?quot(?:e|ation))\s+(?:will\s+follow|to\s+follow|(?:will\s+be\s+)?(?:sent|provided|set\s+out)\s+(?:separately|under\s+separate\s+cover|in\s+a\s+separate\s+(?:quote|quotation|letter|document)))\b|価格編|費用編|【価格】編|価格(?:は|については)[^。\n]{0,20}別冊|(?:^|[。\n]|なお、?|本件の|本業務の|ご提案の)\s*(?:報酬|費用|料金|価格|金額)額?(?:につきましては|については|は)[^。\n]{0,24}?(?:別紙|別途|改めて|後日|追って)[^。\n]{0,12}?(?:ご案内|ご提示|お送り|お知らせ|ご提出|ご連絡)/imu;
