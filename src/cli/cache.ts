/**
 * `--cache`: findings kept per file, keyed by a hash of the text, the configuration that
 * applies to it, the flags that change the lint and proposal-lint's version (like ESLint's
 * --cache with its content strategy). A file whose key is unchanged is not linted again.
 *
 * The cache file is one JSON object written a file a line:
 *
 *     {"proposalLint":"0.1.0","files":{
 *     "proposals/a.md":{"key":"<sha256>","findings":[…]},
 *     "proposals/b.md":{"key":"<sha256>","findings":[…]}
 *     }}
 *
 * so that a run keeps only the index (file, key, where its findings are) and reads the
 * findings of a file when it reports it: memory does not grow with the number of files. The
 * new cache is written to a temporary file as the run goes (the files linted now), the old
 * entries still wanted are copied after them, and it is renamed over the old one at the end.
 * A file of the same shape that is not one a line (edited by hand) is read whole; one that is
 * unreadable, cut short, from another version or not ours is started afresh, never trusted.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../index.js';
import { describeError } from './files.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

interface Entry {
  key: string;
  /** Where the findings' JSON is in the old file, in bytes. */
  offset: number;
  length: number;
  /** Linted again in this run: the new entry replaces it. */
  replaced?: boolean;
}
type Whole = Record<string, { key: string; findings: Finding[] }>;

/** The default place: node_modules/.cache/proposal-lint/ when there is a node_modules here (as ESLint, Babel and Prettier do), else a dotfile. */
export function defaultCacheLocation(cwd: string): string {
  return fs.existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'proposal-lint', 'cache.json') : path.join(cwd, '.proposallintcache');
}

const HEADER = `{"proposalLint":${JSON.stringify(VERSION)},"files":{`;
const FOOTER = '}}';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
/** What follows a file's name on its line, around the 64 hex digits of its key. */
const BEFORE_KEY = Buffer.from(':{"key":"');
const AFTER_KEY = Buffer.from('","findings":');

export class LintCache {
  private readonly index = new Map<string, Entry>();
  /** A cache read whole (not written a file a line). */
  private whole: Whole | undefined;
  /** The old cache file, open while the run reads entries from it. */
  private old: number | undefined;
  private out: { fd: number; tmp: string; entries: number } | undefined;
  private dirty = false;
  /** The file's header names another version: nothing in it is trusted. */
  private otherVersion = false;
  private problem: string | undefined;

