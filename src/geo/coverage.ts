// The planner's coverage analysis: where each LSOA's people live (placePeople.ts), how far each
// of them is from the nearest chosen asset, a row per ward and the worst gaps; plus a hexagon grid
// for the map. Every figure comes from the people's points, so none depends on the cell size:
// the grid only draws them. It runs in two phases so a filter change (a different set of assets)
// reuses the expensive part: `prepareCoverage` (placement, grid, ward geometry) depends only on
// outline, areas, wards, homes and cell size; `measureCoverage` (index, nearest, summary, gaps)
// on the assets and threshold. `createCoverageEngine` keeps the last prepared base to do exactly that.
import type { AreaCollection } from '../domain/types.ts';
import { cellContaining, hexLattice, projectionFor, type HexLattice, type OutlineFeature } from './hexLattice.ts';
import { EARTH_RADIUS_M } from './localProjection.ts';
import { nearestIndex } from './nearestIndex.ts';
import { checkAreas, placePeople, projectAreas, type PlacedPeople, type PlacementReport } from './placePeople.ts';
import { polygonLocator, type PolygonLocator } from './polygonLocator.ts';
import { rowFrom, summariseWards, type WardRow } from './summariseWards.ts';
import { deprivationWeight, worstGaps, type GapCluster } from './worstGaps.ts';

export const DEFAULT_CELL_SIDE = 250;
/** About a 10-minute walk in a straight line. */
export const DEFAULT_THRESHOLD = 800;
/**
 * "Within reach" means distance <= threshold. The micrometre of slack only absorbs the rounding
 * of going through degrees and back, so a home exactly at the threshold counts as within.
 */
const WITHIN_SLACK_M = 1e-6;

/** Assets as {lng, lat} objects, or packed [lng0, lat0, lng1, lat1, …] (what the worker sends). */
export type AssetPoints = ReadonlyArray<{ lng: number; lat: number }> | Float64Array;

export interface CoverageBaseParams {
  outline: OutlineFeature;
  /** LSOA-level (or any small) areas with population, imd_decile and parent_code. */
  areas: AreaCollection;
  /** Areas for the summary (wards, LSOAs or a planner's own). */
  wards: AreaCollection;
  /** Where people live: postcode points packed [lng, lat, …]; null or empty spreads people by area. */
  homes?: Float64Array | null;
  /** Hexagon side in metres (turf cellSide meaning), for the map only. */
  cellSide?: number;
}

export interface CoverageParams extends CoverageBaseParams {
  assets: AssetPoints;
  /** Metres; a home further than this from every asset is out of reach. */
  threshold?: number;
  /** How many gaps to rank (under each emphasis). */
  topGaps?: number;
}

export type CoveragePhase = 'grid' | 'population' | 'index' | 'nearest' | 'summary' | 'gaps';
export type ProgressListener = (phase: CoveragePhase, fraction: number) => void;

export interface CoverageBase {
  readonly lattice: HexLattice;
  readonly people: PlacedPeople;
  /** Lattice cell holding each person point (-1 off the grid). */
  readonly cellOf: Int32Array;
  readonly cellPopulation: Float64Array;
  readonly cellDecile: Uint8Array;
  readonly cellWard: Int32Array;
  readonly wards: { code: string; name: string }[];
  readonly wardLocator: PolygonLocator;
  readonly timings: { grid: number; population: number };
}

export interface CoverageCells {
  count: number;
  cellSide: number;
  /** Centre of the projection the lattice was built in: hexRing(localProjection(lat0, lng0), …) redraws a cell exactly. */
  lat0: number;
  lng0: number;
  lng: Float64Array;
  lat: Float64Array;
  /** Metres from the cell centre to the nearest asset; Infinity when there are no assets. */
  distance: Float64Array;
  /** People living in the cell. */
  population: Float64Array;
  /** People in the cell out of reach, and the same weighted by deprivation (standard, strong). */
  gapPopulation: Float64Array;
  gapWeighted: Float64Array;
  gapWeightedStrong: Float64Array;
  /** IMD decile 1–10 of the area most of the cell's people live in (of its centre when empty), 0 when unknown. */
  decile: Uint8Array;
  /** Index into result.wards of the ward most of its people live in (of its centre when empty), -1 for none. */
  wardIndex: Int32Array;
  /** 1 when someone living in the cell is out of reach, or nobody lives there and its centre is. */
  isGap: Uint8Array;
}

