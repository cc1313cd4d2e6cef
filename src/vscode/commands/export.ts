import * as vscode from 'vscode';
import { clientCopy, lintDocument, type EditorSettings } from '../../index.js';
import type { Linter } from '../linter.js';
import { sameResource } from '../paths.js';
import { RULE_IDS } from '../util.js';

export type ClientCopy = { copy: string } | { leak: { excerpt: string; line: number } };

/**
 * The client copy of a proposal (no front matter, no internal parts), or the walk-away
 * point it would still reveal. The one call the export command makes to compute it (the
 * application layer's exportClient can take its place here).
 */
export function computeClientCopy(text: string, settings: Pick<EditorSettings, 'language'>): ClientCopy {
  const model = lintDocument(text, { language: settings.language }).model;
  const copy = clientCopy(model);
  const leaks = lintDocument(copy, { rules: Object.fromEntries(RULE_IDS.map((id) => [id, id === 'exposed-batna' ? 'error' : 'off'])) }).findings;
  const first = leaks[0];
  return first ? { leak: { excerpt: copy.slice(first.startOffset, first.endOffset), line: first.line } } : { copy };
}

/** File systems that ignore case: a target differing from the proposal only in case is the proposal. */
const caseInsensitive = typeof process !== 'undefined' && (process.platform === 'win32' || process.platform === 'darwin');

/**
 * Export Client Copy: writes the copy to `target`, or where the save dialog says. Refuses
 * a copy that leaks the walk-away point, and a target that is the proposal itself.
 */
export async function exportClientCopy(linter: Linter, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown proposal to export.'));
    return undefined;
  }
  const doc = editor.document;
  const result = computeClientCopy(doc.getText(), linter.settings(doc));
  if ('leak' in result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: the client copy would still reveal your walk-away point ("{0}", line {1} of the copy). Move it into an internal block first.', result.leak.excerpt, result.leak.line));
    return undefined;
  }
  let uri = target;
  if (!uri) {
    const base = doc.uri.scheme === 'untitled' ? vscode.Uri.file('proposal.client.md') : doc.uri.with({ path: doc.uri.path.replace(/(\.md|\.markdown)?$/i, '.client.md') });
    uri = await vscode.window.showSaveDialog({ defaultUri: base, filters: { Markdown: ['md'] }, title: vscode.l10n.t('Export Client Copy') });
    if (!uri) return undefined;
  }
  if (sameResource(uri, doc.uri, caseInsensitive)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0} is the proposal itself. Choose another file for the client copy.', vscode.workspace.asRelativePath(uri, false)));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.copy));
  if (!target) {
    const open = vscode.l10n.t('Open');
    const written = uri;
    void vscode.window.showInformationMessage(vscode.l10n.t('Client copy written without front matter and internal notes.'), open).then((c) => {
      if (c === open) void vscode.window.showTextDocument(written);
    });
  }
  return uri;
}
