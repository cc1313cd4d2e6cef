/** Per-workspace memory of files the user linted or stopped linting by command. */
export interface Memento {
  get<T>(key: string, defaultValue: T): T;
  update(key: string, value: unknown): Thenable<void>;
}

const FORCED = 'proposalLint.forced';
const STOPPED = 'proposalLint.stopped';

/**
 * Untitled documents reuse their names ("Untitled-1"), so their choice is kept only
 * while the document is open; files are remembered in the workspace state.
 */
export class Overrides {
  private readonly session = new Map<string, boolean>();
  constructor(private readonly memento: Memento) {}

  /** true: lint as a proposal; false: never lint; undefined: let detection decide. */
  get(uri: string): boolean | undefined {
    if (uri.startsWith('untitled:')) return this.session.get(uri);
    if (this.memento.get<string[]>(STOPPED, []).includes(uri)) return false;
    if (this.memento.get<string[]>(FORCED, []).includes(uri)) return true;
    return undefined;
  }

  /** Forgets a closed untitled document's choice. */
  closed(uri: string): void {
    this.session.delete(uri);
  }

  async set(uri: string, lint: boolean): Promise<void> {
    if (uri.startsWith('untitled:')) {
      this.session.set(uri, lint);
      return;
    }
    const forced = this.memento.get<string[]>(FORCED, []).filter((u) => u !== uri);
    const stopped = this.memento.get<string[]>(STOPPED, []).filter((u) => u !== uri);
    (lint ? forced : stopped).push(uri);
    await this.memento.update(FORCED, forced);
    await this.memento.update(STOPPED, stopped);
  }
}
