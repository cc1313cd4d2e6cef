import { RULES } from '../../index.js';
import { ARRAY, jsonReport, streamed } from './types.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
const HELP = 'https://github.com/proposal-lint/proposal-lint/blob/main/docs/rules';

/** SARIF 2.1.0, with rule metadata, so findings show in code-scanning views. */
export const sarif = streamed(() => {
  const ids = [...RULES.map((r) => r.meta.id), 'invalid-directive', 'unused-directive', 'invalid-front-matter', 'internal-error'];
  const rules = ids.map((id) => {
    const rule = RULES.find((r) => r.meta.id === id);
    return {
      id,
      name: id,
      shortDescription: { text: rule ? rule.meta.description.en : `proposal-lint: ${id.replace(/-/g, ' ')}` },
      ...(rule ? { fullDescription: { text: rule.meta.rationale.en }, helpUri: `${HELP}/${id}.md`, properties: { playbook: rule.meta.playbook, tags: [rule.meta.type] } } : {}),
      defaultConfiguration: { level: rule ? (rule.meta.severity === 'info' ? 'note' : rule.meta.severity) : 'warning' },
    };
  });
  const results = jsonReport({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'proposal-lint', version: VERSION, informationUri: 'https://github.com/proposal-lint/proposal-lint', rules } }, results: ARRAY }],
  });
  return {
    file(r) {
      let out = '';
      for (const f of r.findings) {
        out += results.item({
          ruleId: f.ruleId,
          ruleIndex: Math.max(0, ids.indexOf(f.ruleId)),
          level: f.severity === 'info' ? 'note' : f.severity,
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: r.filePath.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          }],
        });
      }
      return out;
    },
    end: () => results.end(),
  };
});
