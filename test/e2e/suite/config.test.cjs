'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const u = require('./util.cjs');

describe('configuration file in the editor', function () {
  const configPath = () => u.workspaceUri('.proposallintrc.json').fsPath;

  before(async function () {
    await u.activate();
  });

  afterEach(async function () {
    if (fs.existsSync(configPath())) fs.rmSync(configPath());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a config file changes findings without reload; a broken one keeps the last good config and is pointed at', async function () {
    const doc = await u.open('draft-proposal-en.md');
    await u.waitFor(() => u.diagnostics(doc).some((d) => d.code.value === 'exposed-batna'), 'exposed-batna with no config');
    fs.writeFileSync(configPath(), '{\n  // team settings\n  "rules": { "exposed-batna": "off" }\n}\n');
    await u.waitFor(() => !u.diagnostics(doc).some((d) => d.code.value === 'exposed-batna'), 'the config file turned it off');
    fs.writeFileSync(configPath(), '{\n  "rules": { "exposed-batna": "off", "no-such-rule": "warning" }\n}\n');
    const configUri = u.workspaceUri('.proposallintrc.json');
    const problem = await u.waitFor(() => vscode.languages.getDiagnostics(configUri)[0], 'a diagnostic on the config file');
    assert.deepStrictEqual([problem.range.start.line, problem.range.start.character], [1, 37]);
    assert.match(problem.message, /unknown rule "no-such-rule"/);
    assert.ok(!u.diagnostics(doc).some((d) => d.code.value === 'exposed-batna'), 'the last good configuration stays in use');
    fs.writeFileSync(configPath(), '{ "rules": { "exposed-batna": "info" } }');
    await u.waitFor(() => vscode.languages.getDiagnostics(configUri).length === 0, 'the config diagnostic cleared');
    await u.waitFor(() => u.diagnostics(doc).some((d) => d.code.value === 'exposed-batna' && d.severity === vscode.DiagnosticSeverity.Information), 'info severity from the file');
  });

  it('the CLI and the editor agree on a repository with a config file', async function () {
    fs.writeFileSync(configPath(), '{ "extends": "strict", "rules": { "seller-centric": "off" } }');
    const doc = await u.open('draft-proposal-ja.md');
    const { execFileSync } = require('child_process');
    let out;
    try {
      out = execFileSync(process.execPath, [path.join(u.ROOT, 'dist/cli.cjs'), '--format', 'json', 'draft-proposal-ja.md'], { cwd: path.dirname(configPath()), encoding: 'utf8' });
    } catch (e) {
      out = e.stdout;
    }
    const cli = JSON.parse(out)[0].messages.map((m) => `${m.line - 1}:${m.column - 1} ${m.severity === 2 ? 0 : 1} ${m.ruleId}`);
    await u.waitFor(() => u.diagnostics(doc).length === cli.length && u.diagnostics(doc).every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'strict applied in the editor');
    const editor = u.diagnostics(doc).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.code.value}`);
    assert.deepStrictEqual(editor, cli);
  });

  it('teaching a team word writes the config file and re-lints', async function () {
    const doc = await u.open('fixtures/traps.en.md');
    const text = doc.getText();
    // No add-on left but the team's own word: the value-added section goes, and so does the payment
    // schedule (a payment in stages counts as phased payment, an add-on).
    await u.setText(doc, text.replace(/## Value-added services[\s\S]*?(?=## Investment)/, '## Notes\n\nEvery order includes the Insight Pack.\n\n').replace(/^- Payment schedule:.*\n/m, ''));
    await doc.save();
    await u.waitFor(() => u.diagnostics(doc).some((d) => d.code.value === 'missing-value-add'), 'missing-value-add');
    const written = await vscode.commands.executeCommand('proposalLint.teachPhrase', doc.uri, 'addon', 'en', 'add-on words', 'Insight Pack');
    assert.ok(written && fs.readFileSync(written.fsPath, 'utf8').includes('"Insight Pack"'));
    await u.waitFor(() => !u.diagnostics(doc).some((d) => d.code.value === 'missing-value-add'), 'the team word counts');
    await u.setText(doc, text);
    await doc.save();
  });

  it('teaching a word leaves a malformed config file, or one linked from outside the workspace, as it is', async function () {
    const doc = await u.open('fixtures/traps.en.md');
    const teach = () => vscode.commands.executeCommand('proposalLint.teachPhrase', doc.uri, 'addon', 'en', 'add-on words', 'Insight Pack');
    for (const broken of ['{ "lexicon": { "addon": { "en": "Care Plan" } } }', '{ "rules": { ']) {
      fs.writeFileSync(configPath(), broken);
      assert.strictEqual(await teach(), undefined, broken);
      assert.strictEqual(fs.readFileSync(configPath(), 'utf8'), broken);
    }
    fs.rmSync(configPath());
    const outside = path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'proposal-lint-')), 'rc.json');
    fs.writeFileSync(outside, '{}\n');
    fs.symlinkSync(outside, configPath());
    assert.strictEqual(await teach(), undefined, 'a link to outside the workspace');
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), '{}\n');
  });
});
