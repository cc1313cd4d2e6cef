import { location } from 'vfile-location';
import type { Edit, Finding } from '../../index.js';
import { ARRAY, jsonReport, streamed } from './types.js';

/**
 * reviewdog's Diagnostic Format (rdjson, the `DiagnosticResult` message): 1-based lines and
 * 1-based columns counted in UTF-8 bytes, end exclusive; fixes and suggestions as edits
 * (`reviewdog -f=rdjson`).
 */
const HELP = 'https://github.com/proposal-lint/proposal-lint/blob/main/docs/rules';
const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

interface Position { line: number; column: number }
interface Range { start: Position; end: Position }
interface Prepared { ranges: Range[]; suggestions: Array<Array<{ range: Range; text: string }>> }

/** An offset (UTF-16) as reviewdog's line and UTF-8 byte column. */
function positions(text: string) {
  const place = location(text);
  return (offset: number): Position => {
    const at = Math.max(0, Math.min(offset, text.length));
    // vfile-location answers undefined at the very end of the text: the last line, one past its end.
    const point = place.toPoint(at) ?? (() => {
      const lines = text.split(/\r\n|\r|\n/);
      return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
    })();
    return { line: point.line, column: Buffer.byteLength(text.slice(at - (point.column - 1), at)) + 1 };
  };
}

/** Several edits of one fix as the one replacement reviewdog takes: from the first edit's start to the last one's end. */
function asOne(text: string, edits: readonly Edit[]): Edit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = sorted[0]!.start;
  for (const e of sorted) {
    if (e.start < at) return undefined; // overlapping edits: not one replacement
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { start: sorted[0]!.start, end: at, text: out };
}

function prepare(text: string, findings: readonly Finding[]): Prepared {
  const at = positions(text);
  const range = (start: number, end: number): Range => ({ start: at(start), end: at(end) });
  return {
    ranges: findings.map((f) => range(f.startOffset, f.endOffset)),
    suggestions: findings.map((f) => [f.fix, ...(f.suggestions ?? []).map((s) => s.edits)]
      .map((edits) => (edits ? asOne(text, edits) : undefined))
      .filter((e): e is Edit => e !== undefined)
      .map((e) => ({ range: range(e.start, e.end), text: e.text }))),
  };
}

export const rdjson = streamed(() => {
  const diagnostics = jsonReport({ source: { name: 'proposal-lint', url: 'https://github.com/proposal-lint/proposal-lint' }, diagnostics: ARRAY });
  return {
    file(r) {
      let out = '';
      r.findings.forEach((f, i) => {
        const prepared = r.prepared as Prepared | undefined;
        // Without the text (a caller that did not prepare): the findings' own columns, correct for ASCII lines.
        const range = prepared?.ranges[i] ?? { start: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } };
        const suggestions = prepared?.suggestions[i] ?? [];
        out += diagnostics.item({
          message: f.message,
          location: { path: r.filePath, range },
          severity: SEVERITY[f.severity],
          code: { value: f.ruleId, ...(f.ruleId.endsWith('-directive') || f.ruleId === 'invalid-front-matter' || f.ruleId === 'internal-error' ? {} : { url: `${HELP}/${f.ruleId}.md` }) },
          ...(suggestions.length ? { suggestions } : {}),
        });
      });
      return out;
    },
    end: () => diagnostics.end(),
  };
}, prepare);
