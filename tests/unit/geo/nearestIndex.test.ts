import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/sample/random.ts';
import { nearestIndex } from '../../../src/geo/nearestIndex.ts';

function brute(xs: Float64Array, ys: Float64Array, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i] - x,
      dy = ys[i] - y;
    best = Math.min(best, Math.sqrt(dx * dx + dy * dy));
  }
  return best;
}

describe('nearestIndex', () => {
  it('agrees with brute force on 2,000 random points, including points on bucket edges', () => {
    const rnd = mulberry32(42);
    const n = 2000,
      B = 200;
    const xs = new Float64Array(n),
      ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // A third of the points sit exactly on bucket edges or corners (multiples of 200 m).
      const onEdge = i % 3 === 0;
      xs[i] = onEdge ? B * Math.floor(rnd() * 50) : rnd() * 10_000;
      ys[i] = i % 6 === 0 ? B * Math.floor(rnd() * 40) : rnd() * 8_000;
    }
    const index = nearestIndex(xs, ys, { bucketSize: B });
    for (let q = 0; q < 2000; q++) {
      // Queries inside, outside the points' extent, and on bucket edges too.
      const x = q % 4 === 0 ? B * Math.floor(rnd() * 52) : rnd() * 12_000 - 1_000;
      const y = q % 5 === 0 ? B * Math.floor(rnd() * 42) : rnd() * 10_000 - 1_000;
      const d = index.nearestDistance(x, y);
      expect(d).toBe(brute(xs, ys, x, y));
      const k = index.nearest(x, y);
      expect(Math.hypot(xs[k] - x, ys[k] - y)).toBeCloseTo(d, 9);
    }
  });

  it('finds a closer point two rings out when the query sits at its bucket’s edge', () => {
    // Query at x = 199 in bucket 0. One point 1.5 buckets away diagonally (ring 1, 300 m) and one
    // at x = 401 (ring 2, 202 m). Stopping at "best < k·B" after ring 1 would answer 300 m.
    const B = 200;
    const xs = new Float64Array([199 - 180, 401, 0]);
    const ys = new Float64Array([100 + 240, 100, 1000]);
    const index = nearestIndex(xs, ys, { bucketSize: B });
    expect(index.nearestDistance(199, 100)).toBe(202);
    expect(index.nearest(199, 100)).toBe(1);
  });

  it('answers Infinity and -1 with no points, and respects maxRadius', () => {
    const empty = nearestIndex(new Float64Array(0), new Float64Array(0));
    expect(empty.nearestDistance(0, 0)).toBe(Infinity);
    expect(empty.nearest(0, 0)).toBe(-1);
    const one = nearestIndex([0], [0]);
    expect(one.nearestDistance(300, 400)).toBe(500);
    expect(one.nearestDistance(300, 400, 500)).toBe(500);
    expect(one.nearestDistance(300, 400, 499.99)).toBe(Infinity);
    expect(one.nearest(300, 400, 10)).toBe(-1);
  });

  it('stays exact with a handful of points far apart (sparse categories)', () => {
    const rnd = mulberry32(7);
    const xs = new Float64Array(5).map(() => rnd() * 20_000),
      ys = new Float64Array(5).map(() => rnd() * 20_000);
    const index = nearestIndex(xs, ys);
    expect(index.bucketSize).toBeGreaterThan(200);
    for (let q = 0; q < 200; q++) {
      const x = rnd() * 30_000 - 5_000,
        y = rnd() * 30_000 - 5_000;
      expect(index.nearestDistance(x, y)).toBe(brute(xs, ys, x, y));
    }
  });

  it('names the point with a bad position', () => {
    expect(() => nearestIndex([0, Number.NaN], [0, 0])).toThrow('point 1 has no finite position');
  });
});
