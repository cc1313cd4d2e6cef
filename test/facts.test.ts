import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FACT_RULES, failingFacts, lint, RULES } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the fact checks (issue 15)', () => {
  it('are six rules that exist', () => {
    assert.deepEqual([...FACT_RULES], ['unfilled-placeholder', 'note-to-self', 'price-arithmetic', 'currency-and-tax', 'client-name-consistency', 'offer-validity']);
    for (const id of FACT_RULES) assert.ok(RULES.some((r) => r.meta.id === id), id);
  });

  it('the README lists them under "Facts", after the judgement rules', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:start'), readme.indexOf('<!-- rules:end -->'));
    const facts = table.slice(table.indexOf('| **Facts** |'));
    assert.ok(table.indexOf('| **Judgement** |') !== -1 && table.indexOf('| **Judgement** |') < table.indexOf('| **Facts** |'));
    for (const id of FACT_RULES) assert.ok(facts.includes(`[\`${id}\`]`), `${id} under Facts`);
    for (const r of RULES.filter((x) => !FACT_RULES.includes(x.meta.id))) assert.ok(!facts.includes(`[\`${r.meta.id}\`]`), `${r.meta.id} is not a fact`);
  });

  it('the demo examples show at least one finding of each', () => {
    const found = new Set<string>();
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter((x) => x.startsWith('draft-'))) {
      for (const x of lint(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'))) found.add(x.ruleId);
    }
    for (const id of FACT_RULES) assert.ok(found.has(id), `the examples show ${id}`);
  });

  it('failingFacts lists the failing fact checks in order, with a count and the first message (the status bar tooltip)', () => {
    const text = '---\nproposal: true\nclient: Kestrel\n---\n\n# Quotation for Kestrel\n\nValid until 2026-12-31.\n\n| Item | Fee |\n|---|---|\n| A | $1,000 |\n| B | $1,000 |\n| Total | $3,000 |\n\nCall [Client Name] today.\n\nAsk TBD.\n';
    const facts = failingFacts(lint(text));
    assert.deepEqual(facts.map((f) => [f.ruleId, f.count]), [['unfilled-placeholder', 2], ['price-arithmetic', 1]]);
    assert.equal(facts[1]!.first, 'This total says $3,000, but the figures above add up to $2,000. Correct the total.');
    assert.deepEqual(failingFacts([]), []);
  });
});
