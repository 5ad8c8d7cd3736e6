// The search index follows the published listings: small sets are indexed at once, large ones in
// a worker (a stand-in here, answering when the test says), and an index built for older
// listings never replaces one for newer listings.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../../src/domain/search';
import type { BuildReply, BuildRequest } from '../../../src/domain/search/searchIndex.worker';
import type { AssetFeature } from '../../../src/domain/types';
import { createSearchIndex } from '../../../src/features/find/createSearchIndex';
import { syntheticAssets } from '../domain/fixtures/syntheticAssets';
import { StandInWorker } from '../fixtures/standInWorker';
import { categories, listings, settle } from './reactiveFixtures';

/** A Worker that builds the index in-process, but only when answer() is called. */
class IndexWorker extends StandInWorker<BuildRequest, BuildReply> {
  static made: IndexWorker[] = [];
  constructor() {
    super();
    IndexWorker.made.push(this);
  }
  /** Replies as the real worker would, even if ended: the client must not listen by then. */
  answer() {
    const m = this.received.at(-1)!;
    this.reply({ id: m.id, index: buildSearchIndex(m.assets, { categoryLabels: m.categoryLabels, categoryParents: m.categoryParents }) });
  }
}

const large = syntheticAssets(5200, 7);
let dispose = () => {};

function indexOf(initial: readonly AssetFeature[]) {
  const [features, setFeatures] = createSignal(initial);
  const index = createRoot((d) => {
    dispose = d;
    return createSearchIndex(features, () => categories);
  });
  return { index, setFeatures };
}

const sizeOf = (i: SearchIndex | null) => i?.size ?? null;

beforeEach(() => {
  IndexWorker.made = [];
  vi.stubGlobal('Worker', IndexWorker);
});
afterEach(() => {
  dispose();
  vi.unstubAllGlobals();
});

describe('createSearchIndex', () => {
  it('indexes a small set at once, without a worker, and again when the listings change', () => {
    const { index, setFeatures } = indexOf(listings);
    expect(sizeOf(index())).toBe(listings.length);
    expect(index()!.ids).toEqual(listings.map((f) => f.properties.id));
    setFeatures(listings.slice(0, 2));
    expect(sizeOf(index())).toBe(2);
    expect(IndexWorker.made).toHaveLength(0);
  });

  it('has no index until there are listings', () => {
    const { index, setFeatures } = indexOf([]);
    expect(index()).toBeNull();
    setFeatures(listings);
    expect(sizeOf(index())).toBe(listings.length);
  });

  it('builds a large set in a worker, then ends it', async () => {
    const { index } = indexOf(large);
    expect(index()).toBeNull();
    expect(IndexWorker.made).toHaveLength(1);
    expect(IndexWorker.made[0].received[0].assets).toHaveLength(large.length);
    IndexWorker.made[0].answer();
    await settle();
    expect(sizeOf(index())).toBe(large.length);
    expect(IndexWorker.made[0].ended).toBe(true);
  });

  it('keeps the index for the newer listings when a build for older ones answers late', async () => {
    const { index, setFeatures } = indexOf(large);
    const older = IndexWorker.made[0];
    setFeatures(listings); // small: indexed at once
    expect(sizeOf(index())).toBe(listings.length);
    older.answer();
    await settle();
    expect(sizeOf(index())).toBe(listings.length);
    expect(older.ended).toBe(true);
  });

  it('a newer large set replaces the build in progress: only its index is used', async () => {
    const { index, setFeatures } = indexOf(large);
    const newer = large.slice(0, 5100);
    setFeatures(newer);
    const [first, second] = IndexWorker.made;
    expect(first.ended).toBe(true);
    second.answer();
    first.answer();
    await settle();
    expect(sizeOf(index())).toBe(newer.length);
  });

  it('builds in the page when the worker cannot start, so search still works', async () => {
    const { index } = indexOf(large);
    IndexWorker.made[0].fail('blocked by CSP');
    await settle();
    expect(sizeOf(index())).toBe(large.length);
  });

  it('a worker failing for older listings does not bring their index back over newer ones', async () => {
    const { index, setFeatures } = indexOf(large);
    const older = IndexWorker.made[0];
    setFeatures(listings);
    older.fail('blocked by CSP');
    await settle();
    expect(sizeOf(index())).toBe(listings.length);
  });

  it('ends the worker when the page goes', () => {
    indexOf(large);
    dispose();
    expect(IndexWorker.made[0].ended).toBe(true);
  });
});
