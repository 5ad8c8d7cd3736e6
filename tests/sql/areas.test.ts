// Planners load boundaries with population and deprivation: every feature is checked, and one bad
// feature loads nothing, with a message naming the feature and the field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, count, SAMPLE_ORG_A } from './fixtures';
import type { AreaCollection, AreaFeature, Asset } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

function square(code: string, lng: number, lat: number, props: Partial<AreaFeature['properties']> = {}): AreaFeature {
  const d = 0.01;
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng, lat],
          [lng + d, lat],
          [lng + d, lat + d],
          [lng, lat + d],
          [lng, lat],
        ],
      ],
    },
    properties: { code, name: `Test area ${code}`, kind: 'custom', parent_code: null, population: 1000, imd_decile: 3, imd_rank: 5000, ...props },
  };
}
const collection = (...features: AreaFeature[]): AreaCollection => ({ type: 'FeatureCollection', features });
const load = (who: string, areas: unknown, replace = false, kind = 'custom') => rpc<{ loaded: number }>(db, who, 'load_areas', { kind, areas, replace });

describe('reading areas', () => {
  it('returns wards and LSOAs as FeatureCollections of AreaProps', async () => {
    const wards = await rpc<AreaCollection>(db, 'resident', 'areas', { kind: 'ward' });
    expect(wards.features).toHaveLength(25);
    expect(Object.keys(wards.features[0].properties).sort()).toEqual(['code', 'imd_decile', 'imd_rank', 'kind', 'name', 'parent_code', 'population']);
    expect(wards.features[0].geometry.type).toMatch(/Polygon/);
    expect((await rpc<AreaCollection>(db, 'planner', 'areas', { kind: 'lsoa' })).features).toHaveLength(200);
  });
});

describe('loading areas', () => {
  it('loads a valid collection and replaces a kind when asked', async () => {
    expect(await load('planner', collection(square('C1', -2.6, 53.5), square('C2', -2.5, 53.5, { imd_decile: null, imd_rank: null })))).toEqual({ loaded: 2 });
    expect(await count(db, "select 1 from app.areas where kind = 'custom'")).toBe(2);
    expect(await load('planner', collection(square('C3', -2.6, 53.6)), true)).toEqual({ loaded: 1 });
    expect((await db.query<{ code: string }>("select code from app.areas where kind = 'custom'")).rows).toEqual([{ code: 'C3' }]);
    const c3 = (await db.query<{ min_lat: number; max_lng: number }>("select min_lat, max_lng from app.areas where code = 'C3'")).rows[0];
    expect(c3.min_lat).toBeCloseTo(53.6);
    expect(c3.max_lng).toBeCloseTo(-2.59);
  });

  it.each([
    ['population', { population: -5 }, 'Feature 2 (code BAD): population must be a whole number of people, 0 or more (got -5)', 'areas_population_check'],
    ['population', { population: 'many' }, 'Feature 2 (code BAD): population must be a whole number', 'areas_population_check'],
    ['imd_decile', { imd_decile: 11 }, 'Feature 2 (code BAD): imd_decile must be a whole number from 1 to 10, or empty (got 11)', 'areas_imd_decile_check'],
    ['name', { name: ' ' }, 'Feature 2 (code BAD): name is missing', 'areas_name_check'],
    ['code', { code: '' }, 'Feature 2: code is missing', 'areas_code_check'],
  ])('rejects the whole file when one feature has a bad %s', async (_field, props, message, constraint) => {
    const before = await count(db, 'select 1 from app.areas');
    const bad = square('BAD', -2.7, 53.5, props as never);
    const error = await load('planner', collection(square('OK1', -2.6, 53.5), bad, square('OK3', -2.5, 53.5))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint });
    expect((error as Error).message).toContain(message);
    expect(await count(db, 'select 1 from app.areas')).toBe(before);
  });

  it('rejects a feature whose geometry is not a polygon, or whose positions are broken', async () => {
    const point = { ...square('PT', -2.6, 53.5), geometry: { type: 'Point', coordinates: [-2.6, 53.5] } };
    await expect(load('planner', collection(square('A1', -2.6, 53.5), point as never))).rejects.toMatchObject({
      message: 'Feature 2 (code PT): geometry must be a Polygon or MultiPolygon (got Point)',
    });
    const broken = { ...square('BR', -2.6, 53.5), geometry: { type: 'Polygon', coordinates: [[['a', 'b']]] } };
    await expect(load('planner', collection(broken as never))).rejects.toMatchObject({
      constraint: 'areas_geometry_check',
      message: expect.stringMatching(/^Feature 1 \(code BR\): Geometry positions must be \[longitude, latitude\] numbers/),
    });
    expect(await count(db, "select 1 from app.areas where code in ('A1', 'PT', 'BR')")).toBe(0);
  });

  it('rejects a file that lists a code twice, or is not a FeatureCollection', async () => {
    await expect(load('planner', collection(square('D1', -2.6, 53.5), square('D1', -2.5, 53.5)))).rejects.toMatchObject({
      message: 'Code D1 appears more than once in the file',
    });
    await expect(load('planner', { type: 'Feature' })).rejects.toMatchObject({ message: 'Expected a GeoJSON FeatureCollection' });
  });

  it('only planners may load areas', async () => {
    await expect(load('editor-a', collection(square('E1', -2.6, 53.5)))).rejects.toMatchObject({ code: '42501', message: 'Only planners can load areas' });
    await expect(load('moderator', collection(square('E1', -2.6, 53.5)))).rejects.toMatchObject({ code: '42501' });
  });
});

describe('wards of assets', () => {
  it('stamps a new asset with the ward its point lies in', async () => {
    const seeded = (await db.query<{ lat: number; lng: number; ward: string }>('select lat, lng, ward from app.assets where ward is not null order by id limit 3')).rows;
    for (const s of seeded) {
      const a = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: `Sample: Ward test ${s.ward}`, lat: s.lat, lng: s.lng }) });
      expect(a.ward).toBe(s.ward);
    }
    const far = await rpc<Asset>(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Far away', lat: 51.5, lng: -0.1 }) });
    expect(far.ward).toBeNull();
  });
});
