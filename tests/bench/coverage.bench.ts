// Coverage analysis: our whole analysis (people placed at postcodes, hex lattice for the map,
// nearest-asset index, distance for every person and cell, ward summary, worst gaps) against the
// naive Turf way of computing the same figures in the same run, on the real borough with seeded,
// clustered random assets; then how accurate the ward figures are, beside the time.
// Run: npm run bench coverage   (or npx tsx tests/bench/coverage.bench.ts)
import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import { hexGrid } from '@turf/hex-grid';
import { nearestPoint } from '@turf/nearest-point';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { createCoverageEngine, measureCoverage, prepareCoverage, type CoverageParams } from '../../src/geo/coverage.ts';
import { clusteredAssets, realLookingSets, type LngLat } from '../unit/geo/assetSets.ts';
import { compareWards, placeByArea, placeByPostcodes, readRealBorough, referenceWards, type ErrorSummary } from '../unit/geo/coverageReference.ts';
import { checkPopulationMethods } from '../unit/geo/populationMethodCheck.ts';

const borough = readRealBorough();
const { outline, lsoas: areas, wards } = borough;
const homes = new Float64Array(borough.postcodes.flat());

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall time, and median CPU time of this process (less disturbed by other work on a shared machine). */
function timeMedian(run: () => unknown, warmup = 5, runs = 11): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) run();
  const wall: number[] = [],
    cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now(),
      c = process.cpuUsage();
    run();
    const d = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const asPoly = (f: unknown) => f as Feature<Polygon | MultiPolygon>;

/**
 * The same figures written without an index: Turf for every step. turf.nearestPoint is timed on an
 * evenly spread sample of the points (the cost per point does not depend on the point) and scaled.
 */
