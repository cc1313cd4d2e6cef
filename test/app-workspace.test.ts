/**
 * How far a config file's `extends` reaches (issue 12), in the layer the CLI and the editor
 * share (src/app/workspace.ts): the workspace, or the user's config folder, never /etc or ../../.
 */
import assert from 'node:assert/strict';
import { ConfigProblem, loadConfigFile, RULES } from '../src/index.js';
import { extendsWithin, workspaceRootFor } from '../src/app/workspace.js';

const files: Record<string, string> = {
  '/work/untrusted/.proposallintrc.json': '{\n  "extends": ["./base.json", "../../etc/passwd"]\n}\n',
  '/work/untrusted/base.json': '{ "rules": { "seller-centric": "off" } }',
  '/work/untrusted/up.json': '{ "extends": "../shared.json" }',
  '/work/shared.json': '{ "rules": { "missing-batna": "off" } }',
  '/home/me/.config/proposal-lint/team.json': '{ "rules": { "exposed-batna": "off" } }',
  '/work/untrusted/team.json': '{ "extends": "/home/me/.config/proposal-lint/team.json" }',
  '/etc/passwd': 'root:x:0:0',
};
const host = { async readFile(p: string) { return files[p]; } };

async function problem(file: string, scope: Parameters<typeof extendsWithin>[0]): Promise<ConfigProblem> {
  try {
    await loadConfigFile(file, host, RULES, { checkExtends: extendsWithin(scope) });
  } catch (e) {
    if (e instanceof ConfigProblem) return e;
    throw e;
  }
  assert.fail('extends was not refused');
}

describe('app: extends stays inside the workspace', () => {
  it('refuses ../../etc/passwd with the config file, line and column of the entry', async () => {
    const p = await problem('/work/untrusted/.proposallintrc.json', { workspace: '/work/untrusted' });
    assert.deepEqual([p.file, p.line, p.column], ['/work/untrusted/.proposallintrc.json', 2, 30]);
    assert.equal(p.message, 'extends: /etc/passwd: outside the workspace (/work/untrusted); extends may name files inside it');
  });

  it('refuses a parent folder, allows it when the workspace is the parent', async () => {
    const p = await problem('/work/untrusted/up.json', { workspace: '/work/untrusted', hint: 'or pass the file with --config' });
    assert.match(p.message, /^extends: \/work\/shared\.json: outside the workspace \(\/work\/untrusted\); extends may name files inside it, or pass the file with --config$/);
    const config = await loadConfigFile('/work/untrusted/up.json', host, RULES, { checkExtends: extendsWithin({ workspace: '/work' }) });
    assert.equal(config.rules?.['missing-batna'], 'off');
  });

  it('allows the user config folder where there is one (the CLI), not where there is none (the editor)', async () => {
    const config = await loadConfigFile('/work/untrusted/team.json', host, RULES, { checkExtends: extendsWithin({ workspace: '/work/untrusted', userFolder: '/home/me/.config/proposal-lint' }) });
    assert.equal(config.rules?.['exposed-batna'], 'off');
    const p = await problem('/work/untrusted/team.json', { workspace: '/work/untrusted' });
    assert.match(p.message, /outside the workspace/);
  });

  it('a link inside the workspace that points out is outside (after realPath)', async () => {
    const p = await problem('/work/untrusted/.proposallintrc.json', { workspace: '/work/untrusted', realPath: (x) => (x === '/work/untrusted/base.json' ? '/etc/base.json' : x) });
    assert.match(p.message, /^extends: \/work\/untrusted\/base\.json: outside the workspace/);
  });

  it('a folder that only starts like the workspace is not inside it', async () => {
    const check = extendsWithin({ workspace: '/work/untrusted' });
    assert.match((await check('/work/untrusted-evil/x.json', '/work/untrusted/c.json'))!, /outside the workspace/);
    assert.equal(await check('/work/untrusted/sub/x.json', '/work/untrusted/c.json'), undefined);
  });

  it('the workspace: the repository; else the folder the command started in when the config is inside it; else the config folder', () => {
    assert.equal(workspaceRootFor('/repo/docs', { repository: '/repo', cwd: '/elsewhere' }), '/repo');
    assert.equal(workspaceRootFor('/home/me/p/docs', { cwd: '/home/me/p' }), '/home/me/p');
    assert.equal(workspaceRootFor('/tmp/download', { cwd: '/home/me' }), '/tmp/download');
    // Started at the file system's root, the root is no workspace: the config folder is.
    assert.equal(workspaceRootFor('/tmp/download', { cwd: '/' }), '/tmp/download');
  });
});
