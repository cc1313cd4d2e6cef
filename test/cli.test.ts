import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist', 'cli.cjs');

/** The built binary in a real process: the smoke tests only. */
function spawnCli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

const CLEAN = [
  '---', 'batna: "Below $50,000 we decline."', '---', '', '# Proposal', '',
  '## Your situation', '', 'Your win rate fell from 31% to 24%.', '',
  '## Why us', '', 'Since 2012 we have trained 4,000 engineers at Hanwa Steel and 60 other plants.', '',
  '## Value-added services', '', 'An additional quarterly report at no extra cost.', '',
  '## Terms', '', '- Good-faith review if circumstances change.', '- Scope changes by written change request.', '- Payment schedule: 50% on signature, 50% on completion.', '- Termination with 30 days\' notice.', '',
  '## Next steps', '', 'Your sponsor takes this to procurement for approval on 15 March 2027.', '',
].join('\n');
const WARN_ONLY = '# Proposal\n\nWe propose a programme.\n';
const ERROR = '# Investment\n\nThe lowest we can go is $38,000.\n';

describe('CLI (the built binary, a real process)', function () {
  before(function () {
    if (!fs.existsSync(BIN)) throw new Error('dist/cli.cjs is missing: run npm run build first');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(spawnCli(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('lints standard input, named by --stdin-filename, and sets the exit code', () => {
    const r = spawnCli(['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], { input: ERROR });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].filePath, 'draft.md');
    assert.deepEqual(spawnCli(['--stdin'], { input: CLEAN }), { code: 0, stdout: '', stderr: '' });
    assert.equal(spawnCli(['--bogus']).code, 2);
    // A reader that closes the pipe early (`| head -1`): no stack trace, the exit code of a quiet stop.
    const head = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" --format unix examples/ | head -1`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(head.stdout.split('\n').filter(Boolean).length, 1);
    assert.doesNotMatch(head.stderr, /EPIPE|Error|at /u);
  });
});

describe('CLI: run(argv, io) in-process', function () {
  it('--help prints usage and exits 0', async () => {
    const r = await cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^proposal-lint \[options\]/);
    assert.match(r.stdout, /--max-warnings/);
  });

  it('exits 0 with no output on a clean proposal', async () => {
    const dir = tempTree({ 'p.md': CLEAN });
    assert.deepEqual(await cli(['p.md'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 on warnings only, 1 when an error is found', async () => {
    const dir = tempTree({ 'warn.md': WARN_ONLY, 'err.md': ERROR });
    const w = await cli(['warn.md'], { cwd: dir });
    assert.equal(w.code, 0);
    assert.match(w.stdout, /^\nwarn\.md\n {2}1:1 {2}warning {2}No agreement or terms section/);
    assert.match(w.stdout, /✖ 5 problems \(0 errors, 5 warnings\)\n$/);
    const e = await cli(['err.md'], { cwd: dir });
    assert.equal(e.code, 1);
    assert.match(e.stdout, /3:1 {2}error {4}"The lowest we can go" reveals your walk-away point/);
  });

  it('--max-warnings turns too many warnings into exit 1; --quiet shows errors only', async () => {
    const dir = tempTree({ 'warn.md': WARN_ONLY, 'err.md': ERROR });
    assert.equal((await cli(['--max-warnings', '5', 'warn.md'], { cwd: dir })).code, 0);
    const r = await cli(['--max-warnings', '4', 'warn.md'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'proposal-lint found too many warnings (5; at most 4 allowed).\n');
    const q = await cli(['--quiet', 'warn.md', 'err.md'], { cwd: dir });
    assert.equal(q.code, 1);
    assert.doesNotMatch(q.stdout, /\d+:\d+\s+warning/);
    assert.match(q.stdout, /1 problem \(1 error, 0 warnings\)/);
  });

  it('--format json prints the ESLint formatter shape', async () => {
    const dir = tempTree({ 'err.md': ERROR });
    const r = await cli(['--format', 'json', 'err.md'], { cwd: dir });
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 1);
    assert.equal(out[0].filePath, 'err.md');
    assert.equal(out[0].errorCount, 1);
    assert.equal(out[0].warningCount, out[0].messages.length - 1);
    const exposed = out[0].messages.find((m: { ruleId: string }) => m.ruleId === 'exposed-batna');
    assert.deepEqual(
      { ...exposed, message: undefined },
      { ruleId: 'exposed-batna', severity: 2, message: undefined, line: 3, column: 1, endLine: 3, endColumn: 21, messageId: 'exposed' },
    );
    for (const m of out[0].messages) {
      for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(key in m, key);
      assert.ok(m.severity === 1 || m.severity === 2);
    }
  });

  it('lints standard input, named by --stdin-filename', async () => {
    const r = await cli(['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], { input: ERROR });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].filePath, 'draft.md');
    const anonymous = await cli(['--stdin'], { input: CLEAN });
    assert.deepEqual(anonymous, { code: 0, stdout: '', stderr: '' });
  });

  it('walks directories for .md and .markdown, skipping node_modules, dot-folders and proposal: false', async () => {
    const dir = tempTree({
      'a.md': WARN_ONLY,
      'sub/b.markdown': WARN_ONLY,
      'sub/c.txt': WARN_ONLY,
      'node_modules/x/readme.md': WARN_ONLY,
      '.git/notes.md': WARN_ONLY,
      'README.md': '---\nproposal: false\n---\n\n# Readme\n',
    });
    const r = await cli(['--format', 'json', '.'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), ['a.md', 'sub/b.markdown']);
    // Named explicitly, even a file marked proposal: false is linted.
    assert.equal(JSON.parse((await cli(['--format', 'json', 'README.md'], { cwd: dir })).stdout).length, 1);
  });

  it('expands globs', async () => {
    const dir = tempTree({ 'p1.md': WARN_ONLY, 'p2.md': WARN_ONLY, 'notes.txt': 'x' });
    const r = await cli(['--format', 'json', '*.md'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath), ['p1.md', 'p2.md']);
  });

  describe('fatal problems: one line on stderr, exit 2, no stack trace', () => {
    const cases: Array<[string, string[], Record<string, string | Buffer>, string]> = [
      ['a missing file', ['missing.md'], {}, 'proposal-lint: missing.md: no such file or directory\n'],
      ['a directory with nothing to lint', ['empty'], { 'empty/x.txt': 'x' }, 'proposal-lint: empty: no Markdown files (.md, .markdown) in this directory\n'],
      ['a glob that matches nothing', ['*.markdown'], {}, 'proposal-lint: *.markdown: no Markdown files match this pattern\n'],
      ['an unknown option', ['--bogus'], {}, "proposal-lint: Unknown option '--bogus'\nRun \"proposal-lint --help\" for usage.\n"],
      ['an unknown format', ['--format', 'xml', 'x.md'], { 'x.md': WARN_ONLY }, 'proposal-lint: --format must be one of stylish, json, sarif, github, gitlab, rdjson, junit, unix (got "xml")\nRun "proposal-lint --help" for usage.\n'],
      ['a bad --max-warnings', ['--max-warnings', 'many', 'x.md'], { 'x.md': WARN_ONLY }, 'proposal-lint: --max-warnings takes a whole number (got "many")\nRun "proposal-lint --help" for usage.\n'],
      ['no arguments and no Markdown files here', [], {}, 'proposal-lint: no Markdown files under the current directory (name the files or folders to lint)\n'],
    ];
    for (const [name, args, files, stderr] of cases) {
      it(name, async () => {
        const dir = tempTree(files);
        const r = await cli(args, { cwd: dir });
        assert.equal(r.stderr, stderr);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
      });
    }
  });

  it('skips binary and non-UTF-8 files with one line each and lints the rest; named explicitly, they exit 2', async () => {
    const dir = tempTree({
      'bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'ok.md': CLEAN,
    });
    const r = await cli(['.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'bin.md: skipped: binary file (a NUL byte in the first 8 KB), not Markdown\nlatin1.md: skipped: not UTF-8 text (invalid byte at offset 5); save the file as UTF-8\n');
    const named = await cli(['bin.md', 'latin1.md', 'ok.md'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.equal(named.stderr, 'bin.md: binary file (a NUL byte in the first 8 KB), not Markdown\nlatin1.md: not UTF-8 text (invalid byte at offset 5); save the file as UTF-8\n');
  });

  it('skips empty files and files over --max-file-size with one line each', async () => {
    const dir = tempTree({ 'empty.md': '', 'big.md': `# Big\n\n${'word '.repeat(300_000)}\n`, 'ok.md': CLEAN });
    const r = await cli(['--max-file-size', '1', 'empty.md', 'big.md', 'ok.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'empty.md: skipped: empty file\nbig.md: skipped: 1.5 MB is over the 1 MB limit (--max-file-size)\n');
    assert.equal((await cli(['--max-file-size', 'lots', 'ok.md'], { cwd: dir })).code, 2);
  });

  describe('--max-lint-time: a file over 64 KB is linted in a worker and stopped at the limit', () => {
    // About 266 KB and 288 KB: over the 64 KB from which a file is linted under the bounds.
    const LARGE_EN = '# Proposal\n\n' + 'We propose a programme for your team. '.repeat(7_000) + '\n';
    const LARGE_JA = '# ご提案\n\n' + 'チームの研修計画をご提案します。'.repeat(6_000) + '\n';
    const TIME_EN = 'Not checked: linting took longer than 0.001 s (--max-lint-time); split the file or raise the limit.';
    const TIME_JA = '制限時間の0.001秒を超えたため、チェックしていません。分割するか --max-lint-time を延ばしてください。';

    it('one error at 1:1 naming the limit, in English and Japanese; exit 1', async () => {
      const dir = tempTree({ 'en.md': LARGE_EN, 'ja.md': LARGE_JA, 'ok.md': WARN_ONLY });
      const r = await cli(['--no-config', '--format', 'unix', '--max-lint-time', '0.001', 'en.md', 'ja.md', 'ok.md'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      const lines = r.stdout.trim().split('\n');
      assert.deepEqual(lines.filter((l) => !l.startsWith('ok.md:')), [`en.md:1:1: ${TIME_EN} [error/internal-error]`, `ja.md:1:1: ${TIME_JA} [error/internal-error]`]);
      // The small file is linted as ever, on the main thread.
      const small = await cli(['--no-config', '--format', 'unix', 'ok.md'], { cwd: dir });
      assert.deepEqual(lines.filter((l) => l.startsWith('ok.md:')), small.stdout.trim().split('\n'));
    });

    it('the same one finding in every format, and for --stdin', async () => {
      const dir = tempTree({ 'big.md': LARGE_EN });
      const json = JSON.parse((await cli(['--no-config', '--format', 'json', '--max-lint-time', '0.001', 'big.md'], { cwd: dir })).stdout);
      assert.deepEqual(json.map((x: { filePath: string; messages: Array<Record<string, unknown>> }) => [x.filePath, x.messages.map((f) => [f.ruleId, f.messageId, f.severity, f.line, f.column, f.message])]),
        [['big.md', [['internal-error', 'timeLimit', 2, 1, 1, TIME_EN]]]]);
      const sarif = JSON.parse((await cli(['--no-config', '--format', 'sarif', '--max-lint-time', '0.001', 'big.md'], { cwd: dir })).stdout);
      const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }>;
      assert.deepEqual(results.map((x) => [x.ruleId, x.level, x.message.text, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.physicalLocation.region.startColumn]), [['internal-error', 'error', TIME_EN, 1, 1]]);
      // One finding each (JUnit writes the message twice: the failure's attribute and its text).
      for (const [format, times] of [['stylish', 1], ['github', 1], ['gitlab', 1], ['rdjson', 1], ['junit', 2]] as const) {
        const r = await cli(['--no-config', '--format', format, '--max-lint-time', '0.001', 'big.md'], { cwd: dir });
        assert.equal(r.code, 1, format);
        assert.equal(r.stdout.split(TIME_EN).length - 1, times, `${format}: ${r.stdout}`);
      }
      const stdin = await cli(['--no-config', '--format', 'unix', '--max-lint-time', '0.001', '--stdin', '--stdin-filename', 'q.md'], { input: LARGE_JA });
      assert.equal(stdin.code, 1);
      assert.equal(stdin.stdout, `q.md:1:1: ${TIME_JA} [error/internal-error]\n`);
    });

    it('within the limit the worker\'s findings are the main thread\'s; a stopped file is not cached', async () => {
      const dir = tempTree({ 'big.md': LARGE_EN, 'small.md': LARGE_EN.slice(0, 50_000) });
      const shown = (stdout: string) => stdout.trim().split('\n').filter((l) => l.startsWith('big.md:')).sort();
      const cached = await cli(['--no-config', '--format', 'unix', '--cache', '--max-lint-time', '0.001', 'big.md'], { cwd: dir });
      assert.deepEqual(shown(cached.stdout), [`big.md:1:1: ${TIME_EN} [error/internal-error]`]);
      const whole = await cli(['--no-config', '--format', 'unix', '--cache', '--max-lint-time', '60', 'big.md'], { cwd: dir });
      // The same text under the bound as the small file's text on the main thread: the findings of a full lint.
      const reference = (await cli(['--no-config', '--format', 'unix', '--stdin', '--stdin-filename', 'big.md', '--max-lint-time', '60'], { input: LARGE_EN })).stdout;
      assert.ok(shown(whole.stdout).length > 0);
      assert.ok(!whole.stdout.includes('max-lint-time'), whole.stdout);
      assert.deepEqual(shown(whole.stdout), shown(reference));
      assert.equal((await cli(['--no-config', '--format', 'unix', '--max-lint-time', '0.001', 'small.md'], { cwd: dir })).stdout.includes('max-lint-time'), false);
    });

    it('takes a positive number of seconds', async () => {
      for (const bad of ['0', '-1', 'soon']) {
        const r = await cli([`--max-lint-time=${bad}`, 'x.md']);
        assert.equal(r.code, 2);
        assert.equal(r.stderr, `proposal-lint: --max-lint-time takes a positive number of seconds (got "${bad}")\nRun "proposal-lint --help" for usage.\n`);
      }
    });
  });

  it('--today checks the offer\'s dates against that day; a malformed one is one line and exit 2', async () => {
    const quote = '# Quotation Q-26-1187\n\nValid until 2026-11-30.\n';
    const before = await cli(['--format', 'unix', '--no-config', '--today', '2026-11-15', '--stdin', '--stdin-filename', 'q.md'], { input: quote });
    assert.equal(before.stdout, '');
    const after = await cli(['--format', 'unix', '--no-config', '--today', '2026-12-01', '--stdin', '--stdin-filename', 'q.md'], { input: quote });
    assert.equal(after.stdout.trim().split('\n')[0], 'q.md:3:13: This offer expired on 2026-11-30 (today is 2026-12-01). Extend the validity or reissue the offer. [warning/offer-validity]');
    const bad = await cli(['--today', '1/12/2026', '--stdin'], { input: quote });
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.split('\n')[0], 'proposal-lint: --today takes a date as YYYY-MM-DD (got "1/12/2026")');
  });

  it('prints the documented shape for the bundled examples', async () => {
    const r = await cli(['--format', 'json', 'examples/']);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.map((x: { filePath: string }) => x.filePath).sort(), [
      'examples/draft-proposal-en.md', 'examples/draft-proposal-ja.md', 'examples/strong-proposal-en.md', 'examples/strong-proposal-ja.md',
    ]);
  });
});

describe('determinism: the CLI, the library and the editor path agree, every run', function () {
  this.timeout(60_000);
  const files = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `examples/${f}`);
  const key = (m: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string }) =>
    `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`;

  it('the CLI prints byte-identical output on repeated runs, and the findings of lint()', async () => {
    const { lint } = await import('../src/index.js');
    // A fixed today: the offer's dates are checked against it, as the library is given it below.
    const first = await cli(['--no-config', '--format', 'json', '--today', '2026-12-01', ...files]);
    for (let i = 0; i < 2; i++) assert.equal((await cli(['--no-config', '--format', 'json', '--today', '2026-12-01', ...files])).stdout, first.stdout);
    const results = JSON.parse(first.stdout) as Array<{ filePath: string; messages: Parameters<typeof key>[0][] }>;
    assert.deepEqual(results.map((r) => r.filePath), files);
    for (const r of results) {
      const expected = lint(fs.readFileSync(path.join(ROOT, r.filePath), 'utf8'), { today: '2026-12-01' });
      assert.deepEqual(r.messages.map(key), expected.map((f) => key({ ...f, ruleId: f.ruleId })), r.filePath);
    }
  });

  it('the editor path (parse cache and memo, as in the host and the worker) gives the library findings, every lint', async () => {
    const { lint, ParseCache } = await import('../src/index.js');
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const expected = JSON.stringify(lint(text));
      // As the editor keeps it (short documents linted afresh), and with pieces and memo from the first character.
      for (const cache of [new ParseCache(), new ParseCache(0)]) {
        for (let i = 0; i < 3; i++) assert.equal(JSON.stringify(lint(text, { parseCache: cache })), expected, `${file}, lint ${i + 1}`);
      }
      assert.equal(JSON.stringify(lint(text, { sectioned: false })), expected, `${file}, whole-document parse`);
    }
  });
});
