/**
 * Whether two resources are the same file, with no `vscode` import (unit-tested in
 * test/vscode-paths.test.ts). The export command uses it so that a save dialog can never
 * overwrite the proposal with its client copy.
 */
export interface ResourceLike {
  scheme: string;
  authority: string;
  path: string;
  /** File URIs: the platform path. */
  fsPath?: string;
  toString(): string;
}

/** A path with `\` as `/`, no empty or `.` segments, `..` resolved, no trailing `/`, a lower-case drive letter. */
export function normalisePath(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/');
  const out: string[] = [];
  for (const seg of slashed.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  if (out[0] && /^[A-Za-z]:$/.test(out[0])) out[0] = out[0].toLowerCase();
  return (absolute ? '/' : '') + out.join('/');
}

/**
 * Same resource: the same URI, or (file URIs) the same path after normalisation,
 * compared without case where the file system ignores it (Windows, macOS).
 */
export function sameResource(a: ResourceLike, b: ResourceLike, caseInsensitive = false): boolean {
  if (a.toString() === b.toString()) return true;
  if (a.scheme !== b.scheme || a.authority.toLowerCase() !== b.authority.toLowerCase()) return false;
  const pa = normalisePath(a.scheme === 'file' && a.fsPath ? a.fsPath : a.path);
  const pb = normalisePath(b.scheme === 'file' && b.fsPath ? b.fsPath : b.path);
  return caseInsensitive ? pa.toLowerCase() === pb.toLowerCase() : pa === pb;
}
