import * as vscode from 'vscode';
import type { Linter } from '../linter.js';

/** Lint This File as a Proposal (true) / Stop Linting This File (false): remembered per workspace. */
export async function setLinted(linter: Linter, lint: boolean): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  await linter.overrides.set(doc.uri.toString(), lint);
  linter.lintNow(doc);
}
