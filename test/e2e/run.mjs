// End-to-end tests in a real VS Code (code-server's server, Node extension host and web
// workbench) driven by Debian's Chromium through playwright-core. Two suites:
//   host  the mocha suite in test/e2e/suite/ running INSIDE the extension host, with the
//         repository as extensionDevelopmentPath (the same suite @vscode/test-electron runs);
//   ui    keyboard-driven UI checks against the packaged .vsix installed into code-server.
// Usage: node test/e2e/run.mjs [host] [ui] [--headed]   (default: both; npm run test:e2e)
// Env: E2E_CACHE (default .e2e-cache), E2E_SHOTS (default test-results/e2e), E2E_GREP, E2E_SKIP_SETUP=1, E2E_LOG (code-server --log, e.g. debug),
//      E2E_TIMEOUT_S (host suite, default 420), E2E_PROBLEMS_WIDTH (window width for the Problems panel check, default 1920).
// Prints "N passed, N failed" last and exits non-zero on any failure.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { format } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { makeWorkspace } from './workspace.mjs';
import { addProblemFiles, checkProblemsPanel, PROBLEM_FILES } from './problems-panel.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.resolve(process.env.E2E_CACHE || path.join(ROOT, '.e2e-cache'));
const SHOTS = path.resolve(process.env.E2E_SHOTS || path.join(ROOT, 'test-results/e2e'));
const CS_BIN = path.join(CACHE, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const args = process.argv.slice(2);
const headed = args.includes('--headed');
const modes = args.filter((a) => a === 'host' || a === 'ui');
const run = modes.length ? modes : ['host', 'ui'];
const results = [];
const t0 = Date.now();

function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? '  ✔' : '  ✖'} ${name}${detail && !ok ? `\n      ${detail}` : ''}`);
}

function step(text) {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${text}`);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function userSettings(dataDir) {
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User/settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'files.autoSave': 'off',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 100000,
    'workbench.editor.enablePreview': false,
  }, null, 2));
}

/** Starts code-server on a free loopback port with its own folders; returns {base, stop}. */
async function startServer(runDir, { extensionsDir, env: extraEnv = {} }) {
  const dataDir = path.join(runDir, 'data');
  userSettings(dataDir);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg/cache'),
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const cs = spawn(CS_BIN, [
    ...(process.env.E2E_LOG ? ['--log', process.env.E2E_LOG] : []), '--auth', 'none', '--bind-addr', host, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--config', path.join(runDir, 'config.yaml'),
    '--user-data-dir', dataDir, '--extensions-dir', extensionsDir, path.join(runDir, 'workspace'),
  ], { env, stdio: ['ignore', fs.openSync(path.join(runDir, 'code-server.log'), 'w'), fs.openSync(path.join(runDir, 'code-server.err.log'), 'w')] });
  const base = `http://${host}`;
  const end = Date.now() + 60000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not up yet */ }
    if (cs.exitCode !== null) throw new Error(`code-server exited (${cs.exitCode}); see ${runDir}/code-server.err.log`);
    if (Date.now() > end) throw new Error('code-server did not answer /healthz within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (cs.exitCode !== null) return;
    process.kill(cs.pid, 'SIGTERM');
    await new Promise((r) => { cs.once('exit', r); setTimeout(r, 5000); });
    if (cs.exitCode === null) process.kill(cs.pid, 'SIGKILL');
  };
  return { base, host, env, stop };
}

async function launchBrowser(env) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: !headed,
    env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// ---------------------------------------------------------------- host suite
