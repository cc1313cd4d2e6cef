import { ARRAY, jsonReport, streamed } from './types.js';

/** ESLint's JSON formatter shape, so tools that read ESLint output read ours. */
export const json = streamed(() => {
  const array = jsonReport(ARRAY);
  return {
    file(r) {
      const errorCount = r.findings.filter((f) => f.severity === 'error').length;
      return array.item({
        filePath: r.filePath,
        messages: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity === 'error' ? 2 : 1,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          messageId: f.messageId,
        })),
        suppressedMessages: [],
        errorCount,
        fatalErrorCount: 0,
        warningCount: r.findings.length - errorCount,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      });
    },
    end: () => array.end(),
  };
});
