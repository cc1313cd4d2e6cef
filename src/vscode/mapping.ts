/**
 * Pure mapping from engine findings to editor shapes, with no `vscode` import, so
 * it is unit-tested without an editor. extension.ts turns these into VS Code objects.
 */
import type { Finding } from '../index.js';

export interface DiagnosticData {
  /** 0-based lines and UTF-16 characters. */
  range: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
  severity: 'error' | 'warning' | 'information';
  message: string;
  source: 'proposal-lint';
  code: string;
  /** Key that finds the finding again from a diagnostic VS Code hands back. */
  key: string;
}

export function diagnosticKey(code: string, startLine: number, startCharacter: number, message: string): string {
  return `${code}|${startLine}:${startCharacter}|${message}`;
}

export function toDiagnosticData(f: Finding): DiagnosticData {
  const range = { startLine: f.line - 1, startCharacter: f.column - 1, endLine: f.endLine - 1, endCharacter: f.endColumn - 1 };
  // An empty range would be invisible: widen it to one character.
  if (range.endLine === range.startLine && range.endCharacter <= range.startCharacter) range.endCharacter = range.startCharacter + 1;
  return {
    range,
    severity: f.severity === 'info' ? 'information' : f.severity,
    message: f.message,
    source: 'proposal-lint',
    code: f.ruleId,
    key: diagnosticKey(f.ruleId, range.startLine, range.startCharacter, f.message),
  };
}
