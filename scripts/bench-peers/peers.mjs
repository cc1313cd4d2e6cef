// The benchmark's yardsticks, resolved from this folder's own node_modules (see package.json).
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lint as markdownlintSync } from 'markdownlint/sync';

const version = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

const floorParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
export const floor = (text) => floorParser.parse(text);
export const markdownlint = (text) => markdownlintSync({ strings: { doc: text } });
export const versions = Object.fromEntries(
  ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'micromark', 'markdownlint'].map((n) => [n, version(n)]),
);
