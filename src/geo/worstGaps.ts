// The places a planner should look at first: gap cells joined into clusters (cells sharing a hexagon
// edge), ranked by how many people live there weighted by how deprived their areas are.
//
// The weight is linear in deprivation: w(decile) = (11 - decile) / 10, so a resident of the most
// deprived 10% (decile 1) counts 1.0 and one of the least deprived 10% (decile 10) counts 0.1. It is
// deliberately simple, so a ranking can be explained in one sentence at a council meeting ("people,
// with the most deprived counting ten times the least deprived"); cells whose area has no decile
// count 0.55, the average weight, so missing data neither hides nor inflates a gap.
import { hexNeighbours, type HexLattice } from './hexLattice.ts';

export function deprivationWeight(decile: number): number {
  return decile >= 1 && decile <= 10 ? (11 - decile) / 10 : 0.55;
}

export interface GapCluster {
  rank: number;
  /** Σ population × deprivationWeight(decile) over the cluster's cells. */
  score: number;
  population: number;
  /** People in the cluster living in IMD deciles 1–2. */
  populationMostDeprived: number;
  cellCount: number;
  /** Lattice cell indices, for highlighting the cluster. */
  cells: number[];
  /** Population-weighted centre [lng, lat] (the plain centre when nobody lives there). */
  centroid: [number, number];
  /** [west, south, east, north] of the cluster's hexagons, for "zoom to". */
  bbox: [number, number, number, number];
  /** The most deprived decile among its cells (1 = most deprived), or null when unknown. */
  worstDecile: number | null;
  /** The largest distance in metres from a cell centre to the nearest asset (Infinity with none). */
  maxDistance: number;
  /** The ward (index into wards) holding most of the cluster's people, or -1. */
  wardIndex: number;
}

export interface GapInputs {
  isGap: Uint8Array;
  population: Float64Array;
  decile: Uint8Array;
  distance: Float64Array;
  wardIndex: Int32Array;
}

/** The `top` highest-scoring clusters of gap cells that someone lives in, best first. */
export function worstGaps(lattice: HexLattice, cells: GapInputs, top = 10): GapCluster[] {
  const n = lattice.count;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const nb = new Int32Array(6);
  const found: GapCluster[] = [];
  const wardPeople = new Map<number, number>();
  for (let seed = 0; seed < n; seed++) {
    if (!cells.isGap[seed] || seen[seed]) continue;
    let head = 0, tail = 0;
    queue[tail++] = seed;
    seen[seed] = 1;
    let score = 0, pop = 0, popDeprived = 0, sx = 0, sy = 0, px = 0, py = 0, worst = 0, maxD = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    wardPeople.clear();
    while (head < tail) {
      const i = queue[head++];
      const p = cells.population[i], d = cells.decile[i];
      score += p * deprivationWeight(d);
      pop += p;
      if (d === 1 || d === 2) popDeprived += p;
      if (d > 0 && (worst === 0 || d < worst)) worst = d;
      if (cells.distance[i] > maxD) maxD = cells.distance[i];
      const x = lattice.x[i], y = lattice.y[i];
      sx += x * p;
      sy += y * p;
      px += x;
      py += y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (cells.wardIndex[i] >= 0) wardPeople.set(cells.wardIndex[i], (wardPeople.get(cells.wardIndex[i]) ?? 0) + p);
      const k = hexNeighbours(lattice, i, nb);
      for (let t = 0; t < k; t++) {
        const j = nb[t];
        if (cells.isGap[j] && !seen[j]) {
          seen[j] = 1;
          queue[tail++] = j;
        }
      }
    }
    if (!(score > 0)) continue;
    const count = tail;
    const cx = pop > 0 ? sx / pop : px / count, cy = pop > 0 ? sy / pop : py / count;
    const proj = lattice.projection, s = lattice.cellSide, h = lattice.dy;
    let ward = -1, wardMax = -1;
    for (const [w, p] of wardPeople) if (p > wardMax) [ward, wardMax] = [w, p];
    found.push({
      rank: 0,
      score,
      population: pop,
      populationMostDeprived: popDeprived,
      cellCount: count,
      cells: Array.from(queue.subarray(0, count)).sort((a, b) => a - b),
      centroid: [proj.lng(cx), proj.lat(cy)],
      bbox: [proj.lng(minX - s), proj.lat(minY - h), proj.lng(maxX + s), proj.lat(maxY + h)],
      worstDecile: worst || null,
      maxDistance: maxD,
      wardIndex: ward,
    });
  }
  found.sort((a, b) => b.score - a.score || b.population - a.population || a.cells[0] - b.cells[0]);
  const best = found.slice(0, Math.max(0, top));
  best.forEach((g, i) => (g.rank = i + 1));
  return best;
}
