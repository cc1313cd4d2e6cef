import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { lintDocument, ConfigError, declaredProposal, decodeText, type Finding } from '../index.js';
import { expandTargets, FatalError } from './files.js';
import { FORMATTERS, type FileResult } from './formatters/index.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  color: boolean;
}

export const HELP = `proposal-lint [options] <file|dir|glob>...

Checks sales proposals written in Markdown against the negotiation playbook
(walk-away point kept private, price framed by value, add-ons, credibility with proof).

Options:
  -f, --format <name>     Output format: stylish (default) or json
      --quiet             Report errors only, not warnings
      --max-warnings <n>  Exit with 1 when there are more than n warnings
      --stdin             Lint the text on standard input
      --stdin-filename <name>
                          The name to show for standard input
  -h, --help              Show this help
  -v, --version           Show the version

Directories are searched for .md and .markdown files (node_modules and dot-folders
skipped; files whose front matter says "proposal: false" are left out). Files named
explicitly are always linted.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 a fatal problem
(a missing or unreadable file, bad arguments).`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
}

function keep(findings: Finding[], quiet: boolean): Finding[] {
  return quiet ? findings.filter((f) => f.severity === 'error') : findings;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (values.version) {
      io.stdout(VERSION + '\n');
      return 0;
    }
    const formatter = FORMATTERS[values.format];
    if (!formatter) throw new UsageError(`--format must be one of ${Object.keys(FORMATTERS).join(', ')} (got "${values.format}")`);
    let maxWarnings = -1;
    if (values['max-warnings'] !== undefined) {
      if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings takes a whole number (got "${values['max-warnings']}")`);
      maxWarnings = Number(values['max-warnings']);
    }

    const results: FileResult[] = [];
    if (values.stdin) {
      if (positionals.length) throw new UsageError('--stdin takes no file arguments');
      const text = await io.readStdin();
      results.push({ filePath: values['stdin-filename'] ?? '<stdin>', findings: keep(lintDocument(text).findings, values.quiet) });
    } else {
      if (positionals.length === 0) throw new UsageError('no files given (try: proposal-lint proposals/ or --help)');
      for (const target of await expandTargets(positionals, io.cwd)) {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(target.absolute);
        } catch (e) {
          throw new FatalError(`${target.display}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        const decoded = decodeText(bytes);
        if (!decoded.ok) {
          io.stderr(`${target.display}: skipped: ${decoded.message}\n`);
          continue;
        }
        const { findings, model } = lintDocument(decoded.text);
        // Found in a directory walk, a file that says it is no proposal is left alone.
        if (!target.explicit && declaredProposal(model.frontMatter?.data) === false) continue;
        results.push({ filePath: target.display, findings: keep(findings, values.quiet) });
      }
    }

    io.stdout(formatter(results, { color: io.color }));
    const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
    const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity !== 'error').length, 0);
    if (errors > 0) return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr(`proposal-lint found too many warnings (${warnings}; at most ${maxWarnings} allowed).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) io.stderr(`proposal-lint: ${e.message}\nRun "proposal-lint --help" for usage.\n`);
    else if (e instanceof FatalError || e instanceof ConfigError) io.stderr(`proposal-lint: ${e.message}\n`);
    else io.stderr(`proposal-lint: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)\n`);
    return 2;
  }
}
