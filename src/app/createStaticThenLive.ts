// Read a static file first and the live API second: what residents see never waits for a
// database, and the live answer replaces the file when it comes. The published assets and the
// planning areas both read this way. The logic is plain (makeStaticThenLive, tested in Node);
// createStaticThenLive puts it in signals and asks live again each time its read key is
// revalidated (a write that changes it, src/app/data/liveData.ts).
import { createSignal, type Accessor } from 'solid-js';
import { onRevalidated, type ReadKey } from './data/readKeys';

export type ReadSource = 'loading' | 'static' | 'live';

export interface StaticThenLiveOptions<T> {
  /** The file, or null when there is none to use (missing, unreadable): the live read stands in. */
  readFile: () => Promise<T | null>;
  readLive: () => Promise<T>;
  /**
   * When a usable file has been shown, whether (and when) to ask live as well: `false` never
   * (the file is kept current elsewhere), else a function resolving when the live read may start.
   */
  liveAfterFile: false | (() => Promise<void>);
  /** Combines a live answer with what is shown; null keeps what is shown. */
  merge?: (live: T, shown: T | undefined) => T | null;
}

export interface Shown<T> {
  value: T | undefined;
  source: ReadSource;
  /** Set when nothing could be shown at all. */
  error: string | null;
}

/** Starts the file read at once; `show` hears each change. `refresh` asks live again. */
export function makeStaticThenLive<T>(o: StaticThenLiveOptions<T>, show: (s: Shown<T>) => void): { refresh: () => Promise<void>; done: Promise<void> } {
  let shown: Shown<T> = { value: undefined, source: 'loading', error: null };
  const set = (next: Shown<T>) => show((shown = next));
  let latest = 0;

  async function refresh(): Promise<void> {
    const ticket = ++latest;
    try {
      const live = await o.readLive();
      if (ticket !== latest) return; // a later read is on its way
      const next = o.merge ? o.merge(live, shown.value) : live;
      if (next !== null) set({ value: next, source: 'live', error: null });
    } catch (e) {
      if (ticket === latest && shown.source === 'loading') set({ ...shown, error: e instanceof Error ? e.message : String(e) });
    }
  }

  const done = o
    .readFile()
    .catch(() => null)
    .then(async (file) => {
      if (file === null) return refresh();
      if (shown.source === 'loading') set({ value: file, source: 'static', error: null });
      if (o.liveAfterFile === false) return;
      await o.liveAfterFile();
      // A refresh after a write may have answered already.
      if (shown.source !== 'live') return refresh();
    });
  return { refresh, done };
}

export interface StaticThenLive<T> {
  value: Accessor<T | undefined>;
  source: Accessor<ReadSource>;
  error: Accessor<string | null>;
}

/** makeStaticThenLive in signals; each revalidation of `key` asks live again. */
export function createStaticThenLive<T>(o: StaticThenLiveOptions<T> & { key: ReadKey }): StaticThenLive<T> {
  const [shown, setShown] = createSignal<Shown<T>>({ value: undefined, source: 'loading', error: null });
  const { refresh } = makeStaticThenLive(o, (s) => setShown(() => s));
  onRevalidated(o.key, () => void refresh());
  return {
    value: () => shown().value,
    source: () => shown().source,
    error: () => shown().error,
  };
}
