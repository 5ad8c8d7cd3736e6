// The published listings as a PMTiles archive of vector tiles, for regions too big for one
// GeoJSON file. Clusters are worked out here, at publish time, with the same supercluster
// settings MapLibre's GeoJSON source uses, so the map looks as it does with published.json.

import Supercluster from 'supercluster';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { gzip } from './gzip.ts';
import { tileId } from './hilbert.ts';
import { type ArchiveTile, writePmtiles } from './pmtilesWriter.ts';

export interface MapPoint {
  /** The listing's uuid. */
  id: string;
  lng: number;
  lat: number;
  name: string;
  /** The top-level category slug of the listing's first category. */
  primary: string;
  kind: string;
  /** private_address: the point is a general area's centre, drawn as an area. */
  area: boolean;
}

export type TilePhase = 'cluster' | 'encode' | 'archive';

export interface AssetTilesOptions {
  /** Hears how long each phase took, in milliseconds (the bench prints them). */
  onPhase?: (phase: TilePhase, ms: number) => void;
  /** Passed to the writer; tests lower it to see leaf directories. */
  rootLimit?: number;
}

export interface AssetTiles {
  bytes: Uint8Array<ArrayBuffer>;
  tiles: number;
  bounds: [number, number, number, number];
  minzoom: 0;
  maxzoom: number;
}

export const TILE_LAYER = 'assets';
export const TILE_EXTENT = 4096;
export const TILES_MAXZOOM = 15;
/** Every listing stands alone at TILES_MAXZOOM. */
const CLUSTER_MAXZOOM = TILES_MAXZOOM - 1;
/** MapLibre's clusterRadius is in pixels of a 512-pixel tile; supercluster's radius is in `extent` units. */
const CLUSTER_RADIUS_PX = 50;
const TILE_SIZE_PX = 512;
const GZIP_BATCH = 64;
const WORLD: [number, number, number, number] = [-180, -85.051129, 180, 85.051129];

interface PointProps {
  uuid: string;
  name: string;
  primary: string;
  kind: string;
  area: boolean;
}

function checkPoint(p: MapPoint, i: number) {
  const where = `Map point ${i} (${typeof p?.id === 'string' ? p.id : 'no id'})`;
  if (typeof p?.id !== 'string' || p.id === '') throw new Error(`${where}: id must be the listing's uuid`);
  if (!Number.isFinite(p.lng) || p.lng < -180 || p.lng > 180) throw new Error(`${where}: lng must be a number from -180 to 180 (got ${p.lng})`);
  if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90) throw new Error(`${where}: lat must be a number from -90 to 90 (got ${p.lat})`);
  for (const field of ['name', 'primary', 'kind'] as const) {
    if (typeof p[field] !== 'string') throw new Error(`${where}: ${field} must be a string`);
  }
}

// Web Mercator, as supercluster projects: x and y from 0 to 1 across the world.
const lngX = (lng: number) => lng / 360 + 0.5;
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

/**
 * The tiles at zoom z with anything in them: each cluster or point's own tile, and a neighbour
 * when it lies within the buffer getTile draws around that neighbour (so a marker on an edge is
 * not cut off). Keys are x * 2^z + y.
 */
function occupiedTiles(index: Supercluster<PointProps>, z: number, buffer: number): Set<number> {
  const n = 2 ** z;
  const keys = new Set<number>();
  for (const f of index.getClusters([-180, -90, 180, 90], z)) {
    const [lng, lat] = f.geometry.coordinates;
    const fx = lngX(lng) * n;
    const fy = latY(lat) * n;
    const x0 = Math.max(0, Math.floor(fx - buffer));
    const x1 = Math.min(n - 1, Math.floor(fx + buffer));
    const y0 = Math.max(0, Math.floor(fy - buffer));
    const y1 = Math.min(n - 1, Math.floor(fy + buffer));
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.add(x * n + y);
  }
  return keys;
}

/** A tile's features with the properties the map reads: listings as they are, clusters with their count and expansion zoom. */
function tileFeatures(tile: { features: { tags: Record<string, unknown> }[] }, expansionZoom: (clusterId: number) => number) {
  for (const f of tile.features) {
    const t = f.tags;
    if (t.cluster === true) {
      f.tags = {
        cluster: true,
        point_count: t.point_count,
        point_count_abbreviated: t.point_count_abbreviated,
        expansion_zoom: expansionZoom(t.cluster_id as number),
      };
    }
  }
  return tile;
}