async function hostSuite() {
  const runDir = path.join(CACHE, 'run-host');
  fs.rmSync(runDir, { recursive: true, force: true });
  makeWorkspace(path.join(runDir, 'workspace'));
  const resultFile = path.join(runDir, 'result.json');
  const server = await startServer(runDir, { extensionsDir: path.join(runDir, 'ext'), env: { E2E_RESULT: resultFile, E2E_GREP: process.env.E2E_GREP || '' } });
  const browser = await launchBrowser(server.env);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let onExit;
    const exited = new Promise((r) => { onExit = r; });
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
      const line = format(...(logArgs || []));
      if (/✔|✓|passing|failing|^\s+\d+\) |\[e2e host\]/.test(line)) console.log(`    ${line.trimEnd()}`);
    });
    const uri = (p) => `vscode-remote://${server.host}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', uri(ROOT)], ['extensionTestsPath', uri(path.join(ROOT, 'test/e2e/suite/index.cjs'))]]);
    step('host suite: loading the workbench with the extension under development');
    await page.goto(`${server.base}/?folder=${encodeURIComponent(path.join(runDir, 'workspace'))}&payload=${encodeURIComponent(payload)}`);
    const limit = Number(process.env.E2E_TIMEOUT_S || 420) * 1000;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), limit))]);
    await page.screenshot({ path: path.join(SHOTS, 'host-suite-end.png') }).catch(() => {});
    const r = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
    if (!r) check('[host] the in-host suite ran and wrote its results', false, `exit: ${code}; see ${runDir}`);
    else {
      for (const t of r.passed) check(`[host] ${t}`, true);
      for (const t of r.failed) check(`[host] ${t.title}`, false, t.error);
      if (code === 'timeout') check('[host] the suite finished in time', false);
    }
    // The "Proposal Lint" log channel (issue 14: it stayed empty): activation and skipped files at info level.
    const logs = fs.readdirSync(path.join(runDir, 'data/logs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('Proposal Lint.log'));
    const logText = logs.map((f) => fs.readFileSync(path.join(runDir, 'data/logs', f), 'utf8')).join('\n');
    if (!process.env.E2E_GREP) {
      check('[host] the Proposal Lint log channel records activation and skipped files', /\[info\] Proposal Lint [\d.]+ activated in \d+ ms/.test(logText) && /\[info\] .*: not checked \(empty\)/.test(logText), logText.slice(0, 600) || `no log among ${logs.length} files`);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

// ---------------------------------------------------------------- UI suite
async function uiSuite() {
  const runDir = path.join(CACHE, 'run-ui');
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  makeWorkspace(workspace);
  addProblemFiles(ROOT, workspace);
  const extensionsDir = path.join(runDir, 'ext');
  const vsix = path.join(ROOT, 'proposal-lint.vsix');
  step('ui suite: installing the .vsix');
  execFileSync(CS_BIN, ['--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--user-data-dir', path.join(runDir, 'data')], {
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'), XDG_DATA_HOME: path.join(runDir, 'xdg/data'), EXTENSIONS_GALLERY: '{}' },
    stdio: 'ignore',
  });
  check('[ui] the .vsix installs with code-server --install-extension', fs.readdirSync(extensionsDir).some((d) => d.startsWith('proposal-lint.proposal-lint-')));
  const server = await startServer(runDir, { extensionsDir });
  const browser = await launchBrowser(server.env);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30000);
    const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft-proposal-en.md' }).waitFor();
    await shot('01-workbench');

    const quickInput = page.locator('.quick-input-widget .quick-input-box input.input');
    const quickOpen = async (name) => {
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Control+p');
        try { await quickInput.waitFor({ timeout: 2000 }); break; } catch { /* keybindings not live yet */ }
      }
      await quickInput.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    };
    await quickOpen('draft-proposal-en.md');
    const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
    await squiggles.first().waitFor({ timeout: 60000 });
    await shot('02-squiggles');
    check('[ui] opening a proposal with quick open shows squiggles', (await squiggles.count()) > 0);

    const status = page.locator('.statusbar-item', { hasText: /Proposal \d\/6/ });
    await status.first().waitFor();
    const statusText = (await status.first().innerText()).trim();
    await shot('03-status-bar');
    check('[ui] the status bar shows readiness', /Proposal [0-5]\/6/.test(statusText), statusText);

    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'exposed-batna' }).first().waitFor();
    const panel = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
    await shot('04-problems-panel');
    check('[ui] the Problems panel lists findings with rule ids', ['exposed-batna', 'missing-batna', 'missing-value-add', 'weak-credibility-statement'].every((id) => panel.includes(id)), panel.slice(0, 300));

    // The rule-id link opens the rule's page rendered (Markdown preview), not the raw file (issue 14).
    await rows.filter({ hasText: 'exposed-batna' }).first().locator('a', { hasText: 'exposed-batna' }).first().click();
    const preview = page.locator('.tabs-container .tab', { hasText: /Preview exposed-batna/ });
    await preview.first().waitFor({ timeout: 15000 }).catch(() => {});
    await shot('04b-rule-page');
    check('[ui] the rule-id link in the Problems panel opens the rendered rule page', (await preview.count()) > 0 && (await page.locator('.tabs-container .tab', { hasText: /^exposed-batna\.md/ }).count()) === 0);
    await page.keyboard.press('Control+w');
    await page.locator('.tabs-container .tab.active', { hasText: 'draft-proposal-en.md' }).waitFor();

    // Quick fix on the floor sentence: go to its line with Ctrl+G, then Ctrl+. and Enter.
    const text = fs.readFileSync(path.join(workspace, 'draft-proposal-en.md'), 'utf8');
    const lines = text.split('\n');
    const lineIndex = lines.findIndex((l) => l.includes('The lowest we can go'));
    const column = lines[lineIndex].indexOf('The lowest we can go') + 5;
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+g');
    await quickInput.waitFor();
    await quickInput.fill(`:${lineIndex + 1}:${column}`);
    await page.keyboard.press('Enter');
    const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Move this sentence into an internal block' });
    for (let i = 0; i < 20 && (await action.count()) === 0; i++) {
      await page.keyboard.press('Control+.');
      try { await action.first().waitFor({ timeout: 1500 }); } catch { await page.keyboard.press('Escape'); }
    }
    await shot('05-quick-fix-menu');
    check('[ui] Ctrl+. offers the internal-block quick fix', (await action.count()) > 0);
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 8 && !(await focused.innerText().catch(() => '')).includes('Move this sentence'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+s');
    const file = path.join(workspace, 'draft-proposal-en.md');
    const wanted = '<!-- internal -->The lowest we can go is $38,000.<!-- /internal -->';
    for (const end = Date.now() + 15000; Date.now() < end && !fs.readFileSync(file, 'utf8').includes(wanted);) await new Promise((r) => setTimeout(r, 100));
    await shot('06-fixed-and-saved');
    check('[ui] the quick fix is on disk after Ctrl+S', fs.readFileSync(file, 'utf8').includes(wanted));
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'exposed-batna' }).first().waitFor({ state: 'detached', timeout: 15000 }).catch(() => {});
    check('[ui] the exposed-batna row is gone', (await page.locator('.markers-panel .monaco-list-row', { hasText: 'exposed-batna' }).count()) === 0);

    // A snippet by its prefix, through the suggest widget (Ctrl+Space).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('addon-report');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'addon-report' });
    await suggestion.first().waitFor();
    await shot('07-snippet-suggest');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+s');
    for (const end = Date.now() + 15000; Date.now() < end && !/additional|quarterly/i.test(fs.readFileSync(file, 'utf8').split('<!-- /internal -->')[1] ?? '');) await new Promise((r) => setTimeout(r, 100));
    await shot('08-snippet-inserted');
    check('[ui] typing addon-report and accepting the suggestion inserts the add-on', /additional|quarterly/i.test(fs.readFileSync(file, 'utf8').split('<!-- /internal -->')[1] ?? ''));

    // prop-batna through the suggest widget: the key goes into the front matter, not where it was typed (issue 14).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('prop-batna');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'prop-batna' }).first().waitFor();
    await page.keyboard.press('Enter');
    const frontMatterOf = (t) => /^---\n([\s\S]*?)\n---\n/.exec(t)?.[1] ?? '';
    for (const end = Date.now() + 15000; Date.now() < end && !/^batna: /m.test(frontMatterOf(fs.readFileSync(file, 'utf8')));) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+s');
      await new Promise((r) => setTimeout(r, 300));
    }
    await shot('08b-batna-completion');
    const saved = fs.readFileSync(file, 'utf8');
    check('[ui] prop-batna accepted in the body writes batna: into the front matter and leaves no text where it was typed',
      /^batna: /m.test(frontMatterOf(saved)) && !/prop-batna|^batna:/m.test(saved.replace(/^---\n[\s\S]*?\n---\n/, '')), saved.slice(0, 400));

    // Japanese: the draft's Problems rows read in Japanese.
    await quickOpen('draft-proposal-ja.md');
    // The Problems list is virtual: with the English draft's rows above, the Japanese ones may be
    // below the fold and not in the page at all. Filter the list to the Japanese words.
    const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
    await filter.fill('撤退ライン');
    await page.locator('.markers-panel .monaco-list-row', { hasText: '撤退ライン' }).first().waitFor({ timeout: 30000 }).catch(async (e) => { await shot('09-japanese-failed'); throw e; });
    await shot('09-japanese');
    await filter.fill('');
    check('[ui] a Japanese proposal gets Japanese messages', true);

    // The Problems panel as a user reads it: every row shows its advice (issue 14).
    const lib = createRequire(import.meta.url)(path.join(ROOT, 'dist/index.cjs'));
    const expected = Object.fromEntries(PROBLEM_FILES.map((f) => [f.rel, lib.lint(fs.readFileSync(path.join(workspace, f.rel), 'utf8'), { today: lib.localToday() })]));
    await checkProblemsPanel({ page, shot, check, step, quickOpen, expected, shotsDir: SHOTS });
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

let failed = false;
try {
  fs.mkdirSync(SHOTS, { recursive: true });
  if (!process.env.E2E_SKIP_SETUP) execFileSync('bash', [path.join(ROOT, 'test/e2e/setup.sh'), CACHE], { stdio: 'inherit' });
  if (!fs.existsSync(path.join(ROOT, 'dist/extension.cjs'))) execFileSync('node', ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (run.includes('ui')) {
    step('packaging the extension');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (run.includes('host')) await hostSuite();
  if (run.includes('ui')) await uiSuite();
} catch (e) {
  failed = true;
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
}
const passed = results.filter((r) => r.ok).length;
const failedCount = results.length - passed + (failed ? 1 : 0);
console.log(`e2e: screenshots in ${path.relative(ROOT, SHOTS)}/ (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`${passed} passed, ${failedCount} failed`);
process.exit(failedCount === 0 && passed > 0 ? 0 : 1);
