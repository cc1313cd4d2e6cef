import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

describe('architecture', () => {
  it('nothing under src/engine, src/rules or src/lexicon imports vscode', () => {
    const offenders: string[] = [];
    for (const dir of ['src/engine', 'src/rules', 'src/lexicon']) {
      for (const f of files(path.join(ROOT, dir))) {
        const text = fs.readFileSync(f, 'utf8');
        if (/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]vscode['"]/.test(text)) offenders.push(path.relative(ROOT, f));
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the engine and lexicon use no Node-only modules (they run in the browser too)', () => {
    const offenders: string[] = [];
    for (const dir of ['src/engine', 'src/rules', 'src/lexicon']) {
      for (const f of files(path.join(ROOT, dir))) {
        if (/from\s+['"](?:node:|fs|path|os|child_process)['"]/.test(fs.readFileSync(f, 'utf8'))) offenders.push(path.relative(ROOT, f));
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('one file per rule, named after its id, in the registry order', () => {
    const onDisk = fs.readdirSync(path.join(ROOT, 'src/rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    assert.deepEqual(onDisk, RULES.map((r) => r.meta.id).sort());
  });

  it('rules do not hard-code vocabulary: no string literals of lexicon words in rule checks', () => {
    for (const r of RULES) {
      const src = fs.readFileSync(path.join(ROOT, 'src/rules', `${r.meta.id}.ts`), 'utf8');
      const check = src.slice(src.indexOf('check('));
      assert.doesNotMatch(check, /new RegExp\(|\/\\b\w+\\b\//, `${r.meta.id} builds word patterns in code`);
    }
  });
});
