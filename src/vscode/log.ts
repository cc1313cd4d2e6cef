import * as vscode from 'vscode';

let output: vscode.LogOutputChannel | undefined;

/**
 * The "Proposal Lint" output channel, a log channel (its level follows "Developer: Set Log
 * Level…"): activation, configuration problems, skipped files and why at info; each lint's
 * timing at debug; failures at error. Created on activation, disposed with the extension.
 */
export function openLog(): vscode.LogOutputChannel {
  output = vscode.window.createOutputChannel('Proposal Lint', { log: true });
  return output;
}

export function closeLog(): void {
  output = undefined;
}

export function log(message: string): void {
  output?.info(message);
}

export function debug(message: string): void {
  output?.debug(message);
}

export function logError(message: string): void {
  output?.error(message);
}

/** Runs an event handler so that nothing it throws reaches the extension host. */
export function guard<A extends unknown[]>(name: string, fn: (...args: A) => unknown): (...args: A) => unknown {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) return r.catch((e: unknown) => logError(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      return r;
    } catch (e) {
      logError(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
  };
}
