import * as vscode from 'vscode';
import type { Lang } from '../../index.js';
import type { ConfigStore } from '../config.js';
import type { Linter } from '../linter.js';
import { RULE_IDS } from '../util.js';

/** Show the Playbook Rule: the rule's page in the Markdown preview. */
export async function showRule(linter: Linter, ruleId?: string): Promise<void> {
  const id = ruleId ?? (await vscode.window.showQuickPick(RULE_IDS, { title: vscode.l10n.t('Show the playbook rule') }));
  if (!id) return;
  await vscode.commands.executeCommand('markdown.showPreview', linter.docsUri(id));
}

/** The team-vocabulary quick fix: a literal phrase into the nearest config file's lexicon. */
export async function teachPhrase(configs: ConfigStore, uri: vscode.Uri, concept: string, lang: Lang, label: string, phrase?: string): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && editor.document.uri.toString() === uri.toString() ? editor.document.getText(editor.selection) : '';
  const value = phrase ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Add to the team\'s {0}', label),
    prompt: vscode.l10n.t('A literal phrase (not a pattern). It is saved in {0} and shared with the CLI.', '.proposallintrc.json'),
    value: selected.trim().slice(0, 80),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a phrase.')),
  }));
  if (!value?.trim()) return undefined;
  return configs.teach(uri, concept, lang, value.trim(), label);
}
