'use strict';
const vscode = require('vscode');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const lib = require(path.join(ROOT, 'dist/index.cjs'));

/** Waits for a condition (never a fixed sleep): polls until it holds or the deadline passes. */
async function waitFor(fn, what, ms = 20000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function api() {
  const ext = vscode.extensions.getExtension('proposal-lint.proposal-lint');
  if (!ext) throw new Error('extension proposal-lint.proposal-lint not found');
  return ext.exports;
}

async function activate() {
  const ext = vscode.extensions.getExtension('proposal-lint.proposal-lint');
  await ext.activate();
  return ext.exports;
}

function workspaceUri(rel) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, rel);
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(rel));
  await vscode.window.showTextDocument(doc);
  await checked(doc);
  return doc;
}

async function untitled(content) {
  // VS Code names a new untitled document after one just closed (Untitled-1), and at times opens it
  // with the closed one's text instead of the text asked for (seen after the binary-content test, whose
  // document stayed unsaved for seconds: its hot-exit backup, it seems). Revert that document and open
  // again; never test the wrong text.
  for (const end = Date.now() + 15000; ;) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc);
    if (doc.getText() === content) {
      await checked(doc);
      return doc;
    }
    if (Date.now() > end) throw new Error(`openTextDocument({ content }) keeps returning ${doc.uri} with an earlier document's text: ${JSON.stringify(doc.getText().slice(0, 80))}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => doc.isClosed, `${doc.uri} to close`);
  }
}

/** Waits until the extension has looked at the document's current version. */
async function checked(doc) {
  await waitFor(() => api().checkedVersion(doc.uri) === doc.version, `${doc.uri.path} v${doc.version} to be checked`);
}

function diagnostics(doc) {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'proposal-lint');
}

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

function describeDiagnostic(d) {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${d.severity} ${typeof d.code === 'object' ? d.code.value : d.code}`;
}

function describeFinding(f) {
  const endCharacter = f.endLine === f.line && f.endColumn <= f.column ? f.column : f.endColumn - 1;
  return `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${endCharacter} ${SEVERITY[f.severity]} ${f.ruleId}`;
}

async function setText(doc, text) {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
}

async function codeActions(doc, range, kind = vscode.CodeActionKind.QuickFix.value) {
  return waitFor(async () => {
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, kind);
    const ours = (actions || []).filter((a) => !a.kind || a.kind.value === kind || a.kind.value.startsWith(`${kind}.`));
    return ours.length ? ours : null;
  }, 'code actions');
}

async function setting(key, value) {
  await vscode.workspace.getConfiguration('proposalLint').update(key, value, vscode.ConfigurationTarget.Global);
}

module.exports = { ROOT, lib, waitFor, api, activate, open, untitled, checked, diagnostics, describeDiagnostic, describeFinding, setText, codeActions, setting, workspaceUri };
