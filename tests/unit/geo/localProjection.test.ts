import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { localProjection } from '../../../src/geo/localProjection.ts';

describe('localProjection', () => {
  const p = localProjection(53.53, -2.6);
  const metres = (a: [number, number], b: [number, number]) => Math.hypot(p.x(a[0]) - p.x(b[0]), p.y(a[1]) - p.y(b[1]));

  it.each([
    ['east–west through the centre', [-2.675, 53.53], [-2.525, 53.53]],
    ['north–south', [-2.6, 53.485], [-2.6, 53.575]],
    ['diagonal', [-2.66, 53.5], [-2.54, 53.56]],
    ['east–west 5 km north of the centre', [-2.675, 53.575], [-2.525, 53.575]],
    ['from the centre to a corner 10 km away', [-2.6, 53.53], [-2.708, 53.593]],
  ] as const)('stays within 0.25%% of @turf/distance at ~10 km: %s', (_name, a, b) => {
    const turf = distance([...a], [...b], { units: 'meters' });
    expect(turf).toBeGreaterThan(8_000);
    expect(Math.abs(metres([...a], [...b]) - turf) / turf).toBeLessThan(0.0025);
  });

  it('is within 2 m of Turf for an 800 m walk 8 km north of the centre', () => {
    const a: [number, number] = [-2.55, 53.6],
      b: [number, number] = [-2.55 + 800 / p.kx, 53.6];
    expect(Math.abs(metres(a, b) - distance(a, b, { units: 'meters' }))).toBeLessThan(2);
  });

  it('round-trips degrees to metres and back', () => {
    expect(p.lng(p.x(-2.71234))).toBeCloseTo(-2.71234, 12);
    expect(p.lat(p.y(53.41234))).toBeCloseTo(53.41234, 12);
  });

  it('refuses a latitude it cannot serve', () => {
    expect(() => localProjection(91)).toThrow('lat0 must be a latitude between -85 and 85, got 91');
  });
});
