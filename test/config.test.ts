import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigProblem, loadConfigFile, lint, RULES, rulesForFile, lintOptionsFor, effectiveConfig, settingsLayer, normalizeSettings, type ConfigHost } from '../src/index.js';
import { only, cli as runCli } from './helpers.js';


function memoryHost(files: Record<string, string>): ConfigHost {
  return { readFile: async (p) => files[p] };
}

async function problem(files: Record<string, string>, file = '/w/.proposallintrc.json'): Promise<string> {
  try {
    await loadConfigFile(file, memoryHost(files), RULES);
  } catch (e) {
    assert.ok(e instanceof ConfigProblem, String(e));
    return e.toString();
  }
  throw new Error('expected a ConfigProblem');
}

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-config-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The CLI in-process (run(argv, io)), in `cwd`. */
const cli = (args: string[], cwd: string) => runCli(args, { cwd });

const LEAK = '---\nproposal: true\n---\n\n# Investment\n\nThe lowest we can go is $38,000.\n';

describe('configuration file', () => {
  it('reads JSON with comments, extends a preset and a relative file, merges rules', async () => {
    const config = await loadConfigFile('/w/sub/.proposallintrc.json', memoryHost({
      '/w/base.json': '{ "rules": { "seller-centric": ["warning", { "ratio": 4 }] }, "client": "Acme" }',
      '/w/sub/.proposallintrc.json': '{\n  // team settings\n  "extends": ["strict", "../base.json"],\n  "rules": { "missing-batna": "off" },\n}',
    }), RULES);
    assert.equal(config.rules?.['missing-batna'], 'off');
    assert.deepEqual(config.rules?.['seller-centric'], ['warning', { ratio: 4 }]);
    assert.equal(config.rules?.['exposed-batna'], 'error');
    assert.equal(config.rules?.['missing-value-add'], 'error', 'strict makes warnings errors');
    assert.deepEqual(config.client, ['Acme']);
  });

  describe('each malformed configuration gives one precise message', () => {
    const cases: Array<[string, string, string]> = [
      ['invalid JSON', '{ "rules": { ', '/w/.proposallintrc.json:1:14: invalid JSON: CloseBraceExpected'],
      ['an unknown key', '{ "rulez": {} }', '/w/.proposallintrc.json:1:3: unknown key "rulez"; allowed: extends, rules, include, exclude, language, lexicon, client, overrides, requireReason'],
      ['an unknown rule id', '{ "rules": { "no-such-rule": "warning" } }', `/w/.proposallintrc.json:1:14: unknown rule "no-such-rule" in rules; known rules: ${RULES.map((r) => r.meta.id).join(', ')}`],
      ['a bad severity', '{ "rules": { "missing-batna": "loud" } }', '/w/.proposallintrc.json:1:31: rules.missing-batna: severity must be one of "off", "info", "warning", "error"'],
      ['a wrong option type', '{ "rules": { "seller-centric": ["warning", { "ratio": "3" }] } }', '/w/.proposallintrc.json:1:55: rules.seller-centric: option "ratio" must be a number of at least 1 (default 3; got "3")'],
      ['an unknown option', '{ "rules": { "missing-batna": ["warning", { "x": 1 }] } }', '/w/.proposallintrc.json:1:45: rules.missing-batna: unknown option "x"; this rule takes no options'],
      ['a missing extends file', '{ "extends": "./nope.json" }', '/w/.proposallintrc.json:1:14: extends: file not found: /w/nope.json'],
      ['an unknown preset', '{ "extends": "loose" }', '/w/.proposallintrc.json:1:14: extends: unknown preset "loose"; use "recommended", "strict" or a relative path such as "./base.proposallintrc.json"'],
      ['a lexicon pattern-like value that is not a list', '{ "lexicon": { "addon": { "en": "bonus" } } }', '/w/.proposallintrc.json:1:33: lexicon.addon.en must be a list of literal phrases (plain text, never patterns)'],
      ['an unknown lexicon concept', '{ "lexicon": { "magic": {} } }', `/w/.proposallintrc.json:1:16: lexicon: unknown concept "magic"; concepts: ${''}`],
      ['a bad language', '{ "language": "fr" }', '/w/.proposallintrc.json:1:15: language must be "auto", "en" or "ja"'],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const got = await problem({ '/w/.proposallintrc.json': text });
        if (name === 'an unknown lexicon concept') assert.ok(got.startsWith(message) && got.includes('addon') && got.includes('superlative'), got);
        else assert.equal(got, message);
      });
    }
    it('lint() rejects a bad rule option with the same words as the config file (one checkRuleOption)', () => {
      assert.throws(() => lint('# P\n', { rules: { 'seller-centric': ['warning', { ratio: '3' }] } }),
        { name: 'ConfigError', message: 'Rule "seller-centric": option "ratio" must be a number of at least 1 (default 3; got "3").' });
      assert.throws(() => lint('# P\n', { rules: { 'missing-batna': ['warning', { x: 1 }] } }),
        { name: 'ConfigError', message: 'Rule "missing-batna": unknown option "x"; this rule takes no options.' });
      assert.throws(() => lint('# P\n', { rules: { 'seller-centric': ['warning', { ratio: Number.NaN }] } }), /option "ratio" must be a number of at least 1/);
    });
    it('an extends cycle', async () => {
      assert.equal(
        await problem({ '/w/.proposallintrc.json': '{ "extends": "./a.json" }', '/w/a.json': '{ "extends": "./.proposallintrc.json" }' }),
        '/w/a.json:1:14: extends: cycle /w/.proposallintrc.json -> /w/a.json -> /w/.proposallintrc.json',
      );
    });
  });

  it('the CLI prints a malformed config as one line and exits 2', async () => {
    const dir = tree({ '.proposallintrc.json': '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n', 'p.md': LEAK });
    const r = await cli(['p.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^proposal-lint: .*\.proposallintrc\.json:3:5: unknown rule "no-such-rule" in rules; known rules: missing-batna, /);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('regex- or script-looking lexicon phrases are plain text', () => {
    const options = { ...only('missing-value-add'), lexicon: { addon: { en: ['.*', 'require("fs")', '(a+)+$', '${process.exit()}'] } } };
    assert.equal(lint('# P\n\nAnything at all here.\n', options).length, 1, '".*" must not match everything');
    assert.equal(lint('# P\n\nWe add require("fs") for free.\n', options).length, 0, 'the literal text matches');
    assert.equal(lint(`# P\n\n${'a'.repeat(5000)}!\n`, options).length, 1);
  });

  it('team words extend a concept', () => {
    const text = '# P\n\nEvery order includes the Insight Pack.\n';
    assert.equal(lint(text, only('missing-value-add')).length, 1);
    assert.equal(lint(text, { ...only('missing-value-add'), lexicon: { addon: { en: ['Insight Pack'] } } }).length, 0);
  });

  it('overrides apply per folder', () => {
    const config = { rules: { 'seller-centric': 'warning' as const }, overrides: [{ files: ['legacy/**'], rules: { 'seller-centric': 'off' as const } }] };
    assert.equal(rulesForFile(config, 'legacy/2019/old.md')['seller-centric'], 'off');
    assert.equal(rulesForFile(config, 'proposals/new.md')['seller-centric'], 'warning');
  });
});

