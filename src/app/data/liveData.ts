// The one way live data is read and written. Each read is a named @solidjs/router `query`
// (src/app/data/reads.ts), cached by its key and arguments; a write says what it changed (`written`,
// the keys in src/app/data/readKeys.ts) and only the reads under those keys are asked again. The
// static-first reads (src/app/createStaticThenLive.ts) hear the same call (`onRevalidated`).
import { revalidate } from '@solidjs/router';
import { createResource, type Resource, type Setter } from 'solid-js';
import { CHANGES, READ_KEYS, tellRevalidated, type Change, type ReadKey } from './readKeys';

/**
 * The router matches revalidation keys by prefix ("asset" would also hit "assetHistory"); a
 * query's cache key is its name then its arguments as a JSON array, so name + "[" is exactly it.
 */
const exactly = (key: ReadKey) => `${key}[`;

let lastStamp = 0;

function revalidateKeys(keys: readonly ReadKey[]): Promise<void> {
  const exact = keys.map(exactly);
  // The router marks the entries stale at once, so the static-first reads told next miss the cache.
  const done = revalidate(exact);
  tellRevalidated(keys);
  // The router stamps a revalidation with Date.now(), and a read does not hear a stamp equal to
  // the one before: a second write in the same millisecond asks once more, a millisecond later.
  const stamp = Date.now();
  const again = stamp === lastStamp ? new Promise<void>((resolve) => setTimeout(() => void revalidate(exact).then(resolve), 1)) : undefined;
  lastStamp = stamp;
  return again ? Promise.all([done, again]).then(() => {}) : done;
}

/** After a write: ask again the reads of what it changed, and only those. */
export function written(change: Change): Promise<void> {
  return revalidateKeys(CHANGES[change]);
}

/** Who is asking changed (persona switch): every read asks again. */
export function revalidateAll(): Promise<void> {
  return revalidateKeys(READ_KEYS);
}

/**
 * A query read in a component: what createAsync does (the query runs tracked, so its key's
 * revalidation reads again), keeping the resource's error, state and `latest`, which the pages
 * show in their own words instead of throwing to an error boundary. `null`/`false`/`undefined`
 * from `read` means "nothing to read yet". `mutate` shows a write's answer before the read is back.
 */
export function createLiveRead<T>(read: () => Promise<T> | null | undefined | false): [Resource<T | undefined>, Setter<T | undefined>] {
  const [resource, { mutate }] = createResource(read, (pending) => pending);
  return [resource, mutate];
}
