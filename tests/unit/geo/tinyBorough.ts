// A made-up borough small enough to check by hand (tests/fixtures/geo/tiny-borough.in.geojson).
// Laid out in metres around 53.5°N 2.6°W, then written in degrees:
//   outline 2,000 m × 1,000 m; wards W (west half) and E (east half);
//   LSOAs: W-south 2,100 people (decile 1), W-north 0 people (decile 2), E-south 4,200 (decile 5),
//   E-north 1,050 (decile 10) with a 40 m square hole holding LSOA "tiny" (100 people, decile 3),
//   too small to hold a cell centre.
// Homes (postcode points), which is where the analysis places people: 3 in W-south (700 people
// each), 1 in W-north (nobody), 2 in E-south (2,100 each), 3 in E-north (350 each), none in
// "tiny" (its 100 people go to one point inside it, at (125, 150)), and one outside every area.
// At a 100 m cell side the lattice has columns at x = -1000 + 150c and half rows at
// y = -500 + 86.6r: 84 cells, 21 in each quadrant, none in the hole.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AreaCollection, AreaFeature, AreaProps } from '../../../src/domain/types.ts';
import type { OutlineFeature } from '../../../src/geo/hexLattice.ts';
import { localProjection } from '../../../src/geo/localProjection.ts';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/geo');
export const LAT0 = 53.5;
export const LNG0 = -2.6;
export const metres = localProjection(LAT0, LNG0);
export const toLngLat = (x: number, y: number): [number, number] => [metres.lng(x), metres.lat(y)];
const box = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  toLngLat(x0, y0),
  toLngLat(x1, y0),
  toLngLat(x1, y1),
  toLngLat(x0, y1),
  toLngLat(x0, y0),
];

/** Cell centres of the 100 m lattice in metres (column c, half row r). */
export const cellXY = (c: number, r: number): [number, number] => [-1000 + 150 * c, -500 + r * (Math.sqrt(3) / 2) * 100];

/** The three assets on cell centres and one on the corner where both wards and all four LSOAs meet. */
export const TINY_ASSETS_XY: [number, number][] = [cellXY(2, 2), cellXY(10, 2), cellXY(10, 10), [0, 0]];

/** Homes in metres, by LSOA (see the header), and one beyond the borough. */
export const TINY_HOMES_XY: [number, number][] = [
  [-700, -250],
  [-400, -250],
  [-100, -250], // W-south
  [-500, 250], // W-north
  [300, -250],
  [700, -250], // E-south
  [500, 400],
  [900, 400],
  [300, 100], // E-north
  [1200, 0], // outside every area
];

function area(code: string, kind: 'lsoa' | 'ward', parent: string | null, population: number, decile: number | null, rings: [number, number][][]): AreaFeature {
  const properties: AreaProps = { code, name: `Tiny ${code}`, kind, parent_code: parent, population, imd_decile: decile, imd_rank: null };
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } };
}

export function buildTinyBorough() {
  const outline: OutlineFeature = {
    type: 'Feature',
    properties: { code: 'TINY', name: 'Tiny borough' },
    geometry: { type: 'Polygon', coordinates: [box(-1000, -500, 1000, 500)] },
  };
  const wards: AreaCollection = {
    type: 'FeatureCollection',
    features: [area('W', 'ward', null, 2100, null, [box(-1000, -500, 0, 500)]), area('E', 'ward', null, 5350, null, [box(0, -500, 1000, 500)])],
  };
  const areas: AreaCollection = {
    type: 'FeatureCollection',
    features: [
      area('WS', 'lsoa', 'W', 2100, 1, [box(-1000, -500, 0, 0)]),
      area('WN', 'lsoa', 'W', 0, 2, [box(-1000, 0, 0, 500)]),
      area('ES', 'lsoa', 'E', 4200, 5, [box(0, -500, 1000, 0)]),
      area('EN', 'lsoa', 'E', 1050, 10, [box(0, 0, 1000, 500), box(105, 130, 145, 170).reverse()]),
      area('tiny', 'lsoa', 'E', 100, 3, [box(105, 130, 145, 170)]),
    ],
  };
  const assets = TINY_ASSETS_XY.map(([x, y]) => {
    const [lng, lat] = toLngLat(x, y);
    return { lng, lat };
  });
  const homes = Float64Array.from(TINY_HOMES_XY.flatMap(([x, y]) => toLngLat(x, y)));
  return { outline, wards, areas, assets, homes };
}

/** One file a person can open: every layer as features tagged with `layer`. */
export function tinyBoroughGeoJSON() {
  const t = buildTinyBorough();
  return {
    type: 'FeatureCollection',
    features: [
      { ...t.outline, properties: { layer: 'outline', ...(t.outline.properties as object) } },
      ...t.wards.features.map((f) => ({ ...f, properties: { layer: 'ward', ...f.properties } })),
      ...t.areas.features.map((f) => ({ ...f, properties: { layer: 'lsoa', ...f.properties } })),
      ...t.assets.map((a, i) => ({ type: 'Feature', properties: { layer: 'asset', n: i + 1 }, geometry: { type: 'Point', coordinates: [a.lng, a.lat] } })),
      ...TINY_HOMES_XY.map((_, i) => ({
        type: 'Feature',
        properties: { layer: 'home', n: i + 1 },
        geometry: { type: 'Point', coordinates: [t.homes[2 * i], t.homes[2 * i + 1]] },
      })),
    ],
  };
}

/** Reads the committed input fixture back into the analysis inputs. */
export function readTinyBorough() {
  const fc = JSON.parse(readFileSync(join(fixturesDir, 'tiny-borough.in.geojson'), 'utf8')) as {
    features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
  };
  const strip = (f: (typeof fc.features)[number]) => {
    const { layer: _layer, ...properties } = f.properties;
    return { type: 'Feature' as const, geometry: f.geometry, properties };
  };
  const of = (layer: string) => fc.features.filter((f) => f.properties.layer === layer);
  return {
    outline: strip(of('outline')[0]) as OutlineFeature,
    wards: { type: 'FeatureCollection', features: of('ward').map(strip) } as unknown as AreaCollection,
    areas: { type: 'FeatureCollection', features: of('lsoa').map(strip) } as unknown as AreaCollection,
    assets: of('asset').map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      return { lng, lat };
    }),
    homes: Float64Array.from(of('home').flatMap((f) => f.geometry.coordinates as [number, number])),
  };
}

/** Compares with a golden file, or rewrites it when UPDATE_GOLDEN=1 (review the diff). */
export function golden(name: string, actual: unknown): unknown {
  const path = join(fixturesDir, name);
  const text = JSON.stringify(actual, null, 1) + '\n';
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  return JSON.parse(readFileSync(path, 'utf8'));
}
