import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { State } from './State.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/**
 * The emulator's state and, with a data directory, its durable copy (`state.json`). Requests
 * mutate `state` synchronously (one at a time: JavaScript runs one handler at once), then await
 * {@link Store.commit} before answering, so an answered request is on disk. Writes are serialised
 * and coalesced: one write covers every mutation made before it started.
 */
export class Store {
  private writing: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  private constructor(
    public state: State,
    private readonly file: string | undefined,
  ) {}

  /** Loads `dataDir/state.json` when it exists, else starts from `fresh()`; `created` says which. */
  static async open(
    dataDir: string | undefined,
    fresh: () => State,
  ): Promise<{ store: Store; created: boolean }> {
    if (dataDir === undefined) return { store: new Store(fresh(), undefined), created: true };
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, 'state.json');
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) {
      const store = new Store(fresh(), file);
      await store.commit();
      return { store, created: true };
    }
    return { store: new Store(JSON.parse(text) as State, file), created: false };
  }

  /** Resolves once the current state is durable (at once without a data directory). */
  commit(): Promise<void> {
    if (this.file === undefined) return Promise.resolve();
    if (this.queued) return this.queued;
    const file = this.file;
    const next: Promise<void> = (this.writing ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        this.writing = next;
        return writeFileAtomic(file, JSON.stringify(this.state));
      });
    this.queued = next;
    return next;
  }

  /** Replaces the whole state (reset) and persists it. */
  replace(state: State): Promise<void> {
    this.state = state;
    return this.commit();
  }
}