export interface CoverageTotals {
  population: number;
  populationWithin: number;
  pctWithin: number | null;
  gapPopulation: number;
  gapPopulationMostDeprived: number;
  cells: number;
  gapCells: number;
  /** Assets given, and how many of them fall inside a ward. */
  assets: number;
  assetsInWards: number;
  threshold: number;
  cellSide: number;
  /** How people were placed (method shown on the page and in exports). */
  placement: PlacementReport;
  /** Milliseconds per phase; grid and population are 0 when the base came from the cache. */
  timings: Record<CoveragePhase, number>;
}

export interface CoverageResult {
  cells: CoverageCells;
  wards: WardRow[];
  worstGaps: GapCluster[];
  /** Ward (index into wards) of each asset, -1 outside every ward. */
  assetWard: Int32Array;
  totals: CoverageTotals;
}

/**
 * Phase 1: everything that does not depend on which assets are chosen. `reuse` hands back the
 * people placed by an earlier base with the same outline, areas, wards and homes (a new cell size).
 */
export function prepareCoverage(params: CoverageBaseParams, onProgress?: ProgressListener, reuse?: Pick<CoverageBase, 'people' | 'wardLocator'>): CoverageBase {
  const cellSide = params.cellSide ?? DEFAULT_CELL_SIDE;
  checkAreas(params.areas, 'areas');
  checkAreas(params.wards, 'wards');
  let t = now();
  onProgress?.('grid', 0);
  // One projection for every cell size, so where people are placed never moves with the grid.
  const lattice = hexLattice(params.outline, cellSide, params.outline?.type === 'Feature' ? projectionFor(params.outline.geometry) : undefined);
  const projection = lattice.projection;
  if (lattice.count === 0) {
    throw new RangeError(`coverage: no ${cellSide} m cell has its centre inside the outline; choose a smaller cell side`);
  }
  const grid = now() - t;
  onProgress?.('grid', 1);
  t = now();
  onProgress?.('population', 0);
  const wardLocator = reuse?.wardLocator ?? polygonLocator(projectAreas(projection, params.wards, 'ward'));
  const people =
    reuse?.people ?? placePeople({ projection, outline: lattice.outline, areas: params.areas, wards: params.wards, homes: params.homes ?? null, wardLocator });
  const n = lattice.count;
  const cellOf = new Int32Array(people.count);
  const cellPopulation = new Float64Array(n);
  // The decile and ward of the biggest share of each cell's people.
  const cellDecile = new Uint8Array(n),
    cellWard = new Int32Array(n).fill(-1),
    biggest = new Float64Array(n);
  for (let i = 0; i < people.count; i++) {
    const c = cellContaining(lattice, people.x[i], people.y[i]);
    cellOf[i] = c;
    if (c < 0) continue;
    cellPopulation[c] += people.people[i];
    if (people.people[i] > biggest[c]) {
      biggest[c] = people.people[i];
      cellDecile[c] = people.decile[i];
      cellWard[c] = people.ward[i];
    }
  }
  for (let c = 0; c < n; c++) if (biggest[c] === 0) cellWard[c] = wardLocator.locate(lattice.x[c], lattice.y[c]);
  onProgress?.('population', 1);
  return {
    lattice,
    people,
    cellOf,
    cellPopulation,
    cellDecile,
    cellWard,
    wards: params.wards.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
    wardLocator,
    timings: { grid, population: now() - t },
  };
}

