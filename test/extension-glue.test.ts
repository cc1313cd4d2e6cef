import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lint, RULES, allSnippets, frontMatterSnippets, snippetToText, placeSnippet, buildModel, applyEdits, readiness, defaultLexicon, normalizeSettings } from '../src/index.js';
import { toDiagnosticData } from '../src/vscode/mapping.js';
import { Overrides } from '../src/vscode/state.js';
import { only } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// The extension's sources: extension.ts wires the features in src/vscode/ and src/vscode/commands/.
const extensionSource = fs.readdirSync(path.join(ROOT, 'src/vscode'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts')).sort().map((f) => fs.readFileSync(path.join(ROOT, 'src/vscode', f), 'utf8')).join('\n');

describe('extension glue (no editor needed)', () => {
  it('maps a finding to a 0-based diagnostic range with source, code and severity', () => {
    const [f] = lint('# Investment\n\nThe lowest we can go is $38,000.\n', only('exposed-batna'));
    const d = toDiagnosticData(f!);
    assert.deepEqual(d.range, { startLine: 2, startCharacter: 0, endLine: 2, endCharacter: 20 });
    assert.equal(d.severity, 'error');
    assert.equal(d.source, 'proposal-lint');
    assert.equal(d.code, 'exposed-batna');
  });

  it('puts document-level findings on the first heading line, never over the whole document', () => {
    const text = '---\nclient: Acme\n---\n\n# Proposal for Acme\n\nBody.\n\n## More\n\nText.\n';
    for (const f of lint(text).filter((x) => x.documentLevel)) {
      const d = toDiagnosticData(f);
      assert.equal(d.range.startLine, d.range.endLine, `${f.ruleId} spans lines`);
      assert.ok([0, 4].includes(d.range.startLine), `${f.ruleId} at line ${d.range.startLine}`);
    }
  });

  it('remembers per-workspace overrides', async () => {
    const store = new Map<string, unknown>();
    const o = new Overrides({ get: <T>(k: string, d: T) => (store.has(k) ? (store.get(k) as T) : d), update: async (k, v) => void store.set(k, v) });
    assert.equal(o.get('file:///a.md'), undefined);
    await o.set('file:///a.md', true);
    assert.equal(o.get('file:///a.md'), true);
    await o.set('file:///a.md', false);
    assert.equal(o.get('file:///a.md'), false);
    // Untitled names are reused: their choice lasts only while the document is open.
    await o.set('untitled:Untitled-1', false);
    assert.equal(o.get('untitled:Untitled-1'), false);
    o.closed('untitled:Untitled-1');
    assert.equal(o.get('untitled:Untitled-1'), undefined);
    assert.equal(store.has('proposalLint.stopped') && (store.get('proposalLint.stopped') as string[]).includes('untitled:Untitled-1'), false);
  });

  it('validates editor settings and reports what is wrong', () => {
    const ids = RULES.map((r) => r.meta.id);
    const { settings, problems } = normalizeSettings({ run: 'sometimes', rules: { 'missing-batna': 'off', nope: 'error', 'exposed-batna': 'loud' }, include: 'x' }, ids);
    assert.equal(settings.run, 'onType');
    assert.deepEqual(settings.rules, { 'missing-batna': 'off' });
    assert.deepEqual(problems, [
      'proposalLint.include must be a list of glob strings',
      'proposalLint.run must be "onType" or "onSave"',
      `proposalLint.rules: unknown rule "nope" (known: ${ids.join(', ')})`,
      'proposalLint.rules.exposed-batna must be one of off, info, warning, error',
    ]);
  });
});

describe('manifest and snippets', () => {
  it('every contributed command is registered in the code, and vice versa', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(registered, contributed);
  });

  it('the rules setting lists exactly the rules', () => {
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['proposalLint.rules'].properties).sort(), RULES.map((r) => r.meta.id).sort());
  });

  it('every %key% in the manifest has an English and a Japanese text', () => {
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const ja = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ja.json'), 'utf8'));
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(ja[k], `package.nls.ja.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  });

  it('every runtime UI string has a Japanese translation', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ja.json'), 'utf8'));
    // vscode.l10n.t follows the UI language; docT the document's (quick-fix titles): both need the translation.
    const used = [...extensionSource.matchAll(/(?:l10n\.t\(|docT\([\w.]+, )'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"));
    assert.ok(used.includes('Disable {0} for this line'), 'the docT titles are scanned');
    assert.ok(used.length > 10);
    for (const s of used) assert.ok(bundle[s], `missing ja translation: ${s}`);
  });

  it('snippet files are valid, with unique prefixes and the same set in both languages', () => {
    const en = allSnippets().filter((s) => s.lang === 'en').map((s) => s.prefix);
    const ja = allSnippets().filter((s) => s.lang === 'ja').map((s) => s.prefix);
    assert.equal(new Set(en).size, en.length);
    assert.equal(new Set(ja).size, ja.length);
    assert.deepEqual(ja.map((p) => p.replace(/-ja$/, '')).sort(), [...en].sort());
    for (const p of ja) assert.match(p, /-ja$/);
    const required = ['addon-report', 'addon-survey', 'addon-consulting', 'addon-training', 'addon-phased-payment', 'addon-deferred-payment',
      'safeguard-good-faith', 'safeguard-scope-change', 'safeguard-payment-schedule', 'safeguard-termination', 'safeguard-confidentiality',
      'prop-internal-plan', 'prop-credibility', 'prop-value-add', 'prop-next-steps', 'prop-skeleton'];
    for (const r of required) assert.ok(en.includes(r), `missing snippet ${r}`);
    // The walk-away point goes into the front matter: a completion there, never a snippet at the cursor (issue 14).
    assert.deepEqual(frontMatterSnippets().map((s) => s.prefix), ['prop-batna', 'prop-batna-ja']);
    assert.ok(!en.includes('prop-batna') && !ja.includes('prop-batna-ja'));
    assert.deepEqual(pkg.contributes.snippets.map((s: { path: string }) => s.path), ['./snippets/markdown.en.json', './snippets/markdown.ja.json']);
    for (const s of allSnippets()) {
      assert.ok(s.description.length > 10, `${s.prefix} needs a description`);
      assert.match(s.body.join('\n'), /\$\{?\d/, `${s.prefix} has no tab stop`);
    }
  });

  // Issue 14: an untouched prop-skeleton scored zero findings and 6/6. Its sample text is
  // marked ([e.g. …], 【例：…】, <…> in the front matter) until the user replaces it.
  const fillIn = (text: string) => text
    .replace(/\[e\.g\. ([^\]]*)\]/g, '$1')
    .replace(/【例：([^】]*)】/g, '$1')
    .replace(/^batna: .*$/m, 'batna: "Decline below 90% of the quoted fee; our best alternative is the Contoso project"')
    .replace(/^撤退ライン: .*$/m, '撤退ライン: "見積額の90％を下回る場合は辞退。代替案は次の案件に要員を回すこと"')
    .replace(/^client: .*$/m, 'client: "Northwind"');
  it('the whole-proposal snippet, untouched, is not done: its sample text is unfilled and readiness is 0/6', () => {
    for (const lang of ['en', 'ja'] as const) {
      const s = allSnippets().find((x) => x.prefix === (lang === 'ja' ? 'prop-skeleton-ja' : 'prop-skeleton'))!;
      const text = snippetToText(s.body.join('\n'));
      const findings = lint(text);
      assert.ok(findings.filter((f) => f.ruleId === 'unfilled-placeholder').length >= 30, lang);
      assert.ok(findings.some((f) => f.ruleId === 'missing-batna' && f.messageId === 'placeholder'), lang);
      assert.deepEqual(readiness(buildModel(text), findings, defaultLexicon()).covered, [], lang);
    }
  });

  it('the whole-proposal snippet lints clean and scores 6/6 once its sample text is replaced', () => {
    for (const lang of ['en', 'ja'] as const) {
      const s = allSnippets().find((x) => x.prefix === (lang === 'ja' ? 'prop-skeleton-ja' : 'prop-skeleton'))!;
      const text = fillIn(snippetToText(s.body.join('\n')));
      const findings = lint(text);
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}/${f.messageId}`), [], lang);
      assert.deepEqual(readiness(buildModel(text), findings, defaultLexicon()).missing, [], lang);
    }
  });

  it('every sample in the client-facing snippets is marked, and each marked snippet is reported as unfilled', () => {
    const base = { en: '---\nproposal: true\n---\n\n# Proposal\n\n', ja: '---\nproposal: true\nlang: ja\n---\n\n# ご提案\n\n' };
    for (const s of allSnippets()) {
      const plain = s.prefix.replace(/-ja$/, '');
      // Contract clauses keep standard wording with default terms; the rest is sample text.
      if (plain.startsWith('safeguard-') || plain === 'prop-agreement' || plain === 'prop-internal-plan' || plain === 'prop-skeleton') continue;
      const text = base[s.lang] + snippetToText(s.body.join('\n'));
      assert.ok(lint(text).some((f) => f.ruleId === 'unfilled-placeholder'), `${s.prefix}: its sample text counts as filled in`);
      // No sample value without its marker: each tab stop's default either is marked or holds marked ones.
      for (const m of s.body.join('\n').matchAll(/\$\{\d+:((?:\\.|[^$\\{}])*)\}/g)) {
        assert.match(m[1]!, /^(?:\[e\.g\. [^\]]+\]|【例：[^】]+】|<[^>]+>)$/u, `${s.prefix}: "${m[1]}" is not marked as sample text`);
      }
    }
  });

  it('each section snippet, inserted where it belongs, parses to a section of its role', () => {
    const base = '---\nproposal: true\n---\n\n# Proposal\n\nIntro.\n\n## Your situation\n\nText.\n\n## Investment\n\n$5,000.\n\n## Next steps\n\nCall.\n';
    const roles: Record<string, string> = { 'prop-credibility': 'credibility', 'prop-value-add': 'value-add', 'prop-client-position': 'client-position', 'prop-agreement': 'agreement', 'prop-next-steps': 'next-steps' };
    for (const lang of ['en', 'ja'] as const) {
      for (const [prefix, role] of Object.entries(roles)) {
        const model = buildModel(base);
        const ins = placeSnippet(model, prefix, lang);
        const after = applyEdits(base, [ins.edit]);
        const added = buildModel(after).sections.filter((s) => s.role === role).length - model.sections.filter((s) => s.role === role).length;
        assert.equal(added, 1, `${prefix} (${lang}) should add one ${role} section:\n${after}`);
        assert.ok(after.startsWith(base.slice(0, ins.edit.start)) && after.endsWith(base.slice(ins.edit.start)), 'nothing of the user text is lost');
      }
    }
  });

  it('readiness counts the six foundations', () => {
    const strong = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    const m = buildModel(strong);
    assert.deepEqual(readiness(m, lint(strong), defaultLexicon()).missing, []);
    const bare = '# Proposal\n\nWe propose a programme.\n';
    assert.equal(readiness(buildModel(bare), lint(bare), defaultLexicon()).covered.length, 0);
  });

  it('readiness reads the same facts as the rules (issue 14): no ✓ while its rule warns', () => {
    const strong = fs.readFileSync(path.join(ROOT, 'examples/strong-proposal-en.md'), 'utf8');
    const check = (text: string) => {
      const findings = lint(text);
      return { missing: readiness(buildModel(text), findings, defaultLexicon()).missing, rules: new Set(findings.map((f) => f.ruleId)) };
    };
    // Terms without termination and good-faith review: the agreement foundation is missing.
    const terms = strong.replace(/(^## [^\n]*(?:Agreement|Terms)[^\n]*\n)[\s\S]*?(?=^## )/m, '$1\nPayment schedule: 30% on signature, 70% on completion.\n\n');
    assert.notEqual(terms, strong);
    const t = check(terms);
    assert.ok(t.rules.has('missing-agreement-safeguards'));
    assert.deepEqual(t.missing, ['agreement']);
    // A superlative in the credibility statement: presentation is missing.
    const superlative = strong.replace(/^## Why us\n\n/m, '## Why us\n\nWe are the world-class leader. ');
    assert.notEqual(superlative, strong);
    const s = check(superlative);
    assert.ok(s.rules.has('weak-credibility-statement'));
    assert.deepEqual(s.missing, ['presentation']);
  });
});

describe('bundles', () => {
  const dist = (f: string) => path.join(ROOT, 'dist', f);
  it('the web extension bundle loads nothing but vscode (no Node modules)', () => {
    const web = fs.readFileSync(dist('web/extension.js'), 'utf8');
    const required = [...web.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
  });
  // 700 KB until the five fact rules and the hover shared with the language server (issues 15, 16);
  // the bundles leave out the rules' meta.examples (esbuild.js), which only the docs and tests read.
  // 740 KB until the judgement work of 2026-12-01 (evening): more lexicon phrases, the writer's
  // notes in <details> and block quotes, bare-figure price tables (about 19 KB).
  // 780 KB until the judgement work of 2026-12-02 (fourth session): the document kinds, the pointers to
  // terms kept elsewhere and the price-table readings of rounds 23 and 24 (the bundle reached 800 KB).
  it('the Node extension bundle keeps vscode external and stays under 820 KB', () => {
    const node = fs.readFileSync(dist('extension.cjs'), 'utf8');
    assert.match(node, /require\("vscode"\)/);
    assert.ok(node.length < 820 * 1024, `${node.length} bytes`);
    assert.doesNotMatch(node, /A price framed by its return/, 'rule examples are left out of the bundle');
  });
  it('the manifest points at the bundles it ships', () => {
    assert.equal(pkg.main, './dist/extension.cjs');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.ok(fs.existsSync(dist('extension.cjs')) && fs.existsSync(dist('web/extension.js')));
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown']);
    assert.deepEqual(pkg.categories, ['Linters', 'Snippets']);
  });
  it('the package holds the bundles, the worker, snippets, rule pages and schema, and no pictures, maps or sources', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map((l) => l.trim()).sort();
    for (const f of ['dist/extension.cjs', 'dist/web/extension.js', 'dist/lint-worker.cjs', 'snippets/markdown.en.json', 'snippets/markdown.ja.json', 'docs/rules/missing-batna.md', 'schemas/proposallintrc.schema.json', 'package.json', 'README.md']) {
      assert.ok(files.includes(f), `${f} is packaged`);
    }
    assert.deepEqual(files.filter((f) => /^docs\/images\/|\.map$|^src\/|^test\/|^scripts\//.test(f)), []);
  });
});

describe('what the editor skips (binary content, empty files)', () => {
  it('says why, as the CLI does for bytes', async () => {
    const { skipReason } = await import('../src/index.js');
    assert.equal(skipReason(''), 'empty');
    assert.equal(skipReason(' \n\t\n'), 'empty');
    assert.equal(skipReason('# A\n\u0000'), 'binary');
    assert.equal(skipReason(`${'a'.repeat(8192)}\u0000`), undefined, 'a NUL past the first 8 KB is not binary');
    assert.equal(skipReason('# Proposal\n'), undefined);
  });
});

describe('warm-up (the extension compiles on the host in slices)', () => {
  it('has a slice per concept and per rule, and none throws', async () => {
    const { warmUpSteps, RULES, CONCEPTS, lint } = await import('../src/index.js');
    const steps = warmUpSteps();
    assert.ok(steps.length > CONCEPTS.length + RULES.length + 8, `${steps.length} slices`);
    for (const step of steps) assert.doesNotThrow(step);
    const text = '# Investment\n\nThe lowest we can go is $38,000.\n';
    assert.ok(lint(text).some((f) => f.ruleId === 'exposed-batna'), 'linting afterwards is unchanged');
  });
});

describe('quick-fix titles (issue 14)', () => {
  it('no rule message or suggestion title carries a literal backtick, in either language', () => {
    for (const r of RULES) {
      for (const [id, m] of Object.entries(r.meta.messages)) {
        for (const lang of ['en', 'ja'] as const) assert.ok(!m[lang].includes('`'), `${r.meta.id}.${id} (${lang}): ${m[lang]}`);
      }
    }
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;
    for (const key of ['Disable {0} for this line', 'Disable {0} for this file', 'Show the playbook rule: {0}', 'Replace with {0}', 'Apply the safe fix']) {
      assert.ok(!key.includes('`') && !bundle[key]!.includes('`'), key);
    }
  });
});

describe('settings and palette (issue 14)', () => {
  const nls = (lang: 'en' | 'ja') => JSON.parse(fs.readFileSync(path.join(ROOT, lang === 'ja' ? 'package.nls.ja.json' : 'package.nls.json'), 'utf8')) as Record<string, string>;
  it('every setting is described in Markdown (backticks render), enums included', () => {
    const props = pkg.contributes.configuration.properties as Record<string, Record<string, unknown>>;
    for (const [key, p] of Object.entries(props)) {
      assert.ok(p.markdownDescription && !p.description, `${key} uses markdownDescription`);
      if (p.enum) assert.ok(p.markdownEnumDescriptions && !p.enumDescriptions, `${key} uses markdownEnumDescriptions`);
    }
  });
  it('maxFileSize is in characters everywhere: setting, problem message, README', () => {
    for (const lang of ['en', 'ja'] as const) assert.match(nls(lang)['config.maxFileSize']!, lang === 'ja' ? /文字/ : /characters/);
    assert.deepEqual(normalizeSettings({ maxFileSize: -1 }, []).problems, ['proposalLint.maxFileSize must be a positive number of characters']);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, /`maxFileSize` \(default 5,000,000 characters/);
    assert.doesNotMatch(readme, /maxFileSize[^\n]{0,40}(?:MB|bytes)/);
  });
  it('the palette offers Lint as a Proposal on files not linted and Stop Linting on linted ones', () => {
    const when = Object.fromEntries((pkg.contributes.menus.commandPalette as Array<{ command: string; when: string }>).map((m) => [m.command, m.when]));
    assert.equal(when['proposalLint.lintAsProposal'], 'editorLangId == markdown && !proposalLint.linted');
    assert.equal(when['proposalLint.stopLinting'], 'editorLangId == markdown && proposalLint.linted');
    assert.equal(when['proposalLint.showReadiness'], 'editorLangId == markdown && proposalLint.linted');
    assert.match(extensionSource, /setContext', 'proposalLint\.linted'/);
    // Commands the menus run with arguments stay out of the palette.
    for (const c of ['proposalLint.insertSnippetAt', 'proposalLint.teachPhrase', 'proposalLint.insertFrontMatterKey']) assert.equal(when[c], 'false', c);
  });
  it('no Japanese UI string says 顧客向けコピー or 保護条項 (the review\'s words)', () => {
    const all = JSON.stringify(nls('ja')) + fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.ja.json'), 'utf8');
    assert.doesNotMatch(all, /顧客向けコピー|保護条項/);
  });
});
