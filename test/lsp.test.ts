/**
 * The language server over stdio, as an editor talks to it (test/lsp/harness.ts spawns
 * dist/lsp.cjs and speaks JSON-RPC): exact diagnostics in English and Japanese, UTF-16
 * and UTF-8 columns, push and pull, code actions applied and the result parsed again,
 * hover, completion, the code lens, the server commands and the configuration layers.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { buildModel, RULES, snippetToText } from '../src/index.js';
import { lintFile } from '../src/app/lint.js';
import { applyWorkspaceEdit, character, Client, ROOT, toOffset } from './lsp/harness.js';

const FIXTURES = path.join(ROOT, 'test', 'lsp');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const uriOf = (name: string) => pathToFileURL(path.join(FIXTURES, name)).href;
type Row = [code: string, severity: number, startLine: number, startChar: number, endLine: number, endChar: number];
const rows = (ds: Diagnostic[]): Row[] => ds.map((d) => [String(d.code), d.severity!, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);

/** `after` is `before` with text added and none taken away (`before` is a subsequence of it). */
function onlyAdds(before: string, after: string): boolean {
  let i = 0;
  for (const ch of after) if (i < before.length && ch === before[i]) i++;
  return i === before.length;
}

const DOC_LEVEL = ['missing-agreement-safeguards', 'missing-client-position', 'missing-next-steps', 'missing-value-add', 'weak-credibility-statement'];

