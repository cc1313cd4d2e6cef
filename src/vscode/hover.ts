import * as vscode from 'vscode';
import { RULES } from '../index.js';
import type { Linter } from './linter.js';
import { toRange } from './util.js';

/** Over a finding: the rule, why it matters, and a link to its page. */
export class Hovers implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.get(doc);
    if (!linted) return undefined;
    const offset = doc.offsetAt(position);
    // Document-level findings sit on their anchor (the first heading): they explain themselves there too.
    const here = linted.findings.filter((f) => f.startOffset <= offset && offset <= f.endOffset);
    if (here.length === 0) return undefined;
    const md = new vscode.MarkdownString();
    // The link runs Show the Playbook Rule (the rendered page), and only that command.
    md.isTrusted = { enabledCommands: ['proposalLint.showRule'] };
    for (const f of here) {
      const rule = RULES.find((r) => r.meta.id === f.ruleId);
      if (!rule) continue;
      md.appendMarkdown(`**${f.ruleId}** — ${rule.meta.description[f.lang]}\n\n`);
      md.appendMarkdown(`${rule.meta.rationale[f.lang]}\n\n`);
      if (f.evidence) md.appendMarkdown(`*${f.lang === 'ja' ? '確認した内容' : 'What was checked'}:* ${f.evidence}\n\n`);
      md.appendMarkdown(`[${f.lang === 'ja' ? 'ルールの説明' : 'Rule documentation'}](${this.linter.ruleLink(f.ruleId).toString()})\n\n`);
    }
    return new vscode.Hover(md, toRange(doc, here[0]!.startOffset, here[0]!.endOffset));
  }
}
