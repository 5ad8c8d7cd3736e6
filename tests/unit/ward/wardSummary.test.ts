// The neighbourhood page's assembly, on the shipped wards, LSOAs and sample listings: which
// listings it lists (exactly those the planner counts in the ward), its people, ages and deprivation
// figures, its neighbours, and unknown codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaCollection, AssetFeature, Category } from '../../../src/domain/types';
import { makeTaxonomy } from '../../../src/domain/taxonomy';
import { createCoverageEngine } from '../../../src/geo/coverage';
import { areasOfPoints } from '../../../src/geo/areasOfPoints';
import type { OutlineFeature } from '../../../src/geo/hexLattice';
import { ageBands, findWard, findWardByName, nearbyWards, summariseWard, wardList } from '../../../src/features/ward/wardSummary';
import { listingsOfType, serviceTypesIn } from '../../../src/features/ward/serviceTypes';

const root = join(import.meta.dirname, '../../..');
const read = <T>(p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as T;
const wards = read<AreaCollection>('data/areas/wards.geojson');
const lsoas = read<AreaCollection>('data/areas/lsoas.geojson');
const outline = read<OutlineFeature>('data/borough.geojson');
const taxonomy = makeTaxonomy(read<Category[]>('data/categories.json'));
const features: AssetFeature[] = read<{ id: string; status: string; lat: number; lng: number; name: string; categories: string[] }[]>('data/assets.json')
  .filter((a) => a.status === 'published')
  .map((a) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [a.lng, a.lat] }, properties: a as unknown as AssetFeature['properties'] }));
const featureWard = areasOfPoints(
  outline,
  wards,
  features.map((f) => f.geometry.coordinates),
);
const ABRAM = 'E05014989';
const summary = summariseWard({ code: ABRAM, wards, lsoas, features, featureWard, taxonomy })!;

describe('a ward page', () => {
  it('lists exactly the listings the planner counts in the ward', () => {
    const result = createCoverageEngine().run({
      outline,
      areas: lsoas,
      wards,
      homes: null,
      assets: features.map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })),
    });
    expect(Array.from(featureWard)).toEqual(Array.from(result.assetWard));
    const abramRow = result.wards.find((w) => w.code === ABRAM)!;
    expect(summary.listingCount).toBe(abramRow.assets);
    expect(summary.byCategory.flatMap((g) => g.listings).length).toBe(abramRow.assets);
  });

  it('puts each listing once, under the top-level category of its primary category, in the taxonomy order, by name', () => {
    const tops = taxonomy.top.map((c) => c.slug);
    const slugs = summary.byCategory.map((g) => g.slug);
    expect(slugs).toEqual(tops.filter((s) => slugs.includes(s)));
    for (const g of summary.byCategory) {
      for (const f of g.listings) expect(taxonomy.parentOf(f.properties.categories[0]) ?? f.properties.categories[0]).toBe(g.slug);
      const names = g.listings.map((f) => f.properties.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    }
    const ids = summary.byCategory.flatMap((g) => g.listings.map((f) => f.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the ward’s people: its population, its LSOAs most deprived first, and those in deciles 1–2', () => {
    const mine = lsoas.features.filter((f) => f.properties.parent_code === ABRAM);
    expect(summary.name).toBe('Abram');
    expect(summary.population).toBe(15446);
    expect(summary.lsoas.map((l) => l.code).sort()).toEqual(mine.map((f) => f.properties.code).sort());
    const deciles = summary.lsoas.map((l) => l.decile ?? 11);
    expect(deciles).toEqual([...deciles].sort((a, b) => a - b));
    const deprived = mine.filter((f) => f.properties.imd_decile! <= 2);
    expect(summary.mostDeprivedLsoas).toBe(deprived.length);
    expect(summary.mostDeprivedPeople).toBe(deprived.reduce((n, f) => n + f.properties.population, 0));
    expect(summary.peopleByDecile.reduce((a, b) => a + b, 0)).toBe(mine.reduce((n, f) => n + f.properties.population, 0));
  });

  it('names the wards sharing its boundary, or the closest when none does', () => {
    expect(summary.nearby.map((w) => w.name)).toEqual([
      'Ashton-in-Makerfield South',
      'Bryn with Ashton-in-Makerfield North',
      'Golborne & Lowton West',
      'Hindley',
      'Hindley Green',
      'Ince',
      'Leigh West',
      'Worsley Mesnes',
    ]);
    expect(summary.nearby.every((w) => w.adjacent)).toBe(true);
    // Each ward is its neighbours' neighbour.
    for (const w of summary.nearby) {
      const back = nearbyWards(
        wards,
        wards.features.findIndex((f) => f.properties.code === w.code),
      );
      expect(back.map((b) => b.code)).toContain(ABRAM);
    }
    // Areas that share no vertex (loaded from elsewhere): the three closest instead.
    const apart: AreaCollection = {
      type: 'FeatureCollection',
      features: [0, 1, 2, 5].map((x) => ({
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, 0],
              [x + 0.5, 0],
              [x + 0.5, 0.5],
              [x, 0.5],
              [x, 0],
            ],
          ],
        },
        properties: { code: `A${x}`, name: `Area ${x}`, kind: 'custom', parent_code: null, population: 1, imd_decile: null, imd_rank: null },
      })),
    };
    expect(nearbyWards(apart, 0)).toEqual([
      { code: 'A1', name: 'Area 1', adjacent: false },
      { code: 'A2', name: 'Area 2', adjacent: false },
      { code: 'A5', name: 'Area 5', adjacent: false },
    ]);
  });

  it('finds no ward for an unknown or malformed code, and a ward by its name whatever the case', () => {
    for (const code of ['E05999999', '', 'abram', '<script>']) {
      expect(findWard(wards, code)).toBeNull();
      expect(summariseWard({ code, wards, lsoas, features, featureWard, taxonomy })).toBeNull();
    }
    expect(findWardByName(wards, '  golborne & lowton west ')?.properties.name).toBe('Golborne & Lowton West');
    expect(findWardByName(wards, 'Nowhere')).toBeNull();
    expect(wardList(wards)).toHaveLength(25);
    expect(wardList(wards)[0]).toEqual({ code: ABRAM, name: 'Abram' });
  });

  it('measures the main service types as the planner’s category setting counts them', () => {
    const types = serviceTypesIn(taxonomy);
    expect(types).toContain('gp-practice');
    const health = listingsOfType(features, taxonomy, 'health').length;
    const gp = listingsOfType(features, taxonomy, 'gp-practice').length;
    expect(gp).toBeGreaterThan(0);
    expect(health).toBeGreaterThan(gp); // a category takes in its types
    expect(serviceTypesIn(makeTaxonomy([]))).toEqual([]);
  });
});

