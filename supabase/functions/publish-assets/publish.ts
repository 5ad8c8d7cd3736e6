// One publish run: claim, read, upload when the file changed, record. Everything it needs comes
// in as arguments, so the handler stays thin and the steps stay testable.
//
// Above `tilesAbove` published listings the file becomes a pointer to a tile archive. The
// archive is uploaded first, under a name made of its own hash, and the pointer only after it
// is stored: a run that fails midway leaves the old pointer and the archive it names serving.

import { publishedBody, type PublishedBody } from './body.ts';
import type { PublishDb, PublishTx } from './database.ts';
import { shouldRead, shouldUpload } from './decide.ts';
import type { UploadResult } from './storage.ts';
import { mapPointOf, publishTiles, useTiles, type TilesPublication } from '../_shared/tiles/publishTiles.ts';

export interface TilesSummary {
  /** The archive's path, relative to published.json. */
  url: string;
  count: number;
  tiles: number;
  archiveBytes: number;
}

export type PublishResult =
  | { status: 'busy' }
  | { status: 'not_due' }
  | { status: 'unchanged'; changeStamp: string; current: boolean }
  | { status: 'published'; changeStamp: string; current: boolean; bytes: number; sha256: string; createdBucket: boolean; tiles?: TilesSummary }
  | { status: 'failed'; error: string };

export interface PublishDeps {
  db: PublishDb;
  /** Replaces published.json. */
  upload(body: Uint8Array<ArrayBuffer>): Promise<UploadResult>;
  /** Stores a tile archive at `path`, relative to published.json. */
  uploadArchive(path: string, body: Uint8Array<ArrayBuffer>): Promise<UploadResult>;
  tilesAbove: number;
}

/** published.json's bytes, and in tiles mode the archive they point at. */
async function readBody(tx: PublishTx, tilesAbove: number): Promise<{ body: PublishedBody; tiles: TilesPublication | null }> {
  if (!useTiles(await tx.countPublished(), tilesAbove)) return { body: await publishedBody(await tx.readPublished()), tiles: null };
  const points = (await tx.readMapPoints()).map(mapPointOf);
  const tiles = await publishTiles(points, await tx.readCategories());
  return { body: await publishedBody(tiles.pointer), tiles };
}

export async function publish(deps: PublishDeps, options: { force: boolean }): Promise<PublishResult> {
  const result = await deps.db.inTransaction(async (tx): Promise<PublishResult> => {
    const claim = await tx.claim(options.force);
    if (claim.outcome === 'busy' || claim.outcome === 'not_due') return { status: claim.outcome };
    if (!shouldRead(claim) || claim.changeStamp === null) return { status: 'not_due' };

    const { body, tiles } = await readBody(tx, deps.tilesAbove);
    if (!shouldUpload(claim, body.sha256)) {
      return { status: 'unchanged', changeStamp: claim.changeStamp, current: await tx.record(claim.changeStamp, body.sha256) };
    }
    let createdBucket = false;
    if (tiles) {
      const stored = await deps.uploadArchive(tiles.archivePath, tiles.archive);
      // The pointer is not touched: the previous one and its archive keep serving.
      if (!stored.ok) return { status: 'failed', error: `Uploading the tile archive ${tiles.archivePath}: ${stored.message}` };
      createdBucket = stored.createdBucket;
    }
    const uploaded = await deps.upload(body.bytes);
    // Nothing is recorded on failure: the state stays due and the next run tries again.
    if (!uploaded.ok) return { status: 'failed', error: uploaded.message };
    return {
      status: 'published',
      changeStamp: claim.changeStamp,
      current: await tx.record(claim.changeStamp, body.sha256),
      bytes: body.bytes.length,
      sha256: body.sha256,
      createdBucket: createdBucket || uploaded.createdBucket,
      ...(tiles && {
        tiles: { url: tiles.archivePath, count: JSON.parse(tiles.pointer).tiles.count, tiles: tiles.tiles, archiveBytes: tiles.archive.length },
      }),
    };
  });
  if (result.status === 'failed') await deps.db.recordFailure(result.error);
  return result;
}
