import type { Finding } from '../../index.js';

export interface FileResult {
  /** As the user named it (relative to the working directory when possible). */
  filePath: string;
  findings: Finding[];
  /** What the formatter's `prepare` took from the file's text while it was at hand (byte columns, flagged text). */
  prepared?: unknown;
}

/**
 * One report written as it goes: `file` gives the output of one file's result (the files in
 * the order reported), `end` the rest once every file is given. The CLI writes each piece as
 * soon as it has it, so no file's result is kept after it is written.
 */
export interface FormatStream {
  file(result: FileResult): string;
  end(): string;
  /**
   * For formats that open with totals (JUnit's counts): the opening, known only after the last
   * file; written before everything `file` returned (the CLI keeps those pieces in a temporary
   * file meanwhile, not in memory).
   */
  head?(): string;
}

export interface Formatter {
  (results: readonly FileResult[], options: { color: boolean }): string;
  /** The same output in pieces (see FormatStream): `formatter(results)` is `stream` over them, joined. */
  stream: (options: { color: boolean }) => FormatStream;
  /**
   * For formats that need the text itself (UTF-8 byte columns, the flagged words): called per file
   * while its text is at hand; the return value travels as `FileResult.prepared`, so no text is kept.
   */
  prepare?: (text: string, findings: readonly Finding[]) => unknown;
}

/** A formatter from its stream: the whole-report call is the stream run over every result. */
export function streamed(stream: Formatter['stream'], prepare?: Formatter['prepare']): Formatter {
  const whole = (results: readonly FileResult[], options: { color: boolean }): string => {
    const s = stream(options);
    let body = '';
    for (const r of results) body += s.file(r);
    const end = s.end();
    return (s.head?.() ?? '') + body + end;
  };
  return Object.assign(whole, prepare ? { stream, prepare } : { stream });
}

/** Where the streamed array goes in a report's skeleton (see jsonReport). */
export const ARRAY = '\u2063proposal-lint:array\u2063';

/**
 * A JSON report whose one array is written item by item, exactly as
 * `JSON.stringify(report, null, 2) + '\n'` prints it: `skeleton` is the report with `ARRAY`
 * where the array goes (or `ARRAY` itself for a report that is the array). JSON strings hold
 * no raw line break, so indenting every line of an item is safe. Nothing is written before
 * the first item or the end.
 */
export function jsonReport(skeleton: unknown): { item(value: unknown): string; end(): string } {
  const whole = JSON.stringify(skeleton, null, 2) + '\n';
  const marker = JSON.stringify(ARRAY);
  const at = whole.indexOf(marker);
  const lineStart = whole.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(whole.slice(lineStart))![0];
  const inner = `\n${indent}  `;
  let count = 0;
  return {
    item(value) {
      const text = JSON.stringify(value, null, 2).replace(/\n/g, inner);
      return `${count++ === 0 ? `${whole.slice(0, at)}[` : ','}${inner}${text}`;
    },
    end: () => (count === 0 ? `${whole.slice(0, at)}[]` : `\n${indent}]`) + whole.slice(at + marker.length),
  };
}
