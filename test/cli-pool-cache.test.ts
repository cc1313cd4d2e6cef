/**
 * Whole-repository runs: the worker pool (--concurrency) gives the same output, stderr and
 * exit code as one thread, and --cache answers from its file only while the text, the
 * configuration and the version are the ones it was made with.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../src/index.js';
import { FORMATTERS } from '../src/cli/formatters/index.js';
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

  it('--cache: written a file a line (one JSON object); a damaged line is linted again, the other lines still answer; files not linted now are kept', async () => {
    const dir = repository();
    const first = await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    const cacheFile = path.join(dir, 'c.json');
    const lines = fs.readFileSync(cacheFile, 'utf8').split('\n');
    assert.match(lines[0]!, /^\{"proposalLint":"[^"]+","files":\{$/);
    assert.deepEqual(lines.slice(-2), ['}}', '']);
    const entries = lines.slice(1, -2);
    assert.equal(entries.length, 9, 'one line a file');
    const names = entries.map((l) => Object.keys(JSON.parse(`{${l.replace(/,$/, '')}}`))[0]!);
    assert.deepEqual([...names].sort(), names, 'in the order reported');
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cacheFile, 'utf8')));

    // A planted finding on one line, a damaged line for another file: the first answers from the cache, the second is linted again.
    const planted = 'planted by the test';
    const at = (name: string) => entries.findIndex((l) => l.startsWith(JSON.stringify(name)));
    const line = entries[at('proposals/acme-1.md')]!;
    const entry = JSON.parse(`{${line.replace(/,$/, '')}}`) as Record<string, { key: string; findings: Array<{ message: string }> }>;
    entry['proposals/acme-1.md']!.findings[0]!.message = planted;
    entries[at('proposals/acme-1.md')] = `${JSON.stringify(entry).slice(1, -1)}${line.endsWith(',') ? ',' : ''}`;
    entries[at('proposals/見積-2.md')] = entries[at('proposals/見積-2.md')]!.replace(/"findings":\[/, '"findings":[{"broken');
    fs.writeFileSync(cacheFile, [lines[0], ...entries, '}}', ''].join('\n'));
    const warm = await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir });
    assert.equal(warm.stdout.split(planted).length, 2, 'the planted line answered');
    type Report = Array<{ filePath: string; messages: Array<{ message: string }> }>;
    const answered = JSON.parse(warm.stdout) as Report;
    const original = JSON.parse(first.stdout) as Report;
    answered.find((r) => r.filePath === 'proposals/acme-1.md')!.messages[0]!.message = original.find((r) => r.filePath === 'proposals/acme-1.md')!.messages[0]!.message;
    assert.deepEqual(answered, original, 'the damaged one linted again, the same findings');
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(cacheFile, 'utf8')), 'the damaged line replaced');

    // A run over one folder keeps what the cache knows of the others.
    fs.writeFileSync(path.join(dir, 'notes/proposal-extra.md'), EN);
    await cli(['--cache', '--cache-location', 'c.json', 'notes/proposal-extra.md'], { cwd: dir });
    const files = Object.keys((JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, unknown> }).files);
    assert.equal(files.length, 10);
    assert.ok(files.includes('notes/proposal-extra.md') && files.includes('proposals/acme-1.md'));
    assert.equal((await cli(['--format', 'json', '--cache', '--cache-location', 'c.json'], { cwd: dir })).stdout.split(planted).length, 2, 'still answered from the cache');
  });

  it('a report longer than the pieces kept in memory (JUnit opens with its totals) is the whole report, in every thread count', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`proposals/p-${String(i).padStart(2, '0')}.md`] = EN.replace('Kestrel', `Kestrel ${i}`);
    const dir = tree(files);
    const one = await cli(['--format', 'junit', '--concurrency', 'off', '--today', '2026-12-01'], { cwd: dir });
    assert.ok(one.stdout.length > 1 << 16, `${one.stdout.length} characters: past the 64 K kept in memory`);
    const results = Object.entries(files).map(([name, text]) => ({ filePath: name, findings: lint(text, { today: '2026-12-01' }) }));
    assert.equal(one.stdout, FORMATTERS['junit']!(results, { color: false }));
    assert.deepEqual(await cli(['--format', 'junit', '--concurrency', '2', '--today', '2026-12-01'], { cwd: dir }), one);
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

describe('CLI: the bounded worker for large files', function () {
  this.timeout(30_000);

  it('answers the findings, or the limit it hit: time, or heap (a worker over its resourceLimits)', async () => {
    const { BoundedLint, workerFile } = await import('../src/cli/pool.js');
    const file = workerFile();
    assert.ok(file, 'dist/cli-worker.cjs is built by npm test');
    const settings = { cwd: process.cwd(), noConfig: true, cliRules: {} };
    const text = '# Proposal\n\n' + '- We propose a programme for your team.\n'.repeat(500);
    const whole = await new BoundedLint(file, settings, {}, 60_000).lint('/x/p.md', text);
    assert.ok('json' in whole);
    assert.deepEqual(JSON.parse(whole.json), lint(text));
    assert.deepEqual(await new BoundedLint(file, settings, {}, 1).lint('/x/p.md', text), { limit: 'time' });
    // 8 MB of heap cannot hold the parse of 200 KB of list items.
    assert.deepEqual(await new BoundedLint(file, settings, {}, 60_000, 8).lint('/x/p.md', '- x\n'.repeat(50_000)), { limit: 'memory' });
  });
});
