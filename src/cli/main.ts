import fs from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import {
  lintDocument, limitFinding, ConfigError, ConfigProblem, declaredProposal, decodeText, isProposal,
  RULES, SEVERITIES, type Finding, type LintOptions, type SeveritySetting,
} from '../index.js';
import { describeError, expandTargets, FatalError, ReadProblem, readRegularFile } from './files.js';
import { slash, writeStarter } from './config.js';
import { newFindings, readBaseline, record, type Baseline } from './baseline.js';
import { FORMATTERS, type FileResult } from './formatters/index.js';
import { InOrder, Report } from './report.js';
import { exportClient, formatExportProblems } from '../app/export.js';
import { frontMatterOf } from '../app/resolve.js';
import { escapeControl } from './formatters/escape.js';
import { localToday, parseIsoDay } from '../engine/dates.js';
import { makeResolver, type Resolve, type ResolveSettings } from './resolver.js';
import { defaultCacheLocation, LintCache } from './cache.js';
import { BOUNDED_FROM, BOUNDED_HEAP_MB, BoundedLint, LintPool, poolSize, WorkerFailure, workerFile, type BoundedResult } from './pool.js';

declare const __VERSION__: string;
/** How far the files being linted may run ahead of the first one not yet reported (what bounds memory when one file takes long). */
const WINDOW = 64;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as bytes (decoded like a file), at most `limit` + 1 bytes of it. */
  readStdin: (limit: number) => Promise<Uint8Array | string>;
  cwd: string;
  color: boolean;
  /** The environment (GITHUB_STEP_SUMMARY); none when not given. */
  env?: Record<string, string | undefined>;
}

