import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Root } from 'mdast';
import type { Processor } from 'unified';

/** The identifiers of link reference definitions and footnote definitions, as micromark keeps them. */
export interface Defined {
  definitions: readonly string[];
  footnotes: readonly string[];
}

export interface ParseOptions {
  /** YAML front matter at the start (default true); a part of a document after its start has none. */
  frontMatter?: boolean;
  /**
   * Definitions made elsewhere in the document: references to them resolve as in the whole
   * document (incremental parsing parses one part of it; see incremental.ts).
   */
  seed?: Defined;
}

const processors = new Map<boolean, Processor<Root>>();

/**
 * GitHub Flavored Markdown without autolink literals: tables, strikethrough, task list
 * items and footnotes, as remark-gfm registers them. Bare `https://…` / `www.…` text
 * stays text: a link's URL is not prose either way (its text is), so no rule sees a
 * difference, and the autolink-literal pass was a third of the parse (docs/performance.md).
 */
function gfmWithoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown());
}

/** What the current parse was asked to seed, and the parser it ran in (to read its definitions after). */
let session: { seed?: Defined; parser?: { defined: string[]; gfmFootnotes?: string[] } } | undefined;

/**
 * A construct that never matches: the first time a definition, footnote or reference could
 * start, it records the parser and adds the seeded identifiers to those it knows. Registered
 * last, so it runs before the constructs that read them (label ends, footnote calls).
 */
const recordDefinitions = {
  name: 'proposalLintDefined',
  tokenize(this: { parser: { defined: string[]; gfmFootnotes?: string[] } }, _effects: unknown, _ok: unknown, nok: unknown) {
    if (session && !session.parser) {
      const parser = this.parser;
      session.parser = parser;
      if (session.seed) {
        parser.defined.push(...session.seed.definitions);
        (parser.gfmFootnotes ??= []).push(...session.seed.footnotes);
      }
    }
    return nok;
  },
};
function definitionsRecorder(this: Processor): void {
  const c = recordDefinitions as never;
  (this.data().micromarkExtensions ??= []).push({ document: { 91: c }, contentInitial: { 91: c }, text: { 91: c, 93: c } });
}

function processorFor(frontMatter: boolean): Processor<Root> {
  let p = processors.get(frontMatter);
  if (!p) {
    let chain = unified().use(remarkParse).use(gfmWithoutAutolinkLiterals);
    if (frontMatter) chain = chain.use(remarkFrontmatter, ['yaml']) as never;
    p = chain.use(remarkCjkFriendly).use(definitionsRecorder).freeze() as unknown as Processor<Root>;
    processors.set(frontMatter, p);
  }
  return p;
}

/** The one Markdown parser: CommonMark + GFM (see above) + YAML front matter + CJK-friendly emphasis. */
export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  return parseDefining(text, options).tree;
}

/** parseMarkdown, and the definitions the text makes (with the seeded ones). */
export function parseDefining(text: string, options: ParseOptions = {}): { tree: Root; defined: Defined } {
  assertParsable(text);
  session = { seed: options.seed };
  try {
    const tree = processorFor(options.frontMatter ?? true).parse(text) as Root;
    const parser = session.parser;
    return { tree, defined: { definitions: parser?.defined ?? [], footnotes: parser?.gfmFootnotes ?? [] } };
  } finally {
    session = undefined;
  }
}

/** Nesting beyond this many quote / list levels is not parsed (the parser recurses per level). */
export const MAX_NESTING = 1000;

/**
 * The parser's time and memory grow with every container a line sits in: 1,000 lines of 999
 * ">" cost half a minute and close to a gigabyte. Beyond this many levels summed over the
 * lines (counting only the levels past the fourth, which real documents hardly reach), the
 * text is refused as nested too deeply; the largest accepted shape parses in a few seconds.
 */
export const MAX_NESTING_WORK = 100_000;
const CHEAP_LEVELS = 4;

/** Throws TooDeepError for text the parser cannot take in bounded time (callers that split the text check the whole). */
export function assertParsable(text: string): void {
  const { depth, work } = nestingProfile(text);
  if (depth > MAX_NESTING) throw new TooDeepError(`nested more than ${MAX_NESTING} levels deep`);
  if (work > MAX_NESTING_WORK) throw new TooDeepError(`deep nesting on too many lines (${work} levels past the ${CHEAP_LEVELS}th)`);
}

/**
 * A cheap upper bound of the deepest quote / list nesting, from line prefixes only. A line
 * sits inside the containers it opens (each ">", bullet "-" "*" "+" and ordered marker
 * "1." "1)" before its text) plus the list items it continues by indentation: at most one
 * per two columns, and never more than were open on an earlier line. Indentation alone is
 * no nesting (an indented line with no list above it is code or text).
 */
export function nestingDepth(text: string): number {
  return nestingProfile(text).depth;
}

/** The deepest nesting (see nestingDepth) and the levels past the fourth summed over all lines. */
export function nestingProfile(text: string): { depth: number; work: number } {
  let max = 0;
  let work = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let markers = 0;
    let indent = 0;
    let leading = true;
    // Leading markers and whitespace of one line.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        if (leading) indent += c === 9 ? 4 : 1;
        i++;
        continue;
      }
      if (c === 62 /* > */) { markers++; leading = false; i++; continue; }
      if ((c === 45 || c === 42 || c === 43) && isBreak(text.charCodeAt(i + 1))) { markers++; leading = false; i++; continue; }
      if (c >= 48 && c <= 57) {
        // An ordered-list marker: up to nine digits, then "." or ")".
        let j = i + 1;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && isBreak(text.charCodeAt(j + 1))) { markers++; leading = false; i = j + 1; continue; }
      }
      break;
    }
    // Continued list items: one per two columns of indentation, at most as many as were ever open.
    const depth = Math.min(indent >> 1, max) + markers;
    if (depth > max) max = depth;
    if (depth > CHEAP_LEVELS) work += depth - CHEAP_LEVELS;
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    i = next + 1;
  }
  return { depth: max, work };
}

/** Space, tab, line end or end of text: what may follow a list marker. */
function isBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

export class TooDeepError extends RangeError {}
