/**
 * The GitHub Action (action.yml) run locally the way the runner runs a composite action: each
 * `run` step's script in bash with the step's `env` (inputs substituted) and the GITHUB_*
 * variables of a job. `uses` steps (actions/setup-node) are the runner's; Node is here already.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { lint, RULES } from '../../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Array<{ uses?: string; run?: string; shell?: string; env?: Record<string, string> }> };
};
const EN = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-en.md'), 'utf8');
const JA = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
/** A proposal with warnings only (the drafts also carry errors: the walk-away point said aloud, the fact checks). */
const WARNINGS_ONLY = '---\nproposal: true\n---\n\n# Proposal for Acme\n\n## Investment\n\nThe programme costs $48,000.\n';
/** The rules at error severity: turned off, a draft has warnings only. */
const ERROR_RULES = RULES.filter((r) => r.meta.severity === 'error').map((r) => r.meta.id);

function runAction(workspace: string, inputs: Record<string, string> = {}) {
  const values = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]));
  const summary = path.join(workspace, '..', 'step-summary.md');
  fs.writeFileSync(summary, '');
  let out = { code: 0, stdout: '', stderr: '' };
  for (const step of action.runs.steps) {
    if (step.uses) continue;
    assert.equal(step.shell, 'bash');
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) {
      env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
        assert.ok(name in values, `step env uses an input action.yml does not declare: ${name}`);
        return values[name]!;
      });
    }
    const r = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env['PATH']!, HOME: os.homedir(), GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, ...env },
    });
    out = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    if (out.code !== 0) break;
  }
  return { ...out, summary: fs.readFileSync(summary, 'utf8') };
}

describe('GitHub Action (action.yml, run locally)', function () {
  this.timeout(20_000);
  let base: string;
  let ws: string;
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-action-'));
    ws = path.join(base, 'repo');
    fs.mkdirSync(path.join(ws, 'proposals'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'docs'));
    fs.writeFileSync(path.join(ws, 'proposals', 'kestrel.md'), EN);
    fs.writeFileSync(path.join(ws, 'proposals', '見積 2027.md'), JA);
    fs.writeFileSync(path.join(ws, 'docs', 'notes.md'), '# Notes\n\nNot a proposal.\n');
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('is a composite action: Node set up, then one bash step with the three inputs', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['config', 'fail-on-warnings', 'paths']);
    assert.deepEqual(action.runs.steps.filter((s) => s.uses).map((s) => s.uses), ['actions/setup-node@v4']);
  });

  it('annotates the proposals with --format github and writes the job summary; exit 1 on errors', () => {
    const r = runAction(ws);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=proposals\//.test(l)), r.stdout.slice(0, 400));
    assert.ok(lines.some((l) => l.startsWith('::error file=proposals/kestrel.md,line=52,col=56,')));
    assert.ok(lines.some((l) => l.startsWith('::error file=proposals/見積 2027.md,line=51,col=22,')));
    assert.ok(!r.stdout.includes('docs/notes.md'), 'not a proposal: left alone');
    const errors = [EN, JA].flatMap((t) => lint(t)).filter((f) => f.severity === 'error').length;
    assert.match(r.summary, new RegExp(`^## proposal-lint\\n\\n\\d+ problems \\(${errors} errors, \\d+ warnings\\) in 2 of 2 files\\.`));
    assert.ok(r.summary.includes('### proposals/kestrel.md') && r.summary.includes('### proposals/見積 2027.md'));
  });

  it('paths: one per line, spaces inside a name kept', () => {
    const r = runAction(ws, { paths: '  proposals/見積 2027.md  \n\n' });
    assert.equal(r.code, 1);
    assert.ok(r.stdout.split('\n').filter(Boolean).every((l) => l.includes('file=proposals/見積 2027.md,')), r.stdout.slice(0, 300));
  });

  it('fail-on-warnings: warnings pass by default and fail with "true"', () => {
    fs.writeFileSync(path.join(ws, 'proposals', 'kestrel.md'), WARNINGS_ONLY);
    const off = runAction(ws, { paths: 'proposals/kestrel.md' });
    assert.equal(off.code, 0, off.stderr);
    assert.match(off.stdout, /^::warning /);
    const on = runAction(ws, { paths: 'proposals/kestrel.md', 'fail-on-warnings': 'true' });
    assert.equal(on.code, 1);
    assert.match(on.stderr, /too many warnings \(\d+; at most 0 allowed\)/);
  });

  it('config: the named file applies (a rule turned off there)', () => {
    fs.writeFileSync(path.join(ws, 'strict.json'), JSON.stringify({ rules: Object.fromEntries(ERROR_RULES.map((id) => [id, 'off'])) }));
    assert.equal(runAction(ws, { paths: 'proposals/kestrel.md' }).code, 1);
    const r = runAction(ws, { paths: 'proposals/kestrel.md', config: 'strict.json' });
    assert.equal(r.code, 0, r.stdout.slice(0, 300));
    assert.ok(!r.stdout.includes('exposed-batna'));
  });

  it('bad input: one line and exit 2, never a stack trace', () => {
    const bad = runAction(ws, { 'fail-on-warnings': 'yes' });
    assert.deepEqual([bad.code, bad.stderr], [2, 'proposal-lint action: fail-on-warnings must be true or false (got "yes")\n']);
    const missing = runAction(ws, { config: 'nope.json' });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
    assert.match(missing.stderr, /^proposal-lint: .*nope\.json/);
    const gone = runAction(ws, { paths: 'proposals/missing.md' });
    assert.equal(gone.code, 2);
    assert.match(gone.stderr, /^proposal-lint: proposals\/missing\.md: /);
  });
});
