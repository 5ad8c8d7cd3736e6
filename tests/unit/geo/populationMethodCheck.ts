// How well does each way of placing people predict where they live? Tested one level up, where
// the answer is known: LSOAs nest exactly in MSOAs (an LSOA's name is its MSOA's plus a letter,
// "Wigan 026A" in "Wigan 026"), so share each MSOA's population over its LSOAs by area, and by
// postcodes, and compare with the LSOAs' published populations. The method that gets LSOAs
// right from MSOAs is the one to trust for placing an LSOA's people within it.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from '../../../src/domain/types.ts';
import type { RealBorough } from './coverageReference.ts';

const RAD = Math.PI / 180,
  R = 6371008.8;

/** Area in m² on a sphere (the spherical-excess formula for small polygons, as Turf's area). */
function ringArea(ring: number[][]): number {
  let total = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i],
      [x2, y2] = ring[i + 1];
    total += (x2 - x1) * RAD * (2 + Math.sin(y1 * RAD) + Math.sin(y2 * RAD));
  }
  return Math.abs((total * R * R) / 2);
}
function areaOf(f: AreaFeature): number {
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
  return polys.reduce((s, poly) => s + poly.reduce((t, ring, k) => t + (k === 0 ? 1 : -1) * ringArea(ring), 0), 0);
}

export interface MethodCheck {
  msoas: number;
  lsoas: number;
  /** Median and 90th percentile of |predicted − published| / published LSOA population, in %. */
  byArea: { medianPct: number; p90Pct: number };
  byPostcodes: { medianPct: number; p90Pct: number };
}

export function checkPopulationMethods(b: RealBorough): MethodCheck {
  const lsoas = b.lsoas.features;
  const postcodes = new Map<string, number>();
  for (const [lng, lat] of b.postcodes) {
    const f = lsoas.find((a) => booleanPointInPolygon([lng, lat], a as unknown as Feature<Polygon | MultiPolygon>));
    if (f) postcodes.set(f.properties.code, (postcodes.get(f.properties.code) ?? 0) + 1);
  }
  const msoas = new Map<string, AreaFeature[]>();
  for (const f of lsoas) {
    const m = f.properties.name.replace(/[A-Z]$/, '');
    msoas.set(m, [...(msoas.get(m) ?? []), f]);
  }
  const errArea: number[] = [],
    errPostcodes: number[] = [];
  for (const members of msoas.values()) {
    const people = members.reduce((s, f) => s + f.properties.population, 0);
    const area = members.reduce((s, f) => s + areaOf(f), 0);
    const count = members.reduce((s, f) => s + (postcodes.get(f.properties.code) ?? 0), 0);
    for (const f of members) {
      const truth = f.properties.population;
      errArea.push(Math.abs((people * areaOf(f)) / area - truth) / truth);
      errPostcodes.push(Math.abs((people * (postcodes.get(f.properties.code) ?? 0)) / count - truth) / truth);
    }
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { medianPct: 100 * s[Math.floor(s.length / 2)], p90Pct: 100 * s[Math.floor(s.length * 0.9)] };
  };
  return { msoas: msoas.size, lsoas: lsoas.length, byArea: stats(errArea), byPostcodes: stats(errPostcodes) };
}
