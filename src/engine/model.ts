import type { Heading, Root } from 'mdast';
import { location } from 'vfile-location';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import { readFrontMatter } from './frontmatter.js';
import { internalBlocks, inRanges, mergeRanges } from './internal.js';
import { languageOf, languageWeights, parseLanguage, type LanguageWeights } from './language.js';
import type { TextMemo } from '../lexicon/memo.js';
import { parseMarkdown } from './parse.js';
import { collectProse } from './prose.js';
import { buildSections, roleFromHeading, subtree } from './sections.js';
import { splitSentences } from './sentences.js';
import type { Lang, ProposalModel, ProseBlock, Range, Section } from './types.js';

export interface ModelOptions {
  /** 'auto' (default): front matter `lang`, else the majority of the prose. */
  language?: 'auto' | Lang;
  lexicon?: Lexicon;
  /** Results per block text kept across the editor's lints of one document (ParseCache.memo). */
  memo?: TextMemo;
  /** The parser (the editor passes an incremental one); parses the whole document by default. */
  parse?: (text: string) => Root;
}

/** Parses once and builds the proposal model every rule reads. */
export function buildModel(text: string, options: ModelOptions = {}): ProposalModel {
  const lexicon = options.lexicon ?? defaultLexicon();
  const tree = (options.parse ?? parseMarkdown)(text);
  const frontMatter = readFrontMatter(tree, text);
  const { blocks: raw, html, lists } = collectProse(tree, text);
  // Pure functions of a block's text, remembered across the editor's lints when it passes a memo.
  const memo = options.memo;
  const entries = memo ? raw.map((b) => memo.entry(b.text)) : undefined;
  const perBlock = <T>(i: number, table: string, compute: (text: string) => T): T =>
    memo ? memo.lookup(entries![i]!, table, raw[i]!.text, compute) : compute(raw[i]!.text);

  const titles = new Map<Heading, string>();
  for (const b of raw) if (b.kind === 'heading') titles.set(b.node as Heading, b.text.trim());
  const sections = buildSections(tree, text.length, titles);

  // Internal regions: front matter, comment-marked blocks, internal sections.
  const internalRanges: Range[] = internalBlocks(html, text, lexicon);
  if (frontMatter) internalRanges.push({ start: frontMatter.start, end: frontMatter.end });
  for (const s of sections) {
    if (s.heading && roleFromHeading(s.title, lexicon) === 'internal') {
      for (const d of subtree(s)) d.internal = true;
      internalRanges.push({ start: s.start, end: s.end });
    }
  }
  const internal = mergeRanges(internalRanges);
  const isInternal = (offset: number) => inRanges(internal, offset);

  // Document language: explicit option, front matter, or the majority of prose.
  let ja = 0;
  let en = 0;
  const weights: LanguageWeights[] = raw.map((_, i) => perBlock(i, 'weights', languageWeights));
  for (const w of weights) {
    ja += w.ja;
    en += w.en;
  }
  const explicit = options.language && options.language !== 'auto' ? options.language : undefined;
  const lang: Lang = explicit ?? parseLanguage(frontMatter?.data['lang']) ?? parseLanguage(frontMatter?.data['language']) ?? (ja > en ? 'ja' : 'en');

  const abbreviations = new Set(lexicon.phrases('abbreviation').map((a) => a.toLowerCase()));
  const isAbbreviation = (token: string) => abbreviations.has(token.toLowerCase());
  const split = (t: string): Array<[number, number]> => splitSentences(t, isAbbreviation);

  // Blocks, in order, each attached to its innermost section.
  const blocks: ProseBlock[] = [];
  let si = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    while (si + 1 < sections.length && sections[si + 1]!.start <= b.start) si++;
    const section = sections[si] ?? fallbackSection(text.length);
    // Listed field by field (not spread): one object shape for every block.
    const block: ProseBlock = {
      kind: b.kind, node: b.node, text: b.text, map: b.map, start: b.start, end: b.end,
      lang: languageOf(weights[i]!, lang),
      section,
      internal: isInternal(b.start),
      inList: b.inList,
      inTable: b.inTable,
      sentences: [],
      memo: entries?.[i],
    };
    for (const [s, e] of perBlock(i, 'sentences', split)) {
      block.sentences.push({ block, textStart: s, textEnd: e, text: b.text.slice(s, e), start: b.map[s]!, end: b.map[e - 1]! + 1 });
    }
    blocks.push(block);
  }

  assignRoles(sections, blocks, lexicon);

  const loc = location(text);
  const firstHeading = sections.find((s) => s.heading);
  const firstLineEnd = text.search(/\r?\n|\r/);
  const anchor: Range = firstHeading
    ? { start: firstHeading.headingRange.start, end: firstHeading.headingRange.end }
    : { start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd };

  return {
    text,
    tree,
    frontMatter,
    lang,
    sections,
    internal,
    blocks,
    html,
    lists,
    anchor,
    isInternal,
    toPoint(offset: number) {
      const p = loc.toPoint(Math.max(0, Math.min(offset, text.length)));
      if (p) return { line: p.line, column: p.column };
      // vfile-location answers undefined at the very end of the text.
      const lines = text.split(/\r\n|\r|\n/);
      return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
    },
    toOffset(line: number, column: number) {
      return loc.toOffset({ line, column }) ?? text.length;
    },
  };
}

function fallbackSection(length: number): Section {
  return {
    index: 0, heading: null, depth: 0, title: '', role: 'other', roleSource: 'none',
    start: 0, end: length, headingRange: { start: 0, end: 0 }, ownEnd: length, parent: null, children: [], internal: false,
  };
}

/**
 * Roles from heading words first; a section the words do not name becomes pricing when
 * its own content is mostly currency amounts (a price table with amounts, or most of its
 * paragraphs quoting amounts).
 */
function assignRoles(sections: Section[], blocks: ProseBlock[], lexicon: Lexicon): void {
  const currency = lexicon.get('currency');
  const own = new Map<Section, ProseBlock[]>();
  for (const b of blocks) {
    const list = own.get(b.section);
    if (list) list.push(b);
    else own.set(b.section, [b]);
  }
  // The document title (a lone top-level heading above the body sections) names the whole
  // proposal, not one part of it: "Maintenance contract proposal" is not the agreement section.
  const headed = sections.filter((s) => s.heading);
  let top = Infinity; // a loop, not Math.min(...): a spread of 200,000 headings overflows the stack
  for (const s of headed) if (s.depth < top) top = s.depth;
  const tops = headed.filter((s) => s.depth === top);
  const title = tops.length === 1 && tops[0]!.children.length > 0 ? tops[0] : undefined;
  for (const s of sections) {
    if (s === title && !s.internal) continue;
    if (s.internal) {
      s.role = 'internal';
      s.roleSource = 'heading';
      continue;
    }
    const byHeading = s.heading ? roleFromHeading(s.title, lexicon) : null;
    if (byHeading) {
      s.role = byHeading;
      s.roleSource = 'heading';
      continue;
    }
    const content = (own.get(s) ?? []).filter((b) => b.kind !== 'heading');
    if (content.length === 0) continue;
    const priced = content.filter((b) => currency.test(b.text));
    const pricedTable = priced.some((b) => b.inTable);
    if ((pricedTable && priced.length * 3 >= content.length) || (priced.length >= 2 && priced.length * 2 >= content.length)) {
      s.role = 'pricing';
      s.roleSource = 'content';
    }
  }
}
