import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Scheduler, type LintAnswer, type LintJob, type Linted, type Plan, type RunMode, type Timers, type WorkerLintOptions } from '../src/app/scheduler.js';
import type { Finding, Readiness } from '../src/index.js';

/** A document as the scheduler sees it. */
interface Doc {
  key: string;
  version: number;
  isClosed: boolean;
  text: string;
  run: RunMode;
  /** What prepare() answers besides a lint. */
  plan?: 'wait' | 'clear' | 'skip-empty';
  needsFrontMatter?: boolean;
  frontMatterSaysProposal?: boolean;
}

class FakeTimers implements Timers {
  private seq = 0;
  now = 0;
  readonly pending = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Runs every timer due within `ms`, in order (timers they set run too when due). */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].fn();
    }
    this.now = end;
  }
}

const READY: Readiness = { covered: [], missing: [] } as unknown as Readiness;
const finding = (text: string): Finding => ({ ruleId: 'exposed-batna', message: text } as unknown as Finding);
const answer = (text: string): LintAnswer => ({ findings: [finding(text)], readiness: READY, frontMatter: undefined });

class FakeWorker {
  readonly calls: Array<{ key: string; text: string; resolve: (r: LintAnswer | { error: string }) => void }> = [];
  forgotten: string[] = [];
  disposed = false;
  lint(key: string, text: string, _options: WorkerLintOptions): Promise<LintAnswer | { error: string }> {
    return new Promise((resolve) => this.calls.push({ key, text, resolve }));
  }
  forget(key: string): void {
    this.forgotten.push(key);
  }
  dispose(): void {
    this.disposed = true;
  }
  /** Answers the nth request (in order of asking) with the findings of its own text. */
  answer(n: number, r?: LintAnswer | { error: string }): void {
    const c = this.calls[n]!;
    c.resolve(r ?? answer(c.text));
  }
}

const flush = () => new Promise<void>((r) => setImmediate(r));

function setUp(opts: { worker?: boolean; warm?: boolean; threshold?: number; warmSteps?: number } = {}) {
  const timers = new FakeTimers();
  const worker = opts.worker === false ? undefined : new FakeWorker();
  const hostLints: string[] = [];
  const published: Array<{ key: string; linted: Linted }> = [];
  const unpublished: string[] = [];
  const done: Array<[string, number]> = [];
  const logs: string[] = [];
  let caches = 0;
  const steps = opts.warmSteps ?? 3;
  const sched = new Scheduler<Doc, { tag: string }, number>({
    hooks: {
      key: (d) => d.key,
      version: (d) => d.version,
      isClosed: (d) => d.isClosed,
      runMode: (d) => d.run,
      prepare: (d): Plan<{ tag: string }> => {
        if (d.plan === 'wait') return { kind: 'wait' };
        if (d.plan === 'clear') return { kind: 'clear' };
        if (d.plan === 'skip-empty') return { kind: 'skip', reason: 'empty' };
        const job: LintJob<{ tag: string }> = { text: d.text, options: {}, version: d.version, needsFrontMatter: !!d.needsFrontMatter, extra: { tag: 't' } };
        return { kind: 'lint', job };
      },
      confirm: (d) => !!d.frontMatterSaysProposal,
      publish: (d, linted) => published.push({ key: d.key, linted }),
      unpublish: (d) => unpublished.push(d.key),
      done: (d) => done.push([d.key, d.version]),
      log: (m) => logs.push(m),
    },
    host: {
      createCache: () => ++caches,
      lint: (text) => {
        hostLints.push(text);
        return answer(text);
      },
    },
    worker,
    timers,
    now: () => timers.now,
    warmUpSteps: () => Array.from({ length: steps }, () => () => {}),
    workerThreshold: opts.threshold ?? 100,
  });
  if (opts.warm !== false && worker) {
    // Warm the host up first, as after a session's first proposal.
    sched.warmUp();
    timers.advance(0);
    assert.equal(sched.hostWarm, true);
  }
  const lastPublished = (key: string) => published.filter((p) => p.key === key).at(-1)?.linted.findings[0]?.message;
  return { sched, timers, worker, hostLints, published, unpublished, done, logs, lastPublished, caches: () => caches };
}

const doc = (text: string, extra: Partial<Doc> = {}): Doc => ({ key: 'file:///a-proposal.md', version: 1, isClosed: false, text, run: 'onType', ...extra });

