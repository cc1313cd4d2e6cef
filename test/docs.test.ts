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
  it('package.nls*.json describe every rule in the proposalLint.rules setting by its meta.description', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const properties = pkg.contributes.configuration.properties['proposalLint.rules'].properties as Record<string, { markdownDescription: string }>;
    assert.deepEqual(Object.keys(properties), RULES.map((r) => r.meta.id));
    for (const [file, lang] of [['package.nls.json', 'en'], ['package.nls.ja.json', 'ja']] as const) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
      for (const r of RULES) {
        assert.equal(properties[r.meta.id]!.markdownDescription, `%rule.${r.meta.id}%`);
        assert.equal(nls[`rule.${r.meta.id}`], r.meta.description[lang], `${file}: rule.${r.meta.id}`);
      }
      assert.deepEqual(Object.keys(nls).filter((k) => k.startsWith('rule.')), RULES.map((r) => `rule.${r.meta.id}`), `${file}: no stale rule entries`);
    }
  });
  it('no stale rule pages', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).sort();
    assert.deepEqual(pages, RULES.map((r) => `${r.meta.id}.md`).sort());
  });
});
