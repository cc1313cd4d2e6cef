import * as vscode from 'vscode';
import { FOUNDATION_LABELS, failingFacts, type Foundation } from '../index.js';
import type { Linter } from './linter.js';
import { uiLang } from './util.js';

const order = (f: Foundation) => Object.keys(FOUNDATION_LABELS).indexOf(f);

/** The status bar item: readiness against the six foundations, or why a proposal was skipped. */
export class Status implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('proposalLint.readiness', vscode.StatusBarAlignment.Right, 100);
  visible = false;

  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('Proposal readiness');
    this.item.command = 'proposalLint.showReadiness';
  }

  /** A passing note (five seconds) in the status bar. */
  note(text: string): void {
    vscode.window.setStatusBarMessage(`$(info) ${text}`, 5000);
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const skipped = editor && this.linter.scheduler.skipped(editor.document.uri.toString());
    if (skipped) {
      this.item.text = skipped === 'binary' ? `$(circle-slash) ${vscode.l10n.t('Proposal Lint: binary content, not checked')}` : `$(circle-slash) ${vscode.l10n.t('Proposal Lint: empty file')}`;
      this.item.tooltip = skipped === 'binary'
        ? vscode.l10n.t('This file has NUL characters near its start, so it is not Markdown text. Nothing was checked.')
        : vscode.l10n.t('Nothing to check yet. Type prop-skeleton (or prop-skeleton-ja) and accept the snippet to start a proposal.');
      this.show();
      return;
    }
    const linted = editor && this.linter.get(editor.document);
    if (!editor || !linted) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const r = linted.readiness;
    const lang = uiLang();
    this.item.text = `$(checklist) ${vscode.l10n.t('Proposal {0}/6', r.covered.length)}`;
    const md = new vscode.MarkdownString(`**${vscode.l10n.t('Readiness against the six foundations')}**\n\n`);
    for (const f of [...r.covered, ...r.missing].sort((a, b) => order(a) - order(b))) {
      md.appendMarkdown(`${r.covered.includes(f) ? '$(pass-filled)' : '$(circle-large-outline)'} ${FOUNDATION_LABELS[f][lang]}\n\n`);
    }
    // The fact checks that fail (figures, client name, currency and tax, dates, placeholders).
    const facts = failingFacts(linted.findings);
    if (facts.length) {
      md.appendMarkdown(`**${vscode.l10n.t('Fact checks that fail')}**\n\n`);
      for (const f of facts) md.appendMarkdown(`$(error) \`${f.ruleId}\` (${f.count}): ${escapeMarkdown(f.first)}\n\n`);
    }
    md.supportThemeIcons = true;
    this.item.tooltip = md;
    this.show();
  }

  private show(): void {
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** A message as plain text in Markdown (it may quote the user's text: [Client Name], *…*). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}
