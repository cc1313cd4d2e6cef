import * as vscode from 'vscode';
import { normalizeSettings, type EditorSettings } from '../index.js';
import { RULE_IDS } from './util.js';

const KEYS = ['enable', 'include', 'exclude', 'run', 'rules', 'language', 'maxFileSize'];

/** The proposalLint.* settings of a document, validated; each problem is shown once per session. */
export class SettingsReader {
  private readonly reported = new Set<string>();

  read(doc: vscode.TextDocument): EditorSettings {
    const cfg = vscode.workspace.getConfiguration('proposalLint', doc.uri);
    const raw: Record<string, unknown> = {};
    for (const key of KEYS) raw[key] = cfg.get(key);
    const { settings, problems } = normalizeSettings(raw, RULE_IDS);
    for (const p of problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      void vscode.window.showWarningMessage(vscode.l10n.t('Proposal Lint settings: {0}. The default is used instead.', p));
    }
    return settings;
  }
}
