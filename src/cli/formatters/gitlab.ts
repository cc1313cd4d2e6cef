import { createHash } from 'node:crypto';
import type { Finding } from '../../index.js';
import { ARRAY, jsonReport, streamed } from './types.js';

/**
 * GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array of issues.
 * The fingerprint is a hash of the path, the rule and the flagged text (never the line), so
 * an edit elsewhere in the proposal keeps a finding's identity; the same words flagged twice
 * by one rule are told apart by their order.
 */
const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/** The flagged words, white space collapsed (what the fingerprint is made of). */
function prepare(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.startOffset, f.endOffset).replace(/\s+/g, ' ').trim());
}

export const gitlab = streamed(() => {
  const issues = jsonReport(ARRAY);
  return {
    file(r) {
      const flagged = r.prepared as string[] | undefined;
      const seen = new Map<string, number>();
      let out = '';
      r.findings.forEach((f, i) => {
        // Without the text: the message data stands in for the flagged words.
        const words = flagged?.[i] ?? JSON.stringify(f.data ?? {});
        const key = [r.filePath.split('\\').join('/'), f.ruleId, f.messageId, words].join('\u0000');
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        out += issues.item({
          type: 'issue',
          check_name: f.ruleId,
          description: f.message,
          categories: ['Style'],
          severity: SEVERITY[f.severity],
          fingerprint: createHash('sha256').update(`${key}\u0000${nth}`).digest('hex'),
          location: { path: r.filePath.split('\\').join('/'), lines: { begin: f.line, end: f.endLine } },
        });
      });
      return out;
    },
    end: () => issues.end(),
  };
}, prepare);
