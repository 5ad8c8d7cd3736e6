// What a publish writes in tiles mode, for the build script and the Edge Function alike: the
// archive under its content-addressed name, and the small published.json that points at it.
// The archive must be stored before the pointer replaces the old one (docs/TILES.md).

import { sha256Hex } from '../sha256.ts';
import { buildAssetTiles, type AssetTilesOptions, type MapPoint } from './buildAssetTiles.ts';

/** Above this many published listings the map reads tiles instead of one published.json. */
export const DEFAULT_TILES_ABOVE = 20_000;

/** The threshold from an environment variable: unset means the default, anything but a whole number ≥ 0 is refused. */
export function readTilesAbove(name: string, raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_TILES_ABOVE;
  const value = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number of listings, 0 or more (got "${raw}")`);
  return value;
}

export const useTiles = (publishedCount: number, tilesAbove: number) => publishedCount > tilesAbove;

export interface TilesPublication {
  /** Where the archive goes, relative to published.json: tiles/<sha256>.pmtiles */
  archivePath: string;
  archive: Uint8Array<ArrayBuffer>;
  /** published.json's text in tiles mode. */
  pointer: string;
  tiles: number;
}

/** The mapping from the database's lean rows (private.published_map_points) to map points. */
export interface MapPointRow {
  id: string;
  lng: number;
  lat: number;
  name: string;
  primary_category: string;
  kind: string;
  area: boolean;
}

export const mapPointOf = (r: MapPointRow): MapPoint => ({
  id: r.id,
  lng: Number(r.lng),
  lat: Number(r.lat),
  name: r.name,
  primary: r.primary_category,
  kind: r.kind,
  area: r.area === true,
});

/** `categories`: the taxonomy as api.categories() gives it, kept in the pointer so the app needs nothing else first. */
export async function publishTiles(points: MapPoint[], categories: unknown, options?: AssetTilesOptions): Promise<TilesPublication> {
  const built = await buildAssetTiles(points, options);
  const archivePath = `tiles/${await sha256Hex(built.bytes)}.pmtiles`;
  const pointer = JSON.stringify({
    type: 'FeatureCollection',
    features: [],
    categories,
    tiles: { url: archivePath, count: points.length, bounds: built.bounds, minzoom: built.minzoom, maxzoom: built.maxzoom },
  });
  return { archivePath, archive: built.bytes, pointer, tiles: built.tiles };
}
