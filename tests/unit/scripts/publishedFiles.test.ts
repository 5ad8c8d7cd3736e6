// The build's published.json (scripts/publishedFiles.ts): below the tiles threshold exactly the
// file it always was; above it a pointer and the archive it names, consistent with each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from '../../sql/db';
import { rpc } from '../../sql/as';
import { writePublishedFiles } from '../../../scripts/publishedFiles';
import type { AssetCollection } from '../../../src/domain/types';
import { openArchive, ownFeatures, readTile, tilesHolding } from '../tiles/readArchive';

let db: PGlite;
let out: string;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
  out = mkdtempSync(join(tmpdir(), 'cg-published-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const readJson = () => JSON.parse(readFileSync(join(out, 'published.json'), 'utf8')) as AssetCollection;

describe('writePublishedFiles', () => {
  it('below the threshold writes api.published_assets() as residents get it, byte for byte, and no archive', async () => {
    const residents = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    const result = await writePublishedFiles(db, out, 20_000);
    expect(result).toEqual({ count: residents.features.length, tilesUrl: null });
    expect(readFileSync(join(out, 'published.json'), 'utf8')).toBe(JSON.stringify(residents));
    expect(existsSync(join(out, 'tiles'))).toBe(false);
  });

  it('above it writes the archive under its hash and a pointer naming it, with every listing in the tiles', async () => {
    const residents = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    mkdirSync(join(out, 'tiles'), { recursive: true });
    writeFileSync(join(out, 'tiles', 'stale.pmtiles'), 'an archive from an earlier build');
    const result = await writePublishedFiles(db, out, 0);
    const pointer = readJson();
    expect(result).toEqual({ count: residents.features.length, tilesUrl: pointer.tiles!.url });
    expect(pointer).toMatchObject({
      type: 'FeatureCollection',
      features: [],
      categories: residents.categories,
      tiles: { count: residents.features.length, minzoom: 0, maxzoom: 15 },
    });
    const archive = readFileSync(join(out, pointer.tiles!.url));
    expect(pointer.tiles!.url).toBe(`tiles/${createHash('sha256').update(archive).digest('hex')}.pmtiles`);
    // Only the archive the pointer names is left; no temporary files either.
    expect(readdirSync(join(out, 'tiles'))).toEqual([pointer.tiles!.url.slice('tiles/'.length)]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const header = await openArchive(new Uint8Array(archive)).getHeader();
    const lngs = residents.features.map((f) => f.geometry.coordinates[0]);
    expect(pointer.tiles!.bounds[0]).toBe(Math.min(...lngs));
    expect(header.minLon).toBeCloseTo(pointer.tiles!.bounds[0], 6);
    const reader = openArchive(new Uint8Array(archive));
    const found: string[] = [];
    const points = residents.features.map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
    for (const [x, y] of tilesHolding(points, 15)) found.push(...ownFeatures((await readTile(reader, 15, x, y))!).map((f) => String(f.properties.uuid)));
    expect(found.sort()).toEqual(residents.features.map((f) => f.properties.id).sort());
  });

  it('going back below the threshold writes the full file again and removes the archive', async () => {
    await writePublishedFiles(db, out, 20_000);
    expect(readJson().tiles).toBeUndefined();
    expect(readdirSync(join(out, 'tiles'))).toEqual([]);
  });
});
