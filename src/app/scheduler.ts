/**
 * The editor's per-document lint scheduler, with no `vscode` import: debounce, generations
 * (a newer request supersedes an older one), host thread or worker, the host's warm-up,
 * dropping stale worker answers, onType vs onSave, and skip reasons. Timers, clocks and
 * the two lint backends are injected, so test/scheduler.test.ts drives it with fakes.
 *
 * The editor side (src/vscode/linter.ts) says what a document needs (`prepare`), whether
 * a front matter makes it a proposal (`confirm`), and shows what comes out (`publish`,
 * `unpublish`, `done`). Everything the scheduler remembers about a document is one
 * `DocState` record, dropped when the document closes.
 */
import type { Edit, Finding, LintOptions, ProposalModel, Readiness } from '../index.js';

export type SkipReason = 'empty' | 'binary';
export type RunMode = 'onType' | 'onSave';
export type WorkerLintOptions = Omit<LintOptions, 'parseCache'>;

/** The debounce after a keystroke (ms). */
export const DEBOUNCE_MS = 300;

/**
 * Documents larger than this many characters lint in the worker thread (Node host): a
 * full lint of 32,000 characters takes about 35 ms, and a keystroke far less, so the
 * host thread is never held for long (docs/performance.md).
 */
export const WORKER_THRESHOLD = 32_000;

/** What the editor side decided for one lint of a document. */
export interface LintJob<X = unknown> {
  text: string;
  options: WorkerLintOptions;
  /** The document version the text is from. */
  version: number;
  /** Only the lint's front matter says whether this is a proposal (`confirm` is asked). */
  needsFrontMatter: boolean;
  /** Content skipped once it is known to be a proposal (binary, empty). */
  skip?: SkipReason;
  /** Whatever the editor side needs again when the answer comes (settings, config). */
  extra: X;
}

/** What a document needs now, as the editor side sees it. */
export type Plan<X> =
  | { kind: 'wait' } // its configuration is being read; the editor re-lints when it is ready
  | { kind: 'clear' } // not a proposal (or not Markdown, or disabled)
  | { kind: 'skip'; reason: SkipReason } // a proposal whose content is not checked
  | { kind: 'lint'; job: LintJob<X> };

export interface LintAnswer {
  findings: Finding[];
  readiness: Readiness;
  frontMatter: Record<string, unknown> | undefined;
  /** The host thread builds the model; a worker answer has none (it is built on demand). */
  model?: ProposalModel;
  /** Per finding, the edits that silence it for its line and for the file (code actions need no model). */
  disable?: DisableEdits[];
}

export interface DisableEdits {
  line: Edit | null;
  file: Edit | null;
}

/** A published lint of one document version. */
export interface Linted {
  version: number;
  findings: Finding[];
  readiness: Readiness;
  model?: ProposalModel;
  disable?: DisableEdits[];
  /** The options the findings were made with (an on-demand model uses the same). */
  options: WorkerLintOptions;
}

/** Lints on the calling thread; `cache` is the document's own (kept between lints, dropped on close). */
export interface HostBackend<C = unknown> {
  createCache(): C;
  lint(text: string, options: WorkerLintOptions, cache: C): LintAnswer;
}

