// The standard launcher: @vscode/test-electron downloads VS Code and runs the SAME in-host
// suite (test/e2e/suite/) that `npm run test:e2e` runs through code-server. It needs access
// to VS Code's download server, which CI machines here do not have (see CONTRIBUTING.md).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { makeWorkspace } from './workspace.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = path.join(os.tmpdir(), `proposal-lint-integration-${process.pid}`);
makeWorkspace(workspace);
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test/e2e/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    version: process.env.VSCODE_VERSION || 'stable',
  });
} catch (e) {
  console.error(`integration: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
