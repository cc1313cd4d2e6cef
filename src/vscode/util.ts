import * as vscode from 'vscode';
import { RULES, type Lang } from '../index.js';
import ja from '../../l10n/bundle.l10n.ja.json' with { type: 'json' };

export const SOURCE = 'proposal-lint';
export const RULE_IDS = RULES.map((r) => r.meta.id);

/** The language of the editor's UI (messages of commands, labels). */
export function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/**
 * A UI string in the document's language rather than the editor's (quick-fix titles sit
 * next to the messages, which follow the document): the same translations as vscode.l10n.
 */
export function docT(lang: Lang, message: string, ...args: Array<string | number>): string {
  const template = lang === 'ja' ? ((ja as Record<string, string>)[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
