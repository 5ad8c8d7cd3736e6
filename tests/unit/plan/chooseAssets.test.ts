import { describe, expect, it } from 'vitest';
import type { PublishedAssetProps } from '../../../src/domain/types';
import { chooseAssets, layerOptions, monthsBefore } from '../../../src/features/plan/chooseAssets';
import { describeSettings } from '../../../src/features/plan/describeSettings';
import { DEFAULT_SETTINGS } from '../../../src/features/plan/planSettings';
import { parseHomes, placesFrom } from '../../../src/features/plan/planData';
import { makeTaxonomy } from '../../../src/domain/taxonomy';
import type { Category } from '../../../src/domain/types';
import { publishedAsset } from '../fixtures/publishedAsset';

const cat = (slug: string, parent: string | null = null): Category => ({ slug, label: slug, parent, colour: '#000000', icon: '', description: '' });
const taxonomy = makeTaxonomy([cat('learning'), cat('library', 'learning'), cat('school', 'learning'), cat('health'), cat('community-venues')]);

const BATCH = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const feature = (name: string, p: Partial<PublishedAssetProps>) =>
  publishedAsset(name, [-2.6, 53.5], { kind: 'place', categories: ['community-venues'], source: null, import_batch_id: null, sample: false, ...p });
const now = new Date('2026-12-02T12:00:00Z');
const features = [
  feature('Library 1', { categories: ['library'], source: 'Wigan Libraries', import_batch_id: BATCH, last_verified_at: '2026-11-20T09:00:00Z' }),
  feature('Library 2', { categories: ['library', 'community-venues'], source: 'Wigan Libraries', import_batch_id: BATCH, last_verified_at: '2025-06-01T09:00:00Z' }),
  feature('Sample: Club', { source: 'Sample: Common Ground demo listings', sample: true, kind: 'group', last_verified_at: '2026-10-01T09:00:00Z' }),
  feature('Own listing', { categories: ['health'], last_verified_at: null }),
];
const names = (s: Partial<typeof DEFAULT_SETTINGS>) => chooseAssets(features, { ...DEFAULT_SETTINGS, ...s }, now, taxonomy).map((f) => f.properties.name);

describe('choosing the service type to analyse', () => {
  const withSchool = [...features, feature('School', { categories: ['school'] })];
  const typed = (categories: string[]) => chooseAssets(withSchool, { ...DEFAULT_SETTINGS, categories }, now, taxonomy).map((f) => f.properties.name);
  it('counts one sub-category on its own, or a category with all its sub-categories', () => {
    expect(typed(['library'])).toEqual(['Library 1', 'Library 2']);
    expect(typed(['learning'])).toEqual(['Library 1', 'Library 2', 'School']);
    expect(typed(['school', 'community-venues'])).toEqual(['Library 2', 'Sample: Club', 'School']);
    expect(typed([])).toEqual([]);
  });
});

describe('choosing the layer to analyse', () => {
  it('restricts to one partner dataset, one import batch, or the listings with no partner dataset', () => {
    expect(names({})).toHaveLength(4);
    expect(names({ source: 'Wigan Libraries' })).toEqual(['Library 1', 'Library 2']);
    expect(names({ source: '' })).toEqual(['Own listing']);
    expect(names({ batch: BATCH })).toEqual(['Library 1', 'Library 2']);
    expect(names({ batch: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('keeps only listings checked within N months, and can leave the sample listings out', () => {
    expect(names({ checkedMonths: 3 })).toEqual(['Library 1', 'Sample: Club']);
    expect(names({ checkedMonths: 24 })).toEqual(['Library 1', 'Library 2', 'Sample: Club']);
    expect(names({ includeSample: false })).toEqual(['Library 1', 'Library 2', 'Own listing']);
    expect(names({ includeSample: false, kinds: ['group'] })).toEqual([]);
    expect(names({ categories: ['health'] })).toEqual(['Own listing']);
  });

  it('counts back calendar months, the 31st falling back to the month’s last day', () => {
    expect(monthsBefore(new Date('2026-12-02T12:00:00Z'), 3).toISOString()).toBe('2026-09-02T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 12).toISOString()).toBe('2025-01-15T00:00:00.000Z');
  });

  it('offers the datasets, batches and sample count found in the published listings', () => {
    expect(layerOptions(features, null)).toEqual({
      sources: [
        { value: 'Wigan Libraries', count: 2 },
        { value: '', count: 1 },
        { value: 'Sample: Common Ground demo listings', count: 1 },
      ],
      batches: [{ id: BATCH, source: 'Wigan Libraries', count: 2 }],
      sample: 1,
    });
    expect(layerOptions(features, 'Sample: Common Ground demo listings').batches).toEqual([]);
  });

  it('describes the settings in words for the exports', () => {
    const lines = describeSettings(
      { ...DEFAULT_SETTINGS, source: 'Wigan Libraries', checkedMonths: 3, includeSample: false },
      [{ slug: 'health', label: 'Health' } as never],
      2,
      now,
    );
    expect(lines[0]).toEqual({
      label: 'Listings',
      text: '2 published listings; categories: all; kinds: all; partner dataset: Wigan Libraries; last checked: within the last 3 months (since 2 September 2026); sample listings: left out',
    });
    expect(lines.map((l) => l.label)).toEqual(['Listings', 'Distance', 'Summary by', 'Deprivation emphasis', 'Hexagon size']);
  });
});

describe('the files the coverage page reads', () => {
  it('reads postcode points from the shipped CSV, skipping rows it cannot use', () => {
    expect(Array.from(parseHomes('postcode,lat,lng,ward_code\nWN1 1AA,53.5,-2.6,E1\nWN1 1AB,north,-2.6,E1\n\nWN1 1AD,53.6,-2.7,E1\n'))).toEqual([-2.6, 53.5, -2.7, 53.6]);
    expect(() => parseHomes('postcode,x,y\n')).toThrow('the postcode file has no lat and lng columns (its header is "postcode,x,y")');
  });

  it('takes the town names from the basemap labels', () => {
    const fc = {
      features: [
        { properties: { kind: 'town', name: 'Leigh' }, geometry: { type: 'Point', coordinates: [-2.519, 53.4975] } },
        { properties: { kind: 'ward-label', name: 'Leigh West' }, geometry: { type: 'Point', coordinates: [-2.53, 53.5] } },
        { properties: { kind: 'ward', name: 'Abram' }, geometry: { type: 'Polygon', coordinates: [] } },
      ],
    };
    expect(placesFrom(fc)).toEqual([{ name: 'Leigh', lng: -2.519, lat: 53.4975 }]);
  });
});
