import { describe, expect, it } from 'vitest';
import { applyFilters, categoryCounts, EMPTY_FILTERS, suggestRelaxations, type FilterState } from '../../../src/domain/filters';
import { hoursCheck } from '../../../src/domain/openingHours';
import { buildSearchIndex } from '../../../src/domain/search';
import type { AssetFeature, PublishedAssetProps } from '../../../src/domain/types';
import { publishedAsset } from '../fixtures/publishedAsset';

const asset = (id: string, lngLat: [number, number], over: Partial<PublishedAssetProps>) => publishedAsset(id, lngLat, over);

const features: AssetFeature[] = [
  asset('a', [-2.63, 53.54], {
    name: 'Sample: Hindley Food Bank',
    kind: 'service',
    categories: ['food-support'],
    opening_hours: 'Mo-Fr 09:00-17:00',
    accessibility: ['step_free', 'hearing_loop'],
  }),
  asset('b', [-2.52, 53.5], { name: 'Sample: Leigh Youth Club', categories: ['youth'], age_groups: ['young_people'], free: false, opening_hours: 'Fr 18:00-21:00' }),
  asset('c', [-2.66, 53.59], {
    name: 'Sample: Standish Lunch Club',
    categories: ['older-people', 'food-support'],
    age_groups: ['older_people'],
    opening_hours: 'Tu 12:00-14:00',
    accessibility: ['step_free'],
  }),
  asset('d', [-2.64, 53.545], { name: 'Sample: Wigan Community Centre', kind: 'place', categories: ['community-venues'], opening_hours: '24/7' }),
  asset('e', [-2.7, 53.53], {
    name: 'Sample: Orrell Family Hub',
    kind: 'place',
    categories: ['children-families'],
    age_groups: ['children'],
    opening_hours: 'nonsense hours',
  }),
];
const index = buildSearchIndex(features);
const monday10 = new Date(2025, 0, 6, 10, 0);
const state = (over: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...over });
const run = (over: Partial<FilterState>) => applyFilters(features, state(over), index, monday10, hoursCheck).features.map((f) => f.properties.id);

describe('a query no asset fully matches', () => {
  it('shows the closest and says so, so the page can tell the person', () => {
    const r = applyFilters(features, state({ q: 'lunch club hindley' }), index, monday10, hoursCheck);
    expect(r.partial).toBe(true);
    expect(r.features.map((f) => f.properties.id)[0]).toBe('c');
    expect(applyFilters(features, state({ q: 'lunch club' }), index, monday10, hoursCheck).partial).toBe(false);
  });
});

describe('applyFilters, each filter alone', () => {
  it('shows everything, A to Z by name, with no filters', () => {
    expect(run({})).toEqual(['a', 'b', 'e', 'c', 'd']); // Hindley, Leigh, Orrell, Standish, Wigan
  });
  it('search ranks by score', () => {
    const r = applyFilters(features, state({ q: 'club' }), index, monday10, hoursCheck);
    expect(r.features.map((f) => f.properties.id).sort()).toEqual(['b', 'c']);
    expect(r.scores?.[0]).toBeGreaterThan(0);
  });
  it('category: any of the chosen', () => {
    expect(run({ categories: ['food-support'] })).toEqual(['a', 'c']);
    expect(run({ categories: ['youth', 'children-families'] })).toEqual(['b', 'e']);
  });
  it('kind', () => expect(run({ kinds: ['place'] })).toEqual(['e', 'd']));
  it('free only', () => expect(run({ free: true })).not.toContain('b'));
  it('age: assets with no age groups are for everyone', () => {
    expect(run({ ages: ['older_people'] })).toEqual(['a', 'c', 'd']);
  });
  it('accessibility: all of the chosen', () => {
    expect(run({ access: ['step_free'] })).toEqual(['a', 'c']);
    expect(run({ access: ['step_free', 'hearing_loop'] })).toEqual(['a']);
  });
  it('open now, leaving out unreadable hours', () => {
    expect(run({ openNow: true })).toEqual(['a', 'd']);
  });
  it('open on a day, and at a time that day', () => {
    expect(run({ openOn: { weekday: 2, time: null } })).toEqual(['a', 'c', 'd']);
    expect(run({ openOn: { weekday: 5, time: '19:00' } })).toEqual(['b', 'd']);
  });
  it('near sorts by distance and attaches it', () => {
    const r = applyFilters(features, state({ near: { lat: 53.5, lng: -2.52, label: 'WN7 1AA' } }), index, monday10, hoursCheck);
    expect(r.features[0].properties.id).toBe('b');
    expect(r.distances?.[0]).toBeLessThan(1);
    const d = Array.from(r.distances ?? []);
    expect(d).toEqual([...d].sort((x, y) => x - y));
  });
});