describe('editor scheduler (no VS Code)', () => {
  it('imports nothing of vscode (src/app runs without an editor)', () => {
    const source = fs.readFileSync(new URL('../src/app/scheduler.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(source, /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]vscode['"]/);
  });

  it('debounces edits: one lint of the latest text after the quiet period', () => {
    const t = setUp();
    const d = doc('one');
    for (const [i, text] of ['o', 'on', 'one'].entries()) {
      d.text = text;
      d.version = i + 2;
      assert.equal(t.sched.edited(d, 'onType', () => text.length, 1_000), 'scheduled');
      t.timers.advance(100);
    }
    assert.deepEqual(t.hostLints, []);
    t.timers.advance(299);
    assert.deepEqual(t.hostLints, ['one']);
    assert.equal(t.sched.get(d)?.findings[0]?.message, 'one');
    assert.equal(t.sched.checkedVersion(d.key), 4);
    assert.equal(t.sched.lintedIn(d.key), 'host');
  });

  it('onSave does not schedule while typing; a too-large document waits for the save', () => {
    const t = setUp();
    const d = doc('text', { run: 'onSave' });
    assert.equal(t.sched.edited(d, 'onSave', () => 4, 1_000), 'on-save');
    assert.equal(t.sched.edited(d, 'onType', () => 5_000, 1_000), 'too-large');
    t.timers.advance(10_000);
    assert.deepEqual(t.hostLints, []);
    t.sched.lintNow(d); // the save
    assert.deepEqual(t.hostLints, ['text']);
  });

  it('a newer edit supersedes an older pending lint, and a clear cancels it', () => {
    const t = setUp();
    const d = doc('old');
    t.sched.schedule(d, 300);
    t.timers.advance(200);
    d.text = 'new';
    t.sched.schedule(d, 300);
    t.timers.advance(200);
    assert.deepEqual(t.hostLints, []);
    t.timers.advance(100);
    assert.deepEqual(t.hostLints, ['new']);
    t.sched.schedule(d, 300);
    t.sched.clear(d);
    t.timers.advance(1_000);
    assert.deepEqual(t.hostLints, ['new']);
    assert.equal(t.sched.get(d), undefined);
  });

  it('large documents go to the worker; small ones stay on the host', async () => {
    const t = setUp();
    const big = doc('x'.repeat(500), { key: 'file:///big-proposal.md' });
    const small = doc('small');
    t.sched.lintNow(big);
    t.sched.lintNow(small);
    assert.equal(t.worker!.calls.length, 1);
    assert.deepEqual(t.hostLints, ['small']);
    t.worker!.answer(0);
    await flush();
    assert.equal(t.sched.lintedIn(big.key), 'worker');
    assert.equal(t.sched.get(big)?.findings[0]?.message, big.text);
    assert.equal(t.sched.lintedIn(small.key), 'host');
  });

  it('a newer worker request supersedes an older one: the older answer is dropped', async () => {
    const t = setUp();
    const d = doc('a'.repeat(200));
    t.sched.lintNow(d);
    d.text = 'b'.repeat(200);
    t.sched.lintNow(d);
    t.worker!.answer(0);
    await flush();
    assert.equal(t.published.length, 0, 'the first answer is stale');
    t.worker!.answer(1);
    await flush();
    assert.equal(t.lastPublished(d.key), d.text);
  });

  it('a late worker answer after a clear (stop linting) is dropped', async () => {
    const t = setUp();
    const d = doc('a'.repeat(200));
    t.sched.lintNow(d);
    d.plan = 'clear'; // Stop Linting: the document is no longer a target
    t.sched.lintNow(d);
    assert.deepEqual(t.unpublished, [d.key]);
    t.worker!.answer(0);
    await flush();
    assert.equal(t.published.length, 0, 'no diagnostics come back after stop');
    assert.equal(t.sched.get(d), undefined);
  });

  it('a late worker answer after a newer host lint is dropped', async () => {
    const t = setUp();
    const d = doc('a'.repeat(200));
    t.sched.lintNow(d);
    d.text = 'short now';
    d.version = 2;
    t.sched.lintNow(d);
    assert.deepEqual(t.hostLints, ['short now']);
    t.worker!.answer(0);
    await flush();
    assert.equal(t.published.length, 1);
    assert.equal(t.lastPublished(d.key), 'short now');
    assert.equal(t.sched.lintedIn(d.key), 'host');
  });

  it('a worker answer for an older version: onType waits for its scheduled lint, onSave lints the text now', async () => {
    const t = setUp();
    const d = doc('a'.repeat(200));
    t.sched.lintNow(d);
    d.version = 2; // typed meanwhile
    t.worker!.answer(0);
    await flush();
    assert.equal(t.published.length, 0);
    assert.equal(t.worker!.calls.length, 1, 'onType: the edit has its own lint scheduled');
    d.run = 'onSave';
    t.sched.lintNow(d);
    d.version = 3;
    t.worker!.answer(1);
    await flush();
    assert.equal(t.worker!.calls.length, 3, 'onSave: linted again as it is now');
    t.worker!.answer(2);
    await flush();
    assert.equal(t.sched.get(d)?.version, 3);
  });

  it('a worker error falls back to the host for a small document; a large one is cleared', async () => {
    const t = setUp({ warm: false });
    const small = doc('small one');
    t.sched.lintNow(small); // not warm: even a small document goes to the worker
    assert.equal(t.worker!.calls.length, 1);
    t.worker!.answer(0, { error: 'the lint worker stopped' });
    await flush();
    assert.deepEqual(t.hostLints, ['small one']);
    assert.equal(t.sched.lintedIn(small.key), 'host');
    assert.match(t.logs.join('\n'), /lint worker: the lint worker stopped/);
    const big = doc('x'.repeat(500), { key: 'file:///big-proposal.md' });
    t.sched.lintNow(big);
    t.worker!.answer(1, { error: 'out of memory' });
    await flush();
    assert.deepEqual(t.hostLints, ['small one'], 'a large document never lints on the host');
    assert.ok(t.unpublished.includes(big.key));
    assert.equal(t.sched.checkedVersion(big.key), 1, 'checked (with nothing to show)');
  });

  it('warm-up: lints go to the worker until the host has run every slice, then small ones stay on the host', async () => {
    const t = setUp({ warm: false, warmSteps: 4 });
    assert.equal(t.sched.hostWarm, false);
    const d = doc('small');
    t.sched.lintNow(d);
    assert.equal(t.worker!.calls.length, 1);
    assert.deepEqual(t.hostLints, []);
    t.timers.advance(0);
    assert.equal(t.sched.hostWarm, true);
    assert.deepEqual(t.sched.warmUpTiming.slicesMs.length, 4);
    assert.equal(t.sched.warmUpTiming.done, true);
    t.sched.lintNow(d);
    assert.deepEqual(t.hostLints, ['small']);
    assert.equal(t.worker!.calls.length, 1);
  });

  it('without a worker (web) everything lints on the host, with no warm-up', () => {
    const t = setUp({ worker: false });
    assert.equal(t.sched.hostWarm, true);
    t.sched.lintNow(doc('z'.repeat(500)));
    assert.equal(t.hostLints.length, 1);
    assert.equal(t.sched.timings.length, 1);
    assert.equal(t.sched.timings[0]!.chars, 500);
  });

  it('skip reasons: an empty proposal is skipped and cleared; linting again forgets the reason', () => {
    const t = setUp();
    const d = doc('');
    d.plan = 'skip-empty';
    t.sched.lintNow(d);
    assert.equal(t.sched.skipped(d.key), 'empty');
    assert.equal(t.sched.checkedVersion(d.key), 1);
    assert.deepEqual(t.unpublished, [d.key]);
    d.plan = undefined;
    d.text = 'content';
    d.version = 2;
    t.sched.lintNow(d);
    assert.equal(t.sched.skipped(d.key), undefined);
    assert.equal(t.lastPublished(d.key), 'content');
  });

  it('a job that needs the front matter is published only when the front matter makes it a proposal', () => {
    const t = setUp();
    const d = doc('---\nx: 1\n---\n', { needsFrontMatter: true, frontMatterSaysProposal: false });
    t.sched.lintNow(d);
    assert.equal(t.published.length, 0);
    assert.equal(t.sched.checkedVersion(d.key), 1);
    d.frontMatterSaysProposal = true;
    d.version = 2;
    t.sched.lintNow(d);
    assert.equal(t.published.length, 1);
  });

  it('waiting for the configuration checks nothing yet', () => {
    const t = setUp();
    const d = doc('text', { plan: 'wait' });
    t.sched.lintNow(d);
    assert.deepEqual([t.hostLints, t.done], [[], []]);
  });

  it('closed documents are forgotten: no state, no pending lint, no late answer, the worker told', async () => {
    const t = setUp();
    const small = doc('small');
    const big = doc('x'.repeat(500), { key: 'file:///big-proposal.md' });
    t.sched.lintNow(small);
    t.sched.lintNow(big);
    t.sched.schedule(small, 300);
    assert.equal(t.sched.size, 2);
    assert.equal(t.caches(), 1);
    small.isClosed = true;
    big.isClosed = true;
    t.sched.forget(small);
    t.sched.forget(big);
    assert.equal(t.sched.size, 0);
    assert.deepEqual(t.worker!.forgotten, [small.key, big.key]);
    t.timers.advance(1_000);
    t.worker!.answer(0);
    await flush();
    assert.deepEqual(t.hostLints, ['small']);
    assert.equal(t.published.length, 1);
    assert.equal(t.sched.checkedVersion(big.key), undefined);
    assert.equal(t.sched.size, 0, 'nothing came back for a closed document');
    // Reopened: a fresh parse cache.
    small.isClosed = false;
    t.sched.lintNow(small);
    assert.equal(t.caches(), 2);
  });

  it('a closed document is never linted, and dispose stops the worker and pending timers', async () => {
    const t = setUp();
    const d = doc('text', { isClosed: true });
    t.sched.lintNow(d);
    assert.deepEqual(t.hostLints, []);
    d.isClosed = false;
    t.sched.schedule(d, 300);
    t.sched.dispose();
    t.timers.advance(1_000);
    assert.deepEqual(t.hostLints, []);
    assert.equal(t.worker!.disposed, true);
  });
});
