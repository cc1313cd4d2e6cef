import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class FatalError extends Error {}

const MARKDOWN = /\.(?:md|markdown)$/i;

export interface Target {
  /** Absolute path. */
  absolute: string;
  /** As shown to the user. */
  display: string;
  /** Named by the user (always linted) rather than found in a directory. */
  explicit: boolean;
}

function display(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

/** Markdown files under a directory, skipping node_modules and dot-folders, sorted. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (e) {
      throw new FatalError(`${display(current, process.cwd())}: cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile() && MARKDOWN.test(entry.name)) out.push(full);
    }
  }
  return out.sort();
}

/** Expands files, directories and globs into the files to lint, in a stable order. */
export async function expandTargets(patterns: readonly string[], cwd: string): Promise<Target[]> {
  const seen = new Set<string>();
  const out: Target[] = [];
  const add = (absolute: string, explicit: boolean) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push({ absolute, display: display(absolute, cwd), explicit });
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const files = walk(absolute);
      if (files.length === 0) throw new FatalError(`${pattern}: no Markdown files (.md, .markdown) in this directory`);
      for (const f of files) add(f, false);
    } else if (stat) {
      add(absolute, true);
    } else if (isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], dot: false });
      const markdown = files.filter((f) => MARKDOWN.test(f)).sort();
      if (markdown.length === 0) throw new FatalError(`${pattern}: no Markdown files match this pattern`);
      for (const f of markdown) add(path.resolve(f), false);
    } else {
      throw new FatalError(`${pattern}: no such file or directory`);
    }
  }
  return out;
}
