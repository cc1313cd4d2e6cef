/**
 * The pre-commit hook (.pre-commit-hooks.yaml) with `pre-commit try-repo` (pre-commit from
 * Debian's apt, installed by test/ci/setup.sh), the way a team adds it: pre-commit builds the
 * hook's Node environment from this repository (npm install, npm pack, npm install -g) and
 * runs it on a repository with a proposal and other Markdown.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

describe('pre-commit hook (pre-commit try-repo)', function () {
  this.timeout(600_000);
  let base: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
  };
  const tryRepo = (...args: string[]) => spawnSync('pre-commit', ['try-repo', ROOT, 'proposal-lint', ...args], { cwd: repo, encoding: 'utf8', env });

  before(() => {
    const setup = spawnSync('bash', [path.join(ROOT, 'test', 'ci', 'setup.sh')], { encoding: 'utf8' });
    assert.equal(setup.status, 0, setup.stderr + setup.stdout);
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pre-commit-'));
    repo = path.join(base, 'repo');
    fs.mkdirSync(path.join(repo, 'proposals'), { recursive: true });
    // pre-commit's environments in a fresh cache: the hook is built from this checkout every time.
    env = { ...process.env, PRE_COMMIT_HOME: path.join(base, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', NO_COLOR: '1' };
    git('init', '-q');
    fs.writeFileSync(path.join(repo, 'proposals', 'kestrel.md'), example('draft-proposal-en.md'));
    fs.writeFileSync(path.join(repo, 'proposals', '見積.md'), example('draft-proposal-ja.md'));
    // Markdown that is no proposal: pre-commit names it too, the hook leaves it alone.
    fs.writeFileSync(path.join(repo, 'README.md'), '# Team handbook\n\nWe sell value, not price.\n');
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'The lowest we can go is $38,000.\n');
    git('add', '.');
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('fails on the proposals\' errors, in English and Japanese, and names no other file', () => {
    const r = tryRepo('--all-files');
    const out = r.stdout + r.stderr;
    assert.equal(r.status, 1, out);
    assert.match(out, /proposal-lint\.+Failed/);
    assert.match(out, /proposals\/kestrel\.md\n(?:.*\n)*?\s+52:56\s+error\s+.*exposed-batna/);
    assert.match(out, /proposals\/見積\.md\n(?:.*\n)*?\s+51:22\s+error\s+.*exposed-batna/);
    assert.ok(!/README\.md|notes\.txt/.test(out.replace(/^\[INFO\].*$/gm, '')), out);
  });

  it('passes once the proposals are fixed', () => {
    fs.writeFileSync(path.join(repo, 'proposals', 'kestrel.md'), example('strong-proposal-en.md'));
    fs.writeFileSync(path.join(repo, 'proposals', '見積.md'), example('strong-proposal-ja.md'));
    git('add', '.');
    const r = tryRepo('--all-files');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /proposal-lint\.+Passed/);
  });

  it('only the files staged: a commit touching only the README skips the hook', () => {
    fs.writeFileSync(path.join(repo, 'README.md'), '# Team handbook\n\nUpdated.\n');
    git('add', 'README.md');
    const r = tryRepo();
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /proposal-lint\.+Passed/);
  });
});
