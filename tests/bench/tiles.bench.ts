// Publishing a region as vector tiles (supabase/functions/_shared/tiles) beside writing the one
// published.json residents read today, in the same run, at 20k, 50k and 500k region listings
// (tests/bench/regionAssets.ts). For tiles: build time by phase (cluster, encode, archive), the
// archive's size and tile count, and what a resident downloads for a first view of the whole
// region at zoom 9 (the pointer, gzipped, plus every range the pmtiles reader fetches for the
// z9 tiles covering REGION_BBOX). For the file: JSON.stringify + gzip, time and bytes.
// Run: npx tsx tests/bench/tiles.bench.ts   (or npm run bench tiles); TILES_BENCH_SIZES=20000,50000
import { gzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';
import { createTestDb } from '../sql/db';
import { makeTaxonomy, topOf } from '../../src/domain/taxonomy';
import type { AssetFeature, Category } from '../../src/domain/types';
import { publishTiles } from '../../supabase/functions/_shared/tiles/publishTiles.ts';
import type { MapPoint, TilePhase } from '../../supabase/functions/_shared/tiles/buildAssetTiles.ts';
import { REGION_BBOX, regionAssets } from './regionAssets';

const SIZES = (process.env.TILES_BENCH_SIZES ?? '20000,50000,500000').split(',').map(Number);
const VIEW_ZOOM = 9;

/** A reader over the archive's bytes that counts what it fetches, as a browser would download it. */
function countingSource(bytes: Uint8Array): Source & { fetched: number } {
  const source = {
    fetched: 0,
    getKey: () => 'bench',
    getBytes: async (offset: number, length: number) => {
      const part = bytes.slice(offset, offset + length);
      source.fetched += part.length;
      return { data: part.buffer };
    },
  };
  return source;
}

function tileRange(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [Math.floor((lng / 360 + 0.5) * n), Math.floor((0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI) * n)];
}

async function firstViewBytes(archive: Uint8Array): Promise<{ bytes: number; tiles: number }> {
  const source = countingSource(archive);
  const reader = new PMTiles(source);
  const [w, s, e, n] = REGION_BBOX;
  const [x0, y0] = tileRange(w, n, VIEW_ZOOM);
  const [x1, y1] = tileRange(e, s, VIEW_ZOOM);
  let tiles = 0;
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (await reader.getZxy(VIEW_ZOOM, x, y)) tiles++;
  return { bytes: source.fetched, tiles };
}

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const kb = (b: number) => `${(b / 1e3).toFixed(1)} kB`;

const db = await createTestDb();
const categories = (await db.query<{ c: Category[] }>('select api.categories() as c')).rows[0].c;
await db.close();
const taxonomy = makeTaxonomy(categories);

for (const n of SIZES) {
  const features: AssetFeature[] = regionAssets(n);
  const points: MapPoint[] = features.map((f) => ({
    id: f.properties.id,
    lng: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    name: f.properties.name,
    primary: topOf(taxonomy, f.properties.categories[0] ?? ''),
    kind: f.properties.kind,
    area: f.properties.private_address === true,
  }));

  // Naive, today's publish: the whole set as one GeoJSON file, gzipped as a host would serve it.
  let t = performance.now();
  const file = JSON.stringify({ type: 'FeatureCollection', categories, features });
  const fileGzip = gzipSync(file);
  const fileMs = performance.now() - t;

  const phases: Partial<Record<TilePhase, number>> = {};
  t = performance.now();
  const published = await publishTiles(points, categories, { onPhase: (phase, ms) => (phases[phase] = ms) });
  const tilesMs = performance.now() - t;
  const pointerGzip = gzipSync(published.pointer).length;
  const view = await firstViewBytes(published.archive);
  const firstView = pointerGzip + view.bytes;

  console.log(`${n.toLocaleString('en-GB')} region listings`);
  console.log(
    `  tiles: ${tilesMs.toFixed(0)} ms (cluster ${phases.cluster!.toFixed(0)}, encode ${phases.encode!.toFixed(0)}, archive ${phases.archive!.toFixed(0)}), ` +
      `archive ${mb(published.archive.length)}, ${published.tiles.toLocaleString('en-GB')} tiles`,
  );
  console.log(
    `  first view of the region at z${VIEW_ZOOM}: ${kb(firstView)} (pointer ${kb(pointerGzip)} gzip + ${kb(view.bytes)} of archive ranges: header, directories and ${view.tiles} tiles)`,
  );
  console.log(`  naive published.json: ${fileMs.toFixed(0)} ms (stringify + gzip), ${mb(file.length)}, ${mb(fileGzip.length)} gzip`);
  console.log(
    `  first view ours / naive = ${(firstView / fileGzip.length).toFixed(4)} (${(fileGzip.length / firstView).toFixed(0)}x fewer bytes); ` +
      `build time ours / naive = ${(tilesMs / fileMs).toFixed(2)}; archive / file gzip = ${(published.archive.length / fileGzip.length).toFixed(2)}`,
  );
}
