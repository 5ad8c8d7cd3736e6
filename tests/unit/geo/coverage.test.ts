// The coverage analysis against numbers worked out by hand on the tiny borough (see tinyBorough.ts).
import { describe, expect, it } from 'vitest';
import { createCoverageEngine, coverage, measureCoverage, prepareCoverage } from '../../../src/geo/coverage.ts';
import { localProjection } from '../../../src/geo/localProjection.ts';
import { deprivationWeight } from '../../../src/geo/worstGaps.ts';
import { cellXY, readTinyBorough } from './tinyBorough.ts';

const tiny = readTinyBorough();
const run = (assets = tiny.assets, threshold = 40) => createCoverageEngine().run({ ...tiny, assets, cellSide: 100, threshold });

describe('coverage on the tiny borough (100 m cells, 40 m threshold)', () => {
  it('summarises each ward as worked out by hand', () => {
    const r = run();
    // W: 21 cells of 100 people (W-south) + 21 empty cells; the asset at cell (2,2) reaches 100.
    // E: 21 × 200 (E-south) + 21 × 50 (E-north) + 100 moved in from "tiny"; assets reach 200 + 50.
    // The fourth asset sits on the W/E boundary at (0, 0) and counts for E only.
    expect(r.wards).toEqual([
      { code: 'W', name: 'Tiny W', population: 2100, populationWithin: 100, pctWithin: 4.8, assets: 1, assetsPer1000: 0.48, gapPopulation: 2000, gapPopulationMostDeprived: 2000 },
      { code: 'E', name: 'Tiny E', population: 5350, populationWithin: 250, pctWithin: 4.7, assets: 3, assetsPer1000: 0.56, gapPopulation: 5100, gapPopulationMostDeprived: 0 },
    ]);
    expect(r.totals).toMatchObject({ population: 7450, populationWithin: 350, pctWithin: 4.7, gapPopulation: 7100, gapPopulationMostDeprived: 2000, cells: 84, gapCells: 81, assets: 4, assetsInWards: 4 });
  });

  it('counts an asset on the boundary between two wards in exactly one of them', () => {
    const onBoundary = [tiny.assets[3]];
    const r = run(onBoundary);
    expect(r.wards.map((w) => w.assets)).toEqual([0, 1]);
    expect(r.totals.assetsInWards).toBe(1);
  });

  it('never loses people: cells hold every area’s population, and an empty area gives none', () => {
    const r = run();
    const sum = r.cells.population.reduce((a, b) => a + b, 0);
    const areas = tiny.areas.features.reduce((a, f) => a + f.properties.population, 0);
    expect(sum).toBeCloseTo(areas, 9);
    // W-north (0 people) holds half of ward W's cells, all empty.
    const wIndex = 0;
    let emptyInW = 0;
    for (let i = 0; i < r.cells.count; i++) if (r.cells.wardIndex[i] === wIndex && r.cells.population[i] === 0) emptyInW++;
    expect(emptyInW).toBe(21);
  });

  it('with no assets in the category every cell is a gap at distance Infinity', () => {
    const r = run([]);
    expect(r.totals.gapCells).toBe(84);
    expect(r.totals.populationWithin).toBe(0);
    expect(Array.from(r.cells.distance).every((d) => d === Infinity)).toBe(true);
    expect(r.wards.map((w) => [w.assets, w.assetsPer1000, w.pctWithin])).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  describe('a cell exactly at the threshold is within reach (within means <= threshold)', () => {
    const base = prepareCoverage({ ...tiny, cellSide: 100 });
    const p = localProjection(base.lattice.projection.lat0, base.lattice.projection.lng0);
    const [cx, cy] = cellXY(0, 0); // the south-west corner cell
    const cell = base.lattice.x.findIndex((x, i) => Math.abs(x - cx) < 1e-6 && Math.abs(base.lattice.y[i] - cy) < 1e-6);
    // The asset goes due west, outside the borough, so no other cell is nearer to it than 800 m.
    const at = (d: number) => measureCoverage(base, [{ lng: p.lng(cx - d), lat: p.lat(cy) }], { threshold: 800 }).cells;
    it.each([
      ['exactly at 800 m', 800, 0],
      ['1 cm inside', 799.99, 0],
      ['1 cm beyond', 800.01, 1],
    ])('%s', (_label, d, gap) => {
      const cells = at(d);
      expect(cell).toBeGreaterThanOrEqual(0);
      expect(cells.distance[cell]).toBeCloseTo(d, 6);
      expect(cells.isGap[cell]).toBe(gap);
    });
  });

  it('reuses the grid and population when only the assets change', () => {
    const engine = createCoverageEngine();
    const first = engine.run({ ...tiny, cellSide: 100, threshold: 40 });
    const second = engine.run({ ...tiny, assets: tiny.assets.slice(0, 1), cellSide: 100, threshold: 40 });
    expect(second.cells.population).toBe(first.cells.population); // the same cached array
    expect(second.totals.timings.grid).toBe(0);
    expect(second.totals.populationWithin).toBe(100);
    const other = engine.run({ ...tiny, cellSide: 50, threshold: 40 });
    expect(other.cells.count).toBeGreaterThan(first.cells.count);
  });

  it('ranks separate gap clusters by people weighted for deprivation', () => {
    // Assets down the middle column split the gaps into a west and an east cluster; 2 km threshold
    // reaches nothing, so with threshold 160 m a line of assets at x = 0 separates them.
    const p = localProjection(53.5, -2.6);
    const wall = Array.from({ length: 21 }, (_, k) => ({ lng: p.lng(-25), lat: p.lat(-500 + k * 50) }));
    const r = run(wall, 160);
    expect(r.worstGaps.length).toBe(2);
    const [first, second] = r.worstGaps;
    // East: 4,200 × 0.6 + (1,050 + 100) × 0.1 ≈ 2,635 minus reached cells; west: 2,100 × 1.0 minus reached.
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.rank).toBe(1);
    expect(r.wards[first.wardIndex].code).toBe('E');
    expect(r.wards[second.wardIndex].code).toBe('W');
    expect(second.worstDecile).toBe(1);
    const [w, s, e, n] = first.bbox;
    expect(w).toBeLessThan(first.centroid[0]);
    expect(e).toBeGreaterThan(first.centroid[0]);
    expect(s).toBeLessThan(first.centroid[1]);
    expect(n).toBeGreaterThan(first.centroid[1]);
    expect(deprivationWeight(1)).toBe(1);
    expect(deprivationWeight(10)).toBeCloseTo(0.1, 12);
  });

  it('rejects bad assets and thresholds with a message naming the problem', () => {
    expect(() => run([{ lng: -2.6, lat: 53.5 }, { lng: Number.NaN, lat: 53.5 }])).toThrow('asset 2: lng must be a number from -180 to 180');
    expect(() => run(tiny.assets, -1)).toThrow('threshold must be 0 or more metres');
    // A 200 m diamond: the only lattice point near it is its bounding box's corner, outside it.
    const p = localProjection(53.5, -2.6);
    const ring = [[0, -100], [100, 0], [0, 100], [-100, 0], [0, -100]].map(([x, y]) => [p.lng(x), p.lat(y)]);
    const diamond = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    expect(() => coverage({ ...tiny, outline: diamond, cellSide: 5000 })).toThrow('no 5000 m cell has its centre inside the outline; choose a smaller cell side');
  });
});
