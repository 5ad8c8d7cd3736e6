import { describe, expect, it } from 'vitest';
import { buildAssetTiles, type MapPoint } from '../../../supabase/functions/_shared/tiles/buildAssetTiles.ts';
import { REGION_BBOX, regionAssets } from '../../bench/regionAssets';
import { openArchive, ownFeatures, readTile, tileOf, tilesHolding } from './readArchive';

function regionPoints(n: number): MapPoint[] {
  return regionAssets(n).map((f, i) => ({
    id: f.properties.id,
    lng: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    name: f.properties.name,
    primary: f.properties.categories[0] ?? '',
    kind: f.properties.kind,
    area: i % 7 === 0,
  }));
}

/** Every listing found in the archive's maxzoom tiles, counted by uuid. */
async function listingsAtMaxzoom(bytes: Uint8Array, points: MapPoint[], maxzoom: number) {
  const archive = openArchive(bytes);
  const seen = new Map<string, number>();
  for (const [x, y] of tilesHolding(points, maxzoom)) {
    const tile = await readTile(archive, maxzoom, x, y);
    for (const f of ownFeatures(tile!)) seen.set(String(f.properties.uuid), (seen.get(String(f.properties.uuid)) ?? 0) + 1);
  }
  return seen;
}

describe('buildAssetTiles', () => {
  const points = regionPoints(3000);
  const built = buildAssetTiles(points);

  it('writes a PMTiles v3 header the reference reader accepts: MVT, gzip, clustered, zooms 0 to 15, the listings’ bounds', async () => {
    const { bytes, tiles, bounds, minzoom, maxzoom } = await built;
    const header = await openArchive(bytes).getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(1);
    expect(header.tileCompression).toBe(2);
    expect(header.internalCompression).toBe(2);
    expect(header.clustered).toBe(true);
    expect([header.minZoom, header.maxZoom, minzoom, maxzoom]).toEqual([0, 15, 0, 15]);
    expect(header.numAddressedTiles).toBe(tiles);
    const lngs = points.map((p) => p.lng);
    const lats = points.map((p) => p.lat);
    expect(bounds).toEqual([Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat].map((d) => d.toFixed(5))).toEqual(bounds.map((d) => d.toFixed(5)));
    for (const d of bounds) expect(d).toBeGreaterThanOrEqual(Math.min(...REGION_BBOX) - 1);
  });

  it('describes the assets layer and its fields in the metadata', async () => {
    const metadata = (await openArchive((await built).bytes).getMetadata()) as { vector_layers: { id: string; fields: Record<string, string> }[] };
    expect(metadata.vector_layers).toHaveLength(1);
    expect(metadata.vector_layers[0].id).toBe('assets');
    expect(Object.keys(metadata.vector_layers[0].fields)).toEqual(
      expect.arrayContaining(['uuid', 'name', 'primary', 'kind', 'area', 'cluster', 'point_count', 'point_count_abbreviated', 'expansion_zoom']),
    );
  });

  it('has every listing exactly once at maxzoom, unclustered, with its own properties', async () => {
    const { bytes } = await built;
    const seen = await listingsAtMaxzoom(bytes, points, 15);
    expect(seen.size).toBe(points.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const [first] = points;
    const tile = await readTile(openArchive(bytes), 15, ...tileOf(first.lng, first.lat, 15));
    const feature = tile!.features.find((f) => f.properties.uuid === first.id)!;
    expect(feature.properties).toEqual({ uuid: first.id, name: first.name, primary: first.primary, kind: first.kind, area: true });
    expect(tile!.extent).toBe(4096);
  });

  it('clusters at low zooms: the counts sum to the total, are abbreviated as MapLibre does, and expand at a deeper zoom', async () => {
    const archive = openArchive((await built).bytes);
    const z = 5;
    let total = 0;
    for (const [x, y] of tilesHolding(points, z)) {
      const tile = await readTile(archive, z, x, y);
      for (const f of ownFeatures(tile!)) {
        if (f.properties.cluster) {
          expect(f.properties.expansion_zoom).toBeGreaterThan(z);
          expect(f.properties.point_count_abbreviated).toBe(abbreviate(Number(f.properties.point_count)));
          total += Number(f.properties.point_count);
        } else total++;
      }
    }
    expect(total).toBe(points.length);
  });

  it('returns nothing (and does not throw) for a tile over empty sea', async () => {
    const archive = openArchive((await built).bytes);
    expect(await archive.getZxy(9, ...tileOf(-30, 45, 9))).toBeUndefined();
    expect(await archive.getZxy(15, 0, 0)).toBeUndefined();
  });

  it('writes a valid archive with no tiles for no listings', async () => {
    const empty = await buildAssetTiles([]);
    expect(empty.tiles).toBe(0);
    const archive = openArchive(empty.bytes);
    const header = await archive.getHeader();
    expect([header.numAddressedTiles, header.numTileEntries, header.numTileContents]).toEqual([0, 0, 0]);
    expect(await archive.getZxy(0, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toMatchObject({ vector_layers: [{ id: 'assets' }] });
  });

  it('round-trips hostile names: quotes, markup, a 10,000-character string, emoji', async () => {
    const names = ['"quoted" \'single\' `back`', '<script>alert(1)</script>', 'x'.repeat(10_000), 'Café 🍲👩🏽‍🍳 \u0000 \\n', ''];
    const hostile: MapPoint[] = names.map((name, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      lng: -2.6 + i * 0.01,
      lat: 53.5,
      name,
      primary: 'food',
      kind: 'service',
      area: false,
    }));
    const { bytes } = await buildAssetTiles(hostile);
    const archive = openArchive(bytes);
    for (const p of hostile) {
      const tile = await readTile(archive, 15, ...tileOf(p.lng, p.lat, 15));
      expect(tile!.features.find((f) => f.properties.uuid === p.id)?.properties.name).toBe(p.name);
    }
  });

  it('refuses a point without usable coordinates or id, naming it', async () => {
    const good: MapPoint = { id: 'a', lng: -2.6, lat: 53.5, name: 'n', primary: 'food', kind: 'service', area: false };
    await expect(buildAssetTiles([{ ...good, lat: Number.NaN }])).rejects.toThrow('Map point 0 (a): lat must be a number from -90 to 90 (got NaN)');
    await expect(buildAssetTiles([good, { ...good, lng: 200 }])).rejects.toThrow('Map point 1 (a): lng must be a number from -180 to 180');
    await expect(buildAssetTiles([{ ...good, id: '' }])).rejects.toThrow("id must be the listing's uuid");
    await expect(buildAssetTiles([{ ...good, name: null as unknown as string }])).rejects.toThrow('name must be a string');
  });
});

describe('buildAssetTiles for a region', () => {
  const points = regionPoints(50_000);
  const natural = buildAssetTiles(points);

  it('keeps 50,000 listings in one root directory within the first 16 KiB (tiles grow with area, not listings)', async () => {
    const header = await openArchive((await natural).bytes).getHeader();
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(16_384 - 127);
    expect(header.leafDirectoryLength).toBe(0);
  });

  it('moves the entries to leaf directories when the root would be too big, and every listing is still found', async () => {
    const { bytes, tiles } = await buildAssetTiles(points, { rootLimit: 2000 });
    expect(tiles).toBe((await natural).tiles);
    const header = await openArchive(bytes).getHeader();
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(2000);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    const seen = await listingsAtMaxzoom(bytes, points, 15);
    expect(seen.size).toBe(points.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});

/** MapLibre's GeoJSON clusters (supercluster): 999, 1.2k, 35k. */
function abbreviate(count: number): string | number {
  return count >= 10000 ? `${Math.round(count / 1000)}k` : count >= 1000 ? `${Math.round(count / 100) / 10}k` : count;
}
