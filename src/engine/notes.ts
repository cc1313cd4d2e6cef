/**
 * Notes the writer labelled internal but left in the body: "**Internal, Dave only:** floor stays
 * at…", 「■社外秘：下限は…」, a 「※社内用（提出時削除）」 line above a paragraph. No marker or heading
 * strips them, so the client's copy would carry them (exposed-batna reports that); what they say is
 * still the writer's own record (the walk-away point they decided, for missing-batna).
 */
import type { Lexicon } from '../lexicon/index.js';
import { internalHeadingMark } from './internal.js';
import { clientBlocks } from './query.js';
import type { ProposalModel, ProseBlock } from './types.js';

export interface LabelledNote {
  /** The label as written ("Internal, Dave only", 「社外秘」). */
  label: string;
  /** The labelled block, and the paragraphs after it when the label stands on its own line. */
  blocks: ProseBlock[];
}

export function labelledInternalNotes(model: ProposalModel, lexicon: Lexicon): LabelledNote[] {
  const out: LabelledNote[] = [];
  const client = clientBlocks(model);
  for (let i = 0; i < client.length; i++) {
    const block = client[i]!;
    if (block.kind === 'heading') continue;
    const label = leadingLabel(block);
    if (!label || !internalHeadingMark(label, lexicon)) continue;
    // A label on its own line covers the paragraphs after it, up to the next heading.
    const covered = [block];
    if (label.length >= block.text.trim().length - 1) {
      for (let j = i + 1; j < client.length && covered.length < 6; j++) {
        const next = client[j]!;
        if (next.kind === 'heading' || next.section !== block.section) break;
        covered.push(next);
      }
    }
    out.push({ label, blocks: covered });
  }
  return out;
}

/** The label a block opens with: its bold start, the words before a colon, or a short first line. */
function leadingLabel(block: { text: string; node: unknown }): string | null {
  const children = (block.node as { children?: Array<{ type: string }> }).children ?? [];
  const text = block.text;
  if (children[0]?.type === 'strong') {
    const m = /^[^\n]{1,60}?(?=[:：]|$)/u.exec(text);
    if (m) return m[0].trim();
  }
  const colon = /^[^\n:：。.]{1,30}[:：]/u.exec(text);
  if (colon) return colon[0].replace(/[:：]$/u, '').trim();
  const trimmed = text.trim();
  const firstLine = trimmed.split('\n', 1)[0]!.trim();
  return firstLine.length <= 40 ? firstLine : null;
}
