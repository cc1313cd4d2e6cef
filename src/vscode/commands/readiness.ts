import * as vscode from 'vscode';
import { FOUNDATION_LABELS, placeSnippet } from '../../index.js';
import type { Linter } from '../linter.js';
import { uiLang } from '../util.js';
import { insertSnippetAt } from './insert.js';

/** Show Proposal Readiness: the missing foundations; the one picked is inserted where it belongs. */
export async function showReadiness(linter: Linter): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const linted = editor && linter.get(editor.document);
  if (!editor || !linted) return;
  const r = linted.readiness;
  const lang = uiLang();
  if (r.missing.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('All six foundations are covered.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    r.missing.map((f) => ({ label: FOUNDATION_LABELS[f][lang], description: FOUNDATION_LABELS[f].snippet, foundation: f })),
    { title: vscode.l10n.t('Missing foundations: pick one to insert its section') },
  );
  if (!picked) return;
  const model = linter.model(editor.document)!;
  const ins = placeSnippet(model, FOUNDATION_LABELS[picked.foundation].snippet, model.lang);
  await insertSnippetAt(editor.document.uri, ins.edit.start, ins.edit.end, ins.snippet);
}
