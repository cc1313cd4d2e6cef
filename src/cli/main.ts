import fs from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import {
  lintDocument, ConfigError, ConfigProblem, declaredProposal, decodeText, isProposal, lintOptionsFor, mergeConfig, clientCopy,
  RULES, SEVERITIES, type Finding, type ProposalLintConfig, type SeveritySetting,
} from '../index.js';
import { expandTargets, FatalError } from './files.js';
import { ConfigResolver, slash, writeStarter } from './config.js';
import { newFindings, readBaseline, record, type Baseline } from './baseline.js';
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

export const HELP = `proposal-lint [options] [file|dir|glob]...
proposal-lint export <file> -o <out>

Checks sales proposals written in Markdown against the negotiation playbook
(walk-away point kept private, price framed by value, add-ons, credibility with proof).

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github, junit, unix
      --quiet             Report errors only, not warnings
      --max-warnings <n>  Exit with 1 when there are more than n warnings
      --stdin             Lint the text on standard input
      --stdin-filename <name>
                          The name to show for standard input
  -c, --config <file>     Use this config file instead of the nearest .proposallintrc.json
      --no-config         Use no config file
      --rule <id:severity>
                          Set a rule's severity (repeatable), e.g. --rule seller-centric:off
      --only-proposals    In directories, lint only files that are proposals (front matter
                          or the include globs); the default when no path is given
      --report-unused-directives
                          Report proposal-lint-disable comments that silence nothing
      --baseline <file>   Report only findings not recorded in this baseline
      --write-baseline <file>
                          Record today's findings as the baseline and exit 0
      --print-config <file>
                          Print the configuration that applies to a file
      --init              Write a commented starter .proposallintrc.json here
      --max-file-size <MB>
                          Skip files larger than this (default 20)
  -o, --output <file>     With export: where to write the client copy
  -h, --help              Show this help
  -v, --version           Show the version

With no path, the proposals in the current directory tree are linted. Directories are
searched for .md and .markdown files (node_modules and dot-folders skipped; files whose
front matter says "proposal: false" are left out). Files named explicitly are always linted.

export writes the client's copy: the proposal without front matter and internal notes,
refusing while the copy would still reveal the walk-away point.

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
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean', default: false },
        rule: { type: 'string', multiple: true, default: [] },
        'only-proposals': { type: 'boolean', default: false },
        'report-unused-directives': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'print-config': { type: 'string' },
        init: { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        output: { type: 'string', short: 'o' },
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

function parseRuleFlags(flags: string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  const ids = RULES.map((r) => r.meta.id);
  for (const flag of flags) {
    const [id, severity] = flag.split(':');
    if (!id || !ids.includes(id)) throw new UsageError(`--rule ${flag}: unknown rule "${id ?? ''}" (known: ${ids.join(', ')})`);
    if (!severity || !SEVERITIES.includes(severity as SeveritySetting)) throw new UsageError(`--rule ${flag}: severity must be one of ${SEVERITIES.join(', ')}`);
    out[id] = severity as SeveritySetting;
  }
  return out;
}

async function exportCopy(args: string[], output: string | undefined, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('export takes one file: proposal-lint export <file> -o <out>');
  if (!output) throw new UsageError('export needs -o <out>');
  const file = path.resolve(io.cwd, args[0]!);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new FatalError(`${args[0]}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new FatalError(`${args[0]}: ${decoded.message}`);
  const copy = clientCopy(lintDocument(decoded.text, { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) }).model);
  const leaks = lintDocument(copy, { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'exposed-batna' ? 'error' : 'off'])) }).findings;
  if (leaks.length) {
    const f = leaks[0]!;
    io.stderr(`proposal-lint: ${args[0]}:${f.line}:${f.column}: not exported: the client copy would still reveal your walk-away point ("${copy.slice(f.startOffset, f.endOffset)}"); move it into an internal block\n`);
    return 1;
  }
  fs.writeFileSync(path.resolve(io.cwd, output), copy);
  io.stderr(`proposal-lint: wrote the client copy to ${output}\n`);
  return 0;
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

    const cliRules = parseRuleFlags(values.rule ?? []);
    const maxMb = values['max-file-size'] === undefined ? 20 : Number(values['max-file-size']);
    if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-file-size takes a positive number of megabytes (got "${values['max-file-size']}")`);
    const resolver = new ConfigResolver({ configFile: values.config === undefined ? undefined : path.resolve(io.cwd, values.config), noConfig: values['no-config'] });
    const layered = async (absolute: string): Promise<{ config: ProposalLintConfig; base: string }> => {
      const loaded = await resolver.forFile(absolute);
      return { config: mergeConfig(loaded.config, { rules: cliRules }), base: loaded.file ? path.dirname(loaded.file) : io.cwd };
    };

    if (values.init) {
      io.stdout(`Wrote ${writeStarter(io.cwd)}\n`);
      return 0;
    }
    if (values['print-config'] !== undefined) {
      const { config } = await layered(path.resolve(io.cwd, values['print-config']));
      io.stdout(JSON.stringify(config, null, 2) + '\n');
      return 0;
    }
    if (positionals[0] === 'export') return await exportCopy(positionals.slice(1), values.output, io);

    const baseline: Baseline | undefined = values.baseline ? readBaseline(path.resolve(io.cwd, values.baseline)) : undefined;
    const writing: Baseline | undefined = values['write-baseline'] ? { version: 1, files: {} } : undefined;
    const results: FileResult[] = [];
    const extra = { reportUnusedDirectives: values['report-unused-directives'] };
    if (values.stdin) {
      if (positionals.length) throw new UsageError('--stdin takes no file arguments');
      const text = await io.readStdin();
      const name = values['stdin-filename'] ?? '<stdin>';
      const { config, base } = await layered(path.resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md'));
      const rel = slash(path.relative(base, path.resolve(io.cwd, name)));
      results.push({ filePath: name, findings: keep(lintDocument(text, lintOptionsFor(config, rel, extra)).findings, values.quiet) });
    } else {
      const onlyProposals = values['only-proposals'] || positionals.length === 0;
      let targets;
      try {
        targets = await expandTargets(positionals.length ? positionals : ['.'], io.cwd);
      } catch (e) {
        if (positionals.length === 0 && e instanceof FatalError) throw new FatalError('no Markdown files under the current directory (name the files or folders to lint)');
        throw e;
      }
      for (const target of targets) {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(target.absolute);
        } catch (e) {
          throw new FatalError(`${target.display}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        if (bytes.length > maxMb * 1_000_000) {
          io.stderr(`${target.display}: skipped: ${(bytes.length / 1_000_000).toFixed(1)} MB is over the ${maxMb} MB limit (--max-file-size)\n`);
          continue;
        }
        if (bytes.length === 0) {
          io.stderr(`${target.display}: skipped: empty file\n`);
          continue;
        }
        const decoded = decodeText(bytes);
        if (!decoded.ok) {
          io.stderr(`${target.display}: skipped: ${decoded.message}\n`);
          continue;
        }
        const { config, base } = await layered(target.absolute);
        const rel = slash(path.relative(base, target.absolute));
        const { findings, model } = lintDocument(decoded.text, lintOptionsFor(config, rel, extra));
        const fm = model.frontMatter?.data;
        if (!target.explicit) {
          // Found in a directory walk: a file that says it is no proposal is left alone, and
          // with --only-proposals so is every file that is not one by front matter or path.
          if (declaredProposal(fm) === false) continue;
          if (onlyProposals && !isProposal(rel, fm, { include: config.include, exclude: config.exclude })) continue;
        }
        let kept = findings;
        if (writing) record(writing, target.display, findings, decoded.text);
        if (baseline) kept = newFindings(baseline, target.display, findings, decoded.text);
        results.push({ filePath: target.display, findings: keep(kept, values.quiet) });
      }
      if (positionals.length === 0 && results.length === 0 && !writing) {
        io.stderr('proposal-lint: no proposals found under the current directory (name files or folders to lint them anyway)\n');
        return 0;
      }
    }
    if (writing) {
      const out = path.resolve(io.cwd, values['write-baseline']!);
      fs.writeFileSync(out, JSON.stringify(writing, null, 2) + '\n');
      const count = Object.values(writing.files).reduce((n, f) => n + Object.values(f).reduce((a, b) => a + b, 0), 0);
      io.stderr(`proposal-lint: recorded ${count} finding${count === 1 ? '' : 's'} in ${values['write-baseline']}\n`);
      return 0;
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
    else if (e instanceof ConfigProblem) io.stderr(`proposal-lint: ${e.toString()}\n`);
    else if (e instanceof FatalError || e instanceof ConfigError) io.stderr(`proposal-lint: ${e.message}\n`);
    else io.stderr(`proposal-lint: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)\n`);
    return 2;
  }
}
