// The places a planner should look at first. A gap is a group of homes out of reach in one ward
// (summary area): two homes out of reach belong to the same gap when they are at most
// GAP_LINK_M apart and in the same ward, so gaps follow where people live and stop at ward
// boundaries. A gap's people are therefore always some of its ward's people, never more.
//
// Gaps are ranked by people weighted by deprivation. The standard weight is linear in the IMD
// decile, w(decile) = (11 − decile) / 10: a resident of the most deprived 10% counts 1.0, one of
// the least deprived 10% counts 0.1 ("people, with the most deprived counting ten times the least
// deprived"). "strong" squares it (a hundred times), "none" counts everyone alike. An unknown
// decile takes the middle weight, 0.55, so missing data neither hides nor inflates a gap.
import type { PlacedPeople } from './placePeople.ts';

/** Homes out of reach at most this far apart (and in the same ward) are one gap. */
export const GAP_LINK_M = 400;

export const EMPHASES = ['none', 'standard', 'strong'] as const;
export type Emphasis = (typeof EMPHASES)[number];

export function deprivationWeight(decile: number, emphasis: Emphasis = 'standard'): number {
  if (emphasis === 'none') return 1;
  const w = decile >= 1 && decile <= 10 ? (11 - decile) / 10 : 0.55;
  return emphasis === 'strong' ? w * w : w;
}

export interface GapCluster {
  rank: number;
  /** Σ people × deprivationWeight(decile) (standard emphasis). */
  score: number;
  population: number;
  /** People in the gap by IMD decile (index 0: unknown), so any emphasis can re-rank exactly. */
  byDecile: number[];
  /** People in the gap living in IMD deciles 1–2. */
  populationMostDeprived: number;
  /** How many home points the gap holds. */
  homes: number;
  /** Lattice cells holding the gap's homes, for highlighting it on the map. */
  cells: number[];
  /** Population-weighted centre [lng, lat]. */
  centroid: [number, number];
  /** [west, south, east, north] around the gap's homes, for "zoom to". */
  bbox: [number, number, number, number];
  /** The most deprived decile among its people (1 = most deprived), or null when unknown. */
  worstDecile: number | null;
  /** The furthest any of its homes is from the nearest asset, in metres (Infinity with none). */
  maxDistance: number;
  /** The ward (index into wards) the gap lies in, or -1 for people outside every ward. */
  wardIndex: number;
}

export interface GapInputs {
  people: PlacedPeople;
  /** 1 where the point is beyond reach. */
  beyond: Uint8Array;
  /** Metres from each point to its nearest asset. */
  distance: Float64Array;
  /** Lattice cell of each point, -1 when off the grid. */
  cellOf: Int32Array;
  /** Projection back to degrees. */
  lng: (x: number) => number;
  lat: (y: number) => number;
}

/** Padding around a gap's homes for "zoom to", in metres. */
const BBOX_PAD_M = 200;

/**
 * Every gap with someone in it, reduced to the best `top` under each emphasis (their union, so a
 * caller re-ranking by any emphasis sees the true top `top`), sorted by the standard score.
 */
export function worstGaps(input: GapInputs, top = 10, link = GAP_LINK_M): GapCluster[] {
  const { people: pts, beyond } = input;
  const n = pts.count;
  const parent = new Int32Array(n).fill(-1);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) [i, parent[i]] = [parent[i], r];
    return r;
  };
  const open: number[] = [];
  for (let i = 0; i < n; i++)
    if (beyond[i] && pts.people[i] > 0) {
      parent[i] = i;
      open.push(i);
    }
  linkNeighbours(pts, open, link, (i, j) => {
    const a = find(i),
      b = find(j);
    if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
  });

  const byRoot = new Map<number, number[]>();
  for (const i of open) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  const gaps = [...byRoot.values()].map((members) => describe(input, members));
  const best = new Set<GapCluster>();
  for (const e of EMPHASES) {
    const weight = (g: GapCluster) => g.byDecile.reduce((s, p, d) => s + p * deprivationWeight(d, e), 0);
    [...gaps]
      .sort((a, b) => weight(b) - weight(a) || b.population - a.population || a.centroid[0] - b.centroid[0])
      .slice(0, Math.max(0, top))
      .forEach((g) => best.add(g));
  }
  const ranked = [...best].sort((a, b) => b.score - a.score || b.population - a.population || a.centroid[0] - b.centroid[0]);
  ranked.forEach((g, i) => (g.rank = i + 1));
  return ranked;
}

/** Calls `join(i, j)` for every pair of open points in the same ward at most `link` apart. */
function linkNeighbours(pts: PlacedPeople, open: number[], link: number, join: (i: number, j: number) => void): void {
  if (open.length === 0) return;
  let minX = Infinity,
    minY = Infinity;
  for (const i of open) {
    if (pts.x[i] < minX) minX = pts.x[i];
    if (pts.y[i] < minY) minY = pts.y[i];
  }
  // Square buckets of side `link`: a partner lies in the point's bucket or one of its 8 neighbours.
  const key = (bx: number, by: number) => bx * 1_048_576 + by;
  const buckets = new Map<number, number[]>();
  const bxOf = (i: number) => Math.floor((pts.x[i] - minX) / link),
    byOf = (i: number) => Math.floor((pts.y[i] - minY) / link);
  for (const i of open) {
    const k = key(bxOf(i), byOf(i));
    const b = buckets.get(k);
    if (b) b.push(i);
    else buckets.set(k, [i]);
  }
  const l2 = link * link;
  for (const i of open) {
    const bx = bxOf(i),
      by = byOf(i);
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        const b = buckets.get(key(bx + ox, by + oy));
        if (!b) continue;
        for (const j of b) {
          if (j <= i || pts.ward[j] !== pts.ward[i]) continue;
          const dx = pts.x[j] - pts.x[i],
            dy = pts.y[j] - pts.y[i];
          if (dx * dx + dy * dy <= l2) join(i, j);
        }
      }
    }
  }
}

function describe(input: GapInputs, members: number[]): GapCluster {
  const pts = input.people;
  const byDecile = new Array<number>(11).fill(0);
  let pop = 0,
    sx = 0,
    sy = 0,
    maxD = 0;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const cells = new Set<number>();
  for (const i of members) {
    const p = pts.people[i],
      x = pts.x[i],
      y = pts.y[i];
    byDecile[pts.decile[i]] += p;
    pop += p;
    sx += x * p;
    sy += y * p;
    if (input.distance[i] > maxD) maxD = input.distance[i];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (input.cellOf[i] >= 0) cells.add(input.cellOf[i]);
  }
  const worst = byDecile.findIndex((p, d) => d > 0 && p > 0);
  return {
    rank: 0,
    score: byDecile.reduce((s, p, d) => s + p * deprivationWeight(d), 0),
    population: pop,
    byDecile,
    populationMostDeprived: byDecile[1] + byDecile[2],
    homes: members.length,
    cells: [...cells].sort((a, b) => a - b),
    centroid: [input.lng(sx / pop), input.lat(sy / pop)],
    bbox: [input.lng(minX - BBOX_PAD_M), input.lat(minY - BBOX_PAD_M), input.lng(maxX + BBOX_PAD_M), input.lat(maxY + BBOX_PAD_M)],
    worstDecile: worst > 0 ? worst : null,
    maxDistance: maxD,
    wardIndex: pts.ward[members[0]],
  };
}
