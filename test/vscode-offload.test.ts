import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { createOffloader, workerTimeout, type WorkerLike, type WorkerRequest, type WorkerResponse } from '../src/vscode/offload.js';

/** A worker that answers only when told to. */
class FakeWorker extends EventEmitter implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  constructor(readonly options: unknown) {
    super();
  }
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }
  terminate(): Promise<number> {
    this.terminated = true;
    queueMicrotask(() => this.emit('exit', 1));
    return Promise.resolve(1);
  }
  unref(): void {}
  /** Answers the latest lint it received. */
  answer(extra: Partial<WorkerResponse> = {}): void {
    const last = this.received.filter((m) => m.kind === 'lint').at(-1) as Extract<WorkerRequest, { kind: 'lint' }>;
    this.emit('message', { id: last.id, findings: [], readiness: { covered: [], missing: [] }, frontMatter: null, ...extra });
  }
  lints(): string[] {
    return this.received.flatMap((m) => (m.kind === 'lint' ? [m.text] : []));
  }
}

function setUp() {
  const workers: FakeWorker[] = [];
  const timers = new Map<number, () => void>();
  let seq = 0;
  const logs: string[] = [];
  const delays: number[] = [];
  const off = createOffloader('worker.cjs', (m) => logs.push(m), {
    timeoutMs: 10_000,
    createWorker: (_s, o) => {
      const w = new FakeWorker(o);
      workers.push(w);
      return w;
    },
    setTimeout: (fn, ms) => {
      delays.push(ms);
      timers.set(++seq, fn);
      return seq;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  })!;
  const fire = () => {
    const all = [...timers.values()];
    timers.clear();
    for (const fn of all) fn();
  };
  return { off, workers, fire, timers, logs, delays };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('lint worker offloader (no VS Code)', () => {
  it('starts the worker with a heap limit, one request in it at a time', async () => {
    const t = setUp();
    const a = t.off.lint('file:///a.md', 'A', {});
    const b = t.off.lint('file:///b.md', 'B', {});
    assert.equal(t.workers.length, 1);
    assert.deepEqual(t.workers[0]!.options, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    assert.deepEqual(t.workers[0]!.lints(), ['A']);
    t.workers[0]!.answer();
    assert.ok(!('error' in (await a)));
    assert.deepEqual(t.workers[0]!.lints(), ['A', 'B']);
    t.workers[0]!.answer();
    assert.ok(!('error' in (await b)));
  });

  it('a newer request for the same document supersedes a waiting older one', async () => {
    const t = setUp();
    const busy = t.off.lint('file:///other.md', 'busy', {});
    const old = t.off.lint('file:///a.md', 'old', {});
    const newer = t.off.lint('file:///a.md', 'new', {});
    const r = await old;
    assert.match('error' in r ? r.error : '', /superseded/);
    t.workers[0]!.answer();
    await busy;
    assert.deepEqual(t.workers[0]!.lints(), ['busy', 'new'], 'the stale text never reaches the worker');
    t.workers[0]!.answer();
    assert.ok(!('error' in (await newer)));
  });

  it('a lint that takes longer than the timeout is answered with an error and the worker restarted', async () => {
    const t = setUp();
    const stuck = t.off.lint('file:///a.md', 'stuck', {});
    const next = t.off.lint('file:///b.md', 'next', {});
    t.fire();
    const r = await stuck;
    assert.match('error' in r ? r.error : '', /no answer within 10 s/);
    assert.equal(t.workers[0]!.terminated, true);
    assert.match(t.logs.join('\n'), /restarting/);
    await tick();
    assert.equal(t.workers.length, 2, 'a new worker for the next request');
    assert.deepEqual(t.workers[1]!.lints(), ['next']);
    // 10 s, and more for a large document (a full lint of 10 MB takes about 13 s).
    assert.deepEqual(t.delays.slice(0, 2), [10_000, 10_000]);
    assert.equal(workerTimeout(10_000_000), 50_000);
    t.workers[1]!.answer();
    assert.ok(!('error' in (await next)), 'the old worker exiting does not fail the new one');
  });

  it('a worker that stops (out of memory) answers its request with an error; the next starts a new one', async () => {
    const t = setUp();
    const p = t.off.lint('file:///a.md', 'A', {});
    t.workers[0]!.emit('exit', 1);
    const r = await p;
    assert.match('error' in r ? r.error : '', /stopped/);
    const q = t.off.lint('file:///a.md', 'A again', {});
    assert.equal(t.workers.length, 2);
    t.workers[1]!.answer();
    assert.ok(!('error' in (await q)));
  });

  it('forget drops a waiting request and tells the worker; dispose terminates it', async () => {
    const t = setUp();
    void t.off.lint('file:///busy.md', 'busy', {});
    const waiting = t.off.lint('file:///a.md', 'A', {});
    t.off.forget('file:///a.md');
    assert.ok('error' in (await waiting));
    assert.deepEqual(t.workers[0]!.received.at(-1), { kind: 'forget', uri: 'file:///a.md' });
    t.off.dispose();
    assert.equal(t.workers[0]!.terminated, true);
    assert.ok('error' in (await t.off.lint('file:///a.md', 'A', {})));
  });
});
