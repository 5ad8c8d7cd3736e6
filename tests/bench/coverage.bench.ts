// Coverage analysis (issue 5): our whole analysis (hex lattice, population, nearest-asset index,
// nearest distance per cell, ward summary, worst gaps) against the naive Turf way in the same run,
// on the real borough outline and areas with seeded, clustered random assets.
// Run: npx tsx tests/bench/coverage.bench.ts   (or npm run bench coverage)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import { hexGrid } from '@turf/hex-grid';
import { nearestPoint } from '@turf/nearest-point';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaCollection } from '../../src/domain/types.ts';
import { createCoverageEngine, prepareCoverage, measureCoverage } from '../../src/geo/coverage.ts';
import type { OutlineFeature } from '../../src/geo/hexLattice.ts';
import { localProjection } from '../../src/geo/localProjection.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const outline = readJson<OutlineFeature>('data/borough.geojson');
const areas = readJson<AreaCollection>('data/areas/lsoas.geojson');
const wards = readJson<AreaCollection>('data/areas/wards.geojson');

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Assets bunch in town centres like real ones: 80% around 40 centres (σ ≈ 700 m), 20% anywhere in the borough. */
function clusteredAssets(n: number, seed: number): { lng: number; lat: number }[] {
  const rnd = mulberry32(seed);
  const [w, s, e, nn] = turfBbox(outline as Feature<Polygon | MultiPolygon>);
  const inside = (lng: number, lat: number) => booleanPointInPolygon([lng, lat], outline as Feature<Polygon | MultiPolygon>);
  const anywhere = () => {
    for (;;) {
      const lng = w + rnd() * (e - w), lat = s + rnd() * (nn - s);
      if (inside(lng, lat)) return { lng, lat };
    }
  };
  const centres = Array.from({ length: 40 }, anywhere);
  const p = localProjection((s + nn) / 2);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return Array.from({ length: n }, () => {
    if (rnd() < 0.2) return anywhere();
    const c = centres[Math.floor(rnd() * centres.length)];
    return { lng: c.lng + (700 * gauss()) / p.kx, lat: c.lat + (700 * gauss()) / p.ky };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeMedian(run: () => unknown, warmup = 5, runs = 11): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The way it would be written without an index: Turf for every step. Returns ms per phase. */
function naive(assets: { lng: number; lat: number }[], cellSide: number, nearestSample: number) {
  const poly = outline as Feature<Polygon | MultiPolygon>;
  let t = performance.now();
  const hexes = hexGrid(turfBbox(poly), cellSide / 1000, { units: 'kilometers' });
  const centres: Feature<Point>[] = [];
  for (const h of hexes.features) {
    const ring = h.geometry.coordinates[0];
    let x = 0, y = 0;
    for (let k = 0; k < 6; k++) {
      x += ring[k][0];
      y += ring[k][1];
    }
    const c = point([x / 6, y / 6]);
    if (booleanPointInPolygon(c, poly)) centres.push(c);
  }
  const grid = performance.now() - t;

  t = performance.now();
  const areaOf = centres.map((c) => areas.features.findIndex((a) => booleanPointInPolygon(c, a as unknown as Feature<Polygon | MultiPolygon>)));
  const cellsPer = new Map<number, number>();
  for (const a of areaOf) cellsPer.set(a, (cellsPer.get(a) ?? 0) + 1);
  const pop = areaOf.map((a) => (a >= 0 ? areas.features[a].properties.population / (cellsPer.get(a) ?? 1) : 0));
  const population = performance.now() - t;

  // turf.nearestPoint per cell: measured on an evenly spread sample of cells when the full run
  // would take too long, then scaled up per cell (the cost per cell does not depend on the cell).
  const pts = featureCollection(assets.map((a) => point([a.lng, a.lat])));
  const sample = Math.min(centres.length, nearestSample);
  const stepCells = centres.length / sample;
  t = performance.now();
  const distKm: number[] = [];
  for (let k = 0; k < sample; k++) {
    const c = centres[Math.floor(k * stepCells)];
    distKm.push(nearestPoint(c, pts).properties.distanceToPoint);
  }
  const nearest = ((performance.now() - t) * centres.length) / sample;

  t = performance.now();
  const wardOfAsset = assets.map((a) => wards.features.findIndex((w) => booleanPointInPolygon([a.lng, a.lat], w as unknown as Feature<Polygon | MultiPolygon>)));
  const wardOfCell = centres.map((c) => wards.features.findIndex((w) => booleanPointInPolygon(c, w as unknown as Feature<Polygon | MultiPolygon>)));
  const wardPop = new Float64Array(wards.features.length);
  wardOfCell.forEach((w, i) => w >= 0 && (wardPop[w] += pop[i]));
  const summary = performance.now() - t;
  void wardOfAsset;
  return { cells: centres.length, grid, population, nearest, summary, sampled: sample < centres.length ? sample : 0, total: grid + population + nearest + summary };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`);
const assetSets = { '1.5k': clusteredAssets(1500, 5), '20k': clusteredAssets(20000, 20) };
console.log(`Borough outline ${outline.properties && JSON.stringify(outline.properties)}, ${areas.features.length} LSOAs, ${wards.features.length} wards; Node ${process.version}`);
// Warm the JIT on a throwaway run so the first case measured is not the one paying for compilation.
for (let i = 0; i < 5; i++) measureCoverage(prepareCoverage({ outline, areas, wards, cellSide: 150 }), assetSets['20k']);
for (const cellSide of [250, 100]) {
  for (const [label, assets] of Object.entries(assetSets)) {
    const whole = () => measureCoverage(prepareCoverage({ outline, areas, wards, cellSide }), assets);
    const ours = timeMedian(whole);
    const engine = createCoverageEngine();
    const other = assets.slice(0, Math.floor(assets.length / 2));
    let flip = false;
    // A filter change: same outline and areas, different assets, so only phase 2 re-runs.
    const incremental = timeMedian(() => {
      flip = !flip;
      return engine.run({ outline, areas, wards, cellSide, assets: flip ? assets : other });
    });
    const base = prepareCoverage({ outline, areas, wards, cellSide });
    const result = measureCoverage(base, assets);
    Object.assign(result.totals.timings, base.timings);
    const nearestSample = 400;
    const n = naive(assets, cellSide, nearestSample);
    const p = result.totals.timings;
    console.log(
      `\n${cellSide} m cells (${result.cells.count} cells; naive grid ${n.cells}) × ${label} assets: ours ${fmt(ours)} median of 11 ` +
        `(one run by phase: grid ${fmt(p.grid)}, population ${fmt(p.population)}, index ${fmt(p.index)}, nearest ${fmt(p.nearest)}, summary ${fmt(p.summary)}, gaps ${fmt(p.gaps)}); ` +
        `filter change ${fmt(incremental)}`,
    );
    console.log(
      `  naive: grid ${fmt(n.grid)}, population ${fmt(n.population)}, nearest ${fmt(n.nearest)}` +
        (n.sampled ? ` (turf.nearestPoint timed on ${n.sampled} of ${n.cells} cells and scaled per cell)` : '') +
        `, wards ${fmt(n.summary)}; total ${fmt(n.total)}`,
    );
    console.log(`  ${cellSide} m × ${label}: ours / naive = ${(ours / n.total).toExponential(2)} (ours is ${Math.round(n.total / ours).toLocaleString('en-GB')}x faster)`);
  }
}
