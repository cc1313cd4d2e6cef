import * as vscode from 'vscode';
import { allSnippets, buildModel, placeItem, snippetToText, type ItemGroup } from '../../index.js';
import type { Linter } from '../linter.js';
import { toRange } from '../util.js';

/** Inserts a snippet over [start, end) of a document (quick fixes and readiness use it). */
export async function insertSnippetAt(uri: vscode.Uri, start: number, end: number, body: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  await editor.insertSnippet(new vscode.SnippetString(body), toRange(doc, start, end));
}

/**
 * Insert Add-on / Insert Agreement Safeguard: pick from the snippets of the document's
 * language; the item goes where it belongs (src/engine/placement.ts: on the blank line the
 * cursor is on, else in its section, else in a new section), never glued to a heading or list.
 */
export async function pickSnippet(linter: Linter, group: ItemGroup): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown proposal to insert into.'));
    return;
  }
  const doc = editor.document;
  const version = doc.version;
  const model = linter.model(doc) ?? buildModel(doc.getText());
  const lang = model.lang;
  const items = allSnippets()
    .filter((s) => s.prefix.startsWith(`${group}-`) && s.lang === lang)
    .map((s) => ({ label: s.name, description: s.prefix, detail: `${s.description} — ${snippetToText(s.body.join(' ')).slice(0, 140)}`, snippet: s }));
  const picked = await vscode.window.showQuickPick(items, {
    title: group === 'addon' ? vscode.l10n.t('Insert Add-on') : vscode.l10n.t('Insert Agreement Safeguard'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  // The text may have changed while the list was open: place against the text as it is now.
  const now = doc.version === version ? model : buildModel(doc.getText(), { language: lang });
  const ins = placeItem(now, group, picked.snippet.prefix, lang, doc.offsetAt(editor.selection.active));
  await insertSnippetAt(doc.uri, ins.edit.start, ins.edit.end, ins.snippet);
}