/** Lints in a worker thread; answers with an error rather than rejecting. */
export interface WorkerBackend {
  lint(key: string, text: string, options: WorkerLintOptions): Promise<LintAnswer | { error: string }>;
  forget(key: string): void;
  dispose(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** One lint on the host thread: how long it held the thread. */
export interface LintTiming {
  uri: string;
  chars: number;
  ms: number;
  where: 'host';
}

export interface SchedulerHooks<D, X> {
  key(doc: D): string;
  version(doc: D): number;
  isClosed(doc: D): boolean;
  runMode(doc: D): RunMode;
  prepare(doc: D): Plan<X>;
  /** For a job that needed the front matter: is the document a proposal after all? */
  confirm(doc: D, job: LintJob<X>, frontMatter: Record<string, unknown> | undefined): boolean;
  publish(doc: D, linted: Linted): void;
  unpublish(doc: D): void;
  /** Called after every check of a document (linted, skipped, or found not to be a proposal). */
  done(doc: D): void;
  log(message: string): void;
  /** What each check did and how long it took (the editor's output channel, debug level). */
  debug?(message: string): void;
}

export interface SchedulerDeps<D, X, C> {
  hooks: SchedulerHooks<D, X>;
  host: HostBackend<C>;
  /** Undefined where there are no worker threads (the web extension host). */
  worker?: WorkerBackend;
  timers?: Timers;
  now?: () => number;
  /** The host thread's warm-up, one slice per timer turn (src/index.ts warmUpSteps). */
  warmUpSteps?: () => Array<() => void>;
  workerThreshold?: number;
  debounceMs?: number;
}

/** Everything remembered about one open document. */
interface DocState<C> {
  /** Bumped by every schedule and clear: a debounced lint of an older generation is dropped. */
  generation: number;
  timer?: unknown;
  /** The worker request whose answer is awaited; any other answer is stale. */
  request?: number;
  result?: Linted;
  cache?: C;
  /** The version last checked (linted, skipped, or found not to be a proposal). */
  checked?: number;
  where?: 'host' | 'worker';
  skipped?: SkipReason;
}

/** Why an edit did not schedule a lint. */
export type EditOutcome = 'scheduled' | 'on-save' | 'too-large';

export class Scheduler<D, X = unknown, C = unknown> {
  private readonly docs = new Map<string, DocState<C>>();
  private readonly hooks: SchedulerHooks<D, X>;
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly threshold: number;
  private readonly debounceMs: number;
  private requestSeq = 0;
  private warming = false;
  private disposed = false;
  /** False until the warm-up has compiled the lexicon and the parser on the host thread. */
  hostWarm: boolean;
  /** The warm-up: how long each slice held the thread (ms), and in all. */
  readonly warmUpTiming = { slicesMs: [] as number[], totalMs: 0, done: false };
  /** The latest host-thread lints (the first is the cold one after activation), at most 100. */
  readonly timings: LintTiming[] = [];

  constructor(private readonly deps: SchedulerDeps<D, X, C>) {
    this.hooks = deps.hooks;
    this.timers = deps.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
    this.now = deps.now ?? (() => performance.now());
    this.threshold = deps.workerThreshold ?? WORKER_THRESHOLD;
    this.debounceMs = deps.debounceMs ?? DEBOUNCE_MS;
    this.hostWarm = !deps.worker;
  }

  private state(key: string): DocState<C> {
    let s = this.docs.get(key);
    if (!s) this.docs.set(key, (s = { generation: 0 }));
    return s;
  }

  /** The published lint of the document's current version. */
  get(doc: D): Linted | undefined {
    const r = this.docs.get(this.hooks.key(doc))?.result;
    return r && r.version === this.hooks.version(doc) ? r : undefined;
  }

  checkedVersion(key: string): number | undefined {
    return this.docs.get(key)?.checked;
  }

  /** Whether the document is linted now (has findings published, possibly of an older version while typing). */
  isLinted(key: string): boolean {
    return this.docs.get(key)?.result !== undefined;
  }

  lintedIn(key: string): 'host' | 'worker' | undefined {
    return this.docs.get(key)?.where;
  }

  skipped(key: string): SkipReason | undefined {
    return this.docs.get(key)?.skipped;
  }

  /** How many documents are remembered (closed ones are forgotten). */
  get size(): number {
    return this.docs.size;
  }

  /** A text change: with run onType a debounced lint, unless the document is too large (then on save). */
  edited(doc: D, run: RunMode, size: () => number, maxFileSize: number): EditOutcome {
    if (run !== 'onType') return 'on-save';
    if (size() > maxFileSize) return 'too-large';
    this.schedule(doc, this.debounceMs);
    return 'scheduled';
  }

  /** Lints after `delay` ms unless a newer schedule or a clear comes first. */
  schedule(doc: D, delay: number = this.debounceMs): void {
    const s = this.state(this.hooks.key(doc));
    const gen = ++s.generation;
    if (s.timer !== undefined) this.timers.clearTimeout(s.timer);
    s.timer = this.timers.setTimeout(() => {
      s.timer = undefined;
      // A newer request superseded this one, or the document closed: drop it.
      if (s.generation !== gen || this.docs.get(this.hooks.key(doc)) !== s) return;
      this.lintNow(doc);
    }, delay);
  }

  lintNow(doc: D): void {
    if (this.disposed || this.hooks.isClosed(doc)) return;
    const plan = this.hooks.prepare(doc);
    if (plan.kind === 'wait') return;
    if (plan.kind === 'clear') {
      this.clear(doc);
      this.done(doc);
      return;
    }
    if (plan.kind === 'skip') return this.skip(doc, plan.reason);
    const { job } = plan;
    const key = this.hooks.key(doc);
    const s = this.state(key);
    s.skipped = undefined;
    const worker = this.deps.worker;
    if (worker && (job.text.length > this.threshold || !this.hostWarm)) {
      // Large documents lint in the worker; the host thread stays free. A newer request wins.
      // So do all documents until the host has warmed up (the first lint in a process
      // compiles the lexicon and the parser: about 100 ms in one piece; see warmUp()),
      // which starts with the first proposal: a session that opens none does no such work.
      if (!this.hostWarm) this.warmUp();
      const id = ++this.requestSeq;
      s.request = id;
      const sent = this.now();
      void worker.lint(key, job.text, job.options).then((r) => {
        if (!('error' in r)) this.hooks.debug?.(`${key}: v${job.version}, ${job.text.length} characters linted in the worker in ${Math.round(this.now() - sent)} ms`);
        this.answered(doc, s, id, job, r);
      });
      return;
    }
    this.lintOnHost(doc, s, job);
  }

  private answered(doc: D, s: DocState<C>, id: number, job: LintJob<X>, r: LintAnswer | { error: string }): void {
    // Superseded (a newer request, a host lint, a clear or stop) or closed: drop the answer.
    if (this.disposed || s.request !== id || this.docs.get(this.hooks.key(doc)) !== s || this.hooks.isClosed(doc)) return;
    s.request = undefined;
    if (this.hooks.version(doc) !== job.version) {
      // Typed meanwhile: with run onType that change has scheduled a lint; with onSave, lint the text as it is now.
      if (this.hooks.runMode(doc) === 'onSave') this.lintNow(doc);
      return;
    }
    if ('error' in r) {
      this.hooks.log(`lint worker: ${r.error}`);
      if (job.text.length <= this.threshold) this.lintOnHost(doc, s, job);
      else {
        this.clear(doc);
        this.done(doc);
      }
      return;
    }
    this.settle(doc, s, job, 'worker', r);
  }

  private lintOnHost(doc: D, s: DocState<C>, job: LintJob<X>): void {
    // A worker answer still on its way is older than this lint: it must not overwrite it.
    s.request = undefined;
    s.cache ??= this.deps.host.createCache();
    const started = this.now();
    const answer = this.deps.host.lint(job.text, job.options, s.cache);
    const ms = this.now() - started;
    this.timings.push({ uri: this.hooks.key(doc), chars: job.text.length, ms, where: 'host' });
    this.hooks.debug?.(`${this.hooks.key(doc)}: v${job.version}, ${job.text.length} characters linted on the host in ${Math.round(ms)} ms`);
    if (this.timings.length > 100) this.timings.shift();
    this.settle(doc, s, job, 'host', answer);
  }

  /** After a lint (host or worker): not a proposal after all, skipped for its content, or published. */
  private settle(doc: D, s: DocState<C>, job: LintJob<X>, where: 'host' | 'worker', answer: LintAnswer): void {
    if (job.needsFrontMatter && !this.hooks.confirm(doc, job, answer.frontMatter)) {
      this.hooks.debug?.(`${this.hooks.key(doc)}: not a proposal (its front matter says so)`);
      this.clear(doc);
      this.done(doc);
      return;
    }
    if (job.skip) return this.skip(doc, job.skip);
    s.where = where;
    s.result = { version: job.version, findings: answer.findings, readiness: answer.readiness, model: answer.model, disable: answer.disable, options: job.options };
    this.hooks.publish(doc, s.result);
    this.done(doc);
  }

  private skip(doc: D, reason: SkipReason): void {
    this.hooks.log(`${this.hooks.key(doc)}: not checked (${reason === 'binary' ? 'binary content' : 'empty'})`);
    this.clear(doc);
    this.state(this.hooks.key(doc)).skipped = reason;
    this.done(doc);
  }

  private done(doc: D): void {
    this.state(this.hooks.key(doc)).checked = this.hooks.version(doc);
    this.hooks.done(doc);
  }

  /** Drops the document's diagnostics, its pending lint and any worker answer on its way. */
  clear(doc: D): void {
    const s = this.docs.get(this.hooks.key(doc));
    if (s) {
      s.skipped = undefined;
      s.request = undefined;
      if (s.timer !== undefined) this.timers.clearTimeout(s.timer);
      s.timer = undefined;
      s.generation++;
      s.result = undefined;
    }
    this.hooks.unpublish(doc);
  }

  /** A closed document: its diagnostics and everything remembered about it go. */
  forget(doc: D): void {
    this.clear(doc);
    const key = this.hooks.key(doc);
    this.docs.delete(key);
    this.deps.worker?.forget(key);
  }

  /**
   * Compiles the lexicon and the parser on the host thread one small slice per timer
   * turn (each a few milliseconds), then lets small documents lint here again. Until
   * then every lint goes to the worker, so the host is never held by a cold lint.
   */
  warmUp(): void {
    if (this.warming) return;
    this.warming = true;
    const steps = this.deps.warmUpSteps?.() ?? [];
    const started = this.now();
    const next = (): void => {
      if (this.disposed) return;
      const step = steps.shift();
      if (!step) {
        this.hostWarm = true;
        this.warmUpTiming.totalMs = this.now() - started;
        this.warmUpTiming.done = true;
        return;
      }
      const t0 = this.now();
      step();
      this.warmUpTiming.slicesMs.push(Math.round((this.now() - t0) * 10) / 10);
      this.timers.setTimeout(next, 0);
    };
    this.timers.setTimeout(next, 0);
  }

  dispose(): void {
    this.disposed = true;
    this.deps.worker?.dispose();
    for (const s of this.docs.values()) if (s.timer !== undefined) this.timers.clearTimeout(s.timer);
  }
}
