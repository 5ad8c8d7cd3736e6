// Seeded listings for a city region: the synthetic Wigan listings (syntheticAssets) spread over
// the ten Greater Manchester boroughs, with UUID ids so they can go into Postgres. Every tenth
// listing stays in Wigan, where the planted typo targets are, so the search quality probes keep
// their meaning at any size. The same n and seed always give the same listings.
import type { AssetFeature } from '../../src/domain/types';
import { syntheticAssets, TYPO_CASES } from '../unit/domain/fixtures/syntheticAssets';

/** Approximate town-centre points (lat, lng); the first is Wigan, where syntheticAssets is centred. */
export const REGION_CENTRES: readonly { name: string; lat: number; lng: number }[] = [
  { name: 'Wigan', lat: 53.54, lng: -2.63 },
  { name: 'Bolton', lat: 53.578, lng: -2.429 },
  { name: 'Bury', lat: 53.593, lng: -2.298 },
  { name: 'Rochdale', lat: 53.616, lng: -2.155 },
  { name: 'Oldham', lat: 53.541, lng: -2.111 },
  { name: 'Tameside', lat: 53.489, lng: -2.094 },
  { name: 'Stockport', lat: 53.409, lng: -2.157 },
  { name: 'Trafford', lat: 53.425, lng: -2.335 },
  { name: 'Manchester', lat: 53.48, lng: -2.242 },
  { name: 'Salford', lat: 53.488, lng: -2.29 },
];

/** The box the region's listings fall in: [west, south, east, north]. */
export const REGION_BBOX: readonly [number, number, number, number] = [-2.79, 53.33, -1.93, 53.7];

/** A v4-shaped UUID for listing i of a seed: readable, and the same every run. */
export function regionUuid(seed: number, i: number): string {
  return `${seed.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** The planted typo targets' ids in a region set (syntheticAssets calls them e.g. "target-food-bank"). */
export function regionTargetId(seed: number, target: string): string {
  const k = [...new Set(TYPO_CASES.map((c) => c.target))].indexOf(target);
  if (k < 0) throw new Error(`No planted target ${target}`);
  return regionUuid(seed + 1, k);
}

export function regionAssets(n: number, seed = 1): AssetFeature[] {
  const targets = [...new Set(TYPO_CASES.map((c) => c.target))];
  const home = REGION_CENTRES[0];
  return syntheticAssets(n, seed, { targets: true }).map((f, i) => {
    const planted = targets.indexOf(f.properties.id);
    // Targets stay in Wigan; the rest go round the boroughs in turn.
    const centre = planted >= 0 ? home : REGION_CENTRES[i % REGION_CENTRES.length];
    const [lng, lat] = f.geometry.coordinates;
    return {
      ...f,
      geometry: { type: 'Point', coordinates: [round6(lng - home.lng + centre.lng), round6(lat - home.lat + centre.lat)] },
      properties: { ...f.properties, id: planted >= 0 ? regionUuid(seed + 1, planted) : regionUuid(seed, i) },
    };
  });
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