describe('precedence: defaults < preset < editor settings < config file < front matter < directives', () => {
  const text = '---\nproposal: true\nclient: Acme\n---\n\n# Investment\n\nThe lowest we can go is $38,000.\n';
  const severityOf = (options: Parameters<typeof lint>[1]) => lint(text, options).find((f) => f.ruleId === 'exposed-batna')?.severity ?? 'off';
  it('defaults', () => assert.equal(severityOf({}), 'error'));
  it('preset', () => assert.equal(severityOf(lintOptionsFor(effectiveConfig([{ rules: { 'exposed-batna': 'info' } }]), 'p.md')), 'info'));
  it('editor settings over the preset', () => {
    const settings = normalizeSettings({ rules: { 'exposed-batna': 'warning' } }, RULES.map((r) => r.meta.id)).settings;
    assert.equal(severityOf(lintOptionsFor(effectiveConfig([{ rules: { 'exposed-batna': 'info' } }, settingsLayer(settings)]), 'p.md')), 'warning');
  });
  it('the config file over editor settings', () => {
    const settings = normalizeSettings({ rules: { 'exposed-batna': 'warning' } }, RULES.map((r) => r.meta.id)).settings;
    assert.equal(severityOf(lintOptionsFor(effectiveConfig([settingsLayer(settings), { rules: { 'exposed-batna': 'off' } }]), 'p.md')), 'off');
  });
  it('front matter over the config file (client name and language)', () => {
    const en = lint('---\nlang: ja\n---\n\n# Proposal\n\nText.\n', { language: 'auto' }).find((f) => f.ruleId === 'missing-batna')!;
    assert.equal(en.lang, 'ja');
  });
  it('inline directives over everything', () => {
    const silenced = text.replace('The lowest', '<!-- proposal-lint-disable-next-line exposed-batna -- RFP asks for it -->\nThe lowest');
    assert.equal(lint(silenced, { rules: { 'exposed-batna': 'error' } }).some((f) => f.ruleId === 'exposed-batna'), false);
  });
});

