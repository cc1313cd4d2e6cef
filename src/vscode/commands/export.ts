import * as vscode from 'vscode';
import { exportClient } from '../../app/export.js';
import type { Linter } from '../linter.js';
import { sameResource } from '../paths.js';

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
  // The same export as the CLI's, with the options this file resolves to (the team's marker and walk-away words too).
  // The configuration as it is now (not a cached one that may predate the team's marker words).
  const current = await linter.configs.current(doc.uri);
  if ('problem' in current) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: {0} has an error ({1}). Fix it first: it may hold your team\'s internal markers.', vscode.workspace.asRelativePath(current.problem.file, false), current.problem.message));
    return undefined;
  }
  const result = exportClient(doc.getText(), linter.optionsFor(doc, undefined, current.entry));
  if (!result.ok) {
    const first = result.problems[0]!;
    const more = result.problems.length > 1 ? vscode.l10n.t(' (and {0} more: see the Problems panel)', result.problems.length - 1) : '';
    linter.showExportProblems(doc, result.problems);
    void vscode.window.showErrorMessage(vscode.l10n.t('Not exported: line {0}: {1}{2}', first.line, first.message, more));
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
  linter.exportProblems.delete(doc.uri);
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
