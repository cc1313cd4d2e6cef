/**
 * Hostile input (issue 12): shapes that used to hang, crash or mislead, each refused or
 * handled quickly with one clear message. The slow shapes are in test/slow/hostile-*.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint, lintDocument, ParseCache, applyEdits, disableFileEdit, buildModel, ConfigError, loadConfigFile, RULES, type Finding, type LintOptions } from '../src/index.js';
import { run } from '../src/cli/main.js';
import { ConfigResolver } from '../src/cli/config.js';
import { FORMATTERS } from '../src/cli/formatters/index.js';
import { nestingDepth, nestingProfile, MAX_NESTING, MAX_NESTING_WORK } from '../src/engine/parse.js';
import { bodyDepth } from '../src/engine/shapes.js';
import { splitSentences } from '../src/engine/sentences.js';
import { applyDirectives, type Directive } from '../src/engine/directives.js';
import { lineStart } from '../src/engine/edits.js';
import type { ProposalModel } from '../src/engine/types.js';

const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};
const internal = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.messageId);

describe('hostile input: nesting', () => {
  it('refuses 10,000 ordered-list markers on one line quickly, as nested too deeply', () => {
    const text = '1. '.repeat(10000) + 'x';
    assert.ok(nestingDepth(text) > MAX_NESTING);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('refuses 4,000 "- 1. " (bullets and ordered markers mixed) quickly', () => {
    const text = '- 1. '.repeat(4000);
    const { value, ms } = timed(() => lint(text));
    assert.deepEqual(internal(value), ['tooDeep']);
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('counts "1)" markers and list items continued by indentation', () => {
    assert.equal(nestingDepth('1) 2) 3) x'), 3);
    assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
    assert.equal(nestingDepth('> - 1. x'), 3);
    // Numbers in text are no markers.
    assert.equal(nestingDepth('2024 was a year. 3.5% more.'), 0);
  });

  it('does not take indentation alone for nesting: one line indented by 2,002 spaces is checked', () => {
    const text = '# Proposal\n\nWe propose a programme.\n\n' + ' '.repeat(2002) + 'indented text\n';
    assert.equal(nestingDepth(text), 0);
    const findings = lint(text);
    assert.deepEqual(internal(findings), []);
    assert.ok(findings.some((f) => f.ruleId === 'missing-next-steps'));
  });

  it('refuses 1,000 lines of 999 ">" (half a minute and a gigabyte to parse) quickly, whole or in sections', () => {
    const lines = Array.from({ length: 1000 }, () => '>'.repeat(999) + ' x');
    assert.ok(nestingProfile(lines.join('\n')).work > MAX_NESTING_WORK);
    for (const text of [lines.join('\n'), lines.map((l, i) => (i % 100 === 0 ? `# Part ${i}\n\n${l}` : l)).join('\n')]) {
      const { value, ms } = timed(() => lint(text));
      assert.deepEqual(internal(value), ['tooDeep']);
      assert.ok(ms < 2000, `${ms} ms`);
      const cache = new ParseCache(0);
      assert.deepEqual(internal(lint(text, { parseCache: cache })), ['tooDeep']);
    }
  });

  it('counts only the levels past the fourth: a long list of ordinary depth is no work', () => {
    assert.equal(nestingProfile('- a\n  - b\n    - c\n'.repeat(50_000)).work, 0);
    assert.equal(nestingProfile('> > > > > > x\n'.repeat(10)).work, 20);
  });

  it('finds the body depth of 200,000 headings without a spread (no stack overflow)', () => {
    const sections = Array.from({ length: 200_000 }, (_, i) => ({ heading: {}, depth: i === 0 ? 1 : 2 }));
    assert.equal(bodyDepth({ sections } as unknown as ProposalModel), 2);
    const flat = Array.from({ length: 200_000 }, () => ({ heading: {}, depth: 3 }));
    assert.equal(bodyDepth({ sections: flat } as unknown as ProposalModel), 3);
  });
});

describe('hostile input: a byte-order mark', () => {
  const TEXT = '---\nproposal: true\n---\n\n# Investment\n\nThe lowest we can go is $38,000.\n\n## Next steps\n\nWe call you.\n';

  it('lint() ignores a leading BOM: the same findings, positions and edits as without it', () => {
    const plain = lint(TEXT);
    assert.ok(plain.some((f) => f.ruleId === 'exposed-batna'));
    assert.deepEqual(lint('\ufeff' + TEXT), plain);
    assert.deepEqual(lint('\ufeffThe lowest we can go is $38,000.\n'), lint('The lowest we can go is $38,000.\n'));
  });

  it('positions refer to the text without the BOM (the model text lintDocument returns)', () => {
    const { model, findings } = lintDocument('\ufeff' + TEXT);
    assert.equal(model.text, TEXT);
    const leak = findings.find((f) => f.ruleId === 'exposed-batna')!;
    assert.equal(model.text.slice(leak.startOffset, leak.endOffset), 'The lowest we can go');
    assert.equal(model.frontMatter?.start, 0);
    assert.equal(model.text.slice(model.frontMatter!.bodyStart, model.frontMatter!.bodyEnd), 'proposal: true\n');
  });

  it('"disable for this file" after a BOM goes below the front matter, not inside its closing ---', () => {
    const text = '\ufeff' + TEXT;
    const model = buildModel(text);
    const out = applyEdits(text, [disableFileEdit(model, 'missing-batna')!]);
    assert.equal(out, '\ufeff---\nproposal: true\n---\n\n<!-- proposal-lint-disable-file missing-batna -->\n\n# Investment\n\nThe lowest we can go is $38,000.\n\n## Next steps\n\nWe call you.\n');
    const fm = model.frontMatter!;
    assert.equal(text.slice(fm.start, fm.end), '\ufeff---\nproposal: true\n---');
  });
});

describe('hostile input: front matter', () => {
  it('malformed YAML gets one invalid-front-matter warning at the error, in English', () => {
    const text = '---\nbatna: [below $30,000\n---\n\n# Proposal\n\nWe propose a programme.\n';
    const found = lint(text).filter((f) => f.ruleId === 'invalid-front-matter');
    assert.equal(found.length, 1);
    const f = found[0]!;
    assert.equal(f.severity, 'warning');
    assert.equal(f.lang, 'en');
    assert.match(f.message, /^The front matter is not valid YAML \(.+\), so none of its settings/);
    assert.deepEqual([f.line, f.column], [2, 22]); // the end of "batna: [below $30,000"
  });

  it('the warning is in Japanese for a Japanese proposal', () => {
    const text = '---\na: 1\n  b: 2\n---\n\n# ご提案\n\n貴社の課題を解決いたします。弊社の研修で成果を上げます。\n';
    const f = lint(text).find((x) => x.ruleId === 'invalid-front-matter')!;
    assert.equal(f.lang, 'ja');
    assert.match(f.message, /^フロントマターが YAML として正しくありません/);
    assert.equal(f.line, 2);
  });

  it('valid front matter gets no such warning', () => {
    assert.equal(lint('---\nbatna: x\n---\n\n# P\n').filter((f) => f.ruleId === 'invalid-front-matter').length, 0);
  });

  it('reads front matter with CR-only line endings', () => {
    const text = '---\rbatna: "Below $30,000 we decline"\rproposal: true\r---\r\r# Proposal\r\rWe propose a programme.\r';
    const { model, findings } = lintDocument(text);
    assert.deepEqual(model.frontMatter?.data, { batna: 'Below $30,000 we decline', proposal: true });
    assert.equal(text.slice(model.frontMatter!.bodyStart, model.frontMatter!.bodyEnd), 'batna: "Below $30,000 we decline"\rproposal: true\r');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'missing-batna' || f.ruleId === 'invalid-front-matter'), []);
  });
});

describe('hostile input: library arguments', () => {
  const rejects = (f: () => unknown, pattern: RegExp) => assert.throws(f, (e: unknown) => e instanceof ConfigError && pattern.test(e.message));
  it('rejects a text that is not a string with a ConfigError, not a TypeError', () => {
    rejects(() => lint(undefined as unknown as string), /^lint\(\) takes the Markdown text as a string \(got undefined\)\.$/);
    rejects(() => lint(Buffer.from('x') as unknown as string), /as a string \(got an object\)/);
  });
  it('rejects unusable options by name', () => {
    rejects(() => lint('x', { language: 'fr' as 'en' }), /^Option "language" must be "auto", "en" or "ja" \(got "fr"\)\.$/);
    rejects(() => lint('x', { client: 123 as unknown as string }), /^Option "client" must be a name or a list of names \(got 123\)\.$/);
    rejects(() => lint('x', 'strict' as unknown as LintOptions), /^lint\(\) options must be an object/);
    rejects(() => lint('x', { rules: ['a'] as unknown as LintOptions['rules'] }), /^Option "rules" must be an object/);
    rejects(() => lint('x', { lexicon: { addon: { en: 'Insight Pack' } } as unknown as LintOptions['lexicon'] }), /lists of literal phrases/);
  });
  it('still accepts null options and every valid option', () => {
    assert.ok(Array.isArray(lint('# P\n', null as unknown as LintOptions)));
    assert.ok(Array.isArray(lint('# P\n', { language: 'ja', client: ['Kestrel'], lexicon: { addon: { en: ['Insight Pack'] } }, requireReason: true })));
  });
});

/** The CLI in this process (no build needed): exit code, stdout, stderr. */
async function cli(args: string[], cwd: string, stdin: string | Uint8Array = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => stdin, cwd, color: false });
  return { code, stdout, stderr };
}

