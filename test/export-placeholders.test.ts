/**
 * The client copy refuses while a template placeholder would reach the client ([Client Name],
 * ○○, TBD, 03-xxxx…), one problem per line at the proposal's own line, through the application
 * layer and the CLI; what is no placeholder (inline code, code, links, internal notes) exports.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportClient } from '../src/app/export.js';
import { run } from '../src/cli/main.js';

interface Case { name: string; text: string; refuse?: number[]; keep?: string[] }

const CASES: Case[] = [
  { name: '[Client Name] in the title', text: '# Proposal for [Client Name]\n\nHello.\n', refuse: [1] },
  { name: 'two on one line give one problem', text: '# P\n\nWe fill [X]% of roles for {{client}}.\n', refuse: [3] },
  { name: 'TBD in a table', text: '# P\n\n| Item | Fee |\n|---|---|\n| Setup | TBD |\n', refuse: [5] },
  { name: '○○様', text: '# ご提案\n\n○○様の課題は次のとおりです。\n', refuse: [3] },
  { name: 'a phone number written 03-xxxx', text: '# ご提案\n\nTEL 03-5xxx-2210\n', refuse: [3] },
  { name: 'in a block quote', text: '# P\n\n> "We saved [X] hours a month."\n', refuse: [3] },
  { name: 'in internal notes it is not sent', text: '# P\n\nHello.\n\n<!-- internal -->\nTODO: ask [Client Name] for the budget.\n<!-- /internal -->\n', keep: ['Hello.'] },
  { name: 'inline code, code blocks and links are no placeholders', text: '# P\n\nRun `{{name}}` and see [the case study](https://example.com/x).\n\n```\n[Client Name]\n```\n', keep: ['`{{name}}`', '[the case study]'] },
  { name: 'a contract is left alone', text: '---\nkind: contract\n---\n\n# Master Services Terms\n\nSigned by [Client Name].\n', keep: ['[Client Name]'] },
];

function check(c: Case, copy: string | undefined, problems: Array<{ line: number; kind?: string }> | undefined): void {
  if (c.refuse) {
    assert.ok(problems, `${c.name}: expected a refusal, got a copy:\n${copy}`);
    assert.deepEqual(problems.map((p) => p.line), c.refuse, `${c.name}: ${JSON.stringify(problems)}`);
    return;
  }
  assert.ok(copy !== undefined, `${c.name}: refused: ${JSON.stringify(problems)}`);
  for (const k of c.keep ?? []) assert.ok(copy.includes(k), `${c.name}: the copy lost "${k}"`);
}

describe('the client copy refuses template placeholders (application layer)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = exportClient(c.text);
      check(c, r.ok ? r.copy : undefined, r.ok ? undefined : r.problems);
      if (!r.ok) for (const p of r.problems) assert.equal(p.kind, 'placeholder');
    });
  }
  it('says what and what to do, in the proposal\'s language', () => {
    const en = exportClient('# Proposal for [Client Name]\n\nHello.\n');
    assert.ok(!en.ok);
    assert.equal(en.problems[0]!.message, 'placeholder "[Client Name]" would reach the client; fill it in or delete it');
    assert.equal(en.problems[0]!.column, 16);
    const ja = exportClient('# ご提案\n\n○○様の課題は次のとおりです。\n');
    assert.ok(!ja.ok);
    assert.equal(ja.problems[0]!.message, '未記入の「○○」が顧客に渡ります。記入するか削除してください。');
  });
});

describe('the client copy refuses template placeholders (CLI export)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-placeholders-'));
    fs.mkdirSync(path.join(dir, '.git'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  CASES.forEach((c, i) => {
    it(c.name, async () => {
      const sub = path.join(dir, String(i));
      fs.mkdirSync(sub);
      fs.writeFileSync(path.join(sub, 'p.md'), c.text);
      const err: string[] = [];
      const code = await run(['export', 'p.md', '-o', 'p.client.md'], { stdout: () => {}, stderr: (t: string) => void err.push(t), readStdin: async () => '', cwd: sub, color: false });
      const problems = err.join('').split('\n').map((l) => /^p\.md:(\d+):\d+: (?:not exported|書き出しません)/.exec(l)).filter((m) => m).map((m) => ({ line: Number(m![1]) }));
      if (code === 0) check(c, fs.readFileSync(path.join(sub, 'p.client.md'), 'utf8'), undefined);
      else {
        assert.equal(code, 1, err.join(''));
        check(c, undefined, problems);
      }
    });
  });
});
