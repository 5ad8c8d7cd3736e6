import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, suggestRelaxations, type FilterState } from '../../../src/domain/filters';
import { hoursCheck } from '../../../src/domain/openingHours';
import { REACH_PRESETS, reachPreset, widerPresets } from '../../../src/domain/reach';
import { buildSearchIndex } from '../../../src/domain/search';
import { fromSearchParams, toQueryString } from '../../../src/domain/urlState';
import type { AssetFeature } from '../../../src/domain/types';
import { publishedAsset } from '../fixtures/publishedAsset';

// About 111 m per 0.001° of latitude: from the point, 0.3 km, 1.1 km, 2.2 km and 4.4 km north.
const near = { lat: 53.54, lng: -2.63, label: 'WN1 1AA' };
const features: AssetFeature[] = [
  publishedAsset('close', [-2.63, 53.5427], { name: 'Close club', opening_hours: 'Tu[2] 10:00-12:00' }),
  publishedAsset('mid', [-2.63, 53.55], { name: 'Mid club', opening_hours: 'Fr[-1] 10:00-12:00' }),
  publishedAsset('far', [-2.63, 53.56], { name: 'Far club', opening_hours: 'week 02-52/2 Mo 10:00-12:00' }),
  publishedAsset('farther', [-2.63, 53.58], { name: 'Farther club', opening_hours: 'Tu 10:00-12:00; 2026 Dec 08 off' }),
];
const index = buildSearchIndex(features);
const now = new Date(2026, 11, 3, 12, 0);
const ids = (over: Partial<FilterState>) => applyFilters(features, { ...EMPTY_FILTERS, ...over }, index, now, hoursCheck).features.map((f) => f.properties.id);

describe('reach presets', () => {
  it('are worded as time with a stated distance, narrowest first', () => {
    expect(REACH_PRESETS.map((p) => [p.id, p.metres])).toEqual([
      ['walk5', 400],
      ['walk15', 1200],
      ['walk30', 2400],
      ['drive10', 5000],
    ]);
    expect(widerPresets('walk15').map((p) => p.id)).toEqual(['walk30', 'drive10']);
    expect(reachPreset('walk7')).toBeNull();
  });

  it('hide what is further than the preset, nearest first', () => {
    expect(ids({ near, reach: 'walk5' })).toEqual(['close']);
    expect(ids({ near, reach: 'walk15' })).toEqual(['close', 'mid']);
    expect(ids({ near, reach: 'walk30' })).toEqual(['close', 'mid', 'far']);
    expect(ids({ near, reach: 'drive10' })).toEqual(['close', 'mid', 'far', 'farther']);
  });

  it('hide nothing until a location is set', () => {
    expect(ids({ reach: 'walk5' })).toHaveLength(4);
  });

  it('offer a wider area when nothing is found: the next preset that finds something', () => {
    const s: FilterState = { ...EMPTY_FILTERS, near, reach: 'walk15', q: 'farther' };
    expect(ids(s)).toEqual([]);
    const [wider] = suggestRelaxations(s, features, index, now, hoursCheck).filter((r) => r.remove === 'reach');
    expect(wider.reach).toBe('drive10');
    expect(wider.count).toBe(1);
    expect(ids(wider.state)).toEqual(['farther']);
  });

  it('live in the URL, and an unknown preset is dropped', () => {
    const qs = toQueryString({ filters: { ...EMPTY_FILTERS, near, reach: 'walk30' } });
    expect(qs).toContain('reach=walk30');
    expect(fromSearchParams(new URLSearchParams(qs)).filters.reach).toBe('walk30');
    expect(fromSearchParams(new URLSearchParams('reach=walk7')).filters.reach).toBeNull();
  });
});

describe('open on a date', () => {
  const on = (date: string) => ids({ openOn: { weekday: 0, time: null, date } });
  it('answers a "2nd Tuesday" group for the 2nd Tuesday and not the 3rd', () => {
    expect(on('2026-12-08')).toContain('close');
    expect(on('2026-12-15')).not.toContain('close');
  });
  it('answers "last Friday", alternate weeks and a closed date', () => {
    expect(on('2026-12-25')).toContain('mid');
    expect(on('2026-12-18')).not.toContain('mid');
    expect(on('2026-12-07')).toContain('far'); // ISO week 50
    expect(on('2026-12-14')).not.toContain('far'); // week 51
    expect(on('2026-12-08')).not.toContain('farther');
    expect(on('2026-12-15')).toContain('farther');
  });
  it('a time on that date narrows it', () => {
    expect(ids({ openOn: { weekday: 2, time: '11:00', date: '2026-12-08' } })).toContain('close');
    expect(ids({ openOn: { weekday: 2, time: '13:00', date: '2026-12-08' } })).not.toContain('close');
  });
  it('lives in the URL; impossible dates are not read', () => {
    const read = (qs: string) => fromSearchParams(new URLSearchParams(qs)).filters.openOn;
    expect(read('open=2026-12-08@10:00')).toEqual({ weekday: 2, time: '10:00', date: '2026-12-08' });
    expect(toQueryString({ filters: { ...EMPTY_FILTERS, openOn: { weekday: 2, time: null, date: '2026-12-08' } } })).toBe('open=2026-12-08');
    expect(read('open=2026-02-30')).toBeNull();
    expect(read('open=2026-13-01')).toBeNull();
  });
});
