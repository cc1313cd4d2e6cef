/** A small repository for whole-repository CLI tests (test/cli-pool-cache.test.ts, test/slow/pool.test.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const EN = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
const JA = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
const STRONG = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-ja.md'), 'utf8');

let dirs: string[] = [];
export function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pool-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
/** Removes the folders made since the last call (call in afterEach). */
export function cleanUp(): void {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
}

/** 9 proposals in English and Japanese (some clean), a note that is no proposal, and files that are skipped. */
export function repository(): string {
  const files: Record<string, string | Buffer> = { 'notes/meeting.md': '# Meeting\n\nThe lowest we can go is $38,000.\n', 'proposals/empty.md': '', 'proposals/binary.md': Buffer.from([0, 1, 2, 3, 0, 0]) };
  for (let i = 0; i < 3; i++) {
    files[`proposals/acme-${i}.md`] = EN.replace('Kestrel', `Kestrel ${i}`);
    files[`proposals/見積-${i}.md`] = JA.replace('生産管理', `生産管理${i}`);
    files[`proposals/clean-${i}.md`] = STRONG;
  }
  return tree(files);
}

