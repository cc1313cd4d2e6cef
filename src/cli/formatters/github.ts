import type { FileResult, Formatter } from './types.js';

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

/** Text as one Markdown table cell that renders as itself: no HTML, no links, no emphasis, no column breaks. */
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (c) => `&#${c.charCodeAt(0)};`);
/** GitHub refuses a step summary over 1 MiB; stop well before it. */
const SUMMARY_LIMIT = 900_000;

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): every finding in a table per file, so none is lost
 * beyond GitHub's 10 error and 10 warning annotations per step.
 */
export function githubSummary(results: readonly FileResult[]): string {
  const findings = results.reduce((n, r) => n + r.findings.length, 0);
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const files = results.filter((r) => r.findings.length > 0).length;
  let out = `## proposal-lint\n\n`;
  if (findings === 0) return `${out}No problems in ${results.length} file${results.length === 1 ? '' : 's'}.\n\n`;
  out += `${findings} problem${findings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${findings - errors} warning${findings - errors === 1 ? '' : 's'}) in ${files} of ${results.length} file${results.length === 1 ? '' : 's'}.\n\n`;
  let written = 0;
  let bytes = Buffer.byteLength(out);
  for (const r of results) {
    if (r.findings.length === 0) continue;
    let block = `### ${cell(r.filePath)}\n\n| Line | Severity | Problem | Rule |\n| ---: | --- | --- | --- |\n`;
    for (const f of r.findings) block += `| ${f.line}:${f.column} | ${f.severity} | ${cell(f.message)} | ${cell(f.ruleId)} |\n`;
    const size = Buffer.byteLength(block) + 1;
    if (bytes + size > SUMMARY_LIMIT) {
      out += `… and ${findings - written} more (the summary is limited to 1 MB; run proposal-lint locally for the full list).\n`;
      return out;
    }
    out += `${block}\n`;
    bytes += size;
    written += r.findings.length;
  }
  return out;
}
