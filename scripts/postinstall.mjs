// Applies patches/ (a linear-time fix to micromark's text resolver, issue 12) with patch-package,
// in this project's own checkout only: where proposal-lint is installed as a dependency, the
// patch-package dev tool is absent and the consumer's tree is theirs to patch.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
let bin;
try {
  bin = require.resolve('patch-package/index.js', { paths: [root] });
} catch {
  process.exit(0);
}
execFileSync(process.execPath, [bin], { cwd: root, stdio: 'inherit' });
