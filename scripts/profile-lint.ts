/**
 * Where lint() spends its time, stage by stage, on one generated document:
 *   npm run bench:profile [-- SIZE]   (default 50k)
 * A diagnostic aid for docs/performance.md; npm run bench is the measurement.
 */
import { performance } from 'node:perf_hooks';
import { parseMarkdown } from '../src/engine/parse.js';
import { buildModel } from '../src/engine/model.js';
import { runRules } from '../src/engine/runner.js';
import { RULES } from '../src/rules/index.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { resolveRuleSettings, lint } from '../src/index.js';
import { generate, parseSize } from './bench-doc.js';

const text = generate(parseSize(process.argv[2] ?? '50k'));
const lexicon = defaultLexicon();
// @ts-ignore -- plain JavaScript; see scripts/bench-peers.
const peers = (await import('./bench-peers/peers.mjs')) as { floor: (text: string) => unknown };
const settings = resolveRuleSettings();
const model = buildModel(text, { lexicon });
const stages: Record<string, () => unknown> = {
  'reference floor (bench-peers)': () => peers.floor(text),
  'parseMarkdown (project parser)': () => parseMarkdown(text),
  'buildModel (parse included)': () => buildModel(text, { lexicon }),
  'all rules on a built model': () => runRules(model, RULES, settings, { lexicon, client: [] }),
  'lint()': () => lint(text),
};
for (const rule of RULES) stages[`  rule ${rule.meta.id}`] = () => runRules(model, [rule], settings, { lexicon, client: [] });
const n = text.length > 200_000 ? 3 : 20;
for (const [name, fn] of Object.entries(stages)) {
  for (let i = 0; i < n; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  console.log(`${name.padEnd(40)} ${((performance.now() - t0) / n).toFixed(2).padStart(9)} ms`);
}
