// Issue 13 item 7: at equal relevance, or at an equal distance when sorted by distance, a listing
// nobody has checked for a long time comes after a fresh one; relevance and distance still come
// first.
import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, type FilterState } from '../../../src/domain/filters';
import { freshnessTier } from '../../../src/domain/freshnessRank';
import { buildSearchIndex, search } from '../../../src/domain/search';
import type { PublishedAssetProps } from '../../../src/domain/types';
import { publishedAsset } from '../fixtures/publishedAsset';

const NOW = new Date(2026, 11, 1, 10, 0); // 1 December 2026
const FRESH = '2026-10-20T09:00:00Z';
const HALF_YEAR = '2026-04-10T09:00:00Z';
const OLD = '2024-02-01T09:00:00Z';

const asset = (id: string, lngLat: [number, number], over: Partial<PublishedAssetProps> & { created_at?: string }) => publishedAsset(id, lngLat, over);

const state = (over: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...over });

describe('freshnessTier', () => {
  it('puts checked within 6 months first, then within a year, then older or never checked', () => {
    expect(freshnessTier({ last_verified_at: FRESH }, NOW)).toBe(0);
    expect(freshnessTier({ last_verified_at: HALF_YEAR }, NOW)).toBe(1);
    expect(freshnessTier({ last_verified_at: OLD }, NOW)).toBe(2);
    expect(freshnessTier({ last_verified_at: null }, NOW)).toBe(2);
  });
  it('ranks an import nobody has confirmed with the never checked, however recent the import', () => {
    const imported = { last_verified_at: null, imported_at: FRESH, import_batch_id: 'b1', source: 'Wigan Libraries', created_at: FRESH };
    expect(freshnessTier(imported, NOW)).toBe(2);
    expect(freshnessTier({ ...imported, last_verified_at: FRESH, checked_by: 'partner' as const }, NOW)).toBe(0);
    expect(freshnessTier({ ...imported, last_verified_at: OLD, checked_by: 'partner' as const }, NOW)).toBe(2);
  });
  it('counts a listing never checked from when it was created, where that is known', () => {
    expect(freshnessTier({ last_verified_at: null, created_at: FRESH }, NOW)).toBe(0);
    expect(freshnessTier({ last_verified_at: null, created_at: OLD }, NOW)).toBe(2);
    expect(freshnessTier({ last_verified_at: FRESH, created_at: OLD }, NOW)).toBe(0);
  });
});

describe('search ranking at equal relevance', () => {
  // Same shape of name, so the same score: only the name order (A to Z) told them apart before.
  const features = [
    asset('abram', [-2.6, 53.5], { name: 'Sample: Abram Lunch Club', last_verified_at: OLD }),
    asset('bryn', [-2.6, 53.5], { name: 'Sample: Bryn Lunch Club', last_verified_at: HALF_YEAR }),
    asset('ince', [-2.6, 53.5], { name: 'Sample: Ince Lunch Club', last_verified_at: FRESH }),
    asset('never', [-2.6, 53.5], { name: 'Sample: Aspull Lunch Club', last_verified_at: null }),
    asset('new', [-2.6, 53.5], { name: 'Sample: Atherton Lunch Club', last_verified_at: null, created_at: FRESH }),
    asset('mention', [-2.6, 53.5], { name: 'Sample: Community Café', description: 'Home of a lunch club.', last_verified_at: FRESH }),
    asset('imported', [-2.6, 53.5], { name: 'Sample: Astley Lunch Club', last_verified_at: null, imported_at: FRESH, import_batch_id: 'b1', source: 'Partner' }),
  ];
  const index = buildSearchIndex(features, { now: NOW });
  const ids = (q: string) => search(index, q).map((h) => h.id);

  it('lists fresh listings before stale ones of the same score, A to Z within each', () => {
    expect(ids('lunch club')).toEqual(['new', 'ince', 'bryn', 'abram', 'never', 'imported', 'mention']);
  });

  it('never lifts a fresh listing above a more relevant stale one', () => {
    expect(ids('abram lunch')[0]).toBe('abram');
    expect(ids('lunch club').indexOf('mention')).toBe(6);
  });

  it('keeps the A to Z order when nothing is searched', () => {
    expect(applyFilters(features, state({}), index, NOW).features.map((f) => f.properties.id)).toEqual(['abram', 'never', 'imported', 'new', 'bryn', 'mention', 'ince']);
  });

  it('ranks the same through the page’s filters', () => {
    expect(applyFilters(features, state({ q: 'lunch club' }), index, NOW).features.map((f) => f.properties.id)).toEqual(ids('lunch club'));
  });
});

describe('distance order at an equal distance', () => {
  // Two groups meeting in the same hall, one next door (the same distance as shown: "30 m"), one
  // clearly further.
  const hall: [number, number] = [-2.63, 53.54];
  const features = [
    asset('old-hall', hall, { name: 'Sample: Old Hall Group', last_verified_at: OLD }),
    asset('fresh-hall', hall, { name: 'Sample: Fresh Hall Group', last_verified_at: FRESH }),
    asset('next-door', [-2.63006, 53.53995], { name: 'Sample: Next Door Group', last_verified_at: HALF_YEAR }),
    asset('far', [-2.6, 53.55], { name: 'Sample: Far Group', last_verified_at: FRESH }),
  ];
  const index = buildSearchIndex(features, { now: NOW });
  const near = { lat: 53.5402, lng: -2.6302, label: 'WN1 1AA' };

  it('lists fresh before stale among listings at the same distance as shown, nearer ones first', () => {
    const r = applyFilters(features, state({ near }), index, NOW);
    expect(r.features.map((f) => f.properties.id)).toEqual(['fresh-hall', 'next-door', 'old-hall', 'far']);
  });

  it('does the same for search results sorted by distance', () => {
    const r = applyFilters(features, state({ q: 'group', near }), index, NOW);
    expect(r.features.map((f) => f.properties.id)).toEqual(['fresh-hall', 'next-door', 'old-hall', 'far']);
  });

  it('still puts a nearer stale listing before a fresher one further away', () => {
    const r = applyFilters(features, state({ near: { lat: 53.55, lng: -2.6, label: 'there' } }), index, NOW);
    expect(r.features[0].properties.id).toBe('far');
    const byHall = applyFilters(features, state({ near: { lat: 53.5396, lng: -2.6296, label: 'here' } }), index, NOW);
    expect(byHall.features.map((f) => f.properties.id)).toEqual(['fresh-hall', 'next-door', 'old-hall', 'far']);
  });
});
