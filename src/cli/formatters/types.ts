import type { Finding } from '../../index.js';

export interface FileResult {
  /** As the user named it (relative to the working directory when possible). */
  filePath: string;
  findings: Finding[];
}

export type Formatter = (results: readonly FileResult[], options: { color: boolean }) => string;
