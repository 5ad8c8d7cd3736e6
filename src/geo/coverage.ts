// The planner's coverage analysis: for every hexagon over the borough, the distance to the nearest
// chosen asset, the people living there and how deprived their area is; then a row per ward and
// the worst gaps. It runs in two phases so a filter change (a different set of assets) reuses the
// expensive part: `prepareCoverage` (grid, area and ward geometry, population) depends only on
// outline, areas, wards and cell size; `measureCoverage` (index, nearest, summary, gaps) on the
// assets and threshold. `createCoverageEngine` keeps the last prepared base to do exactly that.
import type { AreaCollection } from '../domain/types.ts';
import { apportionPopulation, checkAreas, projectAreas, type Apportioned } from './apportionPopulation.ts';
import { hexLattice, type HexLattice, type OutlineFeature } from './hexLattice.ts';
import { nearestIndex } from './nearestIndex.ts';
import { polygonLocator, type PolygonLocator } from './polygonLocator.ts';
import { rowFrom, summariseWards, type WardRow } from './summariseWards.ts';
import { worstGaps, type GapCluster } from './worstGaps.ts';

export const DEFAULT_CELL_SIDE = 250;
/** About a 10-minute walk in a straight line. */
export const DEFAULT_THRESHOLD = 800;
/**
 * "Within reach" means distance <= threshold. The micrometre of slack only absorbs the rounding
 * of going through degrees and back, so a cell exactly at the threshold counts as within.
 */
const WITHIN_SLACK_M = 1e-6;

/** Assets as {lng, lat} objects, or packed [lng0, lat0, lng1, lat1, …] (what the worker sends). */
export type AssetPoints = ReadonlyArray<{ lng: number; lat: number }> | Float64Array;

export interface CoverageBaseParams {
  outline: OutlineFeature;
  /** LSOA-level (or any small) areas with population, imd_decile and parent_code. */
  areas: AreaCollection;
  /** Wards for the summary; areas name theirs in parent_code. */
  wards: AreaCollection;
  /** Hexagon side in metres (turf cellSide meaning). */
  cellSide?: number;
}

export interface CoverageParams extends CoverageBaseParams {
  assets: AssetPoints;
  /** Metres; a cell further than this from every asset is a gap. */
  threshold?: number;
  /** How many gap clusters to rank. */
  topGaps?: number;
}

export type CoveragePhase = 'grid' | 'population' | 'index' | 'nearest' | 'summary' | 'gaps';
export type ProgressListener = (phase: CoveragePhase, fraction: number) => void;

export interface CoverageBase {
  readonly lattice: HexLattice;
  readonly apportioned: Apportioned;
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
  /** Metres to the nearest asset; Infinity when there are no assets. */
  distance: Float64Array;
  population: Float64Array;
  /** IMD decile 1–10 of the cell's area, 0 when unknown. */
  decile: Uint8Array;
  /** Index into result.wards, -1 when the cell is in no ward. */
  wardIndex: Int32Array;
  /** 1 when the cell is beyond the threshold. */
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
  /** Milliseconds per phase; grid and population are 0 when the base came from the cache. */
  timings: Record<CoveragePhase, number>;
}

export interface CoverageResult {
  cells: CoverageCells;
  wards: WardRow[];
  worstGaps: GapCluster[];
  totals: CoverageTotals;
}

/** Phase 1: everything that does not depend on which assets are chosen. */
export function prepareCoverage(params: CoverageBaseParams, onProgress?: ProgressListener): CoverageBase {
  const cellSide = params.cellSide ?? DEFAULT_CELL_SIDE;
  checkAreas(params.areas, 'areas');
  checkAreas(params.wards, 'wards');
  let t = now();
  onProgress?.('grid', 0);
  const lattice = hexLattice(params.outline, cellSide);
  if (lattice.count === 0) {
    throw new RangeError(`coverage: no ${cellSide} m cell has its centre inside the outline; choose a smaller cell side`);
  }
  const grid = now() - t;
  onProgress?.('grid', 1);
  t = now();
  onProgress?.('population', 0);
  const wardShapes = projectAreas(lattice, params.wards, 'ward');
  const apportioned = apportionPopulation(lattice, params.areas, params.wards, { areas: projectAreas(lattice, params.areas, 'area'), wards: wardShapes });
  const wardLocator = polygonLocator(wardShapes);
  onProgress?.('population', 1);
  return {
    lattice,
    apportioned,
    wards: params.wards.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
    wardLocator,
    timings: { grid, population: now() - t },
  };
}

