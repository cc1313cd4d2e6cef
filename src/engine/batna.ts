/**
 * The walk-away point as the proposal records it: a front-matter key (`batna:`,
 * `walk_away:`, `撤退ライン:`) or a walk-away statement in internal notes. One answer
 * for missing-batna, the status-bar readiness and the client copy's leak check.
 */
import type { Lexicon } from '../lexicon/index.js';
import { findAmounts, type Amount } from './amounts.js';
import { frontMatterText, isPlaceholder } from './frontmatter.js';
import { looseToFrontMatter } from './matter.js';
import { findHits, sentenceAt } from './query.js';
import type { ProposalModel, Range } from './types.js';

export interface WalkAway {
  /** A real walk-away point is recorded (not a placeholder). */
  recorded: boolean;
  /** A walk-away key whose value is still a placeholder ("TBD", "<…>"), when nothing real is recorded. */
  placeholder?: { key: string; range: Range };
  /** The amounts the recorded walk-away point names (a client-facing amount equal to one is a leak). */
  amounts: Amount[];
}

/** Every front-matter mapping: the parsed block and any loose YAML blocks after it. */
function matterData(model: ProposalModel): Array<{ data: Record<string, unknown>; bodyStart: number; bodyEnd: number }> {
  const out: Array<{ data: Record<string, unknown>; bodyStart: number; bodyEnd: number }> = [];
  if (model.frontMatter) out.push(model.frontMatter);
  for (const m of model.matter) {
    if (m.kind === 'toml' || (model.frontMatter && m.start === model.frontMatter.start)) continue;
    out.push(looseToFrontMatter(model.text, m));
  }
  return out;
}

/** Where a key's value sits in the front matter text (for the finding's range), or the key line. */
function valueRange(model: ProposalModel, bodyStart: number, bodyEnd: number, key: string): Range {
  const body = model.text.slice(bodyStart, bodyEnd);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*:[ \\t]*(.*)$`, 'mu').exec(body);
  if (!m) return { start: bodyStart, end: bodyStart };
  const valueStart = bodyStart + m.index + m[0].length - (m[1] ?? '').length;
  const value = (m[1] ?? '').replace(/\s+$/, '');
  return value ? { start: valueStart, end: valueStart + value.length } : { start: bodyStart + m.index, end: bodyStart + m.index + m[0].trimEnd().length };
}

export function walkAway(model: ProposalModel, lexicon: Lexicon): WalkAway {
  const keys = new Set(lexicon.phrases('batna-key').map((k) => k.toLowerCase()));
  const amounts: Amount[] = [];
  let recorded = false;
  let placeholder: WalkAway['placeholder'];
  for (const fm of matterData(model)) {
    for (const [key, value] of Object.entries(fm.data)) {
      if (!keys.has(key.toLowerCase())) continue;
      const text = frontMatterText(value);
      if (text === '') continue;
      if (isPlaceholder(text)) {
        placeholder ??= { key, range: valueRange(model, fm.bodyStart, fm.bodyEnd, key) };
        continue;
      }
      recorded = true;
      amounts.push(...findAmounts(text));
    }
  }
  // A walk-away statement in internal notes counts unless it is still a template placeholder.
  const internal = model.blocks.filter((b) => b.internal);
  for (const h of findHits(lexicon.get('batna'), internal)) {
    if (!model.isInternal(h.start)) continue;
    const sentence = sentenceAt(h.block, h.match.start)?.text ?? '';
    if (isPlaceholder(sentence)) continue;
    recorded = true;
    amounts.push(...findAmounts(sentence));
  }
  return { recorded, ...(recorded || !placeholder ? {} : { placeholder }), amounts };
}
