/**
 * The config schema validates what the README, `--init` and the presets write, in the
 * dialect it declares (draft-07, as VS Code reads it), and rejects what the loader rejects.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { PRESETS, RULES, preset } from '../src/index.js';
import { STARTER } from '../src/cli/config.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/proposallintrc.schema.json'), 'utf8')) as { $schema: string };

describe('the config schema (draft-07)', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  const ok = (config: unknown) => {
    const valid = validate(config);
    assert.ok(valid, JSON.stringify(validate.errors));
  };

  it('declares draft-07 and uses no 2020-12 keywords', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.doesNotMatch(JSON.stringify(schema), /prefixItems|\$defs|unevaluated/);
  });
  it('accepts the --init starter', () => ok(parse(STARTER)));
  it('accepts the README example', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'the README has a jsonc example');
    ok(parse(block!));
  });
  it('accepts every preset and the [severity, options] form', () => {
    for (const name of PRESETS) ok(preset(name, RULES));
    ok({ rules: { 'seller-centric': ['warning', { ratio: 3, minSeller: 15 }], 'missing-batna': ['error'] } });
  });
  it('rejects an unknown option, a bad severity and extra tuple items', () => {
    for (const bad of [
      { rules: { 'seller-centric': ['warning', { ratioo: 3 }] } },
      { rules: { 'seller-centric': 'loud' } },
      { rules: { 'missing-batna': ['warning', {}, 'x'] } },
    ]) assert.equal(validate(bad), false, JSON.stringify(bad));
  });
});
