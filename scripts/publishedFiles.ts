// Writes public/generated/published.json as a publish does: the whole published set as one
// GeoJSON file, or, above the tiles threshold (CG_TILES_ABOVE, 20000 unless set), a pointer to a
// tile archive in tiles/<sha256>.pmtiles. Each file is written under a temporary name and renamed
// into place, the archive before the pointer, so a build killed midway never leaves a pointer to
// a missing archive. Archives no pointer names any more are removed afterwards.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { mapPointOf, publishTiles, useTiles, type MapPointRow } from '../supabase/functions/_shared/tiles/publishTiles.ts';

export interface PublishedFilesResult {
  /** Listings published. */
  count: number;
  /** The archive's path relative to published.json, in tiles mode. */
  tilesUrl: string | null;
}

function writeAtomically(path: string, body: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, path);
}

/** Everything api.published_assets() gives a resident (anon). */
async function readPublished(db: PGlite): Promise<unknown> {
  return db.transaction(async (tx) => {
    await tx.exec('set local role anon');
    await tx.query(`select set_config('request.jwt.claims', '{"role":"anon"}', true)`);
    return (await tx.query<{ r: unknown }>('select api.published_assets() as r')).rows[0].r;
  });
}

function removeArchivesExcept(tilesDir: string, keep: string | null) {
  let names: string[];
  try {
    names = readdirSync(tilesDir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.pmtiles') && `tiles/${name}` !== keep) rmSync(join(tilesDir, name));
}

export async function writePublishedFiles(db: PGlite, outDir: string, tilesAbove: number): Promise<PublishedFilesResult> {
  const tilesDir = join(outDir, 'tiles');
  const count = Number((await db.query<{ n: string }>('select private.published_count() as n')).rows[0].n);
  if (!useTiles(count, tilesAbove)) {
    writeAtomically(join(outDir, 'published.json'), JSON.stringify(await readPublished(db)));
    removeArchivesExcept(tilesDir, null);
    return { count, tilesUrl: null };
  }
  const rows = (await db.query<MapPointRow>('select id::text, lng, lat, name, primary_category, kind, area from private.published_map_points()')).rows;
  const categories = (await db.query<{ c: unknown }>('select api.categories() as c')).rows[0].c;
  const tiles = await publishTiles(rows.map(mapPointOf), categories);
  mkdirSync(tilesDir, { recursive: true });
  writeAtomically(join(outDir, tiles.archivePath), tiles.archive);
  writeAtomically(join(outDir, 'published.json'), tiles.pointer);
  removeArchivesExcept(tilesDir, tiles.archivePath);
  return { count: rows.length, tilesUrl: tiles.archivePath };
}
