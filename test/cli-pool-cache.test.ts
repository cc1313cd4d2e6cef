/**
 * Whole-repository runs: the worker pool (--concurrency) gives the same output, stderr and
 * exit code as one thread, and --cache answers from its file only while the text, the
 * configuration and the version are the ones it was made with.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli } from './helpers.js';
import { cleanUp, EN, repository, tree } from './repository.js';

describe('CLI over a repository: worker pool and --cache', function () {
  this.timeout(30_000);
  afterEach(cleanUp);

  it('the pool gives the same JSON, messages and exit code as one thread (other formats and baselines: test/slow/pool.test.ts)', async () => {
    const dir = repository();
    const one = await cli(['--format', 'json', '--concurrency', 'off'], { cwd: dir });
    const pool = await cli(['--format', 'json', '--concurrency', '2'], { cwd: dir });
    assert.equal(one.code, 1);
    assert.deepEqual(pool, one);
    const json = JSON.parse(pool.stdout) as Array<{ filePath: string }>;
    assert.equal(json.length, 9);
    assert.deepEqual(json.map((r) => r.filePath), [...json.map((r) => r.filePath)].sort(), 'in the order found');
    assert.equal(pool.stderr, 'proposals/binary.md: skipped: binary file (a NUL byte in the first 8 KB), not Markdown\nproposals/empty.md: skipped: empty file\n');
  });

  it('--cache: a second run answers from the cache; a changed text, config or version lints again', async () => {
    const dir = repository();
    const first = await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cacheFile = path.join(dir, 'c.json');
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { proposalLint: string; files: Record<string, { key: string; findings: Array<{ message: string }> }> };
    assert.deepEqual(Object.keys(stored.files).sort(), Object.keys(stored.files).filter((f) => f.startsWith('proposals/')).sort());
    assert.equal(Object.keys(stored.files).length, 9);
    assert.deepEqual(await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir }), first, 'same answer warm');

    // Proof that the cache answers: a finding planted in it is reported while the key holds.
    const planted = 'planted by the test';
    stored.files['proposals/acme-0.md']!.findings[0]!.message = planted;
    fs.writeFileSync(cacheFile, JSON.stringify(stored));
    assert.ok((await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir })).stdout.includes(planted));
    // The text changes: linted again.
    fs.appendFileSync(path.join(dir, 'proposals/acme-0.md'), '\n');
    assert.ok(!(await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir })).stdout.includes(planted));
    // The configuration changes: linted again (every file).
    const again = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as typeof stored;
    again.files['proposals/見積-0.md']!.findings[0]!.message = planted;
    fs.writeFileSync(cacheFile, JSON.stringify(again));
    assert.ok((await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir })).stdout.includes(planted));
    const ruleOff = await cli(['--format', 'json', '--cache', '--cache-location', 'c.json', '--rule', 'seller-centric:off'], { cwd: dir });
    assert.ok(!ruleOff.stdout.includes(planted), 'a --rule flag is part of the key');
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), '{ "rules": { "missing-batna": "off" } }');
    const configured = await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    assert.ok(!configured.stdout.includes('missing-batna'), 'the config file is part of the key');
    // Another version's cache is not trusted.
    const other = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as typeof stored;
    other.proposalLint = '0.0.1-other';
    other.files['proposals/見積-1.md']!.findings[0]!.message = planted;
    fs.writeFileSync(cacheFile, JSON.stringify(other));
    assert.ok(!(await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir })).stdout.includes(planted));
  });

  it('--cache: default location in node_modules/.cache, or a dotfile; a broken cache is started afresh; an unwritable one costs one line', async () => {
    const plain = tree({ 'proposals/acme.md': EN });
    assert.equal((await cli(['--cache'], { cwd: plain })).code, 1);
    assert.ok(fs.existsSync(path.join(plain, '.proposallintcache')));
    const npm = tree({ 'proposals/acme.md': EN, 'node_modules/.keep': '' });
    await cli(['--cache'], { cwd: npm });
    assert.ok(fs.existsSync(path.join(npm, 'node_modules/.cache/proposal-lint/cache.json')));
    assert.ok(!fs.existsSync(path.join(npm, '.proposallintcache')));

    fs.writeFileSync(path.join(plain, '.proposallintcache'), '{"proposalLint": tru');
    const fresh = await cli(['--cache', '--format', 'unix'], { cwd: plain });
    assert.deepEqual([fresh.code, fresh.stderr], [1, '']);
    assert.equal(fresh.stdout, (await cli(['--format', 'unix'], { cwd: plain })).stdout);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(plain, '.proposallintcache'), 'utf8')));

    fs.mkdirSync(path.join(plain, 'taken'));
    const blocked = await cli(['--cache', '--cache-location', 'taken', '--format', 'unix'], { cwd: plain });
    assert.equal(blocked.code, 1, 'the findings decide the exit code');
    assert.equal(blocked.stdout, fresh.stdout);
    assert.match(blocked.stderr, /^proposal-lint: taken: cannot write the cache: [^\n]+\n$/);
  });

  it('--concurrency: a number from 1 to 64, auto or off; anything else is one line and exit 2', async () => {
    for (const bad of ['0', 'many', '1.5', '65']) {
      assert.deepEqual(await cli(['--concurrency', bad, 'examples'], {}), { code: 2, stdout: '', stderr: `proposal-lint: --concurrency takes a number of threads from 1 to 64, auto or off (got "${bad}")\nRun "proposal-lint --help" for usage.\n` });
    }
  });
});