function naive(assets: LngLat[], cellSide: number, sample: number) {
  const poly = asPoly(outline);
  let t = performance.now();
  const hexes = hexGrid(turfBbox(poly), cellSide / 1000, { units: 'kilometers' });
  const centres: Feature<Point>[] = [];
  for (const h of hexes.features) {
    const ring = h.geometry.coordinates[0];
    let x = 0,
      y = 0;
    for (let k = 0; k < 6; k++) {
      x += ring[k][0];
      y += ring[k][1];
    }
    const c = point([x / 6, y / 6]);
    if (booleanPointInPolygon(c, poly)) centres.push(c);
  }
  const grid = performance.now() - t;

  t = performance.now();
  const homePoints = borough.postcodes.map((p) => point(p));
  const areaOf = homePoints.map((h) => areas.features.findIndex((a) => booleanPointInPolygon(h, asPoly(a))));
  const perArea = new Map<number, number>();
  for (const a of areaOf) perArea.set(a, (perArea.get(a) ?? 0) + 1);
  const people = areaOf.map((a) => (a >= 0 ? areas.features[a].properties.population / perArea.get(a)! : 0));
  const population = performance.now() - t;

  const pts = featureCollection(assets.map((a) => point([a.lng, a.lat])));
  const all = [...homePoints, ...centres];
  const step = all.length / Math.min(all.length, sample);
  t = performance.now();
  for (let k = 0; k < Math.min(all.length, sample); k++) nearestPoint(all[Math.floor(k * step)], pts);
  const nearest = ((performance.now() - t) * all.length) / Math.min(all.length, sample);

  t = performance.now();
  const wardOf = (p: Feature<Point> | number[]) => wards.features.findIndex((w) => booleanPointInPolygon(p, asPoly(w)));
  assets.forEach((a) => wardOf([a.lng, a.lat]));
  const wardPeople = new Float64Array(wards.features.length);
  homePoints.forEach((h, i) => {
    const w = wardOf(h);
    if (w >= 0) wardPeople[w] += people[i];
  });
  const summary = performance.now() - t;
  return { cells: centres.length, points: all.length, grid, population, nearest, summary, total: grid + population + nearest + summary };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`);
const pct = (v: number) => `${v < 0.005 ? '0' : v.toFixed(v < 1 ? 2 : 1)}%`;
const errors = (e: ErrorSummary) =>
  `median ${pct(e.medianPct)}, 90th percentile ${pct(e.p90Pct)}, worst ${pct(e.maxPct)} (${e.worst.name}), ${e.over1} of 25 wards beyond ±1%`;

console.log(`Real borough: ${areas.features.length} LSOAs, ${wards.features.length} wards, ${homes.length / 2} postcodes; Node ${process.version}`);
const run = (p: Omit<CoverageParams, 'outline' | 'areas' | 'wards' | 'homes'>) =>
  measureCoverage(prepareCoverage({ outline, areas, wards, homes, cellSide: p.cellSide }), p.assets, p);
// Warm the JIT on throwaway runs so the first case measured is not the one paying for compilation.
const sets = { '1.5k': clusteredAssets(outline, 1500, 5), '20k': clusteredAssets(outline, 20000, 20) };
for (let i = 0; i < 5; i++) run({ cellSide: 150, assets: sets['20k'] });

console.log('\n--- Speed: the whole analysis, ours against naive Turf ---');
for (const cellSide of [250, 100]) {
  for (const [label, assets] of Object.entries(sets)) {
    const ours = timeMedian(() => run({ cellSide, assets }));
    const engine = createCoverageEngine();
    const other = assets.slice(0, Math.floor(assets.length / 2));
    let flip = false;
    // A filter change: same areas and homes, different assets, so only phase 2 re-runs.
    const incremental = timeMedian(() => {
      flip = !flip;
      return engine.run({ outline, areas, wards, homes, cellSide, assets: flip ? assets : other });
    });
    const base = prepareCoverage({ outline, areas, wards, homes, cellSide });
    const result = measureCoverage(base, assets);
    const p = { ...result.totals.timings, ...base.timings };
    const n = naive(assets, cellSide, 400);
    console.log(
      `\n${cellSide} m cells (${result.cells.count} cells, ${base.people.count} people points) × ${label} assets: ours ${fmt(ours.wall)} median of 11 (CPU ${fmt(ours.cpu)}) ` +
        `(one run by phase: grid ${fmt(p.grid)}, population ${fmt(p.population)}, index ${fmt(p.index)}, nearest ${fmt(p.nearest)}, summary ${fmt(p.summary)}, gaps ${fmt(p.gaps)}); ` +
        `filter change ${fmt(incremental.wall)} (CPU ${fmt(incremental.cpu)})`,
    );
    console.log(
      `  naive: grid ${fmt(n.grid)}, population ${fmt(n.population)}, nearest ${fmt(n.nearest)} (turf.nearestPoint timed on 400 of ${n.points} points and scaled), ` +
        `wards ${fmt(n.summary)}; total ${fmt(n.total)}`,
    );
    console.log(
      `  ${cellSide} m × ${label}: ours / naive = ${(ours.wall / n.total).toExponential(2)} (ours is ${Math.round(n.total / ours.wall).toLocaleString('en-GB')}x faster)`,
    );
  }
}

console.log('\n--- Accuracy: people within 800 m per ward, against references computed without our code ---');
const check = checkPopulationMethods(borough);
console.log(
  `Population method, tested one level up (each of ${check.msoas} MSOAs' people shared over its ${check.lsoas} LSOAs, against their published populations): ` +
    `by postcodes median error ${pct(check.byPostcodes.medianPct)} (90th percentile ${pct(check.byPostcodes.p90Pct)}); by area ${pct(check.byArea.medianPct)} (${pct(check.byArea.p90Pct)}).`,
);
const byPostcodes = placeByPostcodes(borough);
const byArea = placeByArea(borough, 25);
for (const [label, assets] of Object.entries(realLookingSets(borough))) {
  const refPostcodes = referenceWards(byPostcodes, wards, assets);
  const refArea = referenceWards(byArea, wards, assets);
  console.log(`\n${label} (${assets.length.toLocaleString('en-GB')} assets):`);
  for (const cellSide of [100, 250, 500]) {
    const r = createCoverageEngine().run({ outline, areas, wards, homes, cellSide, assets, threshold: 800 });
    console.log(`  ${cellSide} m cells${cellSide === 250 ? ' (default)' : ''}: vs postcode-weighted reference ${errors(compareWards(r.wards, refPostcodes))}`);
  }
  const r = createCoverageEngine().run({ outline, areas, wards, homes, assets, threshold: 800 });
  console.log(`  model difference, ours vs 25 m area-weighted reference (people spread over fields too): ${errors(compareWards(r.wards, refArea))}`);
  const spread = createCoverageEngine().run({ outline, areas, wards, homes: null, assets, threshold: 800 });
  console.log(`  without postcodes (our area fallback, 50 m points) vs 25 m area-weighted reference: ${errors(compareWards(spread.wards, refArea))}`);
}
