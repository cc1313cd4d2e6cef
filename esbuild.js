// Builds what Node and VS Code run: esbuild bundles the ESM TypeScript sources.
// `tsc --noEmit` type-checks separately (npm run typecheck); declarations for the
// library come from tsconfig.types.json.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const minify = !process.argv.includes('--no-minify');
// Lexicon entries carry test examples (match / noMatch / note); bundles need only the words.
const lexiconWordsOnly = {
  name: 'lexicon-words-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]lexicon[\\/](?:en|ja)[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      data.entries = data.entries.map(({ match, noMatch, note, ...keep }) => keep);
      delete data.description;
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

// Editors never show a rule's meta.examples (the rule pages and the tests read them from the
// sources): the extension and worker bundles leave them out.
const noRuleExamples = {
  name: 'no-rule-examples',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]rules[\\/][^\\/]+\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const start = source.indexOf('\n    examples: [\n');
      const end = start === -1 ? -1 : source.indexOf('\n    ],\n', start);
      const contents = start === -1 || end === -1 ? source : source.slice(0, start) + '\n    examples: [],' + source.slice(end + '\n    ],'.length);
      return { contents, loader: 'ts' };
    });
  },
};

// The web extension host has no worker_threads: offload.ts becomes offload.web.ts there.
const webOffload = {
  name: 'web-offload',
  setup(b) {
    b.onResolve({ filter: /^\.\/offload\.js$/ }, (args) => ({ path: args.resolveDir + '/offload.web.ts' }));
  },
};

const common = {
  plugins: [lexiconWordsOnly],
  // ESM builds first: jsonc-parser's UMD main loads its parts with dynamic require().
  mainFields: ['module', 'main'],
  bundle: true,
  minify,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  target: 'node20',
};

// ESM dependencies (fdir) call createRequire(import.meta.url); give CommonJS bundles a real one.
const cjs = {
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'var __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  // The CLI: one CommonJS file Node starts fast.
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.cjs', banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` } }),
  // The CLI's lint workers (--concurrency; src/cli/pool.ts finds it next to dist/cli.cjs).
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.cjs' }),
  // The language server (proposal-lint-ls, and proposal-lint --stdio loads it): apart, so the CLI starts as fast as before.
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/lsp/bin.ts'], outfile: 'dist/lsp.cjs', banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` } }),
  // The library, for `import { lint } from 'proposal-lint'` and `require('proposal-lint')`.
  build({ ...common, platform: 'neutral', format: 'esm', mainFields: ['module', 'main'], entryPoints: ['src/index.ts'], outfile: 'dist/index.mjs' }),
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs' }),
  // The VS Code extension: Node extension host, and the web extension host (vscode.dev).
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'], metafile: true, plugins: [lexiconWordsOnly, noRuleExamples] }).then((r) =>
    // What the bundle holds (npm run bench reports it by part).
    writeFileSync('dist/extension.meta.json', JSON.stringify(r.metafile))),
  build({ ...common, ...cjs, platform: 'node', entryPoints: ['src/vscode/worker.ts'], outfile: 'dist/lint-worker.cjs', plugins: [lexiconWordsOnly, noRuleExamples] }),
  build({ ...common, platform: 'browser', format: 'cjs', target: 'es2022', entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], plugins: [lexiconWordsOnly, noRuleExamples, webOffload], define: { ...common.define, 'import.meta.url': '"file:///"' } }),
]);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
if (watch) console.log('watch mode is not supported; run npm run build again');
