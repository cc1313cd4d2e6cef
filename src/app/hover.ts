/**
 * What the hover over a finding says, for every front end (the VS Code extension's hover
 * provider and the language server's textDocument/hover): the rule, why it matters (its
 * rationale), what was checked, and a link to the rule's page. Markdown, no editor types.
 */
import { RULES } from '../rules/index.js';
import type { Finding } from '../engine/types.js';

export interface HoverText {
  markdown: string;
  /** The first finding's source offsets: the range the hover is about. */
  start: number;
  end: number;
}

/**
 * The hover at `offset` (a UTF-16 offset into the linted text), or undefined where no
 * finding is. Document-level findings sit on their anchor (the first heading) and explain
 * themselves there too. `docsLink` gives the rule page's address (none: no link).
 */
export function hoverAt(findings: readonly Finding[], offset: number, docsLink: (ruleId: string) => string | undefined): HoverText | undefined {
  const here = findings.filter((f) => f.startOffset <= offset && offset <= f.endOffset);
  if (here.length === 0) return undefined;
  let markdown = '';
  for (const f of here) {
    const rule = RULES.find((r) => r.meta.id === f.ruleId);
    if (!rule) continue;
    markdown += `**${f.ruleId}** — ${rule.meta.description[f.lang]}\n\n`;
    markdown += `${rule.meta.rationale[f.lang]}\n\n`;
    if (f.evidence) markdown += `*${f.lang === 'ja' ? '確認した内容' : 'What was checked'}:* ${f.evidence}\n\n`;
    const link = docsLink(f.ruleId);
    if (link) markdown += `[${f.lang === 'ja' ? 'ルールの説明' : 'Rule documentation'}](${link})\n\n`;
  }
  return { markdown, start: here[0]!.startOffset, end: here[0]!.endOffset };
}
