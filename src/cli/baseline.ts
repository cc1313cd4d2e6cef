/**
 * Adopting proposal-lint on old documents: a baseline records today's findings by rule,
 * file and a hash of the flagged text (not line numbers, so edits elsewhere do not break
 * it); with --baseline only findings beyond the recorded ones are reported.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../index.js';
import { describeError, FatalError, ReadProblem, readRegularFile } from './files.js';

export interface Baseline {
  version: 1;
  files: Record<string, Record<string, number>>;
}

export function fingerprint(f: Finding, text: string): string {
  const flagged = text.slice(f.startOffset, f.endOffset).replace(/\s+/g, ' ').trim();
  return `${f.ruleId}:${f.messageId}:${createHash('sha256').update(flagged).digest('hex').slice(0, 16)}`;
}

export function record(baseline: Baseline, file: string, findings: Finding[], text: string): void {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = fingerprint(f, text);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  if (Object.keys(counts).length) baseline.files[file] = counts;
}

/** The findings not covered by the baseline (each recorded fingerprint covers as many findings as it counted). */
export function newFindings(baseline: Baseline, file: string, findings: Finding[], text: string): Finding[] {
  const left = { ...(baseline.files[file] ?? {}) };
  return findings.filter((f) => {
    const key = fingerprint(f, text);
    if ((left[key] ?? 0) > 0) {
      left[key]!--;
      return false;
    }
    return true;
  });
}

/** Reads a baseline file; one FatalError line (exit 2) when it is missing, unreadable or not a baseline. */
export function readBaseline(file: string, shown = file): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readRegularFile(file, 100_000_000).toString('utf8'));
  } catch (e) {
    const why = e instanceof ReadProblem ? e.message : e instanceof SyntaxError ? 'not valid JSON' : describeError(e);
    throw new FatalError(`${shown}: cannot read the baseline: ${why}`);
  }
  const b = data as Baseline;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const valid = isObject(b) && b.version === 1 && isObject(b.files)
    && Object.values(b.files).every((counts) => isObject(counts) && Object.values(counts).every((n) => Number.isInteger(n) && (n as number) >= 0));
  if (!valid) throw new FatalError(`${shown}: not a proposal-lint baseline (expected {"version": 1, "files": {"<file>": {"<fingerprint>": <count>}}})`);
  return b;
}