/** A temporary repository (a .git folder) with these files. */
function repo(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-hostile-')));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const PROPOSAL = '# Proposal\n\nWe propose a programme.\n';
const LEAK = '# Investment\n\nThe lowest we can go is $38,000.\n';
/** One line on stderr, no stack trace, no "internal error". */
function oneClearLine(r: { stderr: string }, pattern: RegExp): void {
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  assert.doesNotMatch(r.stderr, /internal error|please report|\n\s+at /);
  assert.match(r.stderr, pattern);
}
const posix = process.platform !== 'win32';

describe('hostile input: the CLI reads only what it can bound', () => {
  before(function () {
    if (!posix) this.skip();
  });

  it('refuses a symbolic link to /dev/zero named explicitly, without reading it', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.md'));
    const r = await cli(['z.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /^proposal-lint: z\.md: not a regular file: a character device\n$/);
  });

  it('refuses a FIFO named explicitly without hanging, and skips one found by a glob', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    execFileSync('mkfifo', [path.join(dir, 'f.md')]);
    const r = await cli(['f.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /^proposal-lint: f\.md: not a regular file: a FIFO \(named pipe\)\n$/);
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.md'));
    const g = await cli(['*.md', '--format', 'unix'], dir);
    assert.equal(g.code, 0);
    assert.match(g.stdout, /^p\.md:1:1: /);
    assert.doesNotMatch(g.stderr, /internal error/);
  });

  it('reports a symbolic link loop as such, not as a missing file', async () => {
    const dir = repo();
    fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
    const r = await cli(['loop.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /^proposal-lint: loop\.md: a symbolic link loop \(ELOOP\)\n$/);
  });

  it('checks the size with stat before reading (--max-file-size): a 3 GB sparse file is skipped at once', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    const fd = fs.openSync(path.join(dir, 'big.md'), 'w');
    fs.ftruncateSync(fd, 3_000_000_000);
    fs.closeSync(fd);
    const started = performance.now();
    const r = await cli(['big.md', 'p.md', '--format', 'unix'], dir);
    assert.ok(performance.now() - started < 2000);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'big.md: skipped: 3000.0 MB is over the 20 MB limit (--max-file-size)\n');
    const small = await cli(['p.md', '--max-file-size', '0.00001'], dir);
    assert.match(small.stderr, /^p\.md: skipped: 0\.0 MB is over the 0\.00001 MB limit/);
  });

  it('a committed .proposallintrc.json -> /dev/zero is one clear line and exit 2', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    fs.symlinkSync('/dev/zero', path.join(dir, '.proposallintrc.json'));
    const r = await cli(['p.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /\.proposallintrc\.json:1:1: cannot read the configuration: not a regular file: a character device\n$/);
  });

  it('extends may not leave the repository: /dev/zero, /etc/passwd, a symbolic link pointing out', async () => {
    for (const target of ['/dev/zero', '/etc/passwd', './inside.json']) {
      const dir = repo({ 'p.md': PROPOSAL, '.proposallintrc.json': JSON.stringify({ extends: target }) });
      fs.symlinkSync('/etc/hostname', path.join(dir, 'inside.json'));
      const r = await cli(['p.md'], dir);
      assert.equal(r.code, 2, target);
      oneClearLine(r, /\.proposallintrc\.json:1:\d+: extends: .+: outside the workspace \(.+\); extends may name files inside it or in .+, or pass the file with --config\n$/);
    }
  });

  it('extends may reach the user config folder, and a file inside the repository', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-xdg-'));
    fs.mkdirSync(path.join(home, 'proposal-lint'));
    fs.writeFileSync(path.join(home, 'proposal-lint', 'team.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    const dir = repo({ 'p.md': LEAK, 'base.json': '{"extends": "recommended"}' });
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), JSON.stringify({ extends: ['./base.json', path.join(home, 'proposal-lint', 'team.json')] }));
    const saved = process.env['XDG_CONFIG_HOME'];
    process.env['XDG_CONFIG_HOME'] = home;
    try {
      const r = await cli(['p.md', '--format', 'unix'], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 0);
      assert.doesNotMatch(r.stdout, /exposed-batna/);
    } finally {
      if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
      else process.env['XDG_CONFIG_HOME'] = saved;
    }
  });

  it('outside a git repository, extends stays inside the folder the command started in (or the config file\'s own folder)', async () => {
    const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-nogit-')));
    const untrusted = path.join(parent, 'download');
    fs.mkdirSync(untrusted);
    fs.writeFileSync(path.join(parent, 'beside.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    fs.writeFileSync(path.join(untrusted, 'p.md'), LEAK);
    fs.writeFileSync(path.join(untrusted, 'base.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    const refused = /^proposal-lint: \/.+\/download\/\.proposallintrc\.json:1:12: extends: .+: outside the workspace \(.+\); extends may name files inside it or in .+, or pass the file with --config\n$/;
    for (const target of ['/etc/passwd', '../../../../../../etc/hostname', '../beside.json']) {
      fs.writeFileSync(path.join(untrusted, '.proposallintrc.json'), JSON.stringify({ extends: target }));
      // Started in the untrusted folder: the folder is the workspace.
      const r = await cli(['p.md'], untrusted);
      assert.equal(r.code, 2, target);
      oneClearLine(r, refused);
      assert.ok(r.stderr.includes(`(${untrusted})`), r.stderr);
      // Started elsewhere: the config file's own folder is.
      const elsewhere = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-cwd-')));
      const e = await cli([path.join(untrusted, 'p.md')], elsewhere);
      assert.equal(e.code, 2, target);
      assert.ok(e.stderr.includes(`(${untrusted})`), e.stderr);
    }
    // Started in the parent: the parent is the workspace, so a file beside the folder may be extended; /etc may not.
    const fromParent = await cli(['download/p.md', '--format', 'unix'], parent);
    assert.equal(fromParent.code, 0, fromParent.stderr);
    fs.writeFileSync(path.join(untrusted, '.proposallintrc.json'), JSON.stringify({ extends: '/etc/passwd' }));
    oneClearLine(await cli(['download/p.md'], parent), refused);
    // A file inside the folder is always fine.
    fs.writeFileSync(path.join(untrusted, '.proposallintrc.json'), JSON.stringify({ extends: './base.json' }));
    const inside = await cli(['p.md', '--format', 'unix'], untrusted);
    assert.equal(inside.code, 0, inside.stderr);
    assert.doesNotMatch(inside.stdout, /exposed-batna/);
  });

  it('a config file above the workspace is never read: the walk up stops at the repository, else at the folder the command started in', async () => {
    const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-above-')));
    const work = path.join(parent, 'work');
    fs.mkdirSync(path.join(work, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(parent, '.proposallintrc.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    fs.writeFileSync(path.join(work, 'sub', 'p.md'), LEAK);
    const found = (r: { stdout: string }) => r.stdout.split('\n').filter((l) => l.includes('exposed-batna')).map((l) => l.replace(/^.*?(p\.md:\d+:\d+)/, '$1').split(' ')[0]);
    // Started in work: the config above it is not read, the finding stays.
    const fromWork = await cli(['sub/p.md', '--format', 'unix'], work);
    assert.equal(fromWork.code, 1, fromWork.stderr);
    assert.deepEqual(found(fromWork), ['p.md:3:1:']);
    // Started elsewhere: only the file's own folder is searched.
    const elsewhere = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-cwd-')));
    assert.deepEqual(found(await cli([path.join(work, 'sub', 'p.md'), '--format', 'unix'], elsewhere)), ['p.md:3:1:']);
    // Started in the parent: the config is inside the workspace and applies.
    const fromParent = await cli(['work/sub/p.md', '--format', 'unix'], parent);
    assert.equal(fromParent.code, 0, fromParent.stderr);
    assert.deepEqual(found(fromParent), []);
    // Inside a repository the walk stops at its root, wherever the command started.
    fs.mkdirSync(path.join(work, '.git'));
    assert.deepEqual(found(await cli(['work/sub/p.md', '--format', 'unix'], parent)), ['p.md:3:1:']);
    fs.writeFileSync(path.join(work, '.proposallintrc.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    assert.deepEqual(found(await cli(['work/sub/p.md', '--format', 'unix'], parent)), []);
  });

  it('in the language server, the walk up stops at the workspace folder the client opened (outside a repository)', async () => {
    const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-ls-above-')));
    const folder = path.join(parent, 'opened');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(parent, '.proposallintrc.json'), '{ "rules": { "exposed-batna": "off" } }');
    const file = path.join(folder, 'sub', 'p.md');
    const opened = (f: string) => (f === folder || f.startsWith(`${folder}/`) ? folder : undefined);
    assert.deepEqual(await new ConfigResolver({ workspaceOf: opened, cwd: '/' }).forFile(file), { config: {} });
    fs.writeFileSync(path.join(folder, '.proposallintrc.json'), '{ "rules": { "exposed-batna": "off" } }');
    assert.deepEqual(await new ConfigResolver({ workspaceOf: opened, cwd: '/' }).forFile(file), { config: { rules: { 'exposed-batna': 'off' } }, file: `${folder}/.proposallintrc.json` });
  });

  it('a config named with --config may be anywhere', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-outside-'));
    fs.writeFileSync(path.join(outside, 'c.json'), JSON.stringify({ rules: { 'exposed-batna': 'off' } }));
    const dir = repo({ 'p.md': LEAK });
    const r = await cli(['p.md', '--config', path.join(outside, 'c.json')], dir);
    assert.equal(r.code, 0, r.stderr);
  });

  it('messages do not echo a foreign file at length', async () => {
    const dir = repo({ 'p.md': PROPOSAL, '.proposallintrc.json': JSON.stringify({ ['secret-'.repeat(2000)]: 1 }) });
    const r = await cli(['p.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /unknown key "(secret-){5}secre…"; allowed:/);
    assert.ok(r.stderr.length < 400, `${r.stderr.length} characters`);
  });

  it('config JSON nested 100,000 deep is a config error, not an internal error', async () => {
    const dir = repo({ 'p.md': PROPOSAL, '.proposallintrc.json': `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    const r = await cli(['p.md'], dir);
    assert.equal(r.code, 2);
    oneClearLine(r, /\.proposallintrc\.json:1:\d+: invalid configuration: nested more than 64 levels deep\n$/);
  });
});

describe('hostile input: extends diamonds', () => {
  it('loads each file once: 30 levels, each extending the next twice', async () => {
    const files: Record<string, string> = {};
    const levels = 30;
    for (let i = 0; i < levels; i++) files[`/w/c${i}.json`] = JSON.stringify({ extends: [`./c${i + 1}.json`, `./c${i + 1}.json`] });
    files[`/w/c${levels}.json`] = JSON.stringify({ rules: { 'seller-centric': 'off' }, overrides: [{ files: ['a/**'], rules: { 'missing-batna': 'off' } }] });
    let reads = 0;
    const host = { async readFile(p: string) { reads++; return files[p]; } };
    const started = performance.now();
    const config = await loadConfigFile('/w/c0.json', host, RULES);
    assert.ok(performance.now() - started < 2000);
    assert.equal(config.rules?.['seller-centric'], 'off');
    assert.equal(config.overrides?.length, 1);
    assert.ok(reads <= 3 * (levels + 1), `${reads} reads`);
  });
});

describe('hostile input: standard input is decoded like a file', () => {
  const cwd = os.tmpdir();
  it('UTF-16 is called UTF-16, one line, exit 2', async () => {
    const r = await cli(['--stdin'], cwd, Buffer.from('\ufeff# Proposal\n', 'utf16le'));
    assert.equal(r.code, 2);
    oneClearLine(r, /^proposal-lint: <stdin>: UTF-16 text \(little-endian\), not UTF-8; save the file as UTF-8\n$/);
    const noBom = await cli(['--stdin', '--stdin-filename', 'x.md'], cwd, Buffer.from('# Proposal\n\nWe propose.\n', 'utf16le'));
    oneClearLine(noBom, /^proposal-lint: x\.md: UTF-16 text/);
  });
  it('binary and invalid UTF-8: one line, exit 2', async () => {
    const bin = await cli(['--stdin'], cwd, Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    assert.equal(bin.code, 2);
    oneClearLine(bin, /^proposal-lint: <stdin>: binary file/);
    const bad = await cli(['--stdin'], cwd, Buffer.from([0x23, 0x20, 0x50, 0xff, 0x0a]));
    assert.equal(bad.code, 2);
    oneClearLine(bad, /^proposal-lint: <stdin>: not UTF-8 text \(invalid byte at offset 3\)/);
  });
  it('a BOM is dropped: the same positions as without it', async () => {
    const plain = await cli(['--stdin', '--format', 'json'], cwd, Buffer.from(LEAK));
    const bom = await cli(['--stdin', '--format', 'json'], cwd, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LEAK)]));
    assert.equal(bom.stdout, plain.stdout);
    assert.equal(bom.code, 1);
  });
  it('standard input over --max-file-size is refused', async () => {
    const r = await cli(['--stdin', '--max-file-size', '0.00001'], cwd, Buffer.from(LEAK));
    assert.equal(r.code, 2);
    oneClearLine(r, /^proposal-lint: <stdin>: standard input is over the 0\.00001 MB limit/);
  });
});

describe('hostile input: undecodable files', () => {
  it('named explicitly: one line and exit 2 (the others still reported); found in a folder: skipped', async () => {
    const dir = repo({ 'docs/bad.md': Buffer.from([0x23, 0x20, 0xff, 0x0a]), 'docs/p.md': LEAK });
    const r = await cli(['docs/bad.md', 'docs/p.md', '--format', 'unix'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'docs/bad.md: not UTF-8 text (invalid byte at offset 2); save the file as UTF-8\n');
    assert.match(r.stdout, /^docs\/p\.md:3:1: .*exposed-batna/m);
    const walk = await cli(['docs', '--format', 'unix'], dir);
    assert.equal(walk.code, 1);
    assert.equal(walk.stderr, 'docs/bad.md: skipped: not UTF-8 text (invalid byte at offset 2); save the file as UTF-8\n');
  });
});

describe('hostile input: user errors are never internal errors', () => {
  it('--write-baseline into a missing folder, onto a folder, onto a full device: one line naming the path, exit 2', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    fs.mkdirSync(path.join(dir, 'adir'));
    const cases: Array<[string, RegExp]> = [
      ['nodir/b.json', /^proposal-lint: nodir\/b\.json: cannot write the baseline: no such file or directory \(ENOENT\)\n$/],
      ['adir', /^proposal-lint: adir: cannot write the baseline: is a directory \(EISDIR\)\n$/],
    ];
    if (fs.existsSync('/dev/full')) cases.push(['/dev/full', /^proposal-lint: \/dev\/full: cannot write the baseline: no space left on the device \(ENOSPC\)\n$/]);
    for (const [out, pattern] of cases) {
      const r = await cli(['p.md', '--write-baseline', out], dir);
      assert.equal(r.code, 2, out);
      oneClearLine(r, pattern);
    }
  });

  it('export -o into a missing folder and --init in a missing folder: one line naming the path', async () => {
    const dir = repo({ 'p.md': PROPOSAL });
    const e = await cli(['export', 'p.md', '-o', 'nodir/copy.md'], dir);
    assert.equal(e.code, 2);
    oneClearLine(e, /^proposal-lint: .*nodir\/copy\.md: cannot write the client copy: no such file or directory \(ENOENT\)\n$/);
    const i = await cli(['--init'], path.join(dir, 'gone'));
    assert.equal(i.code, 2);
    oneClearLine(i, /^proposal-lint: .*gone\/\.proposallintrc\.json: cannot write the starter config: no such file or directory \(ENOENT\)\n$/);
  });

  it('--baseline missing.json and a malformed baseline: one line, exit 2', async () => {
    const dir = repo({ 'p.md': PROPOSAL, 'null.json': '{"version": 1, "files": null}', 'bad.json': '{"version": 1, "files": {"p.md": {"x": "many"}}}', 'text.json': 'not json' });
    const missing = await cli(['p.md', '--baseline', 'missing.json'], dir);
    assert.equal(missing.code, 2);
    oneClearLine(missing, /^proposal-lint: missing\.json: cannot read the baseline: no such file or directory \(ENOENT\)\n$/);
    for (const name of ['null.json', 'bad.json']) {
      const r = await cli(['p.md', '--baseline', name], dir);
      assert.equal(r.code, 2, name);
      oneClearLine(r, /: not a proposal-lint baseline \(expected \{"version": 1/);
    }
    const text = await cli(['p.md', '--baseline', 'text.json'], dir);
    oneClearLine(text, /^proposal-lint: text\.json: cannot read the baseline: not valid JSON\n$/);
  });
});

describe('hostile input: file names in line-based formats', () => {
  const finding = lint(LEAK).find((f) => f.ruleId === 'exposed-batna')!;
  const results = [{ filePath: 'a\n1:1  error  fake.md:9:9: forged [error/x]\r', findings: [finding, { ...finding, message: 'two\nlines \u001b[31mred' }] }];
  it('unix: a newline in a file name cannot print a fake file:line:col line', () => {
    const out = FORMATTERS['unix']!(results, { color: false });
    const lines = out.split('\n').filter(Boolean);
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => l.startsWith('a\\n1:1  error  fake.md:9:9: forged [error/x]\\r:3:1: ')));
    assert.doesNotMatch(out, /\u001b/);
  });
  it('stylish: the file name and the messages stay on their lines', () => {
    const out = FORMATTERS['stylish']!(results, { color: false });
    assert.equal(out.split('\n').filter(Boolean).length, 4); // header, two rows, summary
    assert.match(out, /^\na\\n1:1  error  fake\.md:9:9: forged \[error\/x\]\\r\n/);
    assert.match(out, /two lines \\u001b\[31mred/);
  });
});

describe('hostile input: linear shapes (the 1 MB versions are in test/slow/hostile-shapes.test.ts)', () => {
  it('a run of 20,000 periods is split in linear time', () => {
    const { value, ms } = timed(() => splitSentences('.'.repeat(20_000) + 'x', () => false));
    assert.deepEqual(value, [[0, 20_001]]);
    assert.ok(ms < 500, `${ms} ms`);
    const spaced = timed(() => splitSentences('.'.repeat(20_000) + ' Next', () => false));
    assert.deepEqual(spaced.value, [[0, 20_000], [20_001, 20_005]]);
    assert.ok(spaced.ms < 500, `${spaced.ms} ms`);
  });

  it('sentence splitting keeps its results (abbreviations, runs, lower-case continuations)', () => {
    const abbr = (t: string) => ['e.g.', 'inc.', 'mr.'].includes(t.toLowerCase());
    const split = (t: string) => splitSentences(t, abbr).map(([s, e]) => t.slice(s, e));
    // As the first implementation split them (checked against it).
    assert.deepEqual(split('Mr. Smith came. Why?! Ask Acme Inc. They know... e.g. this. a.b.c. Done'), ['Mr. Smith came.', 'Why?!', 'Ask Acme Inc. They know... e.g. this. a.b.c.', 'Done']);
    assert.deepEqual(split('A.. b... C?!. D'), ['A.. b...', 'C?!.', 'D']);
    assert.deepEqual(split('x.y.e.g. z'), ['x.y.e.g. z']);
    assert.deepEqual(split('Done.) Next (really.) Yes.'), ['Done.)', 'Next (really.)', 'Yes.']);
  });

  it('applyDirectives is indexed: 10,000 directives × 10,000 findings, the same result as the plain scan', () => {
    const kinds = ['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'] as const;
    const rules = ['seller-centric', 'price-only-framing', 'exposed-batna'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const toPoint = (o: number) => ({ line: Math.floor(o / 50) + 1, column: 1 });
    const make = (n: number, fileEvery: number) => {
      const directives: Directive[] = [];
      for (let i = 0; i < n; i++) {
        const kind = i % fileEvery === 0 ? 'disable-file' : kinds[rand(4)]!;
        const start = rand(n * 100);
        directives.push({ kind, rules: rand(5) === 0 ? [] : [rules[rand(3)]!], reason: '', start, end: start + rand(60), line: toPoint(start).line });
      }
      directives.sort((a, b) => a.start - b.start);
      const findings: Finding[] = [];
      for (let i = 0; i < n; i++) {
        const at = rand(n * 100);
        findings.push({ ruleId: rules[rand(3)]!, messageId: 'm', severity: 'warning', message: 'm', lang: 'en', line: toPoint(at).line, column: 1, endLine: 1, endColumn: 1, startOffset: at, endOffset: at + 1 });
      }
      return { directives, findings };
    };
    for (const [n, fileEvery] of [[300, 1000], [300, 97], [2000, 100_000]] as const) {
      const { directives, findings } = make(n, fileEvery);
      const got = applyDirectives(findings, directives, { toPoint });
      const want = plainApplyDirectives(findings, directives, { toPoint });
      assert.deepEqual(got.kept, want.kept);
      assert.deepEqual([...got.used].sort((a, b) => a.start - b.start), [...want.used].sort((a, b) => a.start - b.start));
    }
    const big = make(10_000, 1_000_000);
    const { ms } = timed(() => applyDirectives(big.findings, big.directives, { toPoint }));
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('lineStart looks back to the nearest line break only (no scan to the start for a missing \\r)', () => {
    const text = 'x'.repeat(100) + '\n' + 'word '.repeat(20_000);
    const { value, ms } = timed(() => {
      let sum = 0;
      for (let i = 0; i < 10_000; i++) sum += lineStart(text, 101 + (i % 50));
      return sum;
    });
    assert.equal(value, 101 * 10_000);
    assert.ok(ms < 500, `${ms} ms`);
    assert.equal(lineStart('a\r\nb\rc', 6), 5);
    assert.equal(lineStart('a\r\nb\rc', 4), 3);
    assert.equal(lineStart('abc', 0), 0);
  });
});

/** The directive semantics as first written (a scan of every directive per finding): the reference for the indexed one. */
function plainApplyDirectives(findings: Finding[], directives: Directive[], model: { toPoint: (o: number) => { line: number } }): { kept: Finding[]; used: Set<Directive> } {
  const used = new Set<Directive>();
  const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  const kept = findings.filter((f) => {
    for (const d of directives) {
      if (!applies(d, f.ruleId)) continue;
      if (d.kind === 'disable-file' || (d.kind === 'disable-line' && d.line === f.line) || (d.kind === 'disable-next-line' && model.toPoint(d.end).line + 1 === f.line)) {
        used.add(d);
        return false;
      }
    }
    let state: Directive | null = null;
    for (const d of directives) {
      if (d.start > f.startOffset) break;
      if (!applies(d, f.ruleId)) continue;
      if (d.kind === 'disable') state = d;
      else if (d.kind === 'enable') state = null;
    }
    if (state) {
      used.add(state);
      return false;
    }
    return true;
  });
  return { kept, used };
}

describe('hostile input: names on stderr', () => {
  it('a newline in --stdin-filename or a file name cannot forge a line on stderr either', async () => {
    const r = await cli(['--stdin', '--stdin-filename', 'x.md\nproposal-lint: all good'], os.tmpdir(), Buffer.from([0x23, 0xff]));
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'proposal-lint: x.md\\nproposal-lint: all good: not UTF-8 text (invalid byte at offset 1); save the file as UTF-8\n');
    if (!posix) return;
    const dir = repo({ 'docs/a\nb.md': Buffer.from([0x23, 0xff]) });
    const w = await cli(['docs'], dir);
    assert.equal(w.stderr, 'docs/a\\nb.md: skipped: not UTF-8 text (invalid byte at offset 1); save the file as UTF-8\n');
  });
});
