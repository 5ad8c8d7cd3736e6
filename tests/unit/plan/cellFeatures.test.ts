import { describe, expect, it } from 'vitest';
import type { CoverageResult } from '../../../src/geo/coverage';
import { cellFeatures, gapName, hexHectares, nearestPlace, rankGaps } from '../../../src/features/plan/cellFeatures';
import { overallProgress } from '../../../src/features/plan/createCoverageRun';

// Three 100 m cells: a covered one, a gap of decile-1 people, a gap of decile-10 people.
const side = 100;
const ha = hexHectares(side);
const byDecile = (d: number, people: number) => Array.from({ length: 11 }, (_, k) => (k === d ? people : 0));
const result = {
  cells: {
    count: 3,
    cellSide: side,
    lat0: 53.5,
    lng0: -2.6,
    lng: Float64Array.from([-2.6, -2.598, -2.596]),
    lat: Float64Array.from([53.5, 53.5, 53.5]),
    distance: Float64Array.from([10, 900, 1200]),
    population: Float64Array.from([50, 10 * ha, 40 * ha]),
    gapPopulation: Float64Array.from([0, 10 * ha, 40 * ha]),
    gapWeighted: Float64Array.from([0, 10 * ha, 4 * ha]),
    gapWeightedStrong: Float64Array.from([0, 10 * ha, 0.4 * ha]),
    decile: Uint8Array.from([5, 1, 10]),
    wardIndex: Int32Array.from([0, 0, 1]),
    isGap: Uint8Array.from([0, 1, 1]),
  },
  wards: [
    { code: 'W1', name: 'Deprived ward' },
    { code: 'W2', name: 'Leafy ward' },
  ],
  worstGaps: [
    {
      rank: 1,
      score: 10 * ha,
      population: 10 * ha,
      byDecile: byDecile(1, 10 * ha),
      populationMostDeprived: 10 * ha,
      homes: 3,
      cells: [1],
      centroid: [-2.598, 53.5],
      bbox: [0, 0, 0, 0],
      worstDecile: 1,
      maxDistance: 900,
      wardIndex: 0,
    },
    {
      rank: 2,
      score: 4 * ha,
      population: 40 * ha,
      byDecile: byDecile(10, 40 * ha),
      populationMostDeprived: 0,
      homes: 9,
      cells: [2],
      centroid: [-2.596, 53.5],
      bbox: [0, 0, 0, 0],
      worstDecile: 10,
      maxDistance: 1200,
      wardIndex: 1,
    },
  ],
} as unknown as CoverageResult;

describe('cells and gaps for the map', () => {
  it('shades by people out of reach per hectare, weighted by deprivation as chosen', () => {
    expect(hexHectares(100)).toBeCloseTo(2.598, 3);
    const none = cellFeatures(result, 'none').features.map((f) => f.properties);
    expect(none).toEqual([
      { gap: 0, need: 0 },
      { gap: 1, need: 10 },
      { gap: 1, need: 40 },
    ]);
    expect(cellFeatures(result, 'standard').features.map((f) => f.properties.need)).toEqual([0, 10, 4]);
    expect(cellFeatures(result, 'strong').features.map((f) => f.properties.need)).toEqual([0, 10, 0.4]);
  });

  it('draws each cell as a closed hexagon with the cell index as id', () => {
    const f = cellFeatures(result, 'none').features[2];
    expect(f.id).toBe(2);
    expect(f.geometry.coordinates[0]).toHaveLength(7);
    expect(f.geometry.coordinates[0][0]).toEqual(f.geometry.coordinates[0][6]);
  });

  it('ranks gaps by the chosen emphasis: many comfortable people or fewer deprived ones', () => {
    expect(rankGaps(result, 'none').map((g) => g.wardName)).toEqual(['Leafy ward', 'Deprived ward']);
    expect(rankGaps(result, 'standard').map((g) => [g.rank, g.wardName])).toEqual([
      [1, 'Deprived ward'],
      [2, 'Leafy ward'],
    ]);
    expect(rankGaps(result, 'strong').map((g) => Math.round(g.weighted))).toEqual([Math.round(10 * ha), Math.round(0.4 * ha)]);
  });

  it('names each gap by its ward and the nearest place within 5 km', () => {
    const places = [
      { name: 'Platt Bridge', lng: -2.597, lat: 53.501 },
      { name: 'Far Away', lng: -2.0, lat: 53.5 },
    ];
    const [first] = rankGaps(result, 'standard', 10, places);
    expect(first.placeName).toBe('Platt Bridge');
    expect(gapName(first)).toBe('Deprived ward, near Platt Bridge');
    expect(gapName({ wardName: 'Hindley', placeName: 'Hindley' })).toBe('Hindley');
    expect(gapName({ wardName: 'Leigh West', placeName: null })).toBe('Leigh West');
    expect(gapName({ wardName: null, placeName: 'Bryn' })).toBe('near Bryn');
    expect(nearestPlace(places, [-2.3, 53.5])).toBeNull();
  });

  it('moves the progress bar forward through the phases', () => {
    const steps = [overallProgress('grid', 0), overallProgress('population', 0.5), overallProgress('nearest', 1), overallProgress('gaps', 1)];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[3]).toBeCloseTo(1);
  });
});
