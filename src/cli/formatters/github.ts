import { streamed, type FileResult, type FormatStream } from './types.js';

/** GitHub Actions workflow commands: one annotation per finding. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github = streamed(() => ({
  file(r) {
    let out = '';
    for (const f of r.findings) {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [`file=${escapeProperty(r.filePath)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`proposal-lint(${f.ruleId})`)}`];
      out += `::${level} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
    return out;
  },
  end: () => '',
}));

/** Text as one Markdown table cell that renders as itself: no HTML, no links, no emphasis, no column breaks. */
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (c) => `&#${c.charCodeAt(0)};`);
/** GitHub refuses a step summary over 1 MiB; stop well before it. */
const SUMMARY_LIMIT = 900_000;

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): every finding in a table per file, so none is lost
 * beyond GitHub's 10 error and 10 warning annotations per step. Its totals come first, so the
 * tables are kept until the end: at most the 1 MB GitHub takes, whatever the number of files.
 */
export function githubSummaryStream(): FormatStream {
  let findings = 0;
  let errors = 0;
  let files = 0;
  let flagged = 0;
  /** The tables that may fit, with their sizes: kept until they pass the limit even without the header. */
  const kept: Array<{ block: string; size: number; count: number }> = [];
  let keptBytes = 0;
  return {
    file(r) {
      files++;
      findings += r.findings.length;
      errors += r.findings.filter((f) => f.severity === 'error').length;
      if (r.findings.length === 0) return '';
      flagged++;
      if (keptBytes > SUMMARY_LIMIT) return '';
      let block = `### ${cell(r.filePath)}\n\n| Line | Severity | Problem | Rule |\n| ---: | --- | --- | --- |\n`;
      for (const f of r.findings) block += `| ${f.line}:${f.column} | ${f.severity} | ${cell(f.message)} | ${cell(f.ruleId)} |\n`;
      const size = Buffer.byteLength(block) + 1;
      kept.push({ block, size, count: r.findings.length });
      keptBytes += size;
      return '';
    },
    end() {
      let out = `## proposal-lint\n\n`;
      if (findings === 0) return `${out}No problems in ${files} file${files === 1 ? '' : 's'}.\n\n`;
      out += `${findings} problem${findings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${findings - errors} warning${findings - errors === 1 ? '' : 's'}) in ${flagged} of ${files} file${files === 1 ? '' : 's'}.\n\n`;
      let written = 0;
      let bytes = Buffer.byteLength(out);
      for (const { block, size, count } of kept) {
        if (bytes + size > SUMMARY_LIMIT) return `${out}… and ${findings - written} more (the summary is limited to 1 MB; run proposal-lint locally for the full list).\n`;
        out += `${block}\n`;
        bytes += size;
        written += count;
      }
      // Past the limit, the last table kept is the one that does not fit: the loop has said so.
      return out;
    },
  };
}

export function githubSummary(results: readonly FileResult[]): string {
  const summary = githubSummaryStream();
  for (const r of results) summary.file(r);
  return summary.end();
}
