import type { Formatter } from './types.js';

/** GitHub Actions workflow commands: one annotation per finding. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results) => {
  let out = '';
  for (const r of results) {
    for (const f of r.findings) {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${escapeProperty(r.filePath)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`proposal-lint(${f.ruleId})`)}`];
      out += `::${level} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
  return out;
};
