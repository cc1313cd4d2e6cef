import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class FatalError extends Error {}

/** Why a path could not be read: `message` is one short line, without the path. */
export class ReadProblem extends Error {
  constructor(readonly kind: 'missing' | 'loop' | 'not-regular' | 'too-big' | 'unreadable', message: string, readonly size?: number) {
    super(message);
  }
}

const CODES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory (a part of the path is not a folder)',
  ELOOP: 'a symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
  EEXIST: 'already exists',
  EIO: 'input/output error',
};

/** A file system error as a few words ("permission denied (EACCES)"); never a stack trace. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code) return CODES[code] ? `${CODES[code]} (${code})` : code;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'an unusual file';
}

/**
 * Reads a regular file of at most `maxBytes`, deciding before reading: opened without
 * blocking (a FIFO must not hang the open), checked with fstat (devices, FIFOs, sockets and
 * directories are refused, so is a file over the limit), then read up to its size. Throws
 * ReadProblem.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadProblem('missing', describeError(e));
    if (code === 'ELOOP') throw new ReadProblem('loop', describeError(e));
    if (code === 'EISDIR') throw new ReadProblem('not-regular', 'not a regular file: a directory');
    throw new ReadProblem('unreadable', describeError(e));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadProblem('not-regular', `not a regular file: ${kindOf(stat)}`);
    if (stat.size > maxBytes) throw new ReadProblem('too-big', `${(stat.size / 1_000_000).toFixed(1)} MB is over the limit`, stat.size);
    // Read at most one byte beyond the limit: a file that grows while read is still bounded.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) throw new ReadProblem('too-big', `over the limit of ${(maxBytes / 1_000_000).toFixed(1)} MB`, length);
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof ReadProblem) throw e;
    throw new ReadProblem('unreadable', describeError(e));
  } finally {
    fs.closeSync(fd);
  }
}

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
    let problem: NodeJS.ErrnoException | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (e) {
      stat = undefined;
      problem = e as NodeJS.ErrnoException;
    }
    if (stat?.isDirectory()) {
      const files = walk(absolute);
      if (files.length === 0) throw new FatalError(`${pattern}: no Markdown files (.md, .markdown) in this directory`);
      for (const f of files) add(f, false);
    } else if (stat) {
      // Named explicitly: a device, FIFO or socket is refused before anything reads it.
      if (!stat.isFile()) throw new FatalError(`${pattern}: not a regular file: ${kindOf(stat)}`);
      add(absolute, true);
    } else if (problem && problem.code !== 'ENOENT' && problem.code !== 'ENOTDIR') {
      throw new FatalError(`${pattern}: ${describeError(problem)}`);
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