/** Phase 2: nearest asset per person and per cell, the ward table and the worst gaps. */
export function measureCoverage(
  base: CoverageBase,
  assets: AssetPoints,
  options: { threshold?: number; topGaps?: number } = {},
  onProgress?: ProgressListener,
): CoverageResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) throw new RangeError(`coverage: threshold must be 0 or more metres, got ${threshold}`);
  const { lattice, people } = base;
  const proj = lattice.projection;
  const n = lattice.count;

  let t = now();
  onProgress?.('index', 0);
  const m = assets instanceof Float64Array ? assets.length / 2 : assets.length;
  const alng = new Float64Array(m),
    alat = new Float64Array(m);
  const ax = new Float64Array(m),
    ay = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const lng = assets instanceof Float64Array ? assets[2 * i] : assets[i]?.lng;
    const lat = assets instanceof Float64Array ? assets[2 * i + 1] : assets[i]?.lat;
    if (typeof lng !== 'number' || !(Math.abs(lng) <= 180)) throw new RangeError(`coverage: asset ${i + 1}: lng must be a number from -180 to 180, got ${lng}`);
    if (typeof lat !== 'number' || !(Math.abs(lat) <= 90)) throw new RangeError(`coverage: asset ${i + 1}: lat must be a number from -90 to 90, got ${lat}`);
    alng[i] = lng;
    alat[i] = lat;
    ax[i] = proj.x(lng);
    ay[i] = proj.y(lat);
  }
  const index = nearestIndex(ax, ay);
  // The index ranks assets in the flat projection; the distance to the one it finds is then
  // measured on the sphere, so a home 800 m away counts the same anywhere in the borough.
  const distanceFrom = (x: number, y: number, lng: number, lat: number): number => {
    const k = index.nearest(x, y);
    return k < 0 ? Infinity : haversine(lng, lat, alng[k], alat[k]);
  };
  const tIndex = now() - t;
  onProgress?.('index', 1);

  t = now();
  const limit = threshold + WITHIN_SLACK_M;
  const distance = new Float64Array(people.count);
  const beyond = new Uint8Array(people.count);
  const total = people.count + n;
  const step = Math.max(1024, Math.ceil(total / 10));
  for (let i = 0; i < people.count; i++) {
    if (onProgress && i % step === 0) onProgress('nearest', i / total);
    const d = distanceFrom(people.x[i], people.y[i], people.lng[i], people.lat[i]);
    distance[i] = d;
    if (!(d <= limit)) beyond[i] = 1;
  }
  const cellDistance = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    if (onProgress && (people.count + c) % step === 0) onProgress('nearest', (people.count + c) / total);
    cellDistance[c] = distanceFrom(lattice.x[c], lattice.y[c], lattice.lng[c], lattice.lat[c]);
  }
  onProgress?.('nearest', 1);
  const tNearest = now() - t;

  t = now();
  onProgress?.('summary', 0);
  const assetWard = new Int32Array(m);
  let assetsInWards = 0;
  for (let i = 0; i < m; i++) {
    assetWard[i] = base.wardLocator.locate(ax[i], ay[i]);
    if (assetWard[i] >= 0) assetsInWards++;
  }
  const wards = summariseWards({ wards: base.wards, people: people.people, decile: people.decile, ward: people.ward, beyond, assetWard });
  let pop = 0,
    within = 0,
    gapDeprived = 0;
  const gapPopulation = new Float64Array(n),
    gapWeighted = new Float64Array(n),
    gapWeightedStrong = new Float64Array(n);
  for (let i = 0; i < people.count; i++) {
    const p = people.people[i];
    pop += p;
    if (!beyond[i]) {
      within += p;
      continue;
    }
    const d = people.decile[i];
    if (d === 1 || d === 2) gapDeprived += p;
    const c = base.cellOf[i];
    if (c < 0) continue;
    gapPopulation[c] += p;
    gapWeighted[c] += p * deprivationWeight(d, 'standard');
    gapWeightedStrong[c] += p * deprivationWeight(d, 'strong');
  }
  const isGap = new Uint8Array(n);
  let gapCells = 0;
  for (let c = 0; c < n; c++) {
    if (gapPopulation[c] > 0 || (base.cellPopulation[c] === 0 && !(cellDistance[c] <= limit))) {
      isGap[c] = 1;
      gapCells++;
    }
  }
  const all = rowFrom('', '', pop, within, gapDeprived, m);
  onProgress?.('summary', 1);
  const tSummary = now() - t;

  t = now();
  onProgress?.('gaps', 0);
  const cells: CoverageCells = {
    count: n,
    cellSide: lattice.cellSide,
    lat0: proj.lat0,
    lng0: proj.lng0,
    lng: lattice.lng,
    lat: lattice.lat,
    distance: cellDistance,
    population: base.cellPopulation,
    gapPopulation,
    gapWeighted,
    gapWeightedStrong,
    decile: base.cellDecile,
    wardIndex: base.cellWard,
    isGap,
  };
  const gaps = worstGaps({ people, beyond, distance, cellOf: base.cellOf, lng: proj.lng, lat: proj.lat }, options.topGaps ?? 10);
  onProgress?.('gaps', 1);
  return {
    cells,
    wards,
    worstGaps: gaps,
    assetWard,
    totals: {
      population: all.population,
      populationWithin: all.populationWithin,
      pctWithin: all.pctWithin,
      gapPopulation: all.gapPopulation,
      gapPopulationMostDeprived: all.gapPopulationMostDeprived,
      cells: n,
      gapCells,
      assets: m,
      assetsInWards,
      threshold,
      cellSide: lattice.cellSide,
      placement: people.report,
      timings: { grid: 0, population: 0, index: tIndex, nearest: tNearest, summary: tSummary, gaps: now() - t },
    },
  };
}