describe('inline directives, every form', () => {
  const n = (text: string, extra = {}) => lint(text, { ...only('exposed-batna'), ...extra });
  const leak = 'The lowest we can go is $38,000.';
  it('the price-list example from the README silences exactly one finding', () => {
    const text = `# Fees\n\n<!-- proposal-lint-disable-next-line price-only-framing -- list price required by the RFP -->\nWe are the cheapest.\n\nWe are the cheapest.\n`;
    assert.deepEqual(lint(text, only('price-only-framing')).map((f) => `${f.line}:${f.messageId}`), ['6:competing']);
  });
  it('next-line at the last line silences nothing and breaks nothing', () => {
    assert.equal(n(`${leak}\n<!-- proposal-lint-disable-next-line -->`).length, 1);
  });
  it('nested disable / enable', () => {
    const text = `<!-- proposal-lint-disable -->\n\n${leak}\n\n<!-- proposal-lint-disable exposed-batna -->\n\n${leak}\n\n<!-- proposal-lint-enable exposed-batna -->\n\n${leak}\n\n<!-- proposal-lint-enable -->\n\n${leak}\n`;
    assert.deepEqual(n(text).map((f) => f.line), [11, 15]);
  });
  it('an unknown rule id in a directive is reported', () => {
    const f = n(`<!-- proposal-lint-disable-next-line exposed-batnaa -->\n${leak}\n`);
    assert.deepEqual(f.map((x) => `${x.line}:${x.column} ${x.ruleId}/${x.messageId}`), ['1:1 invalid-directive/unknownRule', '2:1 exposed-batna/exposed']);
  });
  it('requireReason reports directives without a reason', () => {
    const f = n(`<!-- proposal-lint-disable-next-line exposed-batna -->\n${leak}\n`, { requireReason: true });
    assert.deepEqual(f.map((x) => `${x.ruleId}/${x.messageId}`), ['invalid-directive/missingReason']);
    assert.deepEqual(n(`<!-- proposal-lint-disable-next-line exposed-batna -- the RFP asks for it -->\n${leak}\n`, { requireReason: true }), []);
  });
  it('--report-unused-directives reports directives that silence nothing', () => {
    const f = n('# Fine\n\n<!-- proposal-lint-disable-next-line exposed-batna -->\nAll good.\n', { reportUnusedDirectives: true });
    assert.deepEqual(f.map((x) => `${x.line} ${x.ruleId}`), ['3 unused-directive']);
  });
  it('directives inside code blocks do not count', () => {
    assert.equal(n('```markdown\n<!-- proposal-lint-disable -->\n```\n\n' + leak + '\n').length, 1);
  });
});

