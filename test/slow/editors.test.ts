/**
 * The language server in real editors that are not VS Code: Neovim's built-in LSP client,
 * headless (test/editors/nvim.lua), and Emacs's eglot in batch (test/editors/eglot.el), both
 * from Debian's apt (test/editors/setup.sh), each with the set-up the README gives.
 * It opens an English and a Japanese proposal, reads the diagnostics as Neovim holds them
 * (byte columns, converted by Neovim from the negotiated encoding), applies the first quick
 * fix for missing-client-position with Neovim's own WorkspaceEdit code and writes the files;
 * this test checks the report and the files on disk. Once with UTF-16 (Neovim's default)
 * through `proposal-lint --stdio` started by the driver, once with UTF-8 negotiated through
 * proposal-lint-ls started by the README's own set-up (so the README's Lua is what is tested).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildModel } from '../../src/index.js';
import { lintFile } from '../../src/app/lint.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'lsp', name), 'utf8');

interface Report {
  positionEncoding?: string;
  offsetEncoding?: string;
  error?: string;
  files: Array<{
    path: string;
    filetype: string;
    diagnostics: Array<{ code: string; lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string }>;
    actions: Array<{ title: string; kind: string; command: boolean }>;
    hover: string | null;
    lens: { title: string; line: number } | null;
  }>;
}

/** A set-up from the README: the first `lang` block under the heading that starts with `heading`. */
function readmeSetup(heading: string, lang: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(heading);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  assert.ok(at >= 0 && block, `README.md has no ${lang} block under ${heading}`);
  return block[1]!;
}

function onlyAdds(before: string, after: string): boolean {
  let i = 0;
  for (const ch of after) if (i < before.length && ch === before[i]) i++;
  return i === before.length;
}

const DOC_LEVEL = ['missing-agreement-safeguards', 'missing-client-position', 'missing-next-steps', 'missing-value-add', 'weak-credibility-statement'];
type Row = [string, number, number, number, number];
const EN_ROWS: Row[] = [['missing-batna', 0, 0, 0, 3], ...DOC_LEVEL.map((c): Row => [c, 4, 0, 4, 26]), ['weak-credibility-statement', 8, 9, 8, 20], ['price-only-framing', 10, 0, 10, 13]];
// Byte columns: "# 株式会社サンプル様 ご提案" is 39 bytes, 弊社は 9, 業界トップクラス 24 more, "## 費用" 9.
const JA_ROWS: Row[] = [['missing-batna', 0, 0, 0, 3], ...DOC_LEVEL.map((c): Row => [c, 4, 0, 4, 39]), ['weak-credibility-statement', 8, 9, 8, 33], ['price-only-framing', 10, 0, 10, 9]];

