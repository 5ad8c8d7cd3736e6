import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../../../src/domain/types.ts';
import { apportionPopulation } from '../../../src/geo/apportionPopulation.ts';
import { hexLattice, type OutlineFeature } from '../../../src/geo/hexLattice.ts';
import { buildTinyBorough, cellXY, fixturesDir } from './tinyBorough.ts';

const read = <T>(path: string) => JSON.parse(readFileSync(join(fixturesDir, '../../..', path), 'utf8')) as T;

describe('apportionPopulation', () => {
  it('shares each area among its cells, and gives a cell-less area to the nearest cell', () => {
    const t = buildTinyBorough();
    const lattice = hexLattice(t.outline, 100);
    const a = apportionPopulation(lattice, t.areas, t.wards);
    const at = (c: number, r: number) => {
      const [x, y] = cellXY(c, r);
      return lattice.x.findIndex((cx, i) => Math.abs(cx - x) < 1e-6 && Math.abs(lattice.y[i] - y) < 1e-6);
    };
    expect(a.population[at(2, 2)]).toBeCloseTo(100, 9); // W-south: 2,100 / 21
    expect(a.population[at(2, 8)]).toBe(0); // W-north has no people
    expect(a.population[at(10, 2)]).toBeCloseTo(200, 9); // E-south: 4,200 / 21
    expect(a.population[at(8, 8)]).toBeCloseTo(150, 9); // E-north's 50 plus all of "tiny"
    expect(a.movedToNearest).toEqual([{ area: 4, cell: at(8, 8) }]);
    expect([a.decile[at(2, 2)], a.decile[at(2, 8)], a.decile[at(10, 2)], a.decile[at(8, 8)]]).toEqual([1, 2, 5, 10]);
    expect([a.wardIndex[at(2, 2)], a.wardIndex[at(10, 10)]]).toEqual([0, 1]);
    expect(a.total).toBeCloseTo(7450, 9);
  });

  it('conserves the real borough’s population at 250 m and 100 m cells', () => {
    const outline = read<OutlineFeature>('data/borough.geojson');
    const lsoas = read<AreaCollection>('data/areas/lsoas.geojson');
    const wards = read<AreaCollection>('data/areas/wards.geojson');
    const people = lsoas.features.reduce((s, f) => s + f.properties.population, 0);
    for (const side of [250, 100]) {
      const a = apportionPopulation(hexLattice(outline, side), lsoas, wards);
      expect(a.outside).toEqual([]);
      expect(a.population.reduce((s, v) => s + v, 0)).toBeCloseTo(people, 6);
      // Every person is in a ward, so ward totals add up to the borough.
      let inWards = 0;
      for (let i = 0; i < a.population.length; i++) if (a.wardIndex[i] >= 0) inWards += a.population[i];
      expect(inWards).toBeCloseTo(people, 6);
    }
  });

  it('leaves out areas far from the grid instead of piling them onto a border cell', () => {
    const t = buildTinyBorough();
    const far = structuredClone(t.areas.features[0]);
    far.properties = { ...far.properties, code: 'FAR', population: 999 };
    far.geometry = { type: 'Polygon', coordinates: [[[-1.0, 53.0], [-0.99, 53.0], [-0.99, 53.01], [-1.0, 53.0]]] };
    const a = apportionPopulation(hexLattice(t.outline, 100), { ...t.areas, features: [...t.areas.features, far] }, t.wards);
    expect(a.outside).toEqual([5]);
    expect(a.total).toBeCloseTo(7450, 9);
  });

  it('names the area and field when the data is wrong', () => {
    const t = buildTinyBorough();
    const lattice = hexLattice(t.outline, 100);
    const broken = (patch: object) => ({ ...t.areas, features: t.areas.features.map((f, i) => (i === 2 ? { ...f, properties: { ...f.properties, ...patch } } : f)) });
    expect(() => apportionPopulation(lattice, broken({ population: -5 }))).toThrow('areas: feature 3 (ES): population must be a number of people, 0 or more, got -5');
    expect(() => apportionPopulation(lattice, broken({ population: '12' }))).toThrow('got "12"');
    expect(() => apportionPopulation(lattice, broken({ imd_decile: 11 }))).toThrow('areas: feature 3 (ES): imd_decile must be a whole number from 1 to 10 or null, got 11');
    const badGeometry = { ...t.areas, features: [{ ...t.areas.features[0], geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 1]]] } }] };
    expect(() => apportionPopulation(lattice, badGeometry)).toThrow('area WS (feature 1): ring 1 of polygon 1 needs at least 3 [lng, lat] positions, got 2');
  });
});
