// Worst gaps on the real borough: split at ward boundaries, so none claims more people than its
// ward has out of reach (issue 12: "Gap 1: Lowton East claims more people out of reach than the
// ward has"), and a sparse layer gives several gaps, not one borough-wide blob.
import { describe, expect, it } from 'vitest';
import { createCoverageEngine } from '../../../src/geo/coverage.ts';
import { libraries, realLookingSets } from './assetSets.ts';
import { readRealBorough } from './coverageReference.ts';

const b = readRealBorough();
const homes = new Float64Array(b.postcodes.flat());
const run = (assets: { lng: number; lat: number }[], cellSide = 250, threshold = 800) =>
  createCoverageEngine().run({ outline: b.outline, areas: b.lsoas, wards: b.wards, homes, cellSide, assets, threshold, topGaps: 50 });

describe('worst gaps on the real borough', () => {
  it.each(Object.entries(realLookingSets(b)))('%s: no gap claims more people than live in it or its ward has out of reach', (_name, assets) => {
    for (const cellSide of [100, 250, 500]) {
      for (const threshold of [400, 800, 1600]) {
        const r = run(assets, cellSide, threshold);
        const perWard = new Map<number, number[]>();
        for (const g of r.worstGaps) {
          const ward = r.wards[g.wardIndex];
          expect(ward, `gap ${g.rank} lies in a ward`).toBeDefined();
          expect(g.population).toBeLessThanOrEqual(ward.gapPopulation + 0.5);
          expect(g.population).toBeLessThanOrEqual(ward.population + 0.5);
          expect(g.populationMostDeprived).toBeLessThanOrEqual(g.population + 1e-9);
          perWard.set(g.wardIndex, [...(perWard.get(g.wardIndex) ?? []), g.population]);
        }
        for (const [w, gaps] of perWard) expect(gaps.reduce((s, p) => s + p, 0)).toBeLessThanOrEqual(r.wards[w].gapPopulation + 0.5 * gaps.length);
      }
    }
  });

  it('15 libraries: several gaps in different wards, none borough-wide', () => {
    const r = run(libraries());
    const top = r.worstGaps.slice(0, 10);
    expect(new Set(top.map((g) => g.wardIndex)).size).toBeGreaterThanOrEqual(8);
    const outOfReach = r.totals.gapPopulation;
    for (const g of top) expect(g.population).toBeLessThan(0.1 * outOfReach);
  });

  it('gives the same gaps, people and ranks at every cell size', () => {
    const key = (cellSide: number) => run(libraries(), cellSide).worstGaps.map((g) => [g.wardIndex, Math.round(g.population), g.homes]);
    expect(key(100)).toEqual(key(250));
    expect(key(500)).toEqual(key(250));
  });
});
