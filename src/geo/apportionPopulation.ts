// Spreads each area's population over the lattice cells whose centre lies in it, and records for
// every cell the deprivation decile of its area and its ward. People are never lost: an area too
// small to hold a cell centre gives its population to the nearest cell, so the cells' total equals
// the areas' total (for every area that touches the grid).
import type { AreaCollection } from '../domain/types.ts';
import { cellsInAreas } from './cellsInAreas.ts';
import type { HexLattice } from './hexLattice.ts';
import { projectShape, type ProjectedShape } from './projectedShape.ts';

export interface Apportioned {
  /** People per cell (fractional: an area's population divided evenly among its cells). */
  population: Float64Array;
  /** Index into areas.features of the area holding the cell centre, or -1. */
  areaIndex: Int32Array;
  /** IMD decile (1 = most deprived) of that area; 0 when unknown. */
  decile: Uint8Array;
  /** Index into wards.features, or -1: the area's parent_code when it names a ward, else the ward polygon holding the centre. */
  wardIndex: Int32Array;
  /** Areas that hold no cell centre and gave their people to the nearest cell. */
  movedToNearest: { area: number; cell: number }[];
  /** Areas away from the grid entirely (e.g. a neighbouring borough in the file): not counted. */
  outside: number[];
  /** The population that the cells hold in total (= the sum over areas not listed in `outside`). */
  total: number;
}

/** An area without a cell centre counts as part of the grid if a cell lies this many sides away. */
const NEAR_GRID_SIDES = 2;

export function apportionPopulation(
  lattice: HexLattice,
  areas: AreaCollection,
  wards?: AreaCollection,
  shapes?: { areas: ProjectedShape[]; wards: ProjectedShape[] },
): Apportioned {
  checkAreas(areas, 'areas');
  if (wards) checkAreas(wards, 'wards');
  const areaShapes = shapes?.areas ?? projectAreas(lattice, areas, 'area');
  const wardShapes = shapes?.wards ?? (wards ? projectAreas(lattice, wards, 'ward') : []);
  const n = lattice.count;
  const areaIndex = cellsInAreas(lattice, areaShapes);
  const cellsPerArea = new Int32Array(areas.features.length);
  for (let i = 0; i < n; i++) if (areaIndex[i] >= 0) cellsPerArea[areaIndex[i]]++;

  const population = new Float64Array(n);
  const decile = new Uint8Array(n);
  const movedToNearest: Apportioned['movedToNearest'] = [];
  const outside: number[] = [];
  let total = 0;
  const nearLimit = NEAR_GRID_SIDES * lattice.cellSide;
  areas.features.forEach((f, a) => {
    if (cellsPerArea[a] > 0) return;
    const s = areaShapes[a];
    const cell = nearestCell(lattice, (s.minX + s.maxX) / 2, (s.minY + s.maxY) / 2, nearLimit);
    if (cell < 0) {
      outside.push(a);
      return;
    }
    population[cell] += f.properties.population;
    total += f.properties.population;
    movedToNearest.push({ area: a, cell });
  });
  for (let i = 0; i < n; i++) {
    const a = areaIndex[i];
    if (a < 0) continue;
    const p = areas.features[a].properties;
    const share = p.population / cellsPerArea[a];
    population[i] += share;
    total += share;
    decile[i] = p.imd_decile ?? 0;
  }

  const wardIndex = new Int32Array(n).fill(-1);
  if (wards) {
    const wardByCode = new Map<string, number>();
    wards.features.forEach((w, k) => wardByCode.set(w.properties.code, k));
    const parentWard = areas.features.map((f) => (f.properties.parent_code != null ? wardByCode.get(f.properties.parent_code) ?? -1 : -1));
    const geometric = parentWard.every((w) => w >= 0) ? null : cellsInAreas(lattice, wardShapes);
    for (let i = 0; i < n; i++) {
      const a = areaIndex[i];
      wardIndex[i] = a >= 0 && parentWard[a] >= 0 ? parentWard[a] : geometric ? geometric[i] : -1;
    }
    // A moved area's people follow its own ward, not the ward of the cell they landed in.
    for (const m of movedToNearest) if (parentWard[m.area] >= 0 && wardIndex[m.cell] < 0) wardIndex[m.cell] = parentWard[m.area];
  }
  return { population, areaIndex, decile, wardIndex, movedToNearest, outside, total };
}

export function projectAreas(lattice: HexLattice, areas: AreaCollection, what: string): ProjectedShape[] {
  return areas.features.map((f, i) => projectShape(f.geometry, lattice.projection, `${what} ${f.properties?.code ?? `#${i + 1}`} (feature ${i + 1})`));
}

/** Checks the properties the analysis reads, naming the feature and field at fault. */
export function checkAreas(areas: AreaCollection, what: string): void {
  if (!areas || areas.type !== 'FeatureCollection' || !Array.isArray(areas.features)) {
    throw new TypeError(`${what}: expected a GeoJSON FeatureCollection of areas`);
  }
  areas.features.forEach((f, i) => {
    const p = f?.properties as unknown as Record<string, unknown> | undefined;
    const at = `${what}: feature ${i + 1}${p && typeof p.code === 'string' ? ` (${p.code})` : ''}`;
    if (!p) throw new TypeError(`${at} has no properties; expected code, name, population, imd_decile`);
    if (typeof p.code !== 'string' || p.code === '') throw new TypeError(`${at}: code must be a non-empty string, got ${JSON.stringify(p.code)}`);
    if (typeof p.population !== 'number' || !Number.isFinite(p.population) || p.population < 0) {
      throw new TypeError(`${at}: population must be a number of people, 0 or more, got ${JSON.stringify(p.population)}`);
    }
    const d = p.imd_decile;
    if (d != null && !(Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 10)) {
      throw new TypeError(`${at}: imd_decile must be a whole number from 1 to 10 or null, got ${JSON.stringify(d)}`);
    }
  });
}

function nearestCell(lattice: HexLattice, x: number, y: number, limit: number): number {
  let best = -1;
  let bestD2 = limit * limit;
  for (let i = 0; i < lattice.count; i++) {
    const dx = lattice.x[i] - x, dy = lattice.y[i] - y;
    const d2 = dx * dx + dy * dy;
    if (d2 <= bestD2) {
      if (d2 === bestD2 && best >= 0) continue;
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}
