import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { lint, RULES } from '../src/index.js';
import { FORMATTERS, type FileResult } from '../src/cli/formatters/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function results(): FileResult[] {
  const draft = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
  const ja = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
  return [
    { filePath: 'examples/draft-proposal-en.md', findings: lint(draft) },
    { filePath: 'proposals/見積 2027 & <final>.md', findings: lint(ja) },
    { filePath: 'clean.md', findings: [] },
  ];
}

describe('CI formatters', () => {
  it('sarif: valid SARIF 2.1.0 with rule metadata', () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false, 'the validator rejects an invalid log');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const log = JSON.parse(FORMATTERS['sarif']!(results(), { color: false })) as any;
    const valid: boolean = validate(log as object);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
    const driver = log.runs[0].tool.driver;
    for (const r of RULES) {
      const rule = driver.rules.find((x: { id: string }) => x.id === r.meta.id);
      assert.equal(rule.shortDescription.text, r.meta.description.en);
      assert.match(rule.helpUri, new RegExp(`/docs/rules/${r.meta.id}\\.md$`));
    }
    const first = log.runs[0].results[0];
    assert.equal(driver.rules[first.ruleIndex].id, first.ruleId);
    assert.equal(log.runs[0].results.length, results().reduce((n, r) => n + r.findings.length, 0));
    assert.ok(log.runs[0].results.some((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'proposals/%E8%A6%8B%E7%A9%8D%202027%20%26%20%3Cfinal%3E.md'));
  });

  it('github: one workflow annotation per finding, escaped', () => {
    const out = FORMATTERS['github']!(results(), { color: false });
    const lines = out.trim().split('\n');
    assert.equal(lines.length, results().reduce((n, r) => n + r.findings.length, 0));
    assert.match(lines[0]!, /^::(warning|error|notice) file=examples\/draft-proposal-en\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=proposal-lint\(missing-batna\)::No walk-away point/);
    assert.ok(lines.some((l) => l.startsWith('::error file=examples/draft-proposal-en.md,line=52,col=56,')));
  });

  it('junit: well-formed XML with a failure per finding', () => {
    const out = FORMATTERS['junit']!(results(), { color: false });
    const failures = results().reduce((n, r) => n + r.findings.length, 0);
    assert.match(out, new RegExp(`<testsuites name="proposal-lint" tests="${failures + 1}" failures="${failures}">`));
    assert.equal((out.match(/<failure /g) ?? []).length, failures);
    assert.ok(out.includes('name="proposals/見積 2027 &amp; &lt;final&gt;.md"'));
    assert.ok(out.includes('<testcase classname="clean.md" name="proposal-lint"/>'));
  });

  it('unix: one line per finding, and the contributed problem matcher reads it', () => {
    const out = FORMATTERS['unix']!(results(), { color: false });
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'proposal-lint-unix');
    const re = new RegExp(matcher.pattern.regexp);
    const lines = out.trim().split('\n');
    for (const line of lines) assert.match(line, re);
    const m = re.exec(lines.find((l) => l.includes('exposed-batna'))!)!;
    assert.deepEqual([m[1], m[2], m[3], m[5], m[6]], ['examples/draft-proposal-en.md', '52', '56', 'error', 'exposed-batna']);
  });

  it('the stylish problem matcher reads stylish output', () => {
    const out = FORMATTERS['stylish']!(results(), { color: false });
    const [file, row] = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'proposal-lint').pattern;
    const lines = out.split('\n');
    const header = lines.find((l) => new RegExp(file.regexp).test(l) && l.includes('draft-proposal-en.md'));
    assert.ok(header);
    const hit = lines.map((l) => new RegExp(row.regexp).exec(l)).find((m) => m && m[5] === 'exposed-batna');
    assert.deepEqual([hit![1], hit![2], hit![3]], ['52', '56', 'error']);
  });
});

describe('robustness', () => {
  it('a rule that throws becomes one internal-error finding; the others still report', async () => {
    const { runRules } = await import('../src/engine/runner.js');
    const { buildModel } = await import('../src/engine/model.js');
    const { defaultLexicon } = await import('../src/lexicon/index.js');
    const model = buildModel('# Investment\n\nThe lowest we can go is $38,000.\n');
    const broken = { meta: { ...RULES[0]!.meta, id: 'broken-rule' }, check() { throw new Error('boom'); } };
    const settings = new Map(RULES.map((r) => [r.meta.id, { severity: r.meta.severity, options: {} }]));
    settings.set('broken-rule', { severity: 'warning', options: {} });
    const findings = runRules(model, [broken, ...RULES], settings, { lexicon: defaultLexicon(), client: [] });
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.equal(internal[0]!.message, 'Rule broken-rule crashed (boom); other findings stand. Please report it.');
    assert.ok(findings.some((f) => f.ruleId === 'exposed-batna'));
  });

  it('the same input gives the same findings in the same order, every run', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
    const first = JSON.stringify(lint(text));
    for (let i = 0; i < 5; i++) assert.equal(JSON.stringify(lint(text)), first);
  });

  it('odd inputs: empty, only front matter, BOM, CRLF, CR, NUL, RTL and combining characters, a 100k-character line', () => {
    const inputs = ['', '---\n---', '\ufeff# Title\n', '# A\r\n\r\nThe lowest we can go is $1.\r\n', '# A\r\rText\r', 'a\u0000b', 'مرحبا بكم 👋🏽 e\u0301', 'x'.repeat(100_000), '---\nbatna: [\n---\n# x'];
    for (const text of inputs) {
      const findings = lint(text);
      for (const f of findings) {
        assert.ok(f.startOffset >= 0 && f.endOffset <= text.length && f.startOffset <= f.endOffset, `${JSON.stringify(text.slice(0, 20))}: range inside the text`);
      }
    }
    const crlf = lint('# A\r\n\r\nThe lowest we can go is $1.\r\n').find((f) => f.ruleId === 'exposed-batna')!;
    assert.deepEqual([crlf.line, crlf.column], [3, 1]);
  });
});
