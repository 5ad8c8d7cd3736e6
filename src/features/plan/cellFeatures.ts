// What the map and the gap list need from a coverage result: every cell as a hexagon with its
// gap flag and "need" (people out of reach per hectare, weighted by deprivation as the planner
// chose), and the worst gaps ranked by the same weighting, each named by where it is. Need is a
// density so the colours mean the same thing at 100 m and 500 m cells.
import type { CoverageResult } from '../../geo/coverage';
import { hexRing } from '../../geo/hexLattice';
import { localProjection } from '../../geo/localProjection';
import { deprivationWeight, type Emphasis, type GapCluster } from '../../geo/worstGaps';

/** Area of a hexagon of side s metres, in hectares. */
export function hexHectares(side: number): number {
  return (((3 * Math.sqrt(3)) / 2) * side * side) / 10_000;
}

export interface CellProps {
  gap: 0 | 1;
  /** People out of reach per hectare × deprivation weight; 0 where nobody out of reach lives. */
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
  const weighted = emphasis === 'none' ? c.gapPopulation : emphasis === 'standard' ? c.gapWeighted : c.gapWeightedStrong;
  for (let i = 0; i < c.count; i++) {
    const need = weighted[i] > 0 ? Math.round((100 * weighted[i]) / ha) / 100 : 0;
    features[i] = {
      type: 'Feature',
      id: i,
      geometry: { type: 'Polygon', coordinates: [hexRing(p, p.x(c.lng[i]), p.y(c.lat[i]), c.cellSide)] },
      properties: { gap: c.isGap[i] ? 1 : 0, need },
    };
  }
  return { type: 'FeatureCollection', features };
}

export interface Place {
  name: string;
  lng: number;
  lat: number;
}

export interface RankedGap extends GapCluster {
  /** Σ people × weight under the planner's emphasis. */
  weighted: number;
  wardName: string | null;
  /** The nearest town or neighbourhood to the gap's people, from the shipped place names. */
  placeName: string | null;
}

/**
 * The worst gaps under the chosen emphasis. The engine returns the best candidates under every
 * emphasis with their people by decile, so re-scoring them here is exact.
 */
export function rankGaps(result: CoverageResult, emphasis: Emphasis, top = 10, places: readonly Place[] = []): RankedGap[] {
  return result.worstGaps
    .map((g) => ({
      ...g,
      weighted: g.byDecile.reduce((s, p, d) => s + p * deprivationWeight(d, emphasis), 0),
      wardName: g.wardIndex >= 0 ? (result.wards[g.wardIndex]?.name ?? null) : null,
      placeName: nearestPlace(places, g.centroid)?.name ?? null,
    }))
    .sort((a, b) => b.weighted - a.weighted || b.population - a.population || a.centroid[0] - b.centroid[0])
    .slice(0, top)
    .map((g, i) => ({ ...g, rank: i + 1 }));
}

/** A gap's name: "Abram, near Platt Bridge"; the place alone when it repeats the ward's name. */
export function gapName(g: Pick<RankedGap, 'wardName' | 'placeName'>): string {
  if (!g.wardName) return g.placeName ? `near ${g.placeName}` : 'outside every area';
  if (!g.placeName || g.wardName.toLowerCase().includes(g.placeName.toLowerCase())) return g.wardName;
  return `${g.wardName}, near ${g.placeName}`;
}

/** Nearest place within 5 km (flat distance is enough to rank places a few km apart). */
export function nearestPlace(places: readonly Place[], [lng, lat]: [number, number]): Place | null {
  const k = Math.cos((lat * Math.PI) / 180);
  let best: Place | null = null,
    bestD2 = (5000 / 111_195) ** 2;
  for (const p of places) {
    const d2 = ((p.lng - lng) * k) ** 2 + (p.lat - lat) ** 2;
    if (d2 < bestD2) [best, bestD2] = [p, d2];
  }
  return best;
}
