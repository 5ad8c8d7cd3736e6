// The coverage analysis against numbers worked out by hand on the tiny borough (see tinyBorough.ts).
import { describe, expect, it } from 'vitest';
import { createCoverageEngine, coverage, measureCoverage, prepareCoverage } from '../../../src/geo/coverage.ts';
import { EARTH_RADIUS_M, localProjection } from '../../../src/geo/localProjection.ts';
import { deprivationWeight } from '../../../src/geo/worstGaps.ts';
import { readTinyBorough, toLngLat } from './tinyBorough.ts';

const tiny = readTinyBorough();
const run = (assets = tiny.assets, threshold = 250, cellSide = 100) => createCoverageEngine().run({ ...tiny, assets, cellSide, threshold });

describe('coverage on the tiny borough (people at their homes, 250 m threshold)', () => {
  it('summarises each ward as worked out by hand', () => {
    const r = run();
    // W: W-south's homes at x = -700 (77 m from the asset at cell (2,2)), -400 (310 m) and -100
    // (269 m from the corner asset): 700 of 2,100 within. W-north has nobody.
    // E: both E-south homes are 214 m from the asset at cell (10,2); of E-north's three homes only
    // (500, 400) is within (34 m); tiny's one point (125, 150) is 195 m from the corner asset.
    // The fourth asset sits on the W/E boundary at (0, 0) and counts for E only.
    expect(r.wards).toEqual([
      {
        code: 'W',
        name: 'Tiny W',
        population: 2100,
        populationWithin: 700,
        pctWithin: 33.3,
        assets: 1,
        assetsPer1000: 0.48,
        gapPopulation: 1400,
        gapPopulationMostDeprived: 1400,
      },
      {
        code: 'E',
        name: 'Tiny E',
        population: 5350,
        populationWithin: 4650,
        pctWithin: 86.9,
        assets: 3,
        assetsPer1000: 0.56,
        gapPopulation: 700,
        gapPopulationMostDeprived: 0,
      },
    ]);
    expect(r.totals).toMatchObject({
      population: 7450,
      populationWithin: 5350,
      pctWithin: 71.8,
      gapPopulation: 2100,
      gapPopulationMostDeprived: 1400,
      cells: 84,
      assets: 4,
      assetsInWards: 4,
    });
    expect(r.totals.placement).toEqual({
      areasByHomes: 4,
      areasByArea: ['tiny'],
      areasOutside: [],
      homesGiven: 10,
      homesOutsideAreas: 1,
      people: 7450,
      peopleOutsideSummary: 0,
    });
  });

  it('gives the same ward figures at every cell size: the grid only draws them', () => {
    const rows = [50, 100, 250, 500].map((side) => run(tiny.assets, 250, side).wards);
    for (const r of rows) expect(r).toEqual(rows[0]);
  });

  it('counts an asset on the boundary between two wards in exactly one of them', () => {
    const r = run([tiny.assets[3]]);
    expect(r.wards.map((w) => w.assets)).toEqual([0, 1]);
    expect(r.totals.assetsInWards).toBe(1);
  });

  it('draws a cell as a gap where someone in it is out of reach, or where nobody lives and its centre is', () => {
    const r = run();
    const c = r.cells;
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    // Every person is drawn in some cell, and the cells' people out of reach are the table's.
    expect(sum(c.population)).toBeCloseTo(7450, 9);
    expect(sum(c.gapPopulation)).toBeCloseTo(2100, 9);
    for (let i = 0; i < c.count; i++) {
      const expected = c.gapPopulation[i] > 0 || (c.population[i] === 0 && c.distance[i] > 250) ? 1 : 0;
      expect(c.isGap[i]).toBe(expected);
    }
    // The standard weight of W-south's decile 1 is 1, E-north's decile 10 is 0.1.
    expect(sum(c.gapWeighted)).toBeCloseTo(1400 * 1 + 700 * 0.1, 9);
    expect(sum(c.gapWeightedStrong)).toBeCloseTo(1400 + 700 * 0.01, 9);
  });

  it('with no assets in the category everyone is out of reach at distance Infinity', () => {
    const r = run([]);
    expect(r.totals.gapCells).toBe(84);
    expect(r.totals.populationWithin).toBe(0);
    expect(Array.from(r.cells.distance).every((d) => d === Infinity)).toBe(true);
    expect(r.wards.map((w) => [w.assets, w.assetsPer1000, w.pctWithin])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(r.worstGaps[0].maxDistance).toBe(Infinity);
  });

  describe('a home exactly at the threshold is within reach (within means <= threshold, on the sphere)', () => {
    // One home in W-south and an asset due west of it, d metres away along the parallel.
    const [lng, lat] = toLngLat(-900, -400);
    const westBy = (d: number) => lng - (2 * Math.asin(Math.sin(d / (2 * EARTH_RADIUS_M)) / Math.cos((lat * Math.PI) / 180)) * 180) / Math.PI;
    const base = prepareCoverage({ ...tiny, homes: Float64Array.from([lng, lat]), cellSide: 100 });
    const westWard = (d: number) => measureCoverage(base, [{ lng: westBy(d), lat }], { threshold: 800 }).wards[0];
    it.each([
      ['exactly at 800 m', 800, 2100],
      ['1 cm inside', 799.99, 2100],
      ['1 cm beyond', 800.01, 0],
    ])('%s', (_label, d, within) => {
      expect(westWard(d).populationWithin).toBe(within);
    });
  });

  it('reuses the grid and population when only the assets change, and the people when only the cell size does', () => {
    const engine = createCoverageEngine();
    const first = engine.run({ ...tiny, cellSide: 100, threshold: 250 });
    const second = engine.run({ ...tiny, assets: tiny.assets.slice(0, 1), cellSide: 100, threshold: 250 });
    expect(second.cells.population).toBe(first.cells.population); // the same cached array
    expect(second.totals.timings.grid).toBe(0);
    expect(second.totals.populationWithin).toBe(700);
    const other = engine.run({ ...tiny, cellSide: 50, threshold: 250 });
    expect(other.cells.count).toBeGreaterThan(first.cells.count);
    expect(other.wards).toEqual(first.wards);
  });

  it('finds the gaps among the homes out of reach, one ward at a time, ranked by deprivation-weighted people', () => {
    const r = run();
    // W: the homes at x = -400 and -100 are 300 m apart, one gap of 1,400 (decile 1). E: (900, 400)
    // and (300, 100) are 671 m apart, more than the 400 m link, so two gaps of 350 (decile 10).
    expect(r.worstGaps.map((g) => [r.wards[g.wardIndex].code, g.population, g.homes, g.worstDecile])).toEqual([
      ['W', 1400, 2, 1],
      ['E', 350, 1, 10],
      ['E', 350, 1, 10],
    ]);
    const [first, second] = r.worstGaps;
    expect(first.score).toBeCloseTo(1400, 9);
    expect(second.score).toBeCloseTo(35, 9);
    expect(first.byDecile[1]).toBeCloseTo(1400, 9);
    expect(first.maxDistance).toBeCloseTo(310, 0);
    const [w, s, e, n] = first.bbox;
    expect(w).toBeLessThan(first.centroid[0]);
    expect(e).toBeGreaterThan(first.centroid[0]);
    expect(s).toBeLessThan(first.centroid[1]);
    expect(n).toBeGreaterThan(first.centroid[1]);
    expect(first.cells.length).toBeGreaterThan(0);
    for (const i of first.cells) expect(r.cells.isGap[i]).toBe(1);
    expect(deprivationWeight(1)).toBe(1);
    expect(deprivationWeight(10)).toBeCloseTo(0.1, 12);
    expect(deprivationWeight(10, 'strong')).toBeCloseTo(0.01, 12);
    expect(deprivationWeight(0, 'none')).toBe(1);
  });

  it('splits a gap at the ward boundary, so no gap claims more people than its ward has out of reach', () => {
    // One asset far away: every home is out of reach and W-south's (-100) and E-south's (300) homes
    // are only 400 m apart, but they are in different wards.
    const p = localProjection(53.5, -2.6);
    const r = run([{ lng: p.lng(-5000), lat: p.lat(0) }]);
    const byWard = new Map<number, number>();
    for (const g of r.worstGaps) byWard.set(g.wardIndex, (byWard.get(g.wardIndex) ?? 0) + g.population);
    expect([...byWard.keys()].sort()).toEqual([0, 1]);
    r.wards.forEach((w, i) => expect(byWard.get(i)).toBeLessThanOrEqual(w.gapPopulation + 0.5));
  });

  it('rejects bad assets, homes and thresholds with a message naming the problem', () => {
    expect(() =>
      run([
        { lng: -2.6, lat: 53.5 },
        { lng: Number.NaN, lat: 53.5 },
      ]),
    ).toThrow('asset 2: lng must be a number from -180 to 180');
    expect(() => run(tiny.assets, -1)).toThrow('threshold must be 0 or more metres');
    expect(() => createCoverageEngine().run({ ...tiny, homes: Float64Array.from([-2.6, 53.5, 200, 53.5]) })).toThrow(
      'homes: point 2 is not a longitude and latitude in degrees (200, 53.5)',
    );
    // A 200 m diamond: the only lattice point near it is its bounding box's corner, outside it.
    const p = localProjection(53.5, -2.6);
    const ring = [
      [0, -100],
      [100, 0],
      [0, 100],
      [-100, 0],
      [0, -100],
    ].map(([x, y]) => [p.lng(x), p.lat(y)]);
    const diamond = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    expect(() => coverage({ ...tiny, outline: diamond, cellSide: 5000 })).toThrow('no 5000 m cell has its centre inside the outline; choose a smaller cell side');
  });
});
