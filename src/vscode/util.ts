import * as vscode from 'vscode';
import { RULES, type Lang } from '../index.js';

export const SOURCE = 'proposal-lint';
export const RULE_IDS = RULES.map((r) => r.meta.id);

/** The language of the editor's UI (messages of commands, labels). */
export function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}
