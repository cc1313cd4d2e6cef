import { escapeControl, oneLine } from './escape.js';
import type { Formatter } from './types.js';

/** One line per finding, "file:line:col: message [severity/rule-id]" (ESLint's unix shape); for editors and problem matchers. */
export const unix: Formatter = (results) => {
  let out = '';
  for (const r of results) {
    for (const f of r.findings) out += `${escapeControl(r.filePath)}:${f.line}:${f.column}: ${oneLine(f.message)} [${f.severity}/${f.ruleId}]\n`;
  }
  return out;
};
