/**
 * The report as the run goes: each file's result is formatted and written when its turn
 * comes (the files in the order found), counted for the exit code and the GitHub job summary,
 * and let go. A format that opens with totals (JUnit) keeps what it wrote in a temporary file
 * until the end, not in memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { githubSummaryStream, type FileResult, type Formatter, type FormatStream } from './formatters/index.js';

export class Report {
  files = 0;
  errors = 0;
  warnings = 0;
  private readonly stream: FormatStream;
  private readonly summary: FormatStream | undefined;
  /** Where a format with a head keeps its body meanwhile (a folder of ours, and the file in it). */
  private spool: { dir: string; fd: number } | undefined;
  /** The body not yet in the temporary file. */
  private held = '';
  private inMemory = false;

  constructor(formatter: Formatter, private readonly write: (text: string) => void, options: { color: boolean; summary: boolean }) {
    this.stream = formatter.stream({ color: options.color });
    this.summary = options.summary ? githubSummaryStream() : undefined;
  }

  add(result: FileResult): void {
    this.files++;
    for (const f of result.findings) {
      if (f.severity === 'error') this.errors++;
      else this.warnings++;
    }
    this.summary?.file(result);
    this.out(this.stream.file(result));
  }

  /** Writes the rest of the report; returns the job summary when one was asked for. */
  end(): string | undefined {
    const end = this.stream.end();
    if (this.stream.head) {
      this.write(this.stream.head());
      if (this.spool) this.copySpool();
      this.write(this.held);
      this.discard();
    }
    this.write(end);
    return this.summary?.end();
  }

  /** Removes the temporary file, if any (after `end`, or when the run stops). */
  discard(): void {
    if (!this.spool) return;
    fs.closeSync(this.spool.fd);
    fs.rmSync(this.spool.dir, { recursive: true, force: true });
    this.spool = undefined;
  }

  private out(text: string): void {
    if (!text) return;
    if (!this.stream.head) return this.write(text);
    this.held += text;
    if (this.held.length < 1 << 16 || this.inMemory) return;
    try {
      if (!this.spool) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposal-lint-'));
        this.spool = { dir, fd: fs.openSync(path.join(dir, 'report'), 'w+') };
      }
      fs.writeSync(this.spool.fd, this.held);
      this.held = '';
    } catch {
      // No temporary file to be had (or the disk is full): the report is kept in memory instead.
      this.inMemory = true;
      let spooled = '';
      if (this.spool) this.copySpool((t) => { spooled += t; });
      this.held = spooled + this.held;
      this.discard();
    }
  }

  /** What the temporary file holds, a megabyte at a time. */
  private copySpool(to: (text: string) => void = this.write): void {
    const buffer = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8');
    for (let at = 0, n; (n = fs.readSync(this.spool!.fd, buffer, 0, buffer.length, at)) > 0; at += n) to(decoder.write(buffer.subarray(0, n)));
    to(decoder.end());
  }
}

/**
 * Results put in any order, handed on in the order of their indexes (undefined: nothing to
 * hand on for that index). A new index may start only while fewer than `size` before it are
 * still out, which bounds what waits here when one file takes long.
 */
export class InOrder<T> {
  private readonly ready = new Map<number, T | undefined>();
  private next = 0;
  private wake: (() => void) | undefined;
  private failed: { error: unknown } | undefined;

  constructor(private readonly size: number, private readonly take: (value: T) => void) {}

  /** Resolves when index `i` may start. */
  async room(i: number): Promise<void> {
    while (!this.failed && i - this.next >= this.size) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failed) throw this.failed.error;
  }

  put(i: number, value: T | undefined): void {
    this.ready.set(i, value);
    while (this.ready.has(this.next)) {
      const v = this.ready.get(this.next);
      this.ready.delete(this.next++);
      if (v !== undefined) this.take(v);
    }
    this.poke();
  }

  /** Stops the run: `room` and `done` throw `error`. */
  fail(error: unknown): void {
    this.failed ??= { error };
    this.poke();
  }

  /** Resolves when the first `count` indexes are handed on. */
  async done(count: number): Promise<void> {
    while (!this.failed && this.next < count) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failed) throw this.failed.error;
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
