// What the map and the gap list need from a coverage result: every cell as a hexagon with its
// gap flag and "need" (people per hectare, weighted by deprivation as the planner chose), and the
// worst gaps ranked by the same weighting. Need is a density so the colours mean the same thing
// at 100 m and 500 m cells.
import type { CoverageResult } from '../../geo/coverage';
import { hexRing } from '../../geo/hexLattice';
import { localProjection } from '../../geo/localProjection';
import type { GapCluster } from '../../geo/worstGaps';
import type { Emphasis } from './planSettings';

/**
 * How much a resident of an area in this IMD decile counts. "standard" is the engine's own
 * ranking weight ((11 − decile) / 10: the most deprived tenth counts ten times the least);
 * "strong" squares it (a hundred times); "none" counts everyone alike. Unknown deciles take
 * the middle weight so missing data neither hides nor inflates a gap.
 */
export function deprivationWeight(emphasis: Emphasis, decile: number): number {
  if (emphasis === 'none') return 1;
  const w = decile >= 1 && decile <= 10 ? (11 - decile) / 10 : 0.55;
  return emphasis === 'strong' ? w * w : w;
}

/** Area of a hexagon of side s metres, in hectares. */
export function hexHectares(side: number): number {
  return ((3 * Math.sqrt(3)) / 2) * side * side / 10_000;
}

export interface CellProps {
  gap: 0 | 1;
  /** People per hectare × deprivation weight; 0 where nobody lives. */
  need: number;
}

export interface CellCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: number; geometry: { type: 'Polygon'; coordinates: [number, number][][] }; properties: CellProps }[];
}

export function cellFeatures(result: CoverageResult, emphasis: Emphasis): CellCollection {
  const c = result.cells;
  const p = localProjection(c.lat0, c.lng0);
  const ha = hexHectares(c.cellSide);
  const features: CellCollection['features'] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const need = c.population[i] > 0 ? Math.round((100 * c.population[i] * deprivationWeight(emphasis, c.decile[i])) / ha) / 100 : 0;
    features[i] = {
      type: 'Feature',
      id: i,
      geometry: { type: 'Polygon', coordinates: [hexRing(p, p.x(c.lng[i]), p.y(c.lat[i]), c.cellSide)] },
      properties: { gap: c.isGap[i] ? 1 : 0, need },
    };
  }
  return { type: 'FeatureCollection', features };
}

export interface RankedGap extends GapCluster {
  /** Σ population × weight under the planner's emphasis. */
  weighted: number;
  wardName: string | null;
}

/**
 * The worst gaps under the chosen emphasis. The engine ranks by the standard weight; re-scoring
 * its top candidates (ask it for several times `top`) is exact for "standard" and, in practice,
 * for the others, since a cluster that ranks high under one weighting ranks high under the next.
 */
export function rankGaps(result: CoverageResult, emphasis: Emphasis, top = 10): RankedGap[] {
  const c = result.cells;
  return result.worstGaps
    .map((g) => {
      let weighted = 0;
      for (const i of g.cells) weighted += c.population[i] * deprivationWeight(emphasis, c.decile[i]);
      return { ...g, weighted, wardName: g.wardIndex >= 0 ? (result.wards[g.wardIndex]?.name ?? null) : null };
    })
    .sort((a, b) => b.weighted - a.weighted || b.population - a.population || a.cells[0] - b.cells[0])
    .slice(0, top)
    .map((g, i) => ({ ...g, rank: i + 1 }));
}
