import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import os from 'node:os';
import Ajv from 'ajv-draft-04';
import Ajv7 from 'ajv';
import { lint, RULES, type Finding } from '../src/index.js';
import { FORMATTERS, githubSummary, type FileResult } from '../src/cli/formatters/index.js';
import { cli } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const EN = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
const JA = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');

function results(): FileResult[] {
  return [
    { filePath: 'examples/draft-proposal-en.md', findings: lint(EN) },
    { filePath: 'proposals/見積 2027 & <final>.md', findings: lint(JA) },
    { filePath: 'clean.md', findings: [] },
  ];
}

/** Results as the CLI hands them to a formatter: with what its `prepare` took from each text. */
function prepared(name: string, files: Array<[string, string]>): FileResult[] {
  return files.map(([filePath, text]) => {
    const findings = lint(text);
    return { filePath, findings, prepared: FORMATTERS[name]!.prepare?.(text, findings) };
  });
}

// reviewdog's DiagnosticResult (proto/rdf/reviewdog.proto) as a JSON schema: positions are 1-based.
const position = { type: 'object', additionalProperties: false, required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } };
const range = { type: 'object', additionalProperties: false, required: ['start'], properties: { start: position, end: position } };
const RDJSON_SCHEMA = {
  type: 'object', additionalProperties: false, required: ['diagnostics'],
  properties: {
    source: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, url: { type: 'string' } } },
    severity: { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'] },
    diagnostics: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false, required: ['message', 'location'],
        properties: {
          message: { type: 'string', minLength: 1 },
          location: { type: 'object', additionalProperties: false, required: ['path'], properties: { path: { type: 'string', minLength: 1 }, range } },
          severity: { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'] },
          source: { type: 'object', required: ['name'] },
          code: { type: 'object', additionalProperties: false, required: ['value'], properties: { value: { type: 'string' }, url: { type: 'string' } } },
          suggestions: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['range', 'text'], properties: { range, text: { type: 'string' } } } },
          original_output: { type: 'string' },
        },
      },
    },
  },
};
// GitLab Code Quality (docs: ci/testing/code_quality, "Code Quality report format").
const GITLAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object', required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      type: { const: 'issue' },
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { type: 'string' } },
      location: {
        type: 'object', required: ['path', 'lines'],
        properties: { path: { type: 'string', minLength: 1 }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } } },
      },
    },
  },
};

interface RdPosition { line: number; column: number }
interface RdDiagnostic { message: string; location: { path: string; range: { start: RdPosition; end: RdPosition } }; severity: string; code: { value: string; url?: string }; suggestions?: Array<{ range: { start: RdPosition; end: RdPosition }; text: string }> }

/** A reviewdog position as a byte offset into the UTF-8 file, the way reviewdog reads it. */
function byteOffset(bytes: Buffer, p: RdPosition): number {
  let at = 0;
  for (let line = 1; line < p.line; line++) at = bytes.indexOf(0x0a, at) + 1;
  return at + p.column - 1;
}

