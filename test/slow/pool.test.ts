/**
 * (The slower half of test/cli-pool-cache.test.ts.) Whole-repository runs: the worker pool (--concurrency) gives the same output, stderr and
 * exit code as one thread, and --cache answers from its file only while the text, the
 * configuration and the version are the ones it was made with.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EN = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
const JA = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
const STRONG = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-ja.md'), 'utf8');

let dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pool-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** 9 proposals in English and Japanese (some clean), a note that is no proposal, and files that are skipped. */
function repository(): string {
  const files: Record<string, string | Buffer> = { 'notes/meeting.md': '# Meeting\n\nThe lowest we can go is $38,000.\n', 'proposals/empty.md': '', 'proposals/binary.md': Buffer.from([0, 1, 2, 3, 0, 0]) };
  for (let i = 0; i < 3; i++) {
    files[`proposals/acme-${i}.md`] = EN.replace('Kestrel', `Kestrel ${i}`);
    files[`proposals/見積-${i}.md`] = JA.replace('生産管理', `生産管理${i}`);
    files[`proposals/clean-${i}.md`] = STRONG;
  }
  return tree(files);
}

describe('CLI over a repository: worker pool (slow)', function () {
  this.timeout(60_000);

  it('the pool gives the same output, messages and exit code as one thread in every format', async () => {
    const dir = repository();
    for (const format of ['stylish', 'rdjson', 'gitlab', 'sarif', 'github', 'junit', 'unix']) {
      const one = await cli(['--format', format, '--concurrency', 'off'], { cwd: dir });
      assert.equal(one.code, 1);
      assert.deepEqual(await cli(['--format', format, '--concurrency', '3'], { cwd: dir }), one, format);
    }
  });

  it('the pool writes the same baseline, and a binary file named explicitly is still exit 2', async () => {
    const dir = repository();
    await cli(['--write-baseline', 'one.json', '--concurrency', 'off'], { cwd: dir });
    await cli(['--write-baseline', 'pool.json', '--concurrency', '2'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'pool.json'), 'utf8'), fs.readFileSync(path.join(dir, 'one.json'), 'utf8'));
    const named = await cli(['--concurrency', '2', 'proposals/binary.md', 'proposals', '--format', 'unix'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.stderr.split('\n')[0], 'proposals/binary.md: binary file (a NUL byte in the first 8 KB), not Markdown');
  });

});
