import assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import { NEW_CONFIG, isInside, planTeach } from '../src/vscode/teach.js';

const written = (plan: ReturnType<typeof planTeach>): unknown => {
  assert.equal(plan.kind, 'write');
  return parse((plan as { text: string }).text, [], { allowTrailingComma: true });
};

describe('teach a team phrase: the config edit (no VS Code)', () => {
  it('creates the lexicon list in a new file, and appends to an existing one keeping comments', () => {
    assert.deepEqual(written(planTeach(undefined, 'addon', 'en', 'Insight Pack')), { extends: 'recommended', lexicon: { addon: { en: ['Insight Pack'] } } });
    const existing = '{\n  // team words\n  "lexicon": { "addon": { "en": ["Care Plan"], "ja": ["保守"] } },\n}\n';
    const plan = planTeach(existing, 'addon', 'en', 'Insight Pack');
    assert.match((plan as { text: string }).text, /\/\/ team words/);
    assert.deepEqual(written(plan), { lexicon: { addon: { en: ['Care Plan', 'Insight Pack'], ja: ['保守'] } } });
    assert.ok(NEW_CONFIG.includes('recommended'));
  });

  it('a phrase already there changes nothing', () => {
    assert.deepEqual(planTeach('{ "lexicon": { "addon": { "en": ["Insight Pack"] } } }', 'addon', 'en', 'Insight Pack'), { kind: 'present' });
  });

  it('refuses a file that does not parse, saying where', () => {
    const plan = planTeach('{\n  "rules": { "exposed-batna": "off" \n  "lexicon": {}\n}\n', 'addon', 'en', 'X');
    assert.equal(plan.kind, 'unparsable');
    assert.deepEqual([(plan as { line: number }).line > 1, (plan as { error: string }).error], [true, 'CommaExpected']);
  });

  it('refuses a lexicon, concept or list of the wrong shape instead of overwriting it', () => {
    assert.deepEqual(planTeach('[]', 'addon', 'en', 'X'), { kind: 'malformed', at: '(the file)', expected: 'object' });
    assert.deepEqual(planTeach('{ "lexicon": ["Insight Pack"] }', 'addon', 'en', 'X'), { kind: 'malformed', at: 'lexicon', expected: 'object' });
    assert.deepEqual(planTeach('{ "lexicon": { "addon": "Insight Pack" } }', 'addon', 'en', 'X'), { kind: 'malformed', at: 'lexicon.addon', expected: 'object' });
    assert.deepEqual(planTeach('{ "lexicon": { "addon": { "en": "Insight Pack" } } }', 'addon', 'en', 'X'), { kind: 'malformed', at: 'lexicon.addon.en', expected: 'list of strings' });
    assert.deepEqual(planTeach('{ "lexicon": { "addon": { "en": ["ok", 3] } } }', 'addon', 'en', 'X'), { kind: 'malformed', at: 'lexicon.addon.en', expected: 'list of strings' });
  });

  it('inside the workspace: the root itself or below it, not a sibling with the same prefix', () => {
    assert.ok(isInside('/work/ws/.proposallintrc.json', '/work/ws'));
    assert.ok(isInside('/work/ws/a/b.json', '/work/ws/'));
    assert.ok(!isInside('/work/ws-other/.proposallintrc.json', '/work/ws'));
    assert.ok(!isInside('/etc/passwd', '/work/ws'));
  });
});
