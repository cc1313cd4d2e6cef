import { escapeControl, oneLine } from './escape.js';
import { streamed } from './types.js';

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Like ESLint's stylish: a block per file, one row per finding, a summary line. */
export const stylish = streamed(({ color }) => {
  let errors = 0;
  let warnings = 0;
  return {
    file(r) {
      if (r.findings.length === 0) return '';
      let out = `\n${paint(color, 4, escapeControl(r.filePath))}\n`;
      const rows = r.findings.map((f) => [`${f.line}:${f.column}`, f.severity, oneLine(f.message), f.ruleId] as const);
      // Loops, not Math.max(...): a spread of 200,000 rows overflows the stack.
      const w0 = rows.reduce((w, x) => Math.max(w, x[0].length), 0);
      const w1 = rows.reduce((w, x) => Math.max(w, x[1].length), 0);
      for (const [pos, sev, msg, id] of rows) {
        if (sev === 'error') errors++;
        else warnings++;
        const sevText = paint(color, sev === 'error' ? 31 : sev === 'warning' ? 33 : 36, sev.padEnd(w1));
        out += `  ${paint(color, 2, pos.padEnd(w0))}  ${sevText}  ${msg}  ${paint(color, 2, id)}\n`;
      }
      return out;
    },
    end() {
      const total = errors + warnings;
      if (total === 0) return '';
      const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
      return `\n${paint(color, errors ? 31 : 33, summary)}\n`;
    },
  };
});
