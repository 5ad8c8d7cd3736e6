import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../../../src/domain/types.ts';
import { createCoverageEngine } from '../../../src/geo/coverage.ts';
import { hexLattice, projectionFor } from '../../../src/geo/hexLattice.ts';
import { AREA_SAMPLE_M, areaPoints, placePeople } from '../../../src/geo/placePeople.ts';
import { projectShape } from '../../../src/geo/projectedShape.ts';
import { readRealBorough } from './coverageReference.ts';
import { buildTinyBorough, metres, toLngLat } from './tinyBorough.ts';

const box = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  toLngLat(x0, y0),
  toLngLat(x1, y0),
  toLngLat(x1, y1),
  toLngLat(x0, y1),
  toLngLat(x0, y0),
];
const tinyInputs = (t = buildTinyBorough()) => {
  const projection = projectionFor(t.outline.geometry);
  return { projection, outline: hexLattice(t.outline, 100, projection).outline, areas: t.areas, wards: t.wards, homes: t.homes };
};
const sumBy = (people: Float64Array, key: Int32Array, k: number) => people.reduce((s, p, i) => (key[i] === k ? s + p : s), 0);

describe('placing people where they live', () => {
  it('shares each area’s people over its homes and puts a home-less area on one point inside it', () => {
    const placed = placePeople(tinyInputs());
    const at = (x: number, y: number) => {
      const i = Array.from(placed.x).findIndex((px, k) => Math.abs(px - x) < 0.01 && Math.abs(placed.y[k] - y) < 0.01);
      return i < 0 ? null : { people: placed.people[i], decile: placed.decile[i], ward: placed.ward[i] };
    };
    expect(at(-700, -250)).toEqual({ people: 700, decile: 1, ward: 0 });
    expect(at(700, -250)).toEqual({ people: 2100, decile: 5, ward: 1 });
    expect(at(900, 400)).toEqual({ people: 350, decile: 10, ward: 1 });
    expect(at(-500, 250)).toBeNull(); // W-north's home: nobody lives in W-north
    expect(at(125, 150)).toEqual({ people: 100, decile: 3, ward: 1 }); // "tiny", 40 m across: one point
    expect(placed.people.reduce((s, p) => s + p, 0)).toBeCloseTo(7450, 9);
    expect(placed.report).toMatchObject({ areasByHomes: 4, areasByArea: ['tiny'], homesOutsideAreas: 1, people: 7450 });
  });

  it('counts people in the ward where their home is, even when their LSOA straddles two wards', () => {
    const t = buildTinyBorough();
    // One LSOA over both wards' southern halves, with two homes west of the boundary and one east.
    const south = {
      ...t.areas.features[0],
      properties: { ...t.areas.features[0].properties, code: 'S', parent_code: 'W', population: 3000 },
      geometry: { type: 'Polygon' as const, coordinates: [box(-1000, -500, 1000, 0)] },
    };
    const areas: AreaCollection = { type: 'FeatureCollection', features: [south, ...t.areas.features.filter((f) => !['WS', 'ES'].includes(f.properties.code))] };
    const homes = Float64Array.from(
      [
        [-700, -250],
        [-100, -250],
        [300, -250],
      ].flatMap(([x, y]) => toLngLat(x, y)),
    );
    const placed = placePeople({ ...tinyInputs(t), areas, homes });
    expect(sumBy(placed.people, placed.ward, 0)).toBeCloseTo(2000, 9);
    expect(sumBy(placed.people, placed.ward, 1)).toBeCloseTo(1000 + 1050 + 100, 9);
  });

  it('spreads an area without homes over points 50 m apart that do not move with the grid', () => {
    const shape = projectShape({ type: 'Polygon', coordinates: [box(0, 0, 300, 200)] }, metres, 'box');
    const { xs, ys } = areaPoints(shape);
    expect(xs.length).toBe(6 * 4);
    expect(Math.min(...xs)).toBeCloseTo(AREA_SAMPLE_M / 2, 6);
    expect(Math.max(...ys)).toBeCloseTo(175, 6);
    // Without a postcode file every area is spread by area, and nobody is lost.
    const placed = placePeople({ ...tinyInputs(), homes: null });
    expect(placed.report.areasByArea).toEqual(['WS', 'ES', 'EN', 'tiny']);
    expect(placed.report.people).toBeCloseTo(7450, 9);
  });

  it('leaves out an area that lies wholly outside the borough, and says which', () => {
    const t = buildTinyBorough();
    const far = {
      ...t.areas.features[0],
      properties: { ...t.areas.features[0].properties, code: 'FAR', population: 999 },
      geometry: { type: 'Polygon' as const, coordinates: [box(5000, 0, 5100, 100)] },
    };
    const placed = placePeople({ ...tinyInputs(t), areas: { ...t.areas, features: [...t.areas.features, far] } });
    expect(placed.report.areasOutside).toEqual(['FAR']);
    expect(placed.report.people).toBeCloseTo(7450, 9);
  });

  it('names the area and field when the data is wrong', () => {
    const t = buildTinyBorough();
    const broken = (patch: object) => ({ ...t.areas, features: t.areas.features.map((f, i) => (i === 2 ? { ...f, properties: { ...f.properties, ...patch } } : f)) });
    const place = (areas: AreaCollection) => placePeople({ ...tinyInputs(t), areas });
    expect(() => place(broken({ population: -5 }))).toThrow('areas: feature 3 (ES): population must be a number of people, 0 or more, got -5');
    expect(() => place(broken({ population: undefined }))).toThrow('areas: feature 3 (ES): population must be a number of people, 0 or more, got undefined');
    expect(() => place(broken({ population: '12' }))).toThrow('got "12"');
    expect(() => place(broken({ imd_decile: 11 }))).toThrow('areas: feature 3 (ES): imd_decile must be a whole number from 1 to 10 or null, got 11');
    const badGeometry = {
      ...t.areas,
      features: [
        {
          ...t.areas.features[0],
          geometry: {
            type: 'Polygon' as const,
            coordinates: [
              [
                [0, 0],
                [0, 1],
              ],
            ],
          },
        },
      ],
    };
    expect(() => place(badGeometry)).toThrow('area WS (feature 1): ring 1 of polygon 1 needs at least 3 [lng, lat] positions, got 2');
  });

  it('on the real borough: every LSOA’s people placed, wards adding up to them, the same at every cell size', () => {
    const b = readRealBorough();
    const homes = new Float64Array(b.postcodes.flat());
    const people = b.lsoas.features.reduce((s, f) => s + f.properties.population, 0);
    const tables = [100, 250, 500].map((cellSide) => createCoverageEngine().run({ outline: b.outline, areas: b.lsoas, wards: b.wards, homes, cellSide, assets: [] }));
    for (const r of tables) {
      expect(r.totals.placement).toMatchObject({ areasByHomes: 200, areasByArea: [], areasOutside: [], homesGiven: 7624, peopleOutsideSummary: 0 });
      expect(r.totals.placement.people).toBeCloseTo(people, 6);
      expect(r.wards.reduce((s, w) => s + w.population, 0)).toBeGreaterThanOrEqual(people - 13); // whole people per ward
      expect(r.wards.reduce((s, w) => s + w.population, 0)).toBeLessThanOrEqual(people + 13);
      expect(r.wards).toEqual(tables[0].wards);
    }
    // Summarised by LSOA, each LSOA holds exactly its own population.
    const byLsoa = createCoverageEngine().run({ outline: b.outline, areas: b.lsoas, wards: b.lsoas, homes, assets: [] });
    expect(byLsoa.wards.map((w) => w.population)).toEqual(b.lsoas.features.map((f) => f.properties.population));
  });
});
