// Asset layers shaped like the real ones a planner analyses, over the real borough, all seeded:
//   libraries   15 points at the 15 biggest town centres (Wigan's libraries sit on high streets)
//   gps         60 practices at postcodes drawn at random (so, like surgeries, where people live)
//   food        the published sample listings whose first category is food support (~56)
//   published   every published sample listing (~1,400)
//   clustered   n points: 80% around 40 centres (σ ≈ 700 m), 20% anywhere in the borough
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { localProjection } from '../../../src/geo/localProjection.ts';
import { mulberry32 } from '../../../scripts/sample/random.ts';
import { TOWNS } from '../../../scripts/sample/towns.ts';
import { repoDir, type RealBorough } from './coverageReference.ts';

export type LngLat = { lng: number; lat: number };

export function libraries(): LngLat[] {
  return [...TOWNS]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 15)
    .map((t) => ({ lng: t.lng, lat: t.lat }));
}

export function gpPractices(b: RealBorough, n = 60, seed = 7): LngLat[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const [lng, lat] = b.postcodes[Math.floor(rnd() * b.postcodes.length)];
    return { lng, lat };
  });
}

type SampleRow = { status: string; categories: string[]; lng: number; lat: number };
const sampleRows = () => JSON.parse(readFileSync(join(repoDir, 'data/assets.json'), 'utf8')) as SampleRow[];

export function publishedSample(category?: string): LngLat[] {
  return sampleRows()
    .filter((a) => a.status === 'published' && (category === undefined || a.categories[0] === category))
    .map((a) => ({ lng: a.lng, lat: a.lat }));
}

export function clusteredAssets(outline: RealBorough['outline'], n: number, seed: number): LngLat[] {
  const rnd = mulberry32(seed);
  const poly = outline as Feature<Polygon | MultiPolygon>;
  const [w, s, e, nn] = turfBbox(poly);
  const anywhere = () => {
    for (;;) {
      const lng = w + rnd() * (e - w),
        lat = s + rnd() * (nn - s);
      if (booleanPointInPolygon([lng, lat], poly)) return { lng, lat };
    }
  };
  const centres = Array.from({ length: 40 }, anywhere);
  const p = localProjection((s + nn) / 2);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  return Array.from({ length: n }, () => {
    if (rnd() < 0.2) return anywhere();
    const c = centres[Math.floor(rnd() * centres.length)];
    return { lng: c.lng + (700 * gauss()) / p.kx, lat: c.lat + (700 * gauss()) / p.ky };
  });
}

/** The handful of layers the accuracy test and the bench both use. */
export function realLookingSets(b: RealBorough): Record<string, LngLat[]> {
  return {
    '15 libraries': libraries(),
    '60 GP practices': gpPractices(b),
    'food support (sample)': publishedSample('food-support'),
    'all published (sample)': publishedSample(),
    '2,000 clustered': clusteredAssets(b.outline, 2000, 11),
  };
}
