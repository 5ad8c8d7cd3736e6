// What the resident sees follows the filters as they change: which listings the list and the
// map show, in which order, and how far each is from the chosen point; with the counts, the
// way back when nothing matches, and everything shown while the search index builds.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { haversine } from '../../../src/domain/distance';
import { EMPTY_FILTERS, type FilterState } from '../../../src/domain/filters';
import type { SearchIndex } from '../../../src/domain/search';
import { createFindResults } from '../../../src/features/find/createFindResults';
import { idsOf, indexFor, listings } from './reactiveFixtures';

const built = indexFor(listings);
let dispose = () => {};
afterEach(() => dispose());

function resultsFor(initial: Partial<FilterState>, index: SearchIndex | null = built) {
  const [filters, setFilters] = createSignal<FilterState>({ ...EMPTY_FILTERS, ...initial });
  const [ix, setIndex] = createSignal<SearchIndex | null>(index);
  const [now, setNow] = createSignal(new Date(2025, 0, 6, 10));
  const results = createRoot((d) => {
    dispose = d;
    return createFindResults({ features: () => listings, index: ix, filters, now, hours: () => null });
  });
  const change = (patch: Partial<FilterState>) => setFilters({ ...filters(), ...patch });
  /** The list as read: each listing with its distance in whole metres. */
  const list = () => results.rows().map((r) => [r.feature.properties.id, r.distance === null ? null : Math.round(r.distance)]);
  return { ...results, change, setIndex, setNow, list };
}

const at = (id: string) => {
  const [lng, lat] = listings.find((f) => f.properties.id === id)!.geometry.coordinates;
  return { lat, lng };
};
const metres = (a: string, b: string) => Math.round(haversine(at(a), at(b)));

describe('createFindResults', () => {
  it('re-filters as the words change, and the map shows the same listings as the list', () => {
    const r = resultsFor({ q: 'food' });
    // The name that says "food" first, then the listing filed under Food support.
    expect(r.list()).toEqual([
      ['food', null],
      ['lunch', null],
    ]);
    expect(idsOf(r.shown())).toEqual(['food', 'lunch']);
    r.change({ q: 'youth club' });
    expect(idsOf(r.shown())).toEqual(['youth']);
    expect(r.list()).toEqual([['youth', null]]);
    r.change({ q: '' });
    expect(idsOf(r.shown())).toHaveLength(listings.length);
  });

  it('orders by distance from the chosen point and says how far each is', () => {
    const r = resultsFor({ near: { ...at('centre'), label: 'WN1 1AA' } });
    const order = ['centre', 'food', 'lunch', 'youth'].sort((a, b) => metres('centre', a) - metres('centre', b));
    expect(r.list()).toEqual(order.map((id) => [id, metres('centre', id)]));
    expect(r.list()[0]).toEqual(['centre', 0]);
    r.change({ near: { ...at('youth'), label: 'Leigh' } });
    expect(r.list()[0]).toEqual(['youth', 0]);
    expect(idsOf(r.shown())).toEqual(r.list().map(([id]) => id));
  });

  it('counts listings per category under the other filters, and narrows to a category', () => {
    const r = resultsFor({});
    expect(r.counts()).toMatchObject({ 'food-support': 2, youth: 1, 'community-venues': 1 });
    r.change({ categories: ['food-support'] });
    expect(new Set(idsOf(r.shown()))).toEqual(new Set(['food', 'lunch']));
  });

  it('offers a way back when the filters leave nothing, and says when the words match nothing at all', () => {
    const r = resultsFor({ q: 'youth', categories: ['food-support'] });
    expect(r.shown()).toEqual([]);
    expect(r.relaxations().map((x) => [x.remove, x.count])).toContainEqual(['categories', 1]);
    expect(r.queryFindsNothing()).toBe(false);
    r.change({ q: 'zzzqqq', categories: [] });
    expect(r.queryFindsNothing()).toBe(true);
    r.change({ q: 'food' });
    expect(r.relaxations()).toEqual([]);
  });

  it('shows every listing while the index builds, then the filtered set once it is there', () => {
    const r = resultsFor({ q: 'youth' }, null);
    expect(r.filtered()).toBeNull();
    expect(r.list()).toEqual(listings.map((f) => [f.properties.id, null]));
    expect(r.counts()).toEqual({});
    r.setIndex(built);
    expect(idsOf(r.shown())).toEqual(['youth']);
  });

  it('keeps a listing’s row when the results are worked out again for the same set, so the list keeps its place', () => {
    const r = resultsFor({ near: { ...at('food'), label: 'WN2 3AA' } });
    const before = r.rows();
    r.setNow(new Date(2025, 0, 6, 10, 1));
    expect(r.rows()).not.toBe(before);
    r.rows().forEach((row, i) => expect(row).toBe(before[i]));
  });
});