describe('language server: diagnostics, edits and requests', () => {
  let u16: Client; // English UI, UTF-16, pushes
  let u8: Client; // Japanese UI, UTF-8, pushes
  let pull: Client; // UTF-8, pulls, no snippets
  let sixteen: Client; // offers UTF-16 and UTF-32 only
  before(async () => {
    [u16, u8, pull, sixteen] = await Promise.all([
      Client.start({ settings: {}, command: 'cli' }), // proposal-lint --stdio
      Client.start({ encodings: ['utf-8', 'utf-16'], locale: 'ja', settings: {} }),
      Client.start({ encodings: ['utf-32', 'utf-8'], pull: true, snippets: false }),
      Client.start({ encodings: ['utf-16', 'utf-32'] }),
    ]);
  });
  after(async () => {
    assert.deepEqual(await Promise.all([u16.stop(), u8.stop(), pull.stop(), sixteen.stop()]), [0, 0, 0, 0]);
  });

  it('negotiates the position encoding: UTF-16 unless the client offers UTF-8; proposal-lint --stdio is the same server', () => {
    assert.equal(u16.initialize.capabilities.positionEncoding, 'utf-16'); // offers nothing
    assert.equal(sixteen.initialize.capabilities.positionEncoding, 'utf-16');
    assert.equal(u8.initialize.capabilities.positionEncoding, 'utf-8');
    assert.equal(pull.initialize.capabilities.positionEncoding, 'utf-8');
    assert.equal(u16.initialize.serverInfo?.name, 'proposal-lint');
    const caps = sixteen.initialize.capabilities;
    assert.deepEqual(caps.executeCommandProvider?.commands, ['proposalLint.readiness', 'proposalLint.clientCopy']);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.proposalLint'], resolveProvider: false });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'proposal-lint', interFileDependencies: false, workspaceDiagnostics: false });
  });

  it('pushes exact diagnostics for an English proposal (the same columns in either encoding)', async () => {
    const uri = uriOf('small-en.md');
    await Promise.all([u16.open(uri, read('small-en.md')), u8.open(uri, read('small-en.md'))]);
    const expected: Row[] = [
      ['missing-batna', 2, 0, 0, 0, 3],
      ...DOC_LEVEL.map((code): Row => [code, 2, 4, 0, 4, 26]),
      ['weak-credibility-statement', 2, 8, 9, 8, 20],
      ['price-only-framing', 2, 10, 0, 10, 13],
    ];
    const [a, b] = await Promise.all([u16.pushed(uri, 1), u8.pushed(uri, 1)]);
    assert.deepEqual(rows(a), expected);
    assert.deepEqual(rows(b), expected);
    const superlative = a[6]!;
    assert.equal(superlative.message, '"world-class" is a superlative with no proof; replace it with the number, client or result that shows it.');
    assert.equal(superlative.source, 'proposal-lint');
    assert.equal(superlative.codeDescription?.href, pathToFileURL(path.join(ROOT, 'docs/rules/weak-credibility-statement.md')).href);
    assert.ok(fs.existsSync(new URL(superlative.codeDescription!.href)));
  });

  it('pushes exact diagnostics for a Japanese proposal: UTF-16 code units, or UTF-8 bytes when negotiated', async () => {
    const uri = uriOf('small-ja.md');
    const text = read('small-ja.md');
    await Promise.all([u16.open(uri, text), u8.open(uri, text)]);
    const [a, b] = await Promise.all([u16.pushed(uri, 1), u8.pushed(uri, 1)]);
    // "# 株式会社サンプル様 ご提案" is 15 UTF-16 code units and 39 UTF-8 bytes; 弊社は is 3 units, 9 bytes.
    assert.deepEqual(rows(a), [
      ['missing-batna', 2, 0, 0, 0, 3],
      ...DOC_LEVEL.map((code): Row => [code, 2, 4, 0, 4, 15]),
      ['weak-credibility-statement', 2, 8, 3, 8, 11],
      ['price-only-framing', 2, 10, 0, 10, 5],
    ]);
    assert.deepEqual(rows(b), [
      ['missing-batna', 2, 0, 0, 0, 3],
      ...DOC_LEVEL.map((code): Row => [code, 2, 4, 0, 4, 39]),
      ['weak-credibility-statement', 2, 8, 9, 8, 33],
      ['price-only-framing', 2, 10, 0, 10, 9],
    ]);
    assert.equal(b[6]!.message, '「業界トップクラス」は裏付けのない最上級表現です。それを示す数字・顧客名・成果に置き換えてください。');
    // Both encodings point at the same text, the findings' own offsets (converted here with TextEncoder).
    const findings = lintFile(text).findings;
    for (const [i, f] of findings.entries()) {
      assert.equal(toOffset(text, a[i]!.range.start, 'utf-16'), f.startOffset);
      assert.equal(toOffset(text, b[i]!.range.start, 'utf-8'), f.startOffset);
      assert.equal(toOffset(text, b[i]!.range.end, 'utf-8'), Math.max(f.endOffset, f.startOffset));
    }
    const line = text.split('\n')[8]!;
    assert.equal(b[6]!.range.start.character, character(line, 3, 'utf-8'));
  });

  it('applies incremental changes in the negotiated columns (UTF-8 ranges over Japanese text), and pushes after the debounce', async () => {
    const uri = uriOf('small-ja.md');
    const diagnose = async () => (await pull.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    await pull.open(uri, read('small-ja.md'));
    // Delete 業界トップクラスの (9 characters: 27 bytes after the 9 of 弊社は), then type 圧倒的な there.
    await pull.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 8, character: 9 }, end: { line: 8, character: 36 } }, text: '' }] });
    assert.deepEqual(rows(await diagnose()).map((r) => r[0]), ['missing-batna', ...DOC_LEVEL, 'price-only-framing']);
    await pull.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 8, character: 9 }, end: { line: 8, character: 9 } }, text: '圧倒的な' }] });
    const v3 = await diagnose();
    assert.deepEqual(rows(v3)[6], ['weak-credibility-statement', 2, 8, 9, 8, 18]);
    assert.equal(v3[6]!.message, '「圧倒的」は裏付けのない最上級表現です。それを示す数字・顧客名・成果に置き換えてください。');
    // The same edit in UTF-16 columns, pushed once the typing pauses.
    await u16.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 8, character: 3 }, end: { line: 8, character: 12 } }, text: '圧倒的な' }] });
    assert.deepEqual(rows(await u16.pushed(uri, 2))[6], ['weak-credibility-statement', 2, 8, 3, 8, 6]);
    // Back to the file's text (a full-text change).
    await pull.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: read('small-ja.md') }] });
    assert.equal(rows(await diagnose())[6]![5], 33);
  });

  it('pulls the same diagnostics as it pushes, and pushes none to a client that pulls', async () => {
    const uri = uriOf('small-ja.md');
    const report = await pull.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items, await u8.pushed(uri, 1));
    await pull.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(pull.diagnostics.get(uri), undefined);
  });

  it('quick fixes are WorkspaceEdits that insert the section; the result parses to it and deletes nothing (UTF-8, Japanese)', async () => {
    const uri = uriOf('small-ja.md');
    const text = read('small-ja.md');
    const diagnostics = await u8.pushed(uri, 1);
    const target = diagnostics.find((d) => d.code === 'missing-client-position')!;
    const actions = await u8.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['冒頭の後に「貴社の現状と課題」を挿入', 'quickfix', true],
      ['このファイルで「missing-client-position」を無効にする', 'quickfix', false],
    ]);
    for (const a of actions) assert.equal(a.command, undefined);
    const fixed = applyWorkspaceEdit(text, uri, actions[0]!.edit!, 'utf-8');
    assert.ok(onlyAdds(text, fixed));
    const model = buildModel(fixed);
    const section = model.sections.find((s) => s.title === '貴社の現状と課題');
    assert.equal(section?.role, 'client-position');
    assert.equal(section?.depth, 2);
    assert.deepEqual(lintFile(fixed).findings.filter((f) => f.ruleId === 'missing-client-position'), []);
    // The edit names the document version it was made for.
    assert.deepEqual((actions[0]!.edit!.documentChanges![0] as { textDocument: unknown }).textDocument, { uri, version: 1 });
  });

  it('disable for this line silences the finding and deletes nothing (UTF-16, English)', async () => {
    const uri = uriOf('small-en.md');
    const text = read('small-en.md');
    const superlative = (await u16.pushed(uri, 1))[6]!;
    const actions = await u16.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: superlative.range, context: { diagnostics: [superlative] } });
    assert.deepEqual(actions.map((a) => a.title), ['Disable weak-credibility-statement for this line', 'Disable weak-credibility-statement for this file']);
    const fixed = applyWorkspaceEdit(text, uri, actions[0]!.edit!, 'utf-16');
    assert.ok(onlyAdds(text, fixed));
    assert.deepEqual(lintFile(fixed).findings.filter((f) => f.messageId === 'superlative'), []);
    assert.equal(lintFile(fixed).findings.filter((f) => f.ruleId === 'weak-credibility-statement').length, 1);
  });

  it('finds the findings in the range when the client sends no diagnostics with the request', async () => {
    const uri = uriOf('small-en.md');
    const actions = await u16.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 10, character: 3 }, end: { line: 10, character: 3 } }, context: { diagnostics: [] } });
    assert.deepEqual(actions.map((a) => a.title), ['Disable price-only-framing for this line', 'Disable price-only-framing for this file']);
  });

  it('source.fixAll.proposalLint corrects the total in a Japanese price table (UTF-8); only quickfix leaves it out', async () => {
    const uri = uriOf('four-ja.md');
    const text = read('four-ja.md');
    await u8.open(uri, text);
    const arithmetic = (await u8.pushed(uri, 1)).find((d) => d.code === 'price-arithmetic')!;
    // | 合計 | 90万円 |: the amount starts after 11 bytes (7 code units) and is 8 bytes (4 units) long.
    assert.deepEqual(arithmetic.range, { start: { line: 25, character: 11 }, end: { line: 25, character: 19 } });
    const all = await u8.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: arithmetic.range, context: { diagnostics: [], only: ['source.fixAll.proposalLint'] } });
    assert.deepEqual(all.map((a) => [a.title, a.kind]), [['proposal-lint の安全な修正をすべて適用', 'source.fixAll.proposalLint']]);
    const fixed = applyWorkspaceEdit(text, uri, all[0]!.edit!, 'utf-8');
    assert.equal(fixed, text.replace('| 合計 | 90万円 |', '| 合計 | 80万円 |'));
    assert.deepEqual(lintFile(fixed).findings.filter((f) => f.ruleId === 'price-arithmetic'), []);
    const source = await u8.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: arithmetic.range, context: { diagnostics: [], only: ['source'] } });
    assert.deepEqual(source.map((a) => a.kind), ['source.fixAll.proposalLint']);
    const quick = await u8.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: arithmetic.range, context: { diagnostics: [arithmetic], only: ['quickfix'] } });
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix' && a.command === undefined));
  });

  it('hovers with the rule, its rationale and the rule page, over the finding\'s range', async () => {
    const uri = uriOf('small-ja.md');
    const hover = await u8.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 12 } });
    const value = (hover.contents as MarkupContent).value;
    const rule = RULES.find((r) => r.meta.id === 'weak-credibility-statement')!;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(value.startsWith(`**weak-credibility-statement** — ${rule.meta.description.ja}`));
    assert.ok(value.includes(rule.meta.rationale.ja));
    assert.ok(value.includes(`[ルールの説明](${pathToFileURL(path.join(ROOT, 'docs/rules/weak-credibility-statement.md')).href})`));
    assert.deepEqual(hover.range, { start: { line: 8, character: 9 }, end: { line: 8, character: 33 } });
    assert.equal(await u8.request('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 3 } }), null);
  });

  it('completes the snippet prefixes over what was typed (UTF-8 range after Japanese text), as snippets or plain text', async () => {
    const uri = pathToFileURL(path.join(FIXTURES, 'notes.md')).href;
    const text = '# メモ\n\n見積 prop-sk';
    await Promise.all([u8.open(uri, text), pull.open(uri, text)]);
    const items = await u8.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 14 } });
    assert.deepEqual(items.map((i) => i.label).sort(), ['prop-skeleton', 'prop-skeleton-ja']);
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/markdown.en.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const body = Object.values(en).find((s) => s.prefix === 'prop-skeleton')!.body.join('\n');
    const item = items.find((i) => i.label === 'prop-skeleton')!;
    assert.deepEqual(item.textEdit, { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 14 } }, newText: body });
    assert.equal(item.insertTextFormat, 2);
    // A client without snippet support (the pull client declares none) gets the plain text.
    const plain = await pull.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 14 } });
    const p = plain.find((i) => i.label === 'prop-skeleton')!;
    assert.equal(p.insertTextFormat, 1);
    assert.equal((p.textEdit as { newText: string }).newText, snippetToText(body));
    assert.doesNotMatch((p.textEdit as { newText: string }).newText, /\$\{\d+[:|}]/);
    // Not a proposal (no front matter, not a proposal's name): nothing to report.
    assert.deepEqual(await u8.pushed(uri, 1), []);
  });

  it('shows "Proposal 4/6" on the first heading, and the readiness command answers JSON', async () => {
    const en = uriOf('four-en.md');
    await u16.open(en, read('four-en.md'));
    const lenses = await u16.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: en } });
    assert.deepEqual(lenses, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 32 } }, command: { title: 'Proposal 4/6', command: 'proposalLint.readiness', arguments: [en] } }]);
    const readiness = await u16.request<Record<string, unknown>>('workspace/executeCommand', { command: 'proposalLint.readiness', arguments: [en] });
    assert.deepEqual({ ...readiness, foundations: undefined }, {
      uri: en, proposal: true, lang: 'en', score: '4/6', title: 'Proposal 4/6', foundations: undefined,
      covered: ['our-position', 'client-position', 'presentation', 'bargaining'], missing: ['analysis', 'agreement'],
    });
    assert.deepEqual((readiness['foundations'] as Array<{ id: string; covered: boolean; label: string }>)[0], { id: 'our-position', label: 'Our position and walk-away point', covered: true, snippet: 'prop-batna' });
    // Japanese UI, UTF-8: 提案書 4/6 over "# 営業研修のご提案" (26 bytes).
    const ja = uriOf('four-ja.md');
    const jaLens = await u8.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ja } });
    assert.deepEqual(jaLens.map((l) => [l.command?.title, l.range.end.character]), [['提案書 4/6', 26]]);
    const jaReadiness = await u8.request<{ foundations: Array<{ label: string }> }>('workspace/executeCommand', { command: 'proposalLint.readiness', arguments: [{ uri: ja }] });
    assert.equal(jaReadiness.foundations[0]!.label, '自社の立場と撤退ライン');
    const notes = pathToFileURL(path.join(FIXTURES, 'notes.md')).href;
    assert.deepEqual(await u8.request('workspace/executeCommand', { command: 'proposalLint.readiness', arguments: [notes] }), { uri: notes, proposal: false, skipped: null });
  });

  it('the client copy command answers the copy, or the problems at the proposal\'s lines', async () => {
    const ja = uriOf('four-ja.md');
    const copy = await u8.request<{ ok: boolean; copy: string }>('workspace/executeCommand', { command: 'proposalLint.clientCopy', arguments: [ja] });
    assert.equal(copy.ok, true);
    assert.ok(copy.copy.startsWith('# 営業研修のご提案'));
    assert.doesNotMatch(copy.copy, /撤退ライン|400万円/);
    const draft = pathToFileURL(path.join(ROOT, 'examples/draft-proposal-ja.md')).href;
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft-proposal-ja.md'), 'utf8');
    await u8.open(draft, text);
    const refused = await u8.request<{ ok: boolean; problems: Array<{ kind: string; range: { start: { line: number; character: number } } }> }>('workspace/executeCommand', { command: 'proposalLint.clientCopy', arguments: [draft] });
    assert.equal(refused.ok, false);
    const walk = refused.problems.find((p) => p.kind === 'walk-away')!;
    assert.equal(walk.range.start.line, 50);
    assert.equal(walk.range.start.character, character(text.split('\n')[50]!, 21, 'utf-8'));
  });
});

