// Golden files: the tiny borough's inputs, and the analysis of it as hexagons anyone can open in a
// GeoJSON viewer. Regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/unit/geo` and review the diff.
import { describe, expect, it } from 'vitest';
import { createCoverageEngine } from '../../../src/geo/coverage.ts';
import { hexRing } from '../../../src/geo/hexLattice.ts';
import { localProjection } from '../../../src/geo/localProjection.ts';
import { golden, readTinyBorough, tinyBoroughGeoJSON } from './tinyBorough.ts';

describe('tiny borough golden files', () => {
  it('the input fixture is the one the builder describes', () => {
    const built = JSON.parse(JSON.stringify(tinyBoroughGeoJSON()));
    expect(golden('tiny-borough.in.geojson', built)).toEqual(built);
  });

  it('the analysis output matches the reviewed golden cells', () => {
    const t = readTinyBorough();
    const r = createCoverageEngine().run({ ...t, cellSide: 100, threshold: 250 });
    const p = localProjection(r.cells.lat0, r.cells.lng0);
    const round = (v: number, k: number) => Math.round(v * k) / k;
    const out = {
      type: 'FeatureCollection',
      properties: {
        wards: r.wards,
        totals: { ...r.totals, timings: undefined },
        gaps: r.worstGaps.map((g) => ({ ...g, score: round(g.score, 1000), byDecile: g.byDecile.map((p) => round(p, 1000)), maxDistance: round(g.maxDistance, 100) })),
      },
      features: Array.from({ length: r.cells.count }, (_, i) => ({
        type: 'Feature',
        id: i,
        geometry: { type: 'Polygon', coordinates: [hexRing(p, p.x(r.cells.lng[i]), p.y(r.cells.lat[i]), 100)] },
        properties: {
          distance_m: round(r.cells.distance[i], 100),
          population: round(r.cells.population[i], 1000),
          out_of_reach: round(r.cells.gapPopulation[i], 1000),
          imd_decile: r.cells.decile[i],
          ward: r.wards[r.cells.wardIndex[i]]?.code ?? null,
          gap: r.cells.isGap[i] === 1,
        },
      })),
    };
    const actual = JSON.parse(JSON.stringify(out));
    expect(golden('tiny-borough.out.geojson', actual)).toEqual(actual);
  });
});