describe('a ward page’s ages', () => {
  const bands = ['age_0_15', 'age_16_59', 'age_60_plus'] as const;
  const sumOver = (areas: AreaCollection['features']) => bands.map((b) => areas.reduce((n, f) => n + f.properties[b]!, 0));
  const withoutAges = (c: AreaCollection, keep: (code: string) => boolean = () => false): AreaCollection => ({
    ...c,
    features: c.features.map((f) => {
      if (keep(f.properties.code)) return f;
      const { age_0_15: _young, age_16_59: _adults, age_60_plus: _older, ...rest } = f.properties;
      return { ...f, properties: rest };
    }),
  });

  it('gives each band as the sum over the ward’s LSOAs, as the shipped ward says too', () => {
    const mine = lsoas.features.filter((f) => f.properties.parent_code === ABRAM);
    expect(summary.ages!.map((a) => a.band)).toEqual(bands);
    expect(summary.ages!.map((a) => a.people)).toEqual(sumOver(mine));
    expect(summary.ages!.map((a) => a.people)).toEqual([3365, 9061, 3020]);
    const ward = findWard(wards, ABRAM)!.properties;
    expect(summary.ages!.map((a) => a.people)).toEqual(bands.map((b) => ward[b]));
    // Every shipped ward: its bands are its LSOAs' sums, and the bands add up to its population.
    for (const w of wards.features) {
      const sums = sumOver(lsoas.features.filter((f) => f.properties.parent_code === w.properties.code));
      expect(
        bands.map((b) => w.properties[b]),
        w.properties.name,
      ).toEqual(sums);
      expect(
        sums.reduce((a, b) => a + b, 0),
        w.properties.name,
      ).toBe(w.properties.population);
    }
  });

  it('gives shares of the ward’s population that add up to 100% within rounding', () => {
    for (const w of wards.features) {
      const ages = summariseWard({ code: w.properties.code, wards, lsoas, features, featureWard, taxonomy })!.ages!;
      for (const a of ages) expect(a.share).toBeCloseTo(a.people / w.properties.population, 12);
      expect(ages.reduce((n, a) => n + a.share, 0)).toBeCloseTo(1, 9);
      // As the page shows them, to one decimal place.
      const shown = ages.reduce((n, a) => n + Math.round(a.share * 1000) / 10, 0);
      expect(Math.abs(shown - 100)).toBeLessThanOrEqual(0.15);
    }
    expect(ageBands([{ ...lsoas.features[0].properties, population: 0, age_0_15: 0, age_16_59: 0, age_60_plus: 0 }], 0)!.map((a) => a.share)).toEqual([0, 0, 0]);
  });

  it('gives no ages when the area files have none, or not for every LSOA of the ward', () => {
    const none = summariseWard({ code: ABRAM, wards: withoutAges(wards), lsoas: withoutAges(lsoas), features, featureWard, taxonomy })!;
    expect(none.ages).toBeNull();
    expect(none.population).toBe(summary.population);
    const firstOfAbram = lsoas.features.find((f) => f.properties.parent_code === ABRAM)!.properties.code;
    const partly = withoutAges(lsoas, (code) => code !== firstOfAbram);
    expect(summariseWard({ code: ABRAM, wards, lsoas: partly, features, featureWard, taxonomy })!.ages).toBeNull();
    expect(ageBands([], 100)).toBeNull();
  });
});