describe('language server: configuration', () => {
  let dir: string;
  let client: Client;
  const file = () => path.join(dir, 'sub', 'proposal-ja.md');
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-ls-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(file(), read('small-ja.md'));
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), '// team rules\n{ "rules": { "price-only-framing": "error" } }\n');
    client = await Client.start({ rootPath: dir, settings: { rules: { 'price-only-framing': 'off', 'weak-credibility-statement': 'off' } } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads workspace/configuration under the nearest .proposallintrc.json, which wins, and re-reads it when it changes', async () => {
    const uri = pathToFileURL(file()).href;
    await client.open(uri, read('small-ja.md'));
    // The editor turned weak-credibility-statement off; the team's file makes price-only-framing an error over the editor's "off".
    assert.deepEqual(rows(await client.pushed(uri, 1)), [
      ['missing-batna', 2, 0, 0, 0, 3],
      ...DOC_LEVEL.filter((c) => c !== 'weak-credibility-statement').map((code): Row => [code, 2, 4, 0, 4, 15]),
      ['price-only-framing', 1, 10, 0, 10, 5],
    ]);
    assert.deepEqual(client.configurationRequests[0], { items: [{ scopeUri: uri, section: 'proposalLint' }] });
    const config = pathToFileURL(path.join(dir, '.proposallintrc.json')).href;
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), '{ "rules": { "missing-batna": "off" } }\n');
    const before = client.diagnostics.get(uri)!.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    await waitFor(() => client.diagnostics.get(uri)!.length > before);
    assert.deepEqual(rows(client.diagnostics.get(uri)!.at(-1)!.diagnostics).map((r) => r[0]), DOC_LEVEL.filter((c) => c !== 'weak-credibility-statement'));
  });

  it('a broken config file gets a diagnostic at the error and the last good configuration stays in use', async () => {
    const uri = pathToFileURL(file()).href;
    const config = pathToFileURL(path.join(dir, '.proposallintrc.json')).href;
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), '{ "rules": { "missing-batna": "off" }\n');
    const before = client.diagnostics.get(uri)!.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    const problem = await client.pushed(config);
    assert.equal(problem.length, 1);
    assert.equal(problem[0]!.severity, 1);
    assert.deepEqual([problem[0]!.message, problem[0]!.range.start.line], ['invalid JSON: CloseBraceExpected', 1]);
    await waitFor(() => client.diagnostics.get(uri)!.length > before);
    assert.ok(!rows(client.diagnostics.get(uri)!.at(-1)!.diagnostics).some((r) => r[0] === 'missing-batna'));
    assert.equal(client.messages.length, 1);
    assert.match(client.messages[0]!.message, /\.proposallintrc\.json has an error; using the last good configuration/);
  });

  it('a client that watches no files gets the config file read again when a proposal is saved, and the error cleared', async () => {
    const uri = pathToFileURL(file()).href;
    const config = pathToFileURL(path.join(dir, '.proposallintrc.json')).href;
    fs.writeFileSync(path.join(dir, '.proposallintrc.json'), '{ "rules": { "price-only-framing": "error" } }\n');
    const before = client.diagnostics.get(uri)!.length;
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    await waitFor(() => client.diagnostics.get(uri)!.length > before);
    assert.deepEqual(rows(client.diagnostics.get(uri)!.at(-1)!.diagnostics).slice(-1), [['price-only-framing', 1, 10, 0, 10, 5]]);
    assert.deepEqual(client.diagnostics.get(config)!.at(-1)!.diagnostics, []);
  });
});

async function waitFor(test: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
