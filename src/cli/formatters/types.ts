import type { Finding } from '../../index.js';

export interface FileResult {
  /** As the user named it (relative to the working directory when possible). */
  filePath: string;
  findings: Finding[];
  /** What the formatter's `prepare` took from the file's text while it was at hand (byte columns, flagged text). */
  prepared?: unknown;
}

export interface Formatter {
  (results: readonly FileResult[], options: { color: boolean }): string;
  /**
   * For formats that need the text itself (UTF-8 byte columns, the flagged words): called per file
   * while its text is at hand; the return value travels as `FileResult.prepared`, so no text is kept.
   */
  prepare?: (text: string, findings: readonly Finding[]) => unknown;
}