export const HELP = `proposal-lint [options] [file|dir|glob]...
proposal-lint export <file> -o <out>
proposal-lint export --check <file>...

Checks sales proposals written in Markdown against the negotiation playbook
(walk-away point kept private, price framed by value, add-ons, credibility with proof).

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github, gitlab,
                          rdjson, junit, unix (github also writes a job summary to
                          $GITHUB_STEP_SUMMARY when it is set)
      --quiet             Report errors only, not warnings
      --max-warnings <n>  Exit with 1 when there are more than n warnings
      --stdin             Lint the text on standard input
      --stdin-filename <name>
                          The name to show for standard input
  -c, --config <file>     Use this config file instead of the nearest .proposallintrc.json
                          (searched up to the repository root; outside one, up to the
                          current folder)
      --no-config         Use no config file
      --rule <id:severity>
                          Set a rule's severity (repeatable), e.g. --rule seller-centric:off
      --only-proposals    Lint only files that are proposals (front matter or the include
                          globs), also among files named (as pre-commit names them); in
                          directories, the default when no path is given
      --report-unused-directives
                          Report proposal-lint-disable comments that silence nothing
      --today <YYYY-MM-DD>
                          Check validity, start and decision dates against this day
                          instead of the system date (for reproducible CI runs)
      --baseline <file>   Report only findings not recorded in this baseline
      --write-baseline <file>
                          Record today's findings as the baseline and exit 0
      --print-config <file>
                          Print the configuration that applies to a file
      --init              Write a commented starter .proposallintrc.json here
      --max-file-size <MB>
                          Skip files larger than this (default 20)
      --max-lint-time <seconds>
                          Stop linting a file over 64 KB after this long (default 4.5:
                          5 s with the worker's start); it is linted in a worker thread
                          (at most 1 GB of heap) and reported as
                          not checked (one error at 1:1) when it hits either limit
      --cache             Only lint files that changed since the last run (keyed by the
                          text, the configuration and flags that apply, and the version)
      --cache-location <file>
                          Where --cache keeps its file (default
                          node_modules/.cache/proposal-lint/cache.json, or .proposallintcache
                          where there is no node_modules)
      --concurrency <n|auto|off>
                          Lint on n worker threads (auto: one per core when there are 16
                          files or more; off: on the main thread). Output order is the same
  -o, --output <file>     With export: where to write the client copy
      --check             With export: only check that the client copy would be safe
                          (exit 1 and one line per leak when it is not)
      --stdio             Run the language server on standard input and output (any LSP editor;
                          the same as the proposal-lint-ls command)
  -h, --help              Show this help
  -v, --version           Show the version

With no path, the proposals in the current directory tree are linted. Directories are
searched for .md and .markdown files (node_modules and dot-folders skipped; files whose
front matter says "proposal: false" are left out). Files named explicitly are always linted.

export writes the client's copy: the proposal without front matter, internal notes and
HTML comments, refusing (exit 1, one line per problem at the proposal's line) while
anything internal would survive: the walk-away point in any wording or form, its amount,
an unclosed marker or front matter. It never overwrites the proposal itself.

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
        today: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'print-config': { type: 'string' },
        init: { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        'max-lint-time': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string', default: 'auto' },
        output: { type: 'string', short: 'o' },
        check: { type: 'boolean', default: false },
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

/** The file itself when `out` resolves to it: same real path (symlinks, `..`), or the same inode (hard links). */
function sameFile(input: string, out: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      // Not there yet: its folder's real path plus its name.
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  if (real(input) === real(out)) return true;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(out);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

async function exportCopy(args: string[], output: string | undefined, check: boolean, io: Io, resolve: Resolve): Promise<number> {
  if (args.length === 0) throw new UsageError('export takes a file: proposal-lint export <file> -o <out>, or proposal-lint export --check <file>...');
  if (!check && args.length !== 1) throw new UsageError('export writes one file: proposal-lint export <file> -o <out> (use --check to check several)');
  if (!check && !output) throw new UsageError('export needs -o <out> (or --check to only check)');
  let failed = 0;
  for (const arg of args) {
    const file = path.resolve(io.cwd, arg);
    let bytes: Buffer;
    try {
      // Bounded like every other read: regular files only, size checked first.
      bytes = readRegularFile(file, 20_000_000);
    } catch (e) {
      throw new FatalError(`${escapeControl(arg)}: cannot read file (${e instanceof ReadProblem ? e.message : describeError(e)})`);
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new FatalError(`${escapeControl(arg)}: ${decoded.message}`);
    const { options } = await resolve(file);
    const result = exportClient(decoded.text, options);
    if (!result.ok) {
      failed++;
      for (const line of formatExportProblems(slash(arg), result.problems)) io.stderr(`${line}\n`);
      continue;
    }
    if (check) continue;
    const out = path.resolve(io.cwd, output!);
    if (sameFile(file, out)) throw new FatalError(`${output}: is the proposal itself; export refuses to overwrite it (choose another name, e.g. ${path.basename(arg).replace(/(\.md|\.markdown)?$/i, '.client.md')})`);
    try {
      fs.writeFileSync(out, result.copy);
    } catch (e) {
      throw new FatalError(`${escapeControl(output!)}: cannot write the client copy: ${describeError(e)}`);
    }
    io.stderr(`proposal-lint: wrote the client copy to ${output}\n`);
  }
  if (check && failed === 0) io.stderr(`proposal-lint: ${args.length === 1 ? 'the client copy is' : `all ${args.length} client copies are`} safe to export\n`);
  return failed ? 1 : 0;
}

function keep(findings: Finding[], quiet: boolean): Finding[] {
  return quiet ? findings.filter((f) => f.severity === 'error') : findings;
}

/** An error from the file system (writing the export, the starter config, the baseline): the user's to fix, not a bug. */
function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
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
    const maxSeconds = values['max-lint-time'] === undefined ? 4.5 : Number(values['max-lint-time']);
    if (!Number.isFinite(maxSeconds) || maxSeconds <= 0) throw new UsageError(`--max-lint-time takes a positive number of seconds (got "${values['max-lint-time']}")`);
    const concurrency = values.concurrency === 'auto' || values.concurrency === 'off' ? values.concurrency : Number(values.concurrency);
    if (typeof concurrency === 'number' && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 64)) throw new UsageError(`--concurrency takes a number of threads from 1 to 64, auto or off (got "${values.concurrency}")`);
    const settings: ResolveSettings = { cwd: io.cwd, configFile: values.config === undefined ? undefined : path.resolve(io.cwd, values.config), noConfig: values['no-config'], cliRules };
    const { layered, resolve } = makeResolver(settings);

    if (values.init) {
      io.stdout(`Wrote ${writeStarter(io.cwd)}\n`);
      return 0;
    }
    if (values['print-config'] !== undefined) {
      const { config } = await layered(path.resolve(io.cwd, values['print-config']));
      io.stdout(JSON.stringify(config, null, 2) + '\n');
      return 0;
    }
    if (positionals[0] === 'export') return await exportCopy(positionals.slice(1), values.output, values.check, io, resolve);

    const baseline: Baseline | undefined = values.baseline ? readBaseline(path.resolve(io.cwd, values.baseline), values.baseline) : undefined;
    const writing: Baseline | undefined = values['write-baseline'] ? { version: 1, files: {} } : undefined;
    const summaryFile = values.format === 'github' ? io.env?.['GITHUB_STEP_SUMMARY'] : undefined;
    /** The report, written file by file as the run goes (none while a baseline is written). */
    const report = writing ? undefined : new Report(formatter, io.stdout, { color: io.color, summary: !!summaryFile });
    /** A file named explicitly could not be linted: the exit code is 2 after the others are reported. */
    let fatal = false;
    // Dates of the offer are checked against today: the system's local date, or --today for a reproducible run.
    if (values.today !== undefined && parseIsoDay(values.today) === undefined) throw new UsageError(`--today takes a date as YYYY-MM-DD (got "${values.today}")`);
    const extra = { reportUnusedDirectives: values['report-unused-directives'], today: values.today ?? localToday() };
    // A large file is linted in a worker of its own, stopped at --max-lint-time or its heap limit (in-thread
    // when no worker bundle is built, as when the sources run without `npm run build`).
    const boundedFile = workerFile();
    const bounded = boundedFile ? new BoundedLint(boundedFile, settings, extra, maxSeconds * 1000) : undefined;
    const large = (text: string) => bounded !== undefined && text.length * 3 >= BOUNDED_FROM && Buffer.byteLength(text) >= BOUNDED_FROM;
    /** The findings of a bounded lint: as linted, or the one "not checked" finding naming the limit. */
    const boundedFindings = (r: BoundedResult, text: string, language: LintOptions['language']): Finding[] =>
      'json' in r ? (JSON.parse(r.json) as Finding[]) : [limitFinding(r.limit, r.limit === 'time' ? maxSeconds : BOUNDED_HEAP_MB, text, language)];
    let cache: LintCache | undefined;
    let pool: LintPool | undefined;
    let linted = false;
    try {
      if (values.stdin) {
        if (positionals.length) throw new UsageError('--stdin takes no file arguments');
        const name = values['stdin-filename'] ?? '<stdin>';
        const input = await io.readStdin(maxMb * 1_000_000);
        const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
        if (bytes.length > maxMb * 1_000_000) throw new FatalError(`${escapeControl(name)}: standard input is over the ${maxMb} MB limit (--max-file-size)`);
        // The same decoding as files: binary, UTF-16 and invalid UTF-8 are refused, a BOM is dropped.
        const decoded = decodeText(bytes);
        if (!decoded.ok) throw new FatalError(`${escapeControl(name)}: ${decoded.message}`);
        const text = decoded.text;
        const { options } = await resolve(path.resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md'), extra);
        const findings = keep(large(text) ? boundedFindings(await bounded!.lint(path.resolve(io.cwd, values['stdin-filename'] ?? 'stdin.md'), text), text, options.language) : lintDocument(text, options).findings, values.quiet);
        report?.add({ filePath: name, findings, prepared: formatter.prepare?.(text, findings) });
      } else {
        const onlyProposals = values['only-proposals'] || positionals.length === 0;
        let targets;
        try {
          targets = await expandTargets(positionals.length ? positionals : ['.'], io.cwd);
        } catch (e) {
          if (positionals.length === 0 && e instanceof FatalError) throw new FatalError('no Markdown files under the current directory (name the files or folders to lint)');
          throw e;
        }
        // The configuration of every folder first (once a folder): a broken config file is one
        // line and exit 2 before anything is reported.
        for (const target of targets) await layered(target.absolute);
        cache = values.cache ? new LintCache(path.resolve(io.cwd, values['cache-location'] ?? defaultCacheLocation(io.cwd)), values['cache-location'] ?? 'the cache') : undefined;
        const size = poolSize(concurrency, targets.length);
        const file = size > 0 ? workerFile() : undefined;
        // Workers start when the first file to lint comes (none for a run the cache answers).
        pool = file ? new LintPool(size, file, settings, extra) : undefined;
        /** Reads a file as every read here does; undefined (with the reason on stderr) when it is skipped or cannot be read. */
        const read = (target: (typeof targets)[number]): string | undefined => {
          let bytes: Buffer;
          try {
            // Bounded before it happens: regular files only, the size checked first.
            bytes = readRegularFile(target.absolute, maxMb * 1_000_000);
          } catch (e) {
            if (e instanceof ReadProblem && e.kind === 'too-big') {
              io.stderr(`${escapeControl(target.display)}: skipped: ${e.size === undefined ? 'it' : `${(e.size / 1_000_000).toFixed(1)} MB`} is over the ${maxMb} MB limit (--max-file-size)\n`);
              return undefined;
            }
            if (e instanceof ReadProblem && e.kind === 'not-regular' && !target.explicit) {
              // Found by a glob (a symbolic link to a device, say): never read, one line.
              io.stderr(`${escapeControl(target.display)}: skipped: ${e.message}\n`);
              return undefined;
            }
            // Gone or unreadable since the folder was read: one line, and exit 2 once the others are reported.
            io.stderr(`proposal-lint: ${escapeControl(target.display)}: cannot read file: ${e instanceof ReadProblem ? e.message : describeError(e)}\n`);
            fatal = true;
            return undefined;
          }
          if (bytes.length === 0) {
            io.stderr(`${escapeControl(target.display)}: skipped: empty file\n`);
            return undefined;
          }
          const decoded = decodeText(bytes);
          if (!decoded.ok) {
            // Named explicitly, a file that cannot be linted is a fatal problem (exit 2); found in a folder, it is skipped.
            io.stderr(`${escapeControl(target.display)}: ${target.explicit ? '' : 'skipped: '}${decoded.message}\n`);
            if (target.explicit) fatal = true;
            return undefined;
          }
          return decoded.text;
        };
        interface Done { display: string; result: FileResult; recorded?: Baseline['files']; cached?: { key: string; json: string } }
        /** A file's findings, linted now or from the cache: the baseline, --quiet and the formatter's look at the text, then the text is let go. */
        const finish = (display: string, text: string, findings: Finding[], cached?: Done['cached']): Done => {
          let recorded: Baseline['files'] | undefined;
          if (writing) {
            const one: Baseline = { version: 1, files: {} };
            record(one, display, findings, text);
            recorded = one.files;
          }
          let kept = baseline ? newFindings(baseline, display, findings, text) : findings;
          kept = keep(kept, values.quiet);
          return { display, result: { filePath: display, findings: kept, prepared: formatter.prepare?.(text, kept) }, recorded, cached };
        };
        // In the order found, whichever thread linted them: the cache and the baseline too.
        const inOrder = new InOrder<Done>(WINDOW, (d) => {
          if (d.cached) cache!.set(d.display, d.cached.key, d.cached.json);
          if (writing && d.recorded) Object.assign(writing.files, d.recorded);
          report?.add(d.result);
        });
        /** The configuration as the cache key has it, once per configuration. */
        const settingsJson = new WeakMap<object, string>();
        const extraJson = JSON.stringify(extra);
        for (const [index, target] of targets.entries()) {
          await inOrder.room(index);
          const text = read(target);
          if (text === undefined) {
            inOrder.put(index, undefined);
            continue;
          }
          const { config, relative: rel, options } = await resolve(target.absolute, extra);
          if (!target.explicit || values['only-proposals']) {
            // Found in a directory walk (or named, with --only-proposals, as pre-commit names every
            // Markdown file): decided from the front matter alone, before any lint. A file that says
            // it is no proposal is left alone, and with --only-proposals so is every file that is
            // not one by front matter or path.
            const fm = frontMatterOf(text);
            if (declaredProposal(fm) === false || (onlyProposals && !isProposal(rel, fm, { include: config.include, exclude: config.exclude }))) {
              inOrder.put(index, undefined);
              continue;
            }
          }
          // Whatever changes the findings is in the key: the configuration as it applies here, the path
          // `overrides` and detection see, the flags passed to the lint (`extra`), the text and the version.
          let key: string | undefined;
          if (cache) {
            const layer = (await layered(target.absolute)).config;
            let json = settingsJson.get(layer);
            if (json === undefined) settingsJson.set(layer, (json = JSON.stringify(layer)));
            key = LintCache.key(text, `${json}\u0000${rel}\u0000${extraJson}`);
            const hit = cache.get(target.display, key);
            if (hit) {
              inOrder.put(index, finish(target.display, text, hit));
              continue;
            }
          }
          if (large(text)) {
            await bounded!.slot();
            bounded!.lint(target.absolute, text)
              .then((r) => {
                if ('json' in r) inOrder.put(index, finish(target.display, text, JSON.parse(r.json) as Finding[], key ? { key, json: r.json } : undefined));
                else {
                  // Stopped at a limit: one finding, not cached and not held against the baseline (a later run may check it).
                  const findings = boundedFindings(r, text, options.language);
                  inOrder.put(index, { display: target.display, result: { filePath: target.display, findings, prepared: formatter.prepare?.(text, findings) } });
                }
              })
              .catch((e: unknown) => inOrder.fail(e));
          } else if (pool) {
            await pool.slot();
            pool.lint(target.absolute, text)
              .then((json) => inOrder.put(index, finish(target.display, text, JSON.parse(json) as Finding[], key ? { key, json } : undefined)))
              .catch((e: unknown) => inOrder.fail(e));
          } else {
            const findings = lintDocument(text, options).findings;
            inOrder.put(index, finish(target.display, text, findings, key ? { key, json: JSON.stringify(findings) } : undefined));
          }
        }
        await inOrder.done(targets.length);
        if (cache) {
          const problem = cache.save();
          if (problem) io.stderr(`proposal-lint: ${escapeControl(problem)}\n`);
        }
        if (positionals.length === 0 && !writing && report?.files === 0 && !fatal) {
          io.stderr('proposal-lint: no proposals found under the current directory (name files or folders to lint them anyway)\n');
          return 0;
        }
      }
      linted = true;
    } finally {
      await pool?.close();
      await bounded?.close();
      cache?.discard();
      // Stopped by a problem: a report kept in a temporary file is not written.
      if (!linted) report?.discard();
    }
    if (writing) {
      const out = path.resolve(io.cwd, values['write-baseline']!);
      try {
        fs.writeFileSync(out, JSON.stringify(writing, null, 2) + '\n');
      } catch (e) {
        throw new FatalError(`${values['write-baseline']}: cannot write the baseline: ${describeError(e)}`);
      }
      const count = Object.values(writing.files).reduce((n, f) => n + Object.values(f).reduce((a, b) => a + b, 0), 0);
      io.stderr(`proposal-lint: recorded ${count} finding${count === 1 ? '' : 's'} in ${values['write-baseline']}\n`);
      return fatal ? 2 : 0;
    }

    const summary = report!.end();
    if (summaryFile && summary !== undefined) {
      try {
        fs.appendFileSync(summaryFile, summary);
      } catch (e) {
        // The annotations are out; a summary that cannot be written is reported, not fatal.
        io.stderr(`proposal-lint: cannot write the job summary to ${escapeControl(summaryFile)}: ${describeError(e)}\n`);
      }
    }
    const { errors, warnings } = report!;
    if (fatal) return 2;
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
    else if (isFileSystemError(e)) io.stderr(`proposal-lint: ${e.path ? `${e.path}: ` : ''}${e.syscall ? `cannot ${e.syscall === 'mkdir' ? 'create' : e.syscall}: ` : ''}${describeError(e)}\n`);
    else if ((e instanceof RangeError && /call stack/i.test(e.message)) || (e instanceof WorkerFailure && e.stack_)) io.stderr('proposal-lint: the input is nested too deeply to process\n');
    else io.stderr(`proposal-lint: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)\n`);
    return 2;
  }
}
