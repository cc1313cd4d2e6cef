import { streamed } from './types.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  // Characters XML 1.0 cannot carry at all.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** JUnit XML: a test suite per file, a failing test case per finding (a passing one for a clean file). */
export const junit = streamed(() => {
  let tests = 0;
  let failures = 0;
  return {
    file(r) {
      tests += Math.max(1, r.findings.length);
      failures += r.findings.length;
      let out = `  <testsuite name="${xml(r.filePath)}" tests="${Math.max(1, r.findings.length)}" failures="${r.findings.length}" errors="0">\n`;
      if (r.findings.length === 0) out += `    <testcase classname="${xml(r.filePath)}" name="proposal-lint"/>\n`;
      for (const f of r.findings) {
        out += `    <testcase classname="${xml(r.filePath)}" name="${xml(`${f.ruleId} at ${f.line}:${f.column}`)}">\n`;
        out += `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${r.filePath}:${f.line}:${f.column}: ${f.message} (${f.ruleId})`)}</failure>\n`;
        out += '    </testcase>\n';
      }
      return `${out}  </testsuite>\n`;
    },
    end: () => '</testsuites>\n',
    // The totals open the document: known once every file is in.
    head: () => `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="proposal-lint" tests="${tests}" failures="${failures}">\n`,
  };
});
