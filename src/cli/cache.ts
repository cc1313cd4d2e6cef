/**
 * `--cache`: findings kept per file, keyed by a hash of the text, the configuration that
 * applies to it, the flags that change the lint and proposal-lint's version (like ESLint's
 * --cache with its content strategy). A file whose key is unchanged is not linted again.
 * The cache file is a plain JSON file; one that is unreadable, from another version or not
 * ours is started afresh, never trusted.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../index.js';
import { describeError } from './files.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

interface CacheFile {
  proposalLint: string;
  files: Record<string, { key: string; findings: Finding[] }>;
}

/** The default place: node_modules/.cache/proposal-lint/ when there is a node_modules here (as ESLint, Babel and Prettier do), else a dotfile. */
export function defaultCacheLocation(cwd: string): string {
  return fs.existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'proposal-lint', 'cache.json') : path.join(cwd, '.proposallintcache');
}

export class LintCache {
  private data: CacheFile = { proposalLint: VERSION, files: {} };
  private dirty = false;

  constructor(readonly file: string, readonly shown: string) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return; // no cache yet
    }
    try {
      const data = JSON.parse(text) as CacheFile;
      if (data && data.proposalLint === VERSION && typeof data.files === 'object' && data.files !== null && !Array.isArray(data.files)) this.data = data;
      else this.dirty = true;
    } catch {
      this.dirty = true; // not ours, or cut short: started afresh
    }
  }

  /** The key of one lint: the text, the configuration and flags that apply (as JSON) and the version. */
  static key(text: string, settings: unknown): string {
    return createHash('sha256').update(VERSION).update('\u0000').update(JSON.stringify(settings)).update('\u0000').update(text).digest('hex');
  }

  get(file: string, key: string): Finding[] | undefined {
    const entry = Object.hasOwn(this.data.files, file) ? this.data.files[file] : undefined;
    return entry && entry.key === key && Array.isArray(entry.findings) ? entry.findings : undefined;
  }

  set(file: string, key: string, findings: Finding[]): void {
    this.data.files[file] = { key, findings };
    this.dirty = true;
  }

  /**
   * Written whole to a temporary file, then renamed over the old one: an interrupted run leaves
   * the old cache. A cache that cannot be written costs speed, not findings: the problem comes
   * back as one line for the user, the run's result stands.
   */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(this.data));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      return `${this.shown}: cannot write the cache: ${describeError(e)}`;
    }
  }
}
