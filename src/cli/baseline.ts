/**
 * Adopting proposal-lint on old documents: a baseline records today's findings by rule,
 * file and a hash of the flagged text (not line numbers, so edits elsewhere do not break
 * it); with --baseline only findings beyond the recorded ones are reported.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Finding } from '../index.js';

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

export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const b = data as Baseline;
  if (!b || b.version !== 1 || typeof b.files !== 'object') throw new Error(`${file}: not a proposal-lint baseline (expected {"version": 1, "files": {...}})`);
  return b;
}
