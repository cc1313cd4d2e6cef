import * as vscode from 'vscode';

let output: vscode.OutputChannel | undefined;

/** The "Proposal Lint" output channel; created on activation, disposed with the extension. */
export function openLog(): vscode.OutputChannel {
  output = vscode.window.createOutputChannel('Proposal Lint');
  return output;
}

export function closeLog(): void {
  output = undefined;
}

export function log(message: string): void {
  output?.appendLine(`[${new Date().toISOString()}] ${message}`);
}

/** Runs an event handler so that nothing it throws reaches the extension host. */
export function guard<A extends unknown[]>(name: string, fn: (...args: A) => unknown): (...args: A) => unknown {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) return r.catch((e: unknown) => log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      return r;
    } catch (e) {
      log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
  };
}