export interface CoverageEngine {
  /** Runs the analysis, reusing the prepared grid and population when outline, areas, wards, homes and cell side are unchanged. */
  run(params: CoverageParams, onProgress?: ProgressListener): CoverageResult;
  /** The base for these inputs, prepared now or taken from the cache. */
  base(params: CoverageBaseParams, onProgress?: ProgressListener): CoverageBase;
}

/**
 * The cache is keyed by object identity (plus cell side): callers keep the same outline, areas,
 * wards and homes objects while only the asset filter changes, which is both the common case and
 * free to check.
 */
export function createCoverageEngine(): CoverageEngine {
  let cached: { outline: object; areas: object; wards: object; homes: object | null; cellSide: number; base: CoverageBase } | null = null;
  const base = (params: CoverageBaseParams, onProgress?: ProgressListener): CoverageBase => {
    const cellSide = params.cellSide ?? DEFAULT_CELL_SIDE;
    const homes = params.homes ?? null;
    const same = cached && cached.outline === params.outline && cached.areas === params.areas && cached.wards === params.wards && cached.homes === homes;
    if (same && cached!.cellSide === cellSide) {
      onProgress?.('grid', 1);
      onProgress?.('population', 1);
      return cached!.base;
    }
    // A new cell size redraws the grid but keeps where people live.
    const fresh = prepareCoverage(params, onProgress, same ? cached!.base : undefined);
    cached = { outline: params.outline, areas: params.areas, wards: params.wards, homes, cellSide, base: fresh };
    return fresh;
  };
  return {
    base,
    run(params, onProgress) {
      const before = cached?.base;
      const b = base(params, onProgress);
      const result = measureCoverage(b, params.assets, params, onProgress);
      if (b !== before) Object.assign(result.totals.timings, b.timings);
      return result;
    },
  };
}

const shared = createCoverageEngine();

/** The whole analysis in one call (with the same reuse as an engine, shared across callers). */
export function coverage(params: CoverageParams, onProgress?: ProgressListener): CoverageResult {
  return shared.run(params, onProgress);
}

function now(): number {
  return performance.now();
}

const RAD = Math.PI / 180;
/** Great-circle distance in metres on Turf's sphere (the same radius as the projection). */
export function haversine(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD,
    dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}