/** Phase 2: nearest asset per cell, gaps, the ward table and the worst gaps. */
export function measureCoverage(
  base: CoverageBase,
  assets: AssetPoints,
  options: { threshold?: number; topGaps?: number } = {},
  onProgress?: ProgressListener,
): CoverageResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0) || !Number.isFinite(threshold)) throw new RangeError(`coverage: threshold must be 0 or more metres, got ${threshold}`);
  const { lattice, apportioned } = base;
  const proj = lattice.projection;
  const n = lattice.count;

  let t = now();
  onProgress?.('index', 0);
  const m = assets instanceof Float64Array ? assets.length / 2 : assets.length;
  const ax = new Float64Array(m), ay = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const lng = assets instanceof Float64Array ? assets[2 * i] : assets[i]?.lng;
    const lat = assets instanceof Float64Array ? assets[2 * i + 1] : assets[i]?.lat;
    if (typeof lng !== 'number' || !(Math.abs(lng) <= 180)) throw new RangeError(`coverage: asset ${i + 1}: lng must be a number from -180 to 180, got ${lng}`);
    if (typeof lat !== 'number' || !(Math.abs(lat) <= 90)) throw new RangeError(`coverage: asset ${i + 1}: lat must be a number from -90 to 90, got ${lat}`);
    ax[i] = proj.x(lng);
    ay[i] = proj.y(lat);
  }
  const index = nearestIndex(ax, ay);
  const tIndex = now() - t;
  onProgress?.('index', 1);

  t = now();
  const distance = new Float64Array(n);
  const isGap = new Uint8Array(n);
  const limit = threshold + WITHIN_SLACK_M;
  const step = Math.max(1024, Math.ceil(n / 10));
  for (let i = 0; i < n; i++) {
    if (onProgress && i % step === 0) onProgress('nearest', i / n);
    const d = index.nearestDistance(lattice.x[i], lattice.y[i]);
    distance[i] = d;
    if (!(d <= limit)) isGap[i] = 1;
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
  const { population, decile, wardIndex } = apportioned;
  const wards = summariseWards({ wards: base.wards, population, decile, wardIndex, isGap, assetWard });
  let pop = 0, within = 0, gapDeprived = 0, gapCells = 0;
  for (let i = 0; i < n; i++) {
    pop += population[i];
    if (!isGap[i]) within += population[i];
    else {
      gapCells++;
      if (decile[i] === 1 || decile[i] === 2) gapDeprived += population[i];
    }
  }
  const all = rowFrom('', '', pop, within, gapDeprived, m);
  onProgress?.('summary', 1);
  const tSummary = now() - t;

  t = now();
  onProgress?.('gaps', 0);
  const cells: CoverageCells = { count: n, cellSide: lattice.cellSide, lat0: proj.lat0, lng0: proj.lng0, lng: lattice.lng, lat: lattice.lat, distance, population, decile, wardIndex, isGap };
  const gaps = worstGaps(lattice, cells, options.topGaps ?? 10);
  onProgress?.('gaps', 1);
  return {
    cells,
    wards,
    worstGaps: gaps,
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
      timings: { grid: 0, population: 0, index: tIndex, nearest: tNearest, summary: tSummary, gaps: now() - t },
    },
  };
}

export interface CoverageEngine {
  /** Runs the analysis, reusing the prepared grid and population when outline, areas, wards and cell side are unchanged. */
  run(params: CoverageParams, onProgress?: ProgressListener): CoverageResult;
  /** The base for these inputs, prepared now or taken from the cache. */
  base(params: CoverageBaseParams, onProgress?: ProgressListener): CoverageBase;
}

/**
 * The cache is keyed by object identity (plus cell side): callers keep the same outline, areas and
 * wards objects while only the asset filter changes, which is both the common case and free to check.
 */
export function createCoverageEngine(): CoverageEngine {
  let cached: { outline: object; areas: object; wards: object; cellSide: number; base: CoverageBase } | null = null;
  const base = (params: CoverageBaseParams, onProgress?: ProgressListener): CoverageBase => {
    const cellSide = params.cellSide ?? DEFAULT_CELL_SIDE;
    if (cached && cached.outline === params.outline && cached.areas === params.areas && cached.wards === params.wards && cached.cellSide === cellSide) {
      onProgress?.('grid', 1);
      onProgress?.('population', 1);
      return cached.base;
    }
    const fresh = prepareCoverage(params, onProgress);
    cached = { outline: params.outline, areas: params.areas, wards: params.wards, cellSide, base: fresh };
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
