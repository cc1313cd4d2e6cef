import en from '../../snippets/markdown.en.json' with { type: 'json' };
import ja from '../../snippets/markdown.ja.json' with { type: 'json' };
import fmEn from '../../snippets/front-matter.en.json' with { type: 'json' };
import fmJa from '../../snippets/front-matter.ja.json' with { type: 'json' };
import type { Lang } from './types.js';

export interface SnippetDef {
  prefix: string;
  description: string;
  body: string[];
}

type SnippetFile = Record<string, SnippetDef>;
const FILES: Record<Lang, SnippetFile> = { en: en as SnippetFile, ja: ja as SnippetFile };
/**
 * Templates that go into the front matter (`prop-batna`): not contributed as snippets, which
 * would insert them at the cursor, in the client's text (issue 14); the editor offers them as
 * completions that write the key into the front matter, like the quick fix.
 */
const FRONT_MATTER: Record<Lang, SnippetFile> = { en: fmEn as SnippetFile, ja: fmJa as SnippetFile };

function list(files: Record<Lang, SnippetFile>): Array<SnippetDef & { name: string; lang: Lang }> {
  const out: Array<SnippetDef & { name: string; lang: Lang }> = [];
  for (const lang of ['en', 'ja'] as const) {
    for (const [name, def] of Object.entries(files[lang])) out.push({ ...def, name, lang });
  }
  return out;
}

/** Every snippet, both languages (the same texts the editor offers as snippets). */
export function allSnippets(): Array<SnippetDef & { name: string; lang: Lang }> {
  return list(FILES);
}

/** The front-matter templates, both languages (offered as completions, not snippets). */
export function frontMatterSnippets(): Array<SnippetDef & { name: string; lang: Lang }> {
  return list(FRONT_MATTER);
}

/** A snippet by its English prefix (the Japanese one carries `-ja`). */
export function snippet(prefix: string, lang: Lang): SnippetDef {
  const wanted = lang === 'ja' ? `${prefix}-ja` : prefix;
  const found = [...Object.values(FILES[lang]), ...Object.values(FRONT_MATTER[lang])].find((s) => s.prefix === wanted);
  if (!found) throw new Error(`no snippet ${wanted}`);
  return found;
}

/** Snippet syntax to plain text: placeholders keep their default, choices their first option. */
export function snippetToText(body: string): string {
  // Escaped characters first, so "\\$5" stays a literal "$5".
  const escaped: string[] = [];
  let text = body.replace(/\\([$}\\])/g, (_, ch: string) => `\u0000${escaped.push(ch) - 1}\u0000`);
  let previous = '';
  // Innermost first, so nested placeholders resolve.
  while (text !== previous) {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|}]*)[^|}]*\|\}/g, '$1')
      .replace(/\$\{\d+\}/g, '');
  }
  return text.replace(/\$\d+/g, '').replace(/\u0000(\d+)\u0000/g, (_, i: string) => escaped[Number(i)]!);
}

/** Literal text inside a snippet body: `$`, `}` and `\` escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** A snippet body whose leading `## ` headings are set to a depth. */
export function withHeadingDepth(body: string, depth: number): string {
  const hashes = '#'.repeat(Math.max(1, Math.min(6, depth)));
  return body.replace(/^#{1,6}(?= )/gm, hashes);
}

/** A template as both snippet body and plain text. */
export function template(prefix: string, lang: Lang, depth = 2): { snippet: string; text: string } {
  const body = withHeadingDepth(snippet(prefix, lang).body.join('\n'), depth).replace(/\n?\$0$/, '');
  return { snippet: body, text: snippetToText(body) };
}
