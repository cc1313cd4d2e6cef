import * as vscode from 'vscode';
import { buildModel, defaultLexicon, frontMatterSnippets, placeSnippet, type Lang } from '../index.js';
import { insertSnippetAt } from './commands/insert.js';

/**
 * `prop-batna` / `prop-batna-ja` typed anywhere: a completion (not a snippet, which would
 * put the walk-away point where the cursor is, in the client's text) whose command writes
 * the key into the front matter with tab stops, as the missing-batna quick fix does.
 */
export class FrontMatterCompletions implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const typed = /[\w-]*$/.exec(doc.lineAt(position.line).text.slice(0, position.character))![0];
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return frontMatterSnippets().map((s) => {
      const item = new vscode.CompletionItem({ label: s.prefix, description: s.name }, vscode.CompletionItemKind.Snippet);
      item.detail = s.name;
      item.documentation = new vscode.MarkdownString(s.description);
      item.filterText = s.prefix;
      item.insertText = '';
      item.range = range;
      item.command = { title: s.name, command: 'proposalLint.insertFrontMatterKey', arguments: [doc.uri, s.prefix.replace(/-ja$/, ''), s.lang] };
      return item;
    });
  }
}

/** The key written into the front matter; when a walk-away key is there already, its value is selected instead of a second key. */
export async function insertFrontMatterKey(uri: vscode.Uri, prefix: string, lang: Lang): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const model = buildModel(doc.getText(), { language: lang });
  const keys = new Set(defaultLexicon().phrases('batna-key').map((k) => k.toLowerCase()));
  const fm = model.frontMatter;
  const existing = fm && Object.keys(fm.data).find((k) => keys.has(k.toLowerCase()));
  if (fm && existing) {
    const body = doc.getText().slice(fm.bodyStart, fm.bodyEnd);
    const m = new RegExp(`^([ \\t]*["']?${existing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*:[ \\t]*)(.*)$`, 'mu').exec(body);
    const editor = await vscode.window.showTextDocument(doc);
    if (m) {
      const start = doc.positionAt(fm.bodyStart + m.index + m[1]!.length);
      editor.selection = new vscode.Selection(start, start.translate(0, m[2]!.length));
      editor.revealRange(editor.selection);
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('The walk-away point is already in the front matter ({0}).', existing));
    return;
  }
  const ins = placeSnippet(model, prefix, lang);
  await insertSnippetAt(uri, ins.edit.start, ins.edit.end, ins.snippet);
}
