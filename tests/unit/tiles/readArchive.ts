// Reads an archive back with the reference reader (the pmtiles package) and decodes its tiles
// with @mapbox/vector-tile, so the tests check what a map client would really get.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import type { MapPoint } from '../../../supabase/functions/_shared/tiles/buildAssetTiles.ts';

export function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

export const openArchive = (bytes: Uint8Array) => new PMTiles(memorySource(bytes));

export interface DecodedFeature {
  x: number;
  y: number;
  properties: Record<string, string | number | boolean>;
}

/** The features of tile z/x/y's `assets` layer, or undefined when the archive has no such tile. */
export async function readTile(archive: PMTiles, z: number, x: number, y: number): Promise<{ extent: number; features: DecodedFeature[] } | undefined> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return undefined;
  const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers.assets;
  const features: DecodedFeature[] = [];
  for (let i = 0; i < layer.length; i++) {
    const f = layer.feature(i);
    const [[point]] = f.loadGeometry();
    features.push({ x: point.x, y: point.y, properties: f.properties as DecodedFeature['properties'] });
  }
  return { extent: layer.extent, features };
}

/** Features whose point lies in the tile itself, not in the buffer it shares with its neighbours. */
export const ownFeatures = (tile: { extent: number; features: DecodedFeature[] }) =>
  tile.features.filter((f) => f.x >= 0 && f.y >= 0 && f.x < tile.extent && f.y < tile.extent);

export function tileOf(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return [Math.floor((lng / 360 + 0.5) * n), Math.floor(y * n)];
}

/** Every tile at zoom z that holds one of the points. */
export function tilesHolding(points: readonly Pick<MapPoint, 'lng' | 'lat'>[], z: number): [number, number][] {
  const keys = new Map<string, [number, number]>();
  for (const p of points) {
    const t = tileOf(p.lng, p.lat, z);
    keys.set(t.join('/'), t);
  }
  return [...keys.values()];
}
