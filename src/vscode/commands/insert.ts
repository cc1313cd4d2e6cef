import * as vscode from 'vscode';
import { allSnippets, snippetToText } from '../../index.js';
import type { Linter } from '../linter.js';
import { toRange, uiLang } from '../util.js';

/** Inserts a snippet over [start, end) of a document (quick fixes and readiness use it). */
export async function insertSnippetAt(uri: vscode.Uri, start: number, end: number, body: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  await editor.insertSnippet(new vscode.SnippetString(body), toRange(doc, start, end));
}

/** Insert Add-on / Insert Agreement Safeguard: pick from the snippets, the document's language first. */
export async function pickSnippet(linter: Linter, group: 'addon' | 'safeguard'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown proposal to insert into.'));
    return;
  }
  const lang = linter.model(editor.document)?.lang ?? uiLang();
  const items = allSnippets()
    .filter((s) => s.prefix.startsWith(`${group}-`))
    .sort((a, b) => (a.lang === lang ? 0 : 1) - (b.lang === lang ? 0 : 1))
    .map((s) => ({ label: s.name, description: s.prefix, detail: `${s.description} — ${snippetToText(s.body.join(' ')).slice(0, 140)}`, snippet: s }));
  const picked = await vscode.window.showQuickPick(items, {
    title: group === 'addon' ? vscode.l10n.t('Insert Add-on') : vscode.l10n.t('Insert Agreement Safeguard'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  await editor.insertSnippet(new vscode.SnippetString(picked.snippet.body.join('\n')));
}