describe('CLI with configuration', () => {
  it('finds the nearest config file walking up, and --no-config / --config / --rule', async () => {
    const dir = tree({
      '.proposallintrc.json': '{ "rules": { "exposed-batna": "off" } }',
      'proposals/a.md': LEAK,
      'proposals/team/.proposallintrc.json': '{ "rules": { "exposed-batna": "info" } }',
      'proposals/team/b.md': LEAK,
      'strict.json': '{ "extends": "strict" }',
    });
    const ids = async (args: string[]) => JSON.parse((await cli(['--format', 'json', ...args], dir)).stdout).map((r: { messages: Array<{ ruleId: string; severity: number }> }) => r.messages.filter((m) => m.ruleId === 'exposed-batna').map((m) => m.severity));
    assert.deepEqual(await ids(['proposals/a.md', 'proposals/team/b.md']), [[], [1]]);
    assert.deepEqual(await ids(['--no-config', 'proposals/a.md']), [[2]]);
    assert.deepEqual(await ids(['--config', 'strict.json', 'proposals/a.md']), [[2]]);
    assert.deepEqual(await ids(['--rule', 'exposed-batna:warning', 'proposals/a.md']), [[1]]);
    assert.equal((await cli(['--rule', 'nope:off', 'proposals/a.md'], dir)).code, 2);
  });

  it('with no path lints only the proposals under the current directory; README never by surprise', async () => {
    const dir = tree({ 'README.md': '# Readme\n\nThe lowest we can go is $38,000.\n', 'proposals/acme.md': LEAK, 'notes/提案書.md': LEAK, 'notes/meeting.md': '# Meeting\n\nThe lowest we can go is $38,000.\n', 'x/any.md': '---\ntype: proposal\n---\n# X\n' });
    const files = JSON.parse((await cli(['--format', 'json'], dir)).stdout).map((r: { filePath: string }) => r.filePath).sort();
    assert.deepEqual(files, ['notes/提案書.md', 'proposals/acme.md', 'x/any.md']);
    const all = JSON.parse((await cli(['--format', 'json', '.'], dir)).stdout).map((r: { filePath: string }) => r.filePath).sort();
    assert.equal(all.length, 5, 'a directory named explicitly walks every Markdown file');
    const onlyProposals = JSON.parse((await cli(['--format', 'json', '--only-proposals', '.'], dir)).stdout).map((r: { filePath: string }) => r.filePath).sort();
    assert.deepEqual(onlyProposals, files);
    // Files named, as pre-commit names every staged Markdown file: --only-proposals keeps the proposals.
    const named = ['README.md', 'proposals/acme.md', 'notes/提案書.md', 'notes/meeting.md', 'x/any.md'];
    const kept = JSON.parse((await cli(['--format', 'json', '--only-proposals', ...named], dir)).stdout).map((r: { filePath: string }) => r.filePath).sort();
    assert.deepEqual(kept, files);
    assert.equal(JSON.parse((await cli(['--format', 'json', ...named], dir)).stdout).length, 5, 'without the flag, files named are always linted');
    assert.deepEqual(await cli(['--only-proposals', 'README.md', 'notes/meeting.md'], dir), { code: 0, stdout: '', stderr: '' });
  });

  it('--print-config shows the merged configuration; --init writes a starter and refuses to overwrite', async () => {
    const dir = tree({ '.proposallintrc.json': '{ "extends": "recommended", "rules": { "missing-batna": "off" } }', 'p.md': LEAK });
    const printed = JSON.parse((await cli(['--print-config', 'p.md'], dir)).stdout);
    assert.equal(printed.rules['missing-batna'], 'off');
    assert.equal(printed.rules['exposed-batna'], 'error');
    const empty = tree({});
    assert.equal((await cli(['--init'], empty)).code, 0);
    assert.ok(fs.readFileSync(path.join(empty, '.proposallintrc.json'), 'utf8').includes('"extends": "recommended"'));
    const again = await cli(['--init'], empty);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /\.proposallintrc\.json already exists; not overwritten/);
    assert.equal((await cli(['--no-config', 'p.md'], empty)).code, 2, 'the starter itself must parse: a missing p.md is the only problem');
  });

  it('a baseline keeps old findings quiet (even when the paragraph moves) and fails on new ones', async () => {
    const original = '---\nproposal: true\n---\n\n# Investment\n\nIntro.\n\nThe lowest we can go is $38,000.\n';
    const dir = tree({ 'p.md': original });
    assert.equal((await cli(['--write-baseline', 'base.json', 'p.md'], dir)).code, 0);
    assert.equal((await cli(['--baseline', 'base.json', 'p.md'], dir)).code, 0);
    fs.writeFileSync(path.join(dir, 'p.md'), original.replace('Intro.\n\nThe lowest we can go is $38,000.\n', 'The lowest we can go is $38,000.\n\nA longer intro now.\n\nMore text.\n'));
    assert.equal((await cli(['--baseline', 'base.json', 'p.md'], dir)).code, 0, 'moved, still baselined');
    fs.appendFileSync(path.join(dir, 'p.md'), '\nOur walk-away point is $36,000.\n');
    const r = await cli(['--baseline', 'base.json', '--format', 'json', 'p.md'], dir);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId), ['exposed-batna']);
  });

  it('export writes the client copy and refuses a leaking one', async () => {
    const dir = tree({ 'ok.md': '---\nbatna: "below $40k"\n---\n\n# P\n\n<!-- internal -->\n\nFloor $40k.\n\n<!-- /internal -->\n\nHello.\n', 'leak.md': LEAK });
    assert.equal((await cli(['export', 'ok.md', '-o', 'ok.client.md'], dir)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'ok.client.md'), 'utf8'), '# P\n\nHello.\n');
    const r = await cli(['export', 'leak.md', '-o', 'leak.client.md'], dir);
    assert.equal(r.code, 1);
    // The refusal names the proposal's own line (7), not the copy's.
    assert.match(r.stderr, /leak\.md:7:1: not exported: "The lowest we can go is \$38,000\." would reveal your walk-away point/);
    assert.equal(fs.existsSync(path.join(dir, 'leak.client.md')), false);
  });
});