  constructor(readonly file: string, readonly shown: string) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return; // no cache yet
    }
    let lines: boolean;
    try {
      lines = fs.fstatSync(fd).isFile() && this.scan(fd);
    } catch {
      lines = false;
    }
    if (lines) {
      this.old = fd;
      return;
    }
    fs.closeSync(fd);
    this.index.clear();
    this.readWhole();
  }

  /** The key of one lint: the text, the configuration and flags that apply (as JSON) and the version. */
  static key(text: string, settings: string): string {
    return createHash('sha256').update(VERSION).update('\u0000').update(settings).update('\u0000').update(text).digest('hex');
  }

  get(file: string, key: string): Finding[] | undefined {
    if (this.whole) {
      const entry = Object.hasOwn(this.whole, file) ? this.whole[file] : undefined;
      return entry && entry.key === key && Array.isArray(entry.findings) ? entry.findings : undefined;
    }
    const entry = this.index.get(file);
    if (!entry || entry.key !== key || this.old === undefined) return undefined;
    try {
      const bytes = Buffer.alloc(entry.length);
      fs.readSync(this.old, bytes, 0, entry.length, entry.offset);
      const findings: unknown = JSON.parse(bytes.toString('utf8'));
      return Array.isArray(findings) ? (findings as Finding[]) : undefined;
    } catch {
      return undefined; // a damaged entry: linted again
    }
  }

  /** Records one file's findings (`findings`: their JSON), written to the new cache at once. */
  set(file: string, key: string, findings: string): void {
    this.dirty = true;
    const entry = this.index.get(file);
    if (entry) entry.replaced = true;
    if (this.whole && Object.hasOwn(this.whole, file)) delete this.whole[file];
    this.write(file, key, findings);
  }

  /**
   * Finishes the new cache (the old entries still wanted after the new ones) and renames it
   * over the old one: an interrupted run leaves the old cache. A cache that cannot be written
   * costs speed, not findings: the problem comes back as one line for the user, the run's
   * result stands.
   */
  save(): string | undefined {
    try {
      if (!this.dirty) return undefined;
      for (const [file, entry] of this.index) {
        if (entry.replaced) continue;
        const bytes = Buffer.alloc(entry.length);
        fs.readSync(this.old!, bytes, 0, entry.length, entry.offset);
        this.write(file, entry.key, bytes);
      }
      for (const [file, entry] of Object.entries(this.whole ?? {})) this.write(file, entry.key, JSON.stringify(entry.findings));
      const out = this.open();
      if (!out || this.problem) return this.problem;
      fs.writeSync(out.fd, `\n${FOOTER}\n`);
      fs.closeSync(out.fd);
      fs.renameSync(out.tmp, this.file);
      this.out = undefined;
      return undefined;
    } catch (e) {
      return (this.problem ??= `${this.shown}: cannot write the cache: ${describeError(e)}`);
    } finally {
      this.discard();
    }
  }

  /** Closes the files and removes the temporary one (after save, or when the run stops). */
  discard(): void {
    if (this.old !== undefined) fs.closeSync(this.old);
    this.old = undefined;
    this.dropOut();
  }

  private dropOut(): void {
    if (this.out) {
      try {
        fs.closeSync(this.out.fd);
      } catch { /* already closed */ }
      fs.rmSync(this.out.tmp, { force: true });
      this.out = undefined;
    }
  }

  /** The new cache file, opened with its header the first time it is needed. */
  private open(): { fd: number; tmp: string; entries: number } | undefined {
    if (this.out || this.problem) return this.out;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.out = { fd: fs.openSync(tmp, 'w'), tmp, entries: 0 };
      fs.writeSync(this.out.fd, HEADER);
    } catch (e) {
      this.problem = `${this.shown}: cannot write the cache: ${describeError(e)}`;
      this.dropOut();
    }
    return this.out;
  }

  private write(file: string, key: string, findings: string | Buffer): void {
    const out = this.open();
    if (!out) return;
    const head = `${out.entries++ === 0 ? '' : ','}\n${JSON.stringify(file)}:{"key":"${key}","findings":`;
    try {
      if (typeof findings === 'string') fs.writeSync(out.fd, `${head}${findings}}`);
      else fs.writeSync(out.fd, Buffer.concat([Buffer.from(head), findings, Buffer.from('}')]));
    } catch (e) {
      this.problem = `${this.shown}: cannot write the cache: ${describeError(e)}`;
      this.dropOut();
    }
  }

  /**
   * Reads the index of a cache written a file a line: false when the file is not of that form
   * (to be read whole); another version's cache, or one cut short, is started afresh (true, no entries).
   */
  private scan(fd: number): boolean {
    let buffer = Buffer.alloc(1 << 20);
    /** The file offset of buffer[0], and how many bytes of a line not yet ended are at its start. */
    let at = 0;
    let kept = 0;
    let line = 0;
    let ended = false;
    /** One line: false when the file is not of this form. */
    const take = (from: number, to: number): boolean => {
      if (ended) return false; // nothing may follow the closing line
      const verdict = this.line(buffer, from, to, at, line++);
      if (verdict === 'end') ended = true;
      return verdict !== 'not-lines';
    };
    for (;;) {
      const n = fs.readSync(fd, buffer, kept, buffer.length - kept, at + kept);
      const end = kept + n;
      let start = 0;
      for (let nl = buffer.indexOf(NEWLINE, start); nl !== -1 && nl < end; nl = buffer.indexOf(NEWLINE, start)) {
        if (!take(start, nl)) return false;
        if (this.otherVersion) return this.afresh();
        start = nl + 1;
      }
      if (n === 0) {
        if (start < end && !take(start, end)) return false;
        // Cut short (no closing line): started afresh.
        return this.otherVersion || !ended ? this.afresh() : true;
      }
      // The line not yet ended moves to the front; a line longer than the buffer doubles it.
      kept = end - start;
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
      else buffer.copy(buffer, 0, start, end);
      at += start;
    }
  }

  private afresh(): true {
    this.index.clear();
    this.dirty = true;
    return true;
  }

  /** One line of the cache file (bytes from..to of buffer, which starts at file offset `at`). */
  private line(buffer: Buffer, from: number, to: number, at: number, n: number): 'ok' | 'end' | 'not-lines' {
    if (n === 0) {
      try {
        const header = JSON.parse(`${buffer.toString('utf8', from, to)}}}`) as { proposalLint?: unknown };
        this.otherVersion = header.proposalLint !== VERSION;
        return 'ok';
      } catch {
        return 'not-lines';
      }
    }
    if (to - from === FOOTER.length && buffer.toString('latin1', from, to) === FOOTER) return 'end';
    if (buffer[to - 1] === 0x2c) to--; // the comma between entries
    if (buffer[from] !== QUOTE) return 'not-lines';
    let close = from + 1;
    while (close < to && buffer[close] !== QUOTE) close += buffer[close] === BACKSLASH ? 2 : 1;
    const keyAt = close + 1 + BEFORE_KEY.length;
    const findingsAt = keyAt + 64 + AFTER_KEY.length;
    if (findingsAt >= to || buffer[to - 1] !== 0x7d
      || !buffer.subarray(close + 1, keyAt).equals(BEFORE_KEY)
      || !buffer.subarray(keyAt + 64, findingsAt).equals(AFTER_KEY)) return 'not-lines';
    const key = buffer.toString('latin1', keyAt, keyAt + 64);
    if (!/^[0-9a-f]{64}$/.test(key)) return 'not-lines';
    let file: unknown;
    try {
      file = JSON.parse(buffer.toString('utf8', from, close + 1));
    } catch {
      return 'not-lines';
    }
    this.index.set(file as string, { key, offset: at + findingsAt, length: to - 1 - findingsAt });
    return 'ok';
  }

  private readWhole(): void {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return; // not a file we can read: started afresh when saved
    }
    try {
      const data = JSON.parse(text) as { proposalLint?: unknown; files?: unknown };
      if (data && data.proposalLint === VERSION && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files)) this.whole = data.files as Whole;
      else this.dirty = true;
    } catch {
      this.dirty = true; // not ours, or cut short: started afresh
    }
  }
}
