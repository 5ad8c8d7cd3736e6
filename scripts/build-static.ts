// Writes public/generated/: what the built app serves beside its code.
// - published.json: the published assets as one GeoJSON file (residents read it first), or for
//   more than CG_TILES_ABOVE listings a pointer to tiles/<sha256>.pmtiles (scripts/publishedFiles.ts)
// - db-snapshot.tar.gz: a PGlite data directory with migrations and seed applied, so a browser's
//   first start loads it instead of running initdb and the SQL (docs/decisions/0004-local-start-from-snapshot.md)
// - categories.json (the migrations' taxonomy), boundaries.json (borough, wards and place-name points for the offline
//   basemap), glyphs/ (the font its labels are drawn in), areas-*.json, postcodes.csv (the
//   offline geocoder's table), seed.sql (fallback for a dev server)
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS } from '../src/backend/local/extensions';
import { OPFS_POOL, OPFS_POOL_HEADROOM } from '../src/backend/local/storage';
import { applyMigrations } from '../src/backend/local/migrate';
import { readMigrations, readSeed, repoRoot as root } from './localDatabase';
import { writeGlyphs } from './glyphs/writeGlyphs';
import { mapLabelFeatures } from './mapLabels';
import { parsePostcodesCsv } from './sample/files';
import { TOWNS } from './sample/towns';
import { writePublishedFiles } from './publishedFiles';
import { readTilesAbove } from '../supabase/functions/_shared/tiles/publishTiles.ts';

const out = join(root, 'public/generated');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

async function main() {
  const tilesAbove = readTilesAbove('CG_TILES_ABOVE', process.env.CG_TILES_ABOVE);
  const started = performance.now();
  mkdirSync(out, { recursive: true });

  const borough = JSON.parse(read('data/borough.geojson'));
  const wards = JSON.parse(read('data/areas/wards.geojson'));
  const boroughFeatures = borough.type === 'FeatureCollection' ? borough.features : [borough];
  const boundaries = {
    type: 'FeatureCollection',
    features: [
      ...boroughFeatures.map((f: GeoJSON.Feature) => ({ ...f, properties: { kind: 'borough' } })),
      ...wards.features.map((f: GeoJSON.Feature) => ({ ...f, properties: { kind: 'ward', name: f.properties?.name } })),
      ...mapLabelFeatures(TOWNS, wards.features, parsePostcodesCsv(read('data/postcodes.csv'))),
    ],
  };
  writeFileSync(join(out, 'boundaries.json'), JSON.stringify(boundaries));
  const glyphBytes = writeGlyphs(join(out, 'glyphs'));
  writeFileSync(join(out, 'borough.json'), JSON.stringify(borough));
  copyFileSync(join(root, 'data/areas/wards.geojson'), join(out, 'areas-ward.json'));
  copyFileSync(join(root, 'data/areas/lsoas.geojson'), join(out, 'areas-lsoa.json'));
  copyFileSync(join(root, 'data/postcodes.csv'), join(out, 'postcodes.csv'));
  copyFileSync(join(root, 'supabase/demo/seed.sql'), join(out, 'seed.sql'));

  const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  await applyMigrations(db, readMigrations());
  await db.exec(readSeed());
  const published = await writePublishedFiles(db, out, tilesAbove);
  // The taxonomy as the migrations define it, for a page that has no published file yet.
  const categories = (await db.query<{ c: unknown }>('select api.categories() as c')).rows[0].c;
  writeFileSync(join(out, 'categories.json'), JSON.stringify(categories));
  await db.exec('checkpoint');
  const snapshot = await db.dumpDataDir('gzip');
  const snapshotBytes = Buffer.from(await snapshot.arrayBuffer());
  writeFileSync(join(out, 'db-snapshot.tar.gz'), snapshotBytes);
  await db.close();
  // A browser's new copy takes one OPFS pool file per snapshot file: a snapshot that outgrows the
  // pool would fail every first start with "No more file handles available in the pool".
  const files = countTarFiles(gunzipSync(snapshotBytes));
  if (files + OPFS_POOL_HEADROOM > OPFS_POOL.initial) {
    throw new Error(
      `The database snapshot has ${files} files, too many for the browser's pool of ${OPFS_POOL.initial} (with ${OPFS_POOL_HEADROOM} to spare): raise OPFS_POOL.initial in src/backend/local/storage.ts.`,
    );
  }
  console.log(
    `public/generated: ${published.count} published assets${published.tilesUrl ? ` (as tiles: ${published.tilesUrl})` : ''}, snapshot ${(snapshot.size / 1e6).toFixed(1)} MB (${files} files), ` +
      `glyphs ${(Object.values(glyphBytes).reduce((a, b) => a + b, 0) / 1000).toFixed(0)} kB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Regular files in a tar archive (ustar: 512-byte headers, type '0' or NUL, octal sizes). */
function countTarFiles(tar: Buffer): number {
  let files = 0;
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0;) {
    const size = parseInt(
      tar
        .toString('latin1', at + 124, at + 136)
        .replace(/\0.*$/, '')
        .trim() || '0',
      8,
    );
    const type = tar[at + 156];
    if (type === 0x30 || type === 0) files++;
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
