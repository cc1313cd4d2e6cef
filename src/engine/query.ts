import type { LexiconMatch, Matcher } from '../lexicon/index.js';
import type { MemoMatcher } from '../lexicon/memo.js';
import { subtree } from './sections.js';
import type { ProposalModel, ProseBlock, Section, Sentence } from './types.js';

/** A lexicon match located in the source. */
export interface Hit {
  match: LexiconMatch;
  block: ProseBlock;
  /** Source offsets. */
  start: number;
  end: number;
}

/** Source offsets of a range of a block's prose text. */
export function sourceRange(block: ProseBlock, textStart: number, textEnd: number): { start: number; end: number } {
  const start = block.map[textStart] ?? block.start;
  const end = textEnd > textStart ? (block.map[textEnd - 1] ?? block.end - 1) + 1 : start;
  return { start, end };
}

/** Every match of a concept in the given blocks, in document order. */
export function findHits(matcher: Matcher, blocks: readonly ProseBlock[]): Hit[] {
  const hits: Hit[] = [];
  const memo = 'findWith' in matcher ? (matcher as MemoMatcher) : undefined;
  for (const block of blocks) {
    const matches = memo && block.memo ? memo.findWith(block.memo, block.text) : matcher.find(block.text);
    for (const match of matches) {
      hits.push({ match, block, ...sourceRange(block, match.start, match.end) });
    }
  }
  return hits;
}

/** Hits that lie in client-facing text (an internal block can sit inside a paragraph). */
export function clientHits(model: ProposalModel, matcher: Matcher, blocks: readonly ProseBlock[] = clientBlocks(model)): Hit[] {
  return findHits(matcher, blocks).filter((h) => !model.isInternal(h.start));
}

/** Prose blocks that are (at least partly) client-facing (found once per model: a dozen rules ask). */
export function clientBlocks(model: ProposalModel): readonly ProseBlock[] {
  let found = clientBlocksOf.get(model);
  if (!found) clientBlocksOf.set(model, (found = model.blocks.filter((b) => !b.internal || !model.isInternal(b.end - 1))));
  return found;
}
const clientBlocksOf = new WeakMap<ProposalModel, readonly ProseBlock[]>();

/**
 * A short document: a letter, a one-pager, a memo (under about 500 English words of client-facing
 * text, a Japanese character counting two and a half, written as a letter or named a one-pager). Reviewers do not ask it for every part of a full
 * proposal: what it leaves out is thin evidence of a gap, so the document-level "missing" checks of a
 * whole proposal (credibility, next steps) stay silent on it.
 */
export function isShortDocument(model: ProposalModel): boolean {
  let known = shortOf.get(model);
  if (known === undefined) {
    const client = clientBlocks(model);
    let weight = 0;
    for (const b of client) weight += b.lang === 'ja' ? b.text.length * 2.5 : b.text.length;
    // Short, and written as one: a letter (a salutation, or no heading at all) or a one-pager by name.
    const headed = model.sections.filter((s) => s.heading && !s.internal).length;
    const title = `${String(model.frontMatter?.data['title'] ?? '')}\n${String(model.frontMatter?.data['kind'] ?? '')}\n${model.sections.find((s) => s.heading && !s.internal)?.title ?? ''}`;
    const letter = client.slice(0, 12).some((b) => SALUTATION.test(b.text));
    shortOf.set(model, (known = weight < SHORT_DOCUMENT && (letter || ONE_PAGER.test(title) || headed === 0)));
  }
  return known;
}
const SHORT_DOCUMENT = 3000;
const SALUTATION = /^(?:dear|hi|hello)\s+[A-Z][^\n]{0,40}[,:]?\s*$|^(?:拝啓|謹啓|前略)|^[^\n]{1,30}(?:様|さま)[、,]?\s*\n+\s*(?:いつも|平素)|^(?:いつも)?お世話になっております/imu;
const ONE_PAGER = /\bone[-\s]?pager\b|\bone[-\s]page\b|\bonepager\b|ワンペー(?:ジ|パー)|ペライチ|(?:A4|Ａ４)\s?[1１一]枚|[1１一]枚(?:もの|物|の(?:資料|要約|概要|企画書|提案書|サマリー)|に(?:まとめ|収め))|概要版|要約版/iu;
const shortOf = new WeakMap<ProposalModel, boolean>();

/** The index of the first block starting at or after `offset` (blocks are in document order). */
export function firstBlockAt(model: ProposalModel, offset: number): number {
  let lo = 0;
  let hi = model.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Blocks starting in [start, end), found by binary search. */
export function blocksBetween(model: ProposalModel, start: number, end: number): ProseBlock[] {
  return model.blocks.slice(firstBlockAt(model, start), firstBlockAt(model, end));
}

/** Blocks in a section and its sub-sections. */
export function blocksIn(model: ProposalModel, section: Section, own = false): ProseBlock[] {
  return blocksBetween(model, section.start, own ? section.ownEnd : section.end);
}

/** All sections of a subtree. */
export function sectionsUnder(section: Section): Section[] {
  return subtree(section);
}

/** The sentence of a block that contains a text offset. */
export function sentenceAt(block: ProseBlock, textOffset: number): Sentence | undefined {
  return block.sentences.find((s) => textOffset >= s.textStart && textOffset < s.textEnd) ?? block.sentences[block.sentences.length - 1];
}

/** Client-facing sections (not internal) in document order. */
export function clientSections(model: ProposalModel): Section[] {
  return model.sections.filter((s) => !s.internal);
}

/**
 * The bold label a paragraph opens with, when the writer uses it as a small heading:
 * "**Who we are**" alone, or followed by a colon or a line break and the text
 * ("**Who we are**\nWe've staffed…", "**ご状況：** …"). Undefined for bold words inside a sentence.
 */
export function leadLabel(block: ProseBlock): string | undefined {
  const node = block.node as { type: string; children?: Array<{ type: string; value?: string; children?: Array<{ type: string; value?: string }> }> };
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const children = node.children ?? [];
  const first = children[0];
  if (!first || first.type !== 'strong') return undefined;
  const label = (first.children ?? []).map((c) => c.value ?? '').join('').trim();
  if (label.length < 2 || label.length > 80) return undefined;
  const next = children[1];
  const ends = !next || next.type === 'break' || (next.type === 'text' && /^\s*[:：]|^\s*\n/.test(next.value ?? '')) || /[:：]$/.test(label);
  return ends ? label.replace(/[:：]\s*$/, '') : undefined;
}

/** How many items of a list sorted by `start` start at or before `offset` (binary search: the last such item is at the result minus one). */
export function countStartingBy(list: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A text as a message quotes it: one line, at most `max` characters (an ellipsis when cut). */
export function clipLine(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
