import * as vscode from 'vscode';
import type { Finding } from '../index.js';
import type { Linted } from '../app/scheduler.js';
import { diagnosticKey, toDiagnosticData } from './mapping.js';
import { SOURCE } from './util.js';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
} as const;

/** Publishes findings as diagnostics (source, severity, a code linking to the rule's page). */
export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Per published lint: the findings by diagnostic key (VS Code hands back copies of diagnostics). */
  private readonly byKey = new WeakMap<Linted, Map<string, Finding>>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  docsUri(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  }

  /**
   * The rule-id link of a diagnostic and of the hover: "Show the Playbook Rule", which opens
   * the page rendered in the Markdown preview, not the raw, editable file from the install
   * folder (issue 14). VS Code opens a diagnostic's code link with command URIs allowed.
   */
  ruleLink(ruleId: string): vscode.Uri {
    return vscode.Uri.parse(`command:proposalLint.showRule?${encodeURIComponent(JSON.stringify([ruleId]))}`);
  }

  publish(uri: vscode.Uri, linted: Linted): void {
    const byKey = new Map<string, Finding>();
    const diagnostics = linted.findings.map((f) => {
      const d = toDiagnosticData(f);
      byKey.set(d.key, f);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(d.range.startLine, d.range.startCharacter, d.range.endLine, d.range.endCharacter), d.message, SEVERITY[d.severity]);
      diagnostic.source = SOURCE;
      diagnostic.code = { value: f.ruleId, target: this.ruleLink(f.ruleId) };
      return diagnostic;
    });
    this.byKey.set(linted, byKey);
    this.collection.set(uri, diagnostics);
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  /** The finding behind a diagnostic of a published lint (matched by key). */
  findingFor(linted: Linted, d: vscode.Diagnostic): Finding | undefined {
    const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
    return this.byKey.get(linted)?.get(diagnosticKey(code, d.range.start.line, d.range.start.character, d.message));
  }

  dispose(): void {
    this.collection.dispose();
  }
}
