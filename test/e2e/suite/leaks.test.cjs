'use strict';
// The client copy from the editor: the same export as the CLI (the application layer), with
// this file's configuration. Representative cases of the leak corpus (test/leaks.test.ts runs
// all of them through the application layer and the CLI), and a valid config raises no problem.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const u = require('./util.cjs');

const CASES = [
  { name: 'a team marker from the config file', file: 'leak-team.md', config: { lexicon: { 'internal-marker': { en: ['deal room'] } } }, text: '---\nproposal: true\n---\n\n# P\n\nHello.\n\n<!-- deal room -->\nSECRET margin 42%.\n<!-- /deal room -->\n\nBye.\n', ok: true },
  { name: '【社内用】 heading', file: 'leak-ja.md', text: '---\nproposal: true\n---\n\n# ご提案\n\n本文です。\n\n## 【社内用】交渉メモ\n\nSECRET 単価は下げない。\n\n## 今後の進め方\n\n稟議をお願いします。\n', ok: true },
  { name: 'front matter after a blank line', file: 'leak-fm.md', text: '\n---\nproposal: true\nbatna: "SECRET below $35,000"\n---\n\n# P\n\nHello.\n', ok: true },
  { name: 'nested markers', file: 'leak-nested.md', text: '---\nproposal: true\n---\n\n# P\n\n<!-- internal -->\nSECRET one.\n<!-- internal -->\nSECRET two.\n<!-- /internal -->\nSECRET three.\n<!-- /internal -->\n\nBye.\n', ok: true },
  { name: 'walk-away point in plain words', file: 'leak-plain.md', text: '---\nproposal: true\n---\n\n# P\n\nWalk-away point is $35,000.\n', ok: false, line: 6 },
  { name: 'in an HTML block', file: 'leak-html.md', text: '---\nproposal: true\n---\n\n# P\n\n<div>\nThe lowest we can go is $35,000.\n</div>\n', ok: false, line: 7 },
  { name: 'a zero-width space inside the phrase', file: 'leak-zw.md', text: '---\nproposal: true\n---\n\n# P\n\nThe lowest we can\u200b go is $35,000.\n', ok: false, line: 6 },
];

describe('Export Client Copy never leaks (the editor calls the same export as the CLI)', function () {
  const configPath = () => u.workspaceUri('.proposallintrc.json').fsPath;
  const made = [];
  before(async function () {
    await u.activate();
  });
  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of made) if (fs.existsSync(f)) fs.rmSync(f);
    if (fs.existsSync(configPath())) fs.rmSync(configPath());
  });

  for (const c of CASES) {
    it(c.name, async function () {
      if (c.config) fs.writeFileSync(configPath(), JSON.stringify(c.config));
      else if (fs.existsSync(configPath())) fs.rmSync(configPath());
      const source = u.workspaceUri(c.file).fsPath;
      fs.writeFileSync(source, c.text);
      made.push(source);
      const target = u.workspaceUri(`out/${c.file.replace(/\.md$/, '.client.md')}`);
      made.push(target.fsPath);
      const doc = await u.open(c.file);
      await u.checked(doc);
      const written = await vscode.commands.executeCommand('proposalLint.exportClientCopy', target);
      if (c.ok) {
        assert.strictEqual(written && written.toString(), target.toString(), 'exported');
        const copy = fs.readFileSync(target.fsPath, 'utf8');
        assert.ok(!/SECRET|42%|単価は下げない/.test(copy), copy);
        assert.ok(!/<!--/.test(copy), 'no comments in the copy');
      } else {
        assert.strictEqual(written, undefined, 'refused');
        assert.ok(!fs.existsSync(target.fsPath), 'nothing written');
        const problems = await u.waitFor(() => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'export'), 'the reason at the proposal line');
        assert.ok(problems.length > 0 && problems[0].range.start.line === c.line, JSON.stringify(problems.map((p) => p.range.start.line)));
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  }

  it('a valid config file (the README example) shows no problem', async function () {
    const readme = fs.readFileSync(path.join(u.ROOT, 'README.md'), 'utf8');
    const example = /```jsonc\n([\s\S]*?)```/.exec(readme)[1];
    fs.writeFileSync(configPath(), example);
    const doc = await vscode.workspace.openTextDocument(u.workspaceUri('.proposallintrc.json'));
    await vscode.window.showTextDocument(doc);
    // JSON validation (jsonValidation → the schema) runs in the JSON language server; give it time.
    await new Promise((r) => setTimeout(r, 4000));
    const errors = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
  });
});
