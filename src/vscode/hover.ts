import * as vscode from 'vscode';
import { hoverAt } from '../app/hover.js';
import type { Linter } from './linter.js';
import { toRange } from './util.js';

/** Over a finding: the rule, why it matters, and a link to its page (the text is src/app/hover.ts's, shared with the language server). */
export class Hovers implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.get(doc);
    if (!linted) return undefined;
    const hover = hoverAt(linted.findings, doc.offsetAt(position), (ruleId) => this.linter.ruleLink(ruleId).toString());
    if (!hover) return undefined;
    const md = new vscode.MarkdownString(hover.markdown);
    // The link runs Show the Playbook Rule (the rendered page), and only that command.
    md.isTrusted = { enabledCommands: ['proposalLint.showRule'] };
    return new vscode.Hover(md, toRange(doc, hover.start, hover.end));
  }
}
