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

let processor: Processor<Root> | undefined;

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

/** The one Markdown parser: CommonMark + GFM (see above) + YAML front matter + CJK-friendly emphasis. */
export function parseMarkdown(text: string): Root {
  if (nestingDepth(text) > MAX_NESTING) throw new TooDeepError(`nested more than ${MAX_NESTING} levels deep`);
  processor ??= unified()
    .use(remarkParse)
    .use(gfmWithoutAutolinkLiterals)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkCjkFriendly)
    .freeze() as unknown as Processor<Root>;
  return processor.parse(text) as Root;
}

/** Nesting beyond this many quote / list levels is not parsed (the parser recurses per level). */
export const MAX_NESTING = 1000;

/**
 * A cheap upper bound of the deepest quote / list nesting, from line prefixes only: the
 * count of ">" and list markers opening a line, or its indentation in steps of two.
 */
export function nestingDepth(text: string): number {
  let max = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let indent = 0;
    // Leading markers and whitespace of one line.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) { indent += c === 9 ? 4 : 1; i++; continue; }
      if (c === 62 /* > */) { depth++; i++; continue; }
      if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) { depth++; i += 2; continue; }
      break;
    }
    max = Math.max(max, depth, indent >> 1);
    const next = text.indexOf('\n', i);
    if (next === -1) break;
    i = next + 1;
  }
  return max;
}

export class TooDeepError extends RangeError {}
