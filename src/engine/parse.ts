import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';

let processor: Processor<Root> | undefined;

/** The one Markdown parser: CommonMark + GFM + YAML front matter + CJK-friendly emphasis. */
export function parseMarkdown(text: string): Root {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkCjkFriendly)
    .freeze() as unknown as Processor<Root>;
  return processor.parse(text) as Root;
}
