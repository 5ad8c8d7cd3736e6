// Checks the committed sample data in data/ (what local mode, the seed and the static build
// ship), and that generateAssets gives benchmarks the same data for the same seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import opening_hours from 'opening_hours';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { ACCESSIBILITY, AGE_GROUPS, ASSET_KINDS, ASSET_STATUSES, type AreaCollection, type Category } from '../../src/domain/types';
import { SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';
import { DATA_ATTRIBUTION } from '../../src/domain/attribution';
import { generateAssets, type SampleAsset } from '../../scripts/sample/assets';
import { DATA_DIR, loadSampleContext } from '../../scripts/sample/context';
import { parsePostcodesCsv } from '../../scripts/sample/files';
import type { SampleOrganisation } from '../../scripts/sample/organisations';

const read = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;

const assets = json<SampleAsset[]>('assets.json');
const facilities = assets.filter((a) => a.org_id === null);
const orgs = json<SampleOrganisation[]>('organisations.json');
const categories = json<Category[]>('categories.json');
const topLevel = categories.filter((c) => !c.parent);
const parents = new Map(categories.filter((c) => c.parent).map((c) => [c.slug, c.parent!]));
const wards = json<AreaCollection>('areas/wards.geojson');
const lsoas = json<AreaCollection>('areas/lsoas.geojson');
const borough = json<{ geometry: Polygon | MultiPolygon }>('borough.geojson');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The assets failing a check, by name, so a failure says which rows to look at. */
const failing = (pred: (a: SampleAsset) => boolean) => assets.filter((a) => !pred(a)).map((a) => a.name);

describe('sample assets', () => {
  it('has 1,500 community listings and ~110 public facilities, each clearly marked as a sample, with unique names and ids', () => {
    expect(assets.filter((a) => a.org_id !== null)).toHaveLength(1500);
    expect(facilities.length).toBeGreaterThan(100);
    expect(failing((a) => a.name.startsWith('Sample: '))).toEqual([]);
    expect(failing((a) => a.address.includes('sample address'))).toEqual([]);
    expect(new Set(assets.map((a) => a.name)).size).toBe(assets.length);
    expect(failing((a) => UUID.test(a.id))).toEqual([]);
    expect(new Set(assets.map((a) => a.id)).size).toBe(assets.length);
  });

  it('lists public facilities as partner datasets, one sub-category each, a sparse layer per type', () => {
    expect(facilities.filter((a) => !a.source?.startsWith('Sample: ') || !a.external_id || a.categories.length !== 1)).toEqual([]);
    const perType = (slug: string) => assets.filter((a) => a.categories.includes(slug)).length;
    expect(perType('pharmacy')).toBeGreaterThan(10);
    expect(perType('fire-station')).toBeGreaterThan(2);
    expect(perType('library')).toBeGreaterThan(10);
    // Community listings carry sub-categories too (food banks, churches, community centres).
    expect(assets.filter((a) => a.org_id !== null && a.categories.some((c) => parents.has(c))).length).toBeGreaterThan(100);
  });

  it('places every asset inside the borough, at a real postcode within about 50 m', () => {
    expect(failing((a) => booleanPointInPolygon([a.lng, a.lat], borough.geometry))).toEqual([]);
    const postcodes = new Map(parsePostcodesCsv(read('postcodes.csv')).map((p) => [p.postcode, p]));
    expect(
      failing((a) => {
        const p = postcodes.get(a.postcode);
        return !!p && Math.abs(p.lat - a.lat) < 0.0005 && Math.abs(p.lng - a.lng) < 0.0008;
      }),
    ).toEqual([]);
  });

  it('uses only known categories, 1 to 3 per asset, and known value sets', () => {
    const slugs = new Set(categories.map((c) => c.slug));
    expect(failing((a) => a.categories.length >= 1 && a.categories.length <= 3)).toEqual([]);
    expect(failing((a) => a.categories.every((s) => slugs.has(s)))).toEqual([]);
    expect(failing((a) => new Set(a.categories).size === a.categories.length)).toEqual([]);
    expect(failing((a) => (ASSET_KINDS as readonly string[]).includes(a.kind))).toEqual([]);
    expect(failing((a) => (ASSET_STATUSES as readonly string[]).includes(a.status))).toEqual([]);
    expect(failing((a) => a.age_groups.length > 0 && a.age_groups.every((g) => g in AGE_GROUPS))).toEqual([]);
    expect(failing((a) => a.accessibility.every((f) => f in ACCESSIBILITY))).toEqual([]);
    expect(failing((a) => a.languages[0] === 'en')).toEqual([]);
    // Every category and type has assets, so every map layer and filter has something to show.
    for (const c of topLevel)
      expect(
        assets.some((a) => (parents.get(a.categories[0]) ?? a.categories[0]) === c.slug),
        c.slug,
      ).toBe(true);
    for (const slug of parents.keys())
      expect(
        assets.some((a) => a.categories.includes(slug)),
        slug,
      ).toBe(true);
  });

  it('writes every opening_hours value in valid OpenStreetMap syntax, without parser warnings', () => {
    const bad: string[] = [];
    for (const a of assets) {
      if (a.opening_hours === null) continue;
      try {
        // Third argument 0 = mode "time ranges" (the typings want a full options object for { mode: 0 }).
        const oh = new opening_hours(a.opening_hours, null, 0);
        if (oh.getWarnings().length) bad.push(`${a.name}: "${a.opening_hours}" warns ${oh.getWarnings().join('; ')}`);
      } catch (e) {
        bad.push(`${a.name}: "${a.opening_hours}" ${String(e)}`);
      }
    }
    expect(bad).toEqual([]);
    expect(new Set(assets.map((a) => a.opening_hours)).size).toBeGreaterThan(20);
  });

  it('has contact details of the right shape, and a cost only when not free', () => {
    expect(failing((a) => a.phone === null || /^0161 496 0\d{3}$/.test(a.phone))).toEqual([]);
    expect(failing((a) => a.email === null || /^[a-z0-9-]+@example\.org$/.test(a.email))).toEqual([]);
    expect(failing((a) => a.website === null || a.website.startsWith('https://example.org/'))).toEqual([]);
    expect(failing((a) => (a.free ? a.cost === null : !!a.cost))).toEqual([]);
    expect(assets.filter((a) => a.free).length / assets.length).toBeGreaterThan(0.6);
  });

  it('is mostly published, with some stale entries for the review views', () => {
    const published = assets.filter((a) => a.status === 'published').length / assets.length;
    expect(published).toBeGreaterThan(0.9);
    expect(published).toBeLessThan(0.97);
    const ref = Date.UTC(2026, 10, 1);
    const monthsOld = assets.filter((a) => a.last_verified_at).map((a) => (ref - Date.parse(a.last_verified_at!)) / (30.44 * 86_400_000));
    expect(monthsOld.every((m) => m >= 0 && m <= 20)).toBe(true);
    expect(monthsOld.filter((m) => m > 6).length).toBeGreaterThan(150);
    expect(monthsOld.filter((m) => m > 12).length).toBeGreaterThan(50);
    expect(failing((a) => Date.parse(a.created_at) <= Date.parse(a.last_verified_at ?? a.created_at))).toEqual([]);
    const external = assets.filter((a) => a.external_id).map((a) => a.external_id);
    expect(new Set(external).size).toBe(external.length);
  });

  it('gives each persona organisation 10–20 assets, including a pending and a draft one', () => {
    for (const id of [SAMPLE_ORG_A, SAMPLE_ORG_B]) {
      const own = assets.filter((a) => a.org_id === id);
      expect(own.length).toBeGreaterThanOrEqual(10);
      expect(own.length).toBeLessThanOrEqual(20);
      expect(own.some((a) => a.status === 'pending')).toBe(true);
      expect(own.some((a) => a.status === 'draft')).toBe(true);
    }
    const orgIds = new Set(orgs.map((o) => o.id));
    expect(failing((a) => a.org_id === null || orgIds.has(a.org_id))).toEqual([]);
  });
});

describe('sample organisations and categories', () => {
  it('has about 40 organisations named "Sample: …", including the two persona organisations', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(35);
    expect(orgs.length).toBeLessThanOrEqual(45);
    expect(orgs.filter((o) => !o.name.startsWith('Sample: '))).toEqual([]);
    expect(orgs.find((o) => o.id === SAMPLE_ORG_A)?.name).toBe('Sample: Hindley Community Trust');
    expect(orgs.find((o) => o.id === SAMPLE_ORG_B)?.name).toBe('Sample: Leigh Food Network');
    expect(orgs.filter((o) => o.status === 'pending').length).toBeGreaterThanOrEqual(2);
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
  });

  it('has 22 top-level categories with distinct colours and icons, and sub-categories in their colour', () => {
    expect(topLevel).toHaveLength(22);
    expect(categories.filter((c) => !/^[a-z]+(-[a-z]+)*$/.test(c.slug))).toEqual([]);
    expect(categories.filter((c) => !/^#[0-9a-f]{6}$/.test(c.colour))).toEqual([]);
    expect(new Set(topLevel.map((c) => c.colour)).size).toBe(22);
    expect(new Set(topLevel.map((c) => c.icon)).size).toBe(22);
    const colour = new Map(topLevel.map((c) => [c.slug, c.colour]));
    expect(categories.filter((c) => c.parent && c.colour !== colour.get(c.parent)).map((c) => c.slug)).toEqual([]);
    expect(parents.size).toBeGreaterThanOrEqual(20);
  });

  it('keeps every top-level colour readable on the basemap (at least 4.6:1 on #f2efe9)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bg = lum('#f2efe9');
    expect(topLevel.filter((c) => (bg + 0.05) / (lum(c.colour) + 0.05) < 4.6).map((c) => c.slug)).toEqual([]);
  });
});

describe('real geography', () => {
  it('has the 25 wards and 200 LSOAs of Wigan, with every LSOA in one of the wards', () => {
    expect(wards.features).toHaveLength(25);
    expect(lsoas.features).toHaveLength(200);
    const wardCodes = new Set(wards.features.map((w) => w.properties.code));
    expect(lsoas.features.filter((l) => !wardCodes.has(l.properties.parent_code ?? ''))).toEqual([]);
  });

  it('adds up to the mid-2015 population of 321,839 for wards and for LSOAs', () => {
    const sum = (c: AreaCollection) => c.features.reduce((s, f) => s + f.properties.population, 0);
    expect(sum(lsoas)).toBe(321_839);
    expect(sum(wards)).toBe(321_839);
    expect(wards.features.filter((w) => !(w.properties.imd_decile! >= 1 && w.properties.imd_decile! <= 10))).toEqual([]);
  });

  it('gives every ward and LSOA its people aged 0–15, 16–59 and 60 and over, adding up to its population', () => {
    const bands = (f: AreaCollection['features'][number]) => [f.properties.age_0_15, f.properties.age_16_59, f.properties.age_60_plus];
    const wrong = [...wards.features, ...lsoas.features].filter((f) => {
      const b = bands(f);
      return !b.every((n) => Number.isInteger(n) && n! >= 0) || b.reduce((s: number, n) => s + n!, 0) !== f.properties.population;
    });
    expect(wrong.map((f) => f.properties.code)).toEqual([]);
    const total = (c: AreaCollection) => c.features.map(bands).reduce((s: number[], b) => s.map((n, i) => n + b[i]!), [0, 0, 0]);
    expect(total(wards)).toEqual(total(lsoas));
  });

  it('has the 7,624 Wigan postcodes, each in a known ward', () => {
    const postcodes = parsePostcodesCsv(read('postcodes.csv'));
    expect(postcodes).toHaveLength(7624);
    const wardCodes = new Set(wards.features.map((w) => w.properties.code));
    expect(postcodes.filter((p) => !wardCodes.has(p.ward_code))).toEqual([]);
  });

  it('credits the sources in data/README.md', () => {
    expect(read('README.md')).toContain(DATA_ATTRIBUTION);
  });
});

describe('generateAssets', () => {
  const ctx = loadSampleContext();

  it('gives the same assets for the same seed, and different ones for another seed', () => {
    const a = generateAssets(300, 7, ctx);
    expect(generateAssets(300, 7, ctx)).toEqual(a);
    expect(generateAssets(300, 8, ctx)[50]).not.toEqual(a[50]);
  });

  it('scales to benchmark sizes with unique names and ids', () => {
    const many = generateAssets(10_000, 1, ctx);
    expect(many).toHaveLength(10_000);
    expect(new Set(many.map((a) => a.name)).size).toBe(10_000);
    expect(new Set(many.map((a) => a.id)).size).toBe(10_000);
  });

  it('says what is missing when the context is empty', () => {
    expect(() => generateAssets(10, 1, { ...ctx, postcodes: [] })).toThrow(/ctx\.postcodes is empty/);
    expect(() => generateAssets(10, 1, { ...ctx, orgs: [] })).toThrow(/ctx\.orgs is empty/);
  });
});

describe('parsePostcodesCsv', () => {
  it('names the line and the expected shape of a malformed row', () => {
    expect(() => parsePostcodesCsv('postcode,lat,lng,ward_code\nWN1 1AA,53.5,-2.6,E05015010\nWN1 1AB,north,-2.6,E05015010\n')).toThrow(
      /line 3: expected postcode,lat,lng,ward_code with numeric lat and lng, found "WN1 1AB,north/,
    );
    expect(() => parsePostcodesCsv('pc,lat\n')).toThrow(/line 1: expected the header/);
  });
});
