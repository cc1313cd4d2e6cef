import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { expectedDocs } from '../scripts/docs.js';
import { RULES } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('generated docs', () => {
  for (const [file, content] of expectedDocs()) {
    it(`${file} is up to date (run npm run docs)`, () => {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), content);
    });
  }
  it('no stale rule pages', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).sort();
    assert.deepEqual(pages, RULES.map((r) => `${r.meta.id}.md`).sort());
  });
});