describe('applyFilters, combined', () => {
  it('applies every filter together', () => {
    expect(run({ categories: ['food-support'], access: ['step_free'], openNow: true })).toEqual(['a']);
    expect(run({ q: 'club', free: true })).toEqual(['c']);
  });
  it('sorts search results by distance when near is set', () => {
    const r = applyFilters(features, state({ q: 'club', near: { lat: 53.59, lng: -2.66, label: 'Standish' } }), index, monday10, hoursCheck);
    expect(r.features.map((f) => f.properties.id)).toEqual(['c', 'b']);
  });
  it('skips hour filters and says so until the hours parser has loaded', () => {
    const r = applyFilters(features, state({ openNow: true }), index, monday10);
    expect(r.features).toHaveLength(5);
    expect(r.hoursPending).toBe(true);
  });
  it('keeps working when the list and the index differ (index not rebuilt yet)', () => {
    const newer = [...features.slice(1), asset('z', [-2.6, 53.5], { name: 'Sample: Zumba' })];
    const r = applyFilters(newer, state({}), index, monday10, hoursCheck);
    expect(r.features.map((f) => f.properties.id)).toEqual(['b', 'e', 'c', 'd', 'z']); // the unindexed one last
  });
});

describe('categoryCounts', () => {
  it('counts every category under the other filters, ignoring the category filter itself', () => {
    expect(categoryCounts(features, state({ categories: ['youth'] }), index, monday10, hoursCheck)).toEqual({
      'food-support': 2,
      youth: 1,
      'older-people': 1,
      'community-venues': 1,
      'children-families': 1,
    });
    expect(categoryCounts(features, state({ access: ['step_free'] }), index, monday10, hoursCheck)).toEqual({
      'food-support': 2,
      'older-people': 1,
    });
  });
});

describe('suggestRelaxations', () => {
  it('lists each single removal that brings results back, most first', () => {
    const s = state({ categories: ['youth'], access: ['step_free'], openNow: true });
    expect(applyFilters(features, s, index, monday10, hoursCheck).features).toHaveLength(0);
    const r = suggestRelaxations(s, features, index, monday10, hoursCheck);
    expect(r.map((x) => [x.remove, x.count])).toEqual([['categories', 1]]);
    expect(r[0].label).toBe('Show all categories');
    expect(r[0].state.categories).toEqual([]);
  });
  it('offers to drop one accessibility need at a time, and to clear the search', () => {
    const s = state({ q: 'lunch', access: ['step_free', 'hearing_loop'] });
    const r = suggestRelaxations(s, features, index, monday10, hoursCheck);
    expect(r.map((x) => [x.label, x.count])).toEqual([
      ['Clear the search “lunch”', 1],
      ['Show places without hearing loop', 1],
    ]);
    expect(r[1].state.access).toEqual(['step_free']);
  });
  it('suggests nothing when no single change helps', () => {
    expect(suggestRelaxations(state({ q: 'zzzz', categories: ['youth'], kinds: ['place'] }), features, index, monday10, hoursCheck)).toEqual([]);
  });
});

// Issue 13: residents filter by either level of the taxonomy.
describe('categories with sub-categories', () => {
  const typed: AssetFeature[] = [
    asset('lib', [-2.63, 53.54], { name: 'Sample: Wigan Library', kind: 'place', categories: ['library'] }),
    asset('sch', [-2.63, 53.54], { name: 'Sample: Ince School', kind: 'place', categories: ['school', 'community-venues'] }),
    asset('two', [-2.63, 53.54], { name: 'Sample: Leigh Library and School', kind: 'place', categories: ['library', 'school'] }),
    asset('lrn', [-2.63, 53.54], { name: 'Sample: Learning Together', categories: ['learning'] }),
    asset('gp', [-2.63, 53.54], { name: 'Sample: Hindley Surgery', kind: 'place', categories: ['gp-practice'] }),
  ];
  const parents = { library: 'learning', school: 'learning', 'gp-practice': 'health' };
  const typedIndex = buildSearchIndex(typed, {
    categoryParents: parents,
    categoryLabels: { learning: 'Learning', library: 'Library', health: 'Health', 'gp-practice': 'GP practice' },
  });
  const pick = (categories: string[]) => applyFilters(typed, state({ categories }), typedIndex, monday10, hoursCheck).features.map((f) => f.properties.id);

  it('a category includes every listing of its sub-categories, and those listed under it alone', () => {
    expect(pick(['learning'])).toEqual(['sch', 'lrn', 'two', 'lib']); // A to Z
    expect(pick(['health'])).toEqual(['gp']);
  });

  it('a sub-category can be chosen on its own', () => {
    expect(pick(['library'])).toEqual(['two', 'lib']);
    expect(pick(['school', 'gp-practice'])).toEqual(['gp', 'sch', 'two']);
  });

  it('counts each listing once in its category, and in each of its sub-categories', () => {
    expect(categoryCounts(typed, state({}), typedIndex, monday10, hoursCheck)).toEqual({
      learning: 4,
      library: 2,
      school: 2,
      health: 1,
      'gp-practice': 1,
      'community-venues': 1,
    });
  });

  it('a search for a category finds the listings of its types', () => {
    expect(
      applyFilters(typed, state({ q: 'learning' }), typedIndex, monday10, hoursCheck)
        .features.map((f) => f.properties.id)
        .sort(),
    ).toEqual(['lib', 'lrn', 'sch', 'two']);
  });
});
