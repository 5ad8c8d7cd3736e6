// What there is to read live, and what each kind of write changes: the keys the reads are named
// by (src/app/data/reads.ts) and the ones a write asks again (`written`, src/app/data/liveData.ts).
// Router-free, so a static-first read can listen to its key without the router loaded.
import { onCleanup } from 'solid-js';

/** Every live read, by what it reads. */
export const READ_KEYS = [
  'me',
  'organisation',
  'orgAssets',
  'myInvitations',
  'asset',
  'assetHistory',
  'reviewQueue',
  'staleness',
  'published',
  'areas',
  'importBatches',
  'savedMappings',
  'mailProblems',
] as const;
export type ReadKey = (typeof READ_KEYS)[number];

const LISTING: readonly ReadKey[] = ['asset', 'assetHistory', 'orgAssets', 'reviewQueue', 'staleness', 'published'];

/** What each kind of write changes: the reads that must ask again afterwards. */
export const CHANGES = {
  /** A listing was saved, submitted, checked, archived, restored or decided on. */
  listing: LISTING,
  /** An organisation was registered, edited or decided on: its name and status show in listings too. */
  organisation: ['organisation', 'me', 'reviewQueue', 'published', 'staleness', 'asset'],
  /** Who is asking, or what they belong to, changed (signed in, left an organisation). */
  me: ['me'],
  /** Someone joined, left or changed role. */
  members: ['organisation', 'me'],
  /** An invitation was answered. */
  invitations: ['myInvitations', 'me', 'organisation'],
  /** A planner loaded areas. */
  areas: ['areas'],
  /** An import was committed or undone: many listings at once. */
  imports: [...LISTING, 'importBatches'],
  /** A problem was reported with a listing, or its reports handled: the notice on its page changes. */
  reports: ['asset'],
  /** A mapping was saved for a partner. */
  mappings: ['savedMappings'],
  /** A moderator sent an undelivered message again. */
  mail: ['mailProblems'],
} as const satisfies Record<string, readonly ReadKey[]>;
export type Change = keyof typeof CHANGES;

const listeners = new Map<ReadKey, Set<() => void>>();

/** Calls `hear` each time `key` is revalidated, until the owner is disposed. */
export function onRevalidated(key: ReadKey, hear: () => void): void {
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set);
  set.add(hear);
  onCleanup(() => set.delete(hear));
}

/** Tells the listeners of these keys (liveData.ts calls it with the router's revalidation). */
export function tellRevalidated(keys: readonly ReadKey[]): void {
  for (const k of keys) for (const hear of [...(listeners.get(k) ?? [])]) hear();
}