function centreOf(bounds: [number, number, number, number]): [number, number, number] {
  const [w, s, e, n] = bounds;
  const span = Math.max(e - w, n - s, 1e-9);
  const zoom = Math.max(0, Math.min(TILES_MAXZOOM, Math.floor(Math.log2(360 / span))));
  return [(w + e) / 2, (s + n) / 2, zoom];
}

function boundsOf(points: MapPoint[]): [number, number, number, number] {
  if (points.length === 0) return WORLD;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (p.lng < w) w = p.lng;
    if (p.lng > e) e = p.lng;
    if (p.lat < s) s = p.lat;
    if (p.lat > n) n = p.lat;
  }
  return [w, s, e, n];
}

const VECTOR_LAYER = {
  id: TILE_LAYER,
  description: 'Published listings; below zoom 15 nearby ones are clustered',
  minzoom: 0,
  maxzoom: TILES_MAXZOOM,
  fields: {
    uuid: 'String',
    name: 'String',
    primary: 'String',
    kind: 'String',
    area: 'Boolean',
    cluster: 'Boolean',
    point_count: 'Number',
    point_count_abbreviated: 'String',
    expansion_zoom: 'Number',
  },
};

export async function buildAssetTiles(points: MapPoint[], options: AssetTilesOptions = {}): Promise<AssetTiles> {
  points.forEach(checkPoint);
  let started = performance.now();
  const lap = (phase: TilePhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - started);
    started = now;
  };

  const radius = CLUSTER_RADIUS_PX * (TILE_EXTENT / TILE_SIZE_PX);
  const index = new Supercluster<PointProps>({ radius, extent: TILE_EXTENT, maxZoom: CLUSTER_MAXZOOM });
  index.load(
    points.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
      properties: { uuid: p.id, name: p.name, primary: p.primary, kind: p.kind, area: p.area === true },
    })),
  );
  lap('cluster');

  const expansion = new Map<number, number>();
  const expansionZoom = (clusterId: number) => {
    let zoom = expansion.get(clusterId);
    if (zoom === undefined) expansion.set(clusterId, (zoom = index.getClusterExpansionZoom(clusterId)));
    return zoom;
  };
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= TILES_MAXZOOM; z++) {
    const n = 2 ** z;
    const wanted = [...occupiedTiles(index, z, radius / TILE_EXTENT)].map((key) => {
      const x = Math.floor(key / n);
      const y = key % n;
      return { id: tileId(z, x, y), x, y };
    });
    wanted.sort((a, b) => a.id - b.id);
    const encoded: Promise<ArchiveTile>[] = [];
    for (const { id, x, y } of wanted) {
      const tile = index.getTile(z, x, y);
      if (!tile) continue;
      const layer = tileFeatures(tile as unknown as Parameters<typeof tileFeatures>[0], expansionZoom);
      const pbf = fromGeojsonVt({ [TILE_LAYER]: layer } as unknown as Parameters<typeof fromGeojsonVt>[0], { version: 2, extent: TILE_EXTENT });
      encoded.push(gzip(pbf).then((data) => ({ id, data })));
      // A few gzips at once: each is cheap, and waiting on them one by one costs more than the work.
      if (encoded.length === GZIP_BATCH) tiles.push(...(await Promise.all(encoded.splice(0))));
    }
    tiles.push(...(await Promise.all(encoded)));
  }
  lap('encode');

  const bounds = boundsOf(points);
  const bytes = await writePmtiles(tiles, {
    minzoom: 0,
    maxzoom: TILES_MAXZOOM,
    bounds,
    center: centreOf(bounds),
    metadata: { name: 'Common Ground listings', format: 'pbf', type: 'overlay', count: points.length, vector_layers: [VECTOR_LAYER] },
    rootLimit: options.rootLimit,
  });
  lap('archive');
  return { bytes, tiles: tiles.length, bounds, minzoom: 0, maxzoom: TILES_MAXZOOM };
}
