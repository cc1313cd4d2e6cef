import * as vscode from 'vscode';
import type { Linter } from '../linter.js';

/** Lint This File as a Proposal (true) / Stop Linting This File (false): remembered per workspace, and said so. */
export async function setLinted(linter: Linter, lint: boolean): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file first.'));
    return;
  }
  await linter.overrides.set(doc.uri.toString(), lint);
  linter.lintNow(doc);
  const name = vscode.workspace.asRelativePath(doc.uri, false);
  void vscode.window.showInformationMessage(lint
    ? vscode.l10n.t('Proposal Lint checks "{0}" as a proposal from now on (remembered for this workspace).', name)
    : vscode.l10n.t('Proposal Lint no longer checks "{0}" (remembered for this workspace). "Lint This File as a Proposal" turns it back on.', name));
}
