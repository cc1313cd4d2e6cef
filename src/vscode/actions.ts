import * as vscode from 'vscode';
import { RULES, disableFileEdit, disableLineEdit, type Finding } from '../index.js';
import type { Linter } from './linter.js';
import { docT, SOURCE, toRange } from './util.js';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('proposalLint');

/** Quick fixes on proposal-lint diagnostics, and source.fixAll.proposalLint. */
export class Actions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL];
  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.get(doc);
    if (!linted) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    if (context.only && FIX_ALL.contains(context.only) || context.only?.contains(FIX_ALL)) return fixAll(doc, linted.findings);
    if (!wants(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const f = this.linter.findingFor(doc, diagnostic);
      if (f) actions.push(...this.quickFixes(doc, diagnostic, f));
    }
    return actions;
  }

  /**
   * In the menu's order: the fixes (a safe fix or the first suggestion preferred, so Enter
   * or "auto fix" picks a fix), the rule's page, teaching a phrase, and the two "disable"
   * actions last, so Enter never silences a rule (issue 14). Titles are in the document's
   * language, like the messages, whatever the UI language.
   */
  private quickFixes(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, f: Finding): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const lang = f.lang;
    const action = (title: string): vscode.CodeAction => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [diagnostic];
      actions.push(a);
      return a;
    };
    // A safe fix (price-arithmetic's computed total, the client's full name) is the preferred action; fix-all applies it too.
    if (f.fix?.length) {
      const a = action(f.fix.length === 1 && f.fix[0]!.text.trim() ? docT(lang, 'Replace with {0}', f.fix[0]!.text.trim()) : docT(lang, 'Apply the safe fix'));
      a.isPreferred = true;
      a.edit = new vscode.WorkspaceEdit();
      for (const e of f.fix) a.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
    }
    (f.suggestions ?? []).forEach((s, i) => {
      const a = action(s.desc);
      a.isPreferred = i === 0 && !f.fix?.length;
      if (s.snippet) {
        a.command = { title: s.desc, command: 'proposalLint.insertSnippetAt', arguments: [doc.uri, s.snippet.start, s.snippet.end, s.snippet.body] };
      } else {
        a.edit = new vscode.WorkspaceEdit();
        for (const e of s.edits) a.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
      }
    });
    const show = action(docT(lang, 'Show the playbook rule: {0}', f.ruleId));
    show.command = { title: show.title, command: 'proposalLint.showRule', arguments: [f.ruleId] };
    const rule = RULES.find((r) => r.meta.id === f.ruleId);
    if (rule?.meta.teach && doc.uri.scheme !== 'untitled') {
      const label = rule.meta.teach.label[lang];
      const teach = action(docT(lang, 'Add a phrase to the team\'s {0}…', label));
      teach.command = { title: teach.title, command: 'proposalLint.teachPhrase', arguments: [doc.uri, rule.meta.teach.concept, f.lang, label] };
    }
    // The lint's own answer carries the disable edits (the worker's too): no model is rebuilt
    // on the host for a code action. Older answers without them fall back to the model.
    const linted = this.linter.get(doc);
    const given = linted?.disable?.[linted.findings.indexOf(f)];
    const model = given ? undefined : this.linter.model(doc)!;
    // A finding about the whole document has no line to silence: only "for this file" fits it.
    const line = given ? given.line : f.documentLevel ? null : disableLineEdit(model!, f);
    if (line) {
      const a = action(docT(lang, 'Disable {0} for this line', f.ruleId));
      a.edit = new vscode.WorkspaceEdit();
      a.edit.insert(doc.uri, doc.positionAt(line.start), line.text);
    }
    const file = given ? given.file : disableFileEdit(model!, f.ruleId);
    // Null for the engine's own findings (invalid-directive...), which no directive silences.
    if (file) {
      const fileAction = action(docT(lang, 'Disable {0} for this file', f.ruleId));
      fileAction.edit = new vscode.WorkspaceEdit();
      fileAction.edit.insert(doc.uri, doc.positionAt(file.start), file.text);
    }
    return actions;
  }
}

function fixAll(doc: vscode.TextDocument, findings: Finding[]): vscode.CodeAction[] {
  const edits = findings.flatMap((f) => f.fix ?? []);
  if (!edits.length) return [];
  const action = new vscode.CodeAction(vscode.l10n.t('Fix all safe proposal-lint problems'), FIX_ALL);
  action.edit = new vscode.WorkspaceEdit();
  for (const e of edits) action.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
  return [action];
}
