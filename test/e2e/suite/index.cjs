'use strict';
// Loaded by VS Code's extension host as extensionTestsPath, by both routes:
// code-server (npm run test:e2e) and @vscode/test-electron (npm run test:integration).
// Runs mocha in the extension host and writes a JSON summary for the outside driver.
const path = require('path');
const fs = require('fs');
const Mocha = require(path.resolve(__dirname, '../../../node_modules/mocha'));

function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.cjs')) mocha.addFile(path.join(__dirname, f));
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  const out = process.env.E2E_RESULT;
  return new Promise((resolve, reject) => {
    const results = { passed: [], failed: [] };
    const runner = mocha.run((failures) => {
      if (out) fs.writeFileSync(out, JSON.stringify({ failures, ...results }, null, 2));
      console.log(`[e2e host] ${results.passed.length} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failed.push({ title: t.fullTitle(), error: String(err && (err.stack || err.message)).slice(0, 2000) }));
  });
}
module.exports = { run };