/** The examples with one line moved down: a blank line after the title. */
const shifted = (text: string) => text.replace(/^(# [^\n]*\n)/m, '$1\n');

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

  it('rdjson: valid reviewdog DiagnosticResult, one diagnostic per finding', () => {
    const validate = new Ajv7({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false }).compile(RDJSON_SCHEMA);
    assert.equal(validate({ diagnostics: [{ message: 'x', location: { path: 'a.md', range: { start: { line: 0 } } } }] }), false, 'the schema rejects 0-based lines');
    const log = JSON.parse(FORMATTERS['rdjson']!(prepared('rdjson', [['examples/draft-proposal-en.md', EN], ['見積.md', JA]]), { color: false })) as { source: { name: string }; diagnostics: RdDiagnostic[] };
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.source.name, 'proposal-lint');
    assert.equal(log.diagnostics.length, lint(EN).length + lint(JA).length);
    const exposed = log.diagnostics.find((d) => d.code.value === 'exposed-batna' && d.location.path === 'examples/draft-proposal-en.md')!;
    assert.deepEqual(exposed.location.range, { start: { line: 52, column: 56 }, end: { line: 52, column: 76 } });
    assert.equal(exposed.severity, 'ERROR');
    assert.match(exposed.code.url!, /\/docs\/rules\/exposed-batna\.md$/);
  });

  it('rdjson: columns are UTF-8 bytes on Japanese text, and every range holds the flagged words', () => {
    const log = JSON.parse(FORMATTERS['rdjson']!(prepared('rdjson', [['見積.md', JA]]), { color: false })) as { diagnostics: RdDiagnostic[] };
    // Line 51 starts with 「本お見積りは、弊社として精一杯の金額です。」: 21 characters of 3 bytes each.
    const exposed = log.diagnostics.find((d) => d.code.value === 'exposed-batna')!;
    assert.deepEqual(exposed.location.range, { start: { line: 51, column: 21 * 3 + 1 }, end: { line: 51, column: 28 * 3 + 1 } });
    const finding = lint(JA).find((f) => f.ruleId === 'exposed-batna')!;
    assert.deepEqual([finding.column, finding.endColumn], [22, 29], 'the UTF-16 columns differ: the conversion is real');
    const bytes = Buffer.from(JA, 'utf8');
    const findings = lint(JA);
    log.diagnostics.forEach((d, i) => {
      const f = findings[i]!;
      const flagged = bytes.subarray(byteOffset(bytes, d.location.range.start), byteOffset(bytes, d.location.range.end)).toString('utf8');
      assert.equal(flagged, JA.slice(f.startOffset, f.endOffset), `${f.ruleId} at ${f.line}:${f.column}`);
    });
  });

  it('rdjson: suggestions are edits that, applied to the bytes, give what the quick fix gives', () => {
    const log = JSON.parse(FORMATTERS['rdjson']!(prepared('rdjson', [['見積.md', JA]]), { color: false })) as { diagnostics: RdDiagnostic[] };
    const findings = lint(JA);
    const bytes = Buffer.from(JA, 'utf8');
    let checked = 0;
    log.diagnostics.forEach((d, i) => {
      const f: Finding = findings[i]!;
      const picks = f.suggestions ?? [];
      assert.equal(d.suggestions?.length ?? 0, picks.length + (f.fix ? 1 : 0), `${f.ruleId}: one suggestion per fix`);
      picks.forEach((pick, k) => {
        // The quick fix, applied to the text (edits from the end).
        let expected = JA;
        for (const e of [...pick.edits].sort((a, b) => b.start - a.start)) expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);
        const s = d.suggestions![k]!;
        const got = Buffer.concat([bytes.subarray(0, byteOffset(bytes, s.range.start)), Buffer.from(s.text, 'utf8'), bytes.subarray(byteOffset(bytes, s.range.end))]).toString('utf8');
        assert.equal(got, expected, `${f.ruleId}: ${pick.desc}`);
        checked++;
      });
    });
    assert.ok(log.diagnostics.some((d) => d.code.value === 'exposed-batna' && d.suggestions!.length === 1), 'the two-edit fix of exposed-batna is one suggestion');
    assert.ok(checked >= 5, `${checked} suggestions checked`);
  });

  it('gitlab: a Code Quality report, fingerprints unique per finding and unchanged when lines move', () => {
    const validate = new Ajv7({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false }).compile(GITLAB_SCHEMA);
    const files: Array<[string, string]> = [['proposals/en.md', EN], ['proposals/見積.md', JA]];
    const report = JSON.parse(FORMATTERS['gitlab']!(prepared('gitlab', files), { color: false })) as Array<{ fingerprint: string; check_name: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(report.length, lint(EN).length + lint(JA).length);
    assert.equal(new Set(report.map((i) => i.fingerprint)).size, report.length, 'unique, also for the two findings on 「## 弊社について」');
    const exposed = report.find((i) => i.check_name === 'exposed-batna' && i.location.path === 'proposals/見積.md')!;
    assert.deepEqual([exposed.severity, exposed.location.lines.begin], ['major', 51]);

    const moved = JSON.parse(FORMATTERS['gitlab']!(prepared('gitlab', files.map(([p, t]) => [p, shifted(t)])), { color: false })) as typeof report;
    assert.equal(moved.find((i) => i.check_name === 'exposed-batna' && i.location.path === 'proposals/見積.md')!.location.lines.begin, 52, 'the line moved');
    assert.deepEqual(moved.map((i) => i.fingerprint), report.map((i) => i.fingerprint), 'the fingerprints did not');
    const renamed = JSON.parse(FORMATTERS['gitlab']!(prepared('gitlab', [['proposals/other.md', EN]]), { color: false })) as typeof report;
    assert.ok(renamed.every((i) => !report.some((j) => j.fingerprint === i.fingerprint)), 'another path, other fingerprints');
  });

  it('github: the job summary lists every finding, past the 10-per-type annotation limit, as inert Markdown', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-summary-'));
    try {
      const summary = path.join(dir, 'summary.md');
      fs.writeFileSync(summary, '# earlier step\n');
      const r = await cli(['--format', 'github', '--no-config', 'examples/draft-proposal-en.md', 'examples/draft-proposal-ja.md'], { env: { GITHUB_STEP_SUMMARY: summary } });
      assert.equal(r.code, 1);
      const total = lint(EN).length + lint(JA).length;
      assert.ok(total > 20, `${total} findings: more than GitHub annotates`);
      assert.equal(r.stdout.trim().split('\n').length, total);
      const md = fs.readFileSync(summary, 'utf8');
      assert.ok(md.startsWith('# earlier step\n## proposal-lint\n'), 'appended, not overwritten');
      const errors = [...lint(EN), ...lint(JA)].filter((f) => f.severity === 'error').length;
      assert.ok(md.includes(`${total} problems (${errors} error${errors === 1 ? '' : 's'}, ${total - errors} warnings) in 2 of 2 files.`), md.slice(0, 300));
      assert.equal(md.split('\n').filter((l) => /^\| \d+:\d+ \| (error|warning|info) \|/.test(l)).length, total);
      assert.ok(md.includes('| 51:22 | error |'), 'the Japanese exposed-batna row');
      // Without the variable, nothing is written anywhere.
      const plain = await cli(['--format', 'github', '--no-config', 'examples/draft-proposal-en.md'], { env: {} });
      assert.equal(plain.code, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('github: summary cells cannot break the table or inject HTML', () => {
    const f = { ...lint(EN)[0]!, message: 'a | b <img src=x> [link](http://x) `code`\nnext' };
    const md = githubSummary([{ filePath: 'a|<b>.md', findings: [f] }]);
    const row = md.split('\n').find((l) => l.startsWith('| 1:'))!;
    assert.equal(row.split('|').length, 6, row);
    assert.ok(!/[<>[\]`]/.test(row.replace(/&#\d+;/g, '')), row);
    assert.ok(md.includes('### a&#124;&#60;b&#62;.md'));
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

describe('formatters in pieces (the CLI writes each file as it comes)', () => {
  it('every format: the pieces joined, file by file, are the whole report, and nothing comes before the first file', () => {
    const all = prepared('rdjson', [['examples/draft-proposal-en.md', EN], ['見積.md', JA]]);
    for (const [name, formatter] of Object.entries(FORMATTERS)) {
      for (const set of [[], [{ filePath: 'clean.md', findings: [] }], results(), all]) {
        for (const color of [false, true]) {
          const stream = formatter.stream({ color });
          const pieces = set.map((r) => stream.file(r));
          const end = stream.end();
          const whole = formatter(set, { color });
          assert.equal((stream.head?.() ?? '') + pieces.join('') + end, whole, `${name}, ${set.length} files`);
          if (set.length > 0 && !stream.head) assert.ok(whole.startsWith(pieces[0]!), `${name}: the first piece opens the report`);
        }
      }
    }
    // What a report is, read back: JSON formats parse, with one entry per finding (or file).
    const findings = all.reduce((n, r) => n + r.findings.length, 0);
    assert.equal((JSON.parse(FORMATTERS['sarif']!(all, { color: false })) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length, findings);
    assert.equal((JSON.parse(FORMATTERS['json']!(all, { color: false })) as unknown[]).length, 2);
  });

  it('jsonReport prints what JSON.stringify(value, null, 2) prints, the array item by item, at any depth', async () => {
    const { ARRAY, jsonReport } = await import('../src/cli/formatters/types.js');
    const items: unknown[] = [{ a: 1, b: [1, { c: '見積\n"x"' }], d: [], e: {} }, 'text', 3, [[]], null, { nested: { deeper: [1, 2] } }];
    const shapes: Array<(array: unknown) => unknown> = [(a) => a, (a) => ({ x: 1, list: a, y: [2] }), (a) => ({ runs: [{ tool: { n: 'p' }, results: a }] }), (a) => [a, 1]];
    for (const shape of shapes) {
      for (let n = 0; n <= items.length; n++) {
        const report = jsonReport(shape(ARRAY));
        const streamedText = items.slice(0, n).map((v) => report.item(v)).join('') + report.end();
        assert.equal(streamedText, `${JSON.stringify(shape(items.slice(0, n)), null, 2)}\n`, `${JSON.stringify(shape('A'))} with ${n} items`);
      }
    }
  });

  it('github summary: cut at 1 MB with the count of what is left out; the tables it shows fit, one more would not', () => {
    const en = lint(EN);
    const ja = lint(JA);
    const many: FileResult[] = Array.from({ length: 300 }, (_, i) => ({ filePath: `p/${i}.md`, findings: i % 2 ? en : ja }));
    const tablesOf = (md: string) => md.split('\n').filter((l) => l.startsWith('### ')).length;
    const rowsOf = (md: string) => md.split('\n').filter((l) => /^\| \d+:\d+ \|/.test(l)).length;
    const cut = (md: string) => md.includes('more (the summary is limited to 1 MB');
    const md = githubSummary(many);
    const tables = tablesOf(md);
    assert.ok(tables > 10 && tables < 300, `${tables} tables`);
    assert.ok(Buffer.byteLength(md) <= 900_000, `${Buffer.byteLength(md)} bytes`);
    const all = many.reduce((k, r) => k + r.findings.length, 0);
    assert.ok(md.endsWith(`… and ${all - rowsOf(md)} more (the summary is limited to 1 MB; run proposal-lint locally for the full list).\n`), md.slice(-200));
    // Exactly at the limit: the files it shows fit whole, and one more file is cut.
    const fits = githubSummary(many.slice(0, tables));
    assert.ok(!cut(fits));
    assert.equal(tablesOf(fits), tables);
    const over = githubSummary(many.slice(0, tables + 1));
    assert.ok(cut(over));
    assert.equal(tablesOf(over), tables);
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
