import { escapeControl, oneLine } from './escape.js';
import { streamed } from './types.js';

/** One line per finding, "file:line:col: message [severity/rule-id]" (ESLint's unix shape); for editors and problem matchers. */
export const unix = streamed(() => ({
  file: (r) => r.findings.map((f) => `${escapeControl(r.filePath)}:${f.line}:${f.column}: ${oneLine(f.message)} [${f.severity}/${f.ruleId}]\n`).join(''),
  end: () => '',
}));