/** Installs an editor (test/editors/setup.sh) and makes sure the server is built. */
function setUp(editor: 'neovim' | 'emacs'): void {
  const setup = spawnSync('bash', [path.join(ROOT, 'test/editors/setup.sh'), editor], { stdio: 'inherit' });
  assert.equal(setup.status, 0, `test/editors/setup.sh ${editor} failed`);
  if (!fs.existsSync(path.join(ROOT, 'dist/lsp.cjs'))) assert.equal(spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' }).status, 0);
}

/** proposal-lint-ls in `dir`/bin, as npm would put it on PATH; returns that PATH. */
function binOnPath(dir: string): string {
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(path.join(dir, 'bin', 'proposal-lint-ls'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'dist/lsp.cjs'))} "$@"\n`, { mode: 0o755 });
  return `${path.join(dir, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`;
}

describe('language server in Neovim (headless, its own LSP client)', function () {
  this.timeout(300_000);
  before(() => setUp('neovim'));

  for (const { encoding, how } of [
    { encoding: 'utf-16', how: 'proposal-lint --stdio, started by the driver' },
    { encoding: 'utf-8', how: "proposal-lint-ls, started by the README's set-up" },
  ] as const) {
    it(`${encoding}: diagnostics at the right bytes in English and Japanese, a quick fix applied and written to disk (${how})`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-nvim-'));
      try {
        fs.mkdirSync(path.join(dir, '.git'));
        const PATH = binOnPath(dir);
        const init = path.join(dir, 'init.lua');
        fs.writeFileSync(init, readmeSetup('### Neovim — tested', 'lua'));
        const how = encoding === 'utf-8' ? { PL_INIT: init } : { PL_SERVER: JSON.stringify(['node', path.join(ROOT, 'dist/cli.cjs'), '--stdio']), PL_ENCODING: encoding };
        const en = path.join(dir, 'proposal-en.md');
        const ja = path.join(dir, '提案書.md');
        fs.writeFileSync(en, fixture('small-en.md'));
        fs.writeFileSync(ja, fixture('small-ja.md'));
        const out = path.join(dir, 'report.json');
        const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/editors/nvim.lua')}`], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, ...how, PATH, PL_FILES: `${en}\n${ja}`, PL_FIX: 'missing-client-position', PL_ROOT: dir, PL_OUT: out },
        });
        const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
        assert.equal(report.error, undefined);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(report.positionEncoding, encoding);
        assert.equal(report.offsetEncoding, encoding);
        const [e, j] = report.files;
        assert.deepEqual([e!.path, e!.filetype, j!.path, j!.filetype], [en, 'markdown', ja, 'markdown']);
        const rows = (f: Report['files'][number]) => f.diagnostics.map((d): Row => [d.code, d.lnum, d.col, d.end_lnum, d.end_col]);
        assert.deepEqual(rows(e!), EN_ROWS);
        assert.deepEqual(rows(j!), JA_ROWS);
        assert.equal(j!.diagnostics[6]!.message, '「業界トップクラス」は裏付けのない最上級表現です。それを示す数字・顧客名・成果に置き換えてください。');
        assert.deepEqual(e!.actions, [
          { title: 'Insert a "Your situation" section after the introduction', kind: 'quickfix', command: false },
          { title: 'Disable missing-client-position for this file', kind: 'quickfix', command: false },
        ]);
        assert.deepEqual(j!.actions.map((a) => [a.title, a.command]), [['冒頭の後に「貴社の現状と課題」を挿入', false], ['Disable missing-client-position for this file', false]]);
        assert.match(e!.hover ?? '', /^\*\*missing-batna\*\* — /);
        assert.match(j!.hover ?? '', /^\*\*missing-batna\*\* — /);
        assert.deepEqual([e!.lens, j!.lens], [{ title: 'Proposal 0/6', line: 4 }, { title: 'Proposal 0/6', line: 4 }]);
        // The files Neovim wrote: the section is in, nothing of the user's text is gone, and it lints clean of that rule.
        for (const [file, original, title] of [[en, fixture('small-en.md'), 'Your situation'], [ja, fixture('small-ja.md'), '貴社の現状と課題']] as const) {
          const written = fs.readFileSync(file, 'utf8');
          assert.notEqual(written, original);
          assert.ok(onlyAdds(original, written), `${file} lost text`);
          const section = buildModel(written).sections.find((s) => s.title === title);
          assert.equal(section?.role, 'client-position');
          assert.deepEqual(lintFile(written).findings.filter((f) => f.ruleId === 'missing-client-position'), []);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('language server in Emacs (eglot, batch)', function () {
  this.timeout(300_000);
  before(() => setUp('emacs'));

  it("the README's set-up: diagnostics where eglot puts them (characters), a quick fix applied and saved, in English and Japanese", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-eglot-'));
    try {
      // A real repository: eglot finds the project through project.el and git.
      assert.equal(spawnSync('git', ['init', '-q', dir]).status, 0);
      const PATH = binOnPath(dir);
      const en = path.join(dir, 'proposal-en.md');
      const ja = path.join(dir, '提案書.md');
      fs.writeFileSync(en, fixture('small-en.md'));
      fs.writeFileSync(ja, fixture('small-ja.md'));
      const init = path.join(dir, 'init.el');
      fs.writeFileSync(init, readmeSetup('### Emacs (eglot) — tested', 'elisp'));
      const out = path.join(dir, 'report.json');
      const r = spawnSync('emacs', ['--batch', '-Q', '-l', path.join(ROOT, 'test/editors/eglot.el')], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, PATH, PL_INIT: init, PL_FILES: `${en}\n${ja}`, PL_FIX: 'missing-client-position', PL_OUT: out },
      });
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { error?: string; files: Array<{ path: string; mode: string; diagnostics: Array<{ code: string; line: number; char: number; end_line: number; end_char: number; message: string }>; actions: Array<{ title: string; command: boolean }> }> };
      assert.equal(report.error, undefined);
      assert.equal(r.status, 0, r.stderr);
      const [e, j] = report.files;
      assert.deepEqual([e!.path, e!.mode, j!.path, j!.mode], [en, 'markdown-mode', ja, 'markdown-mode']);
      const rows = (f: typeof e) => f!.diagnostics.map((d): Row => [d.code, d.line, d.char, d.end_line, d.end_char]);
      assert.deepEqual(rows(e), EN_ROWS);
      // Characters in the buffer: 15 for the heading, 弊社は 3, 業界トップクラス 8 more, "## 費用" 5.
      assert.deepEqual(rows(j), [['missing-batna', 0, 0, 0, 3], ...DOC_LEVEL.map((c): Row => [c, 4, 0, 4, 15]), ['weak-credibility-statement', 8, 3, 8, 11], ['price-only-framing', 10, 0, 10, 5]]);
      assert.deepEqual(e!.actions, [{ title: 'Insert a "Your situation" section after the introduction', command: false }, { title: 'Disable missing-client-position for this file', command: false }]);
      assert.deepEqual(j!.actions.map((a) => a.title), ['冒頭の後に「貴社の現状と課題」を挿入', 'Disable missing-client-position for this file']);
      for (const [file, original, title] of [[en, fixture('small-en.md'), 'Your situation'], [ja, fixture('small-ja.md'), '貴社の現状と課題']] as const) {
        const written = fs.readFileSync(file, 'utf8');
        assert.notEqual(written, original);
        assert.ok(onlyAdds(original, written), `${file} lost text`);
        assert.equal(buildModel(written).sections.find((s) => s.title === title)?.role, 'client-position');
        assert.deepEqual(lintFile(written).findings.filter((f) => f.ruleId === 'missing-client-position'), []);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
