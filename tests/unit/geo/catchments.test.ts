import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { catchments, straightLineProvider, type CatchmentProvider } from '../../../src/geo/catchments.ts';
import { localProjection } from '../../../src/geo/localProjection.ts';

const p = localProjection(53.5, -2.6);
const at = (x: number, y: number) => ({ lng: p.lng(x), lat: p.lat(y) });

describe('catchments', () => {
  it('the straight-line provider draws an 800 m circle with 32 steps', async () => {
    const provider: CatchmentProvider = straightLineProvider;
    const poly = await provider.catchment(at(0, 0), { radiusMetres: 800 });
    expect(provider.name).toBe('straight-line');
    expect(poly.type).toBe('Polygon');
    const ring = (poly as { coordinates: number[][][] }).coordinates[0];
    expect(ring).toHaveLength(33);
    for (const v of ring) expect(distance([p.lng(0), p.lat(0)], v, { units: 'meters' })).toBeCloseTo(800, 3);
  });

  it('merges overlapping catchments into one polygon and keeps separate ones apart', () => {
    const overlapping = catchments([at(0, 0), at(1000, 0)], 800);
    expect(overlapping.union?.geometry.type).toBe('Polygon');
    const apart = catchments([at(0, 0), at(5000, 0), at(-5000, 3000)], 800);
    expect(apart.union?.geometry.type).toBe('MultiPolygon');
    expect((apart.union?.geometry.coordinates as unknown[]).length).toBe(3);
  });

  it('returns nothing for no assets, and says when it capped the number merged', () => {
    expect(catchments([], 800)).toEqual({ union: null, used: 0, truncated: false });
    const many = Array.from({ length: 12 }, (_, i) => at(i * 300, 0));
    const capped = catchments(many, 800, { maxAssets: 5 });
    expect(capped.used).toBe(5);
    expect(capped.truncated).toBe(true);
  });

  it('refuses a bad radius or asset with a clear message', () => {
    expect(() => catchments([at(0, 0)], 0)).toThrow('radius must be a positive number of metres, got 0');
    expect(() => catchments([at(0, 0), { lng: 200, lat: 0 }], 800)).toThrow('asset 2: expected lng/lat in degrees');
  });
});
