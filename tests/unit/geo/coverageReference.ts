// Independent reference figures for "people within reach", per ward, computed the plain way with
// none of the product's code (no lattice, no scanlines, no bucket index): Turf point-in-polygon,
// a kdbush box query and the haversine distance. Two population models:
//   - postcodes: each LSOA's people shared equally over the postcodes inside it (the product's
//     method, so its figures must agree to within rounding);
//   - area25: each LSOA's people spread evenly over its area, sampled on a 25 m grid (the
//     "fine area-weighted" computation the issue measured the old grid against).
// Both count a person in the ward polygon holding the point they are placed at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import KDBush from 'kdbush';
import type { AreaCollection, AreaFeature } from '../../../src/domain/types.ts';
import type { OutlineFeature } from '../../../src/geo/hexLattice.ts';

export const repoDir = join(import.meta.dirname, '../../..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(repoDir, path), 'utf8')) as T;

export interface RealBorough {
  outline: OutlineFeature;
  lsoas: AreaCollection;
  wards: AreaCollection;
  /** [lng, lat] of every postcode in data/postcodes.csv. */
  postcodes: [number, number][];
}

export function readRealBorough(): RealBorough {
  const lines = readFileSync(join(repoDir, 'data/postcodes.csv'), 'utf8').trim().split('\n').slice(1);
  return {
    outline: readJson<OutlineFeature>('data/borough.geojson'),
    lsoas: readJson<AreaCollection>('data/areas/lsoas.geojson'),
    wards: readJson<AreaCollection>('data/areas/wards.geojson'),
    postcodes: lines.map((l) => {
      const [, lat, lng] = l.split(',');
      return [Number(lng), Number(lat)];
    }),
  };
}

const R = 6371008.8;
const RAD = Math.PI / 180;
export function haversine(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD,
    dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

type Boxed = { f: AreaFeature; w: number; s: number; e: number; n: number };
function boxed(areas: AreaCollection): Boxed[] {
  return areas.features.map((f) => {
    let w = Infinity,
      s = Infinity,
      e = -Infinity,
      n = -Infinity;
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    for (const poly of polys)
      for (const ring of poly)
        for (const [x, y] of ring) {
          w = Math.min(w, x);
          e = Math.max(e, x);
          s = Math.min(s, y);
          n = Math.max(n, y);
        }
    return { f, w, s, e, n };
  });
}
function whichArea(list: Boxed[], lng: number, lat: number): number {
  return list.findIndex(
    (b) => lng >= b.w && lng <= b.e && lat >= b.s && lat <= b.n && booleanPointInPolygon([lng, lat], b.f as unknown as Feature<Polygon | MultiPolygon>),
  );
}

/** People placed at points: where, how many, and in which ward (index into wards, -1 none). */
export interface PlacedPeople {
  lng: Float64Array;
  lat: Float64Array;
  people: Float64Array;
  ward: Int32Array;
}

function place(points: [number, number][], lsoas: AreaCollection, wards: AreaCollection, fallback: (a: AreaFeature) => [number, number]): PlacedPeople {
  const lsoaBoxes = boxed(lsoas),
    wardBoxes = boxed(wards);
  const areaOf = points.map(([lng, lat]) => whichArea(lsoaBoxes, lng, lat));
  const per = new Int32Array(lsoas.features.length);
  for (const a of areaOf) if (a >= 0) per[a]++;
  const extra: { at: [number, number]; area: number }[] = [];
  lsoas.features.forEach((f, a) => per[a] === 0 && extra.push({ at: fallback(f), area: a }));
  const all = [...points.map((at, i) => ({ at, area: areaOf[i] })), ...extra].filter((p) => p.area >= 0);
  const wardIndex = new Map(wards.features.map((w, i) => [w.properties.code, i]));
  const out: PlacedPeople = {
    lng: new Float64Array(all.length),
    lat: new Float64Array(all.length),
    people: new Float64Array(all.length),
    ward: new Int32Array(all.length),
  };
  all.forEach((p, i) => {
    const f = lsoas.features[p.area];
    out.lng[i] = p.at[0];
    out.lat[i] = p.at[1];
    out.people[i] = f.properties.population / Math.max(1, per[p.area]);
    const w = whichArea(wardBoxes, p.at[0], p.at[1]);
    out.ward[i] = w >= 0 ? w : (wardIndex.get(f.properties.parent_code ?? '') ?? -1);
  });
  return out;
}

const centreOf = (f: AreaFeature): [number, number] => {
  const b = boxed({ type: 'FeatureCollection', features: [f] })[0];
  return [(b.w + b.e) / 2, (b.s + b.n) / 2];
};

/** Each LSOA's people shared equally over its postcodes (by Turf point-in-polygon). */
export function placeByPostcodes(b: RealBorough): PlacedPeople {
  return place(b.postcodes, b.lsoas, b.wards, centreOf);
}

/** Each LSOA's people spread evenly over a square grid of `spacing` metres (25 m: ~300k points). */
export function placeByArea(b: RealBorough, spacing = 25): PlacedPeople {
  const all = boxed(b.lsoas);
  const w = Math.min(...all.map((x) => x.w)),
    e = Math.max(...all.map((x) => x.e));
  const s = Math.min(...all.map((x) => x.s)),
    n = Math.max(...all.map((x) => x.n));
  const dLat = spacing / (R * RAD),
    dLng = spacing / (R * RAD * Math.cos(((s + n) / 2) * RAD));
  const points: [number, number][] = [];
  for (let lat = s + dLat / 2; lat < n; lat += dLat) for (let lng = w + dLng / 2; lng < e; lng += dLng) points.push([lng, lat]);
  return place(points, b.lsoas, b.wards, centreOf);
}

/** Per ward: people, and people within `threshold` metres (haversine) of any asset. */
export function referenceWards(placed: PlacedPeople, wards: AreaCollection, assets: readonly { lng: number; lat: number }[], threshold = 800) {
  const index = new KDBush(Math.max(1, assets.length));
  for (const a of assets) index.add(a.lng, a.lat);
  if (assets.length === 0) index.add(1000, 1000);
  index.finish();
  const people = new Float64Array(wards.features.length),
    within = new Float64Array(wards.features.length);
  for (let i = 0; i < placed.people.length; i++) {
    const lng = placed.lng[i],
      lat = placed.lat[i],
      w = placed.ward[i];
    if (w < 0) continue;
    people[w] += placed.people[i];
    const dy = (threshold * 1.01) / (R * RAD),
      dx = dy / Math.cos(lat * RAD);
    const near = assets.length ? index.range(lng - dx, lat - dy, lng + dx, lat + dy) : [];
    if (near.some((k) => haversine(lng, lat, assets[k].lng, assets[k].lat) <= threshold)) within[w] += placed.people[i];
  }
  return wards.features.map((f, i) => ({ code: f.properties.code, name: f.properties.name, population: people[i], within: within[i] }));
}

export interface ErrorSummary {
  /** |product − reference| / reference for "people within reach", per ward, as percentages. */
  medianPct: number;
  p90Pct: number;
  maxPct: number;
  worst: { name: string; pct: number; product: number; reference: number };
  /** Wards beyond ±1%. */
  over1: number;
}

export function compareWards(
  product: readonly { code: string; populationWithin: number }[],
  reference: readonly { code: string; name: string; within: number }[],
): ErrorSummary {
  const errs = reference.map((r) => {
    const p = product.find((x) => x.code === r.code)?.populationWithin ?? 0;
    const pct = r.within > 0 ? (100 * (p - r.within)) / r.within : p === 0 ? 0 : Infinity;
    return { name: r.name, pct, product: p, reference: Math.round(r.within) };
  });
  const abs = errs.map((e) => Math.abs(e.pct)).sort((a, b) => a - b);
  const at = (q: number) => abs[Math.min(abs.length - 1, Math.floor(q * abs.length))];
  const worst = errs.reduce((a, b) => (Math.abs(b.pct) > Math.abs(a.pct) ? b : a));
  return { medianPct: at(0.5), p90Pct: at(0.9), maxPct: abs[abs.length - 1], worst, over1: abs.filter((x) => x > 1).length };
}
