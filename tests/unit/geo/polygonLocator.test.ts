import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../../../src/domain/types.ts';
import { localProjection } from '../../../src/geo/localProjection.ts';
import { pointsInShapes } from '../../../src/geo/pointsInShapes.ts';
import { polygonLocator } from '../../../src/geo/polygonLocator.ts';
import { makeCrossings, projectShape, shapeContains } from '../../../src/geo/projectedShape.ts';
import { fixturesDir } from './tinyBorough.ts';

const wards = JSON.parse(readFileSync(join(fixturesDir, '../../../data/areas/wards.geojson'), 'utf8')) as AreaCollection;

describe('polygonLocator and pointsInShapes', () => {
  const p = localProjection(53.53, -2.6);
  const shapes = wards.features.map((f, i) => projectShape(f.geometry, p, `ward ${i}`));
  const locator = polygonLocator(shapes);
  const scratch = makeCrossings();
  const slow = (x: number, y: number) => shapes.findIndex((s) => shapeContains(s, x, y, scratch));

  it('agrees with a one-polygon-at-a-time test on random points and on ward vertices', () => {
    let s = 12345;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const xs: number[] = [],
      ys: number[] = [];
    for (let i = 0; i < 5000; i++) {
      xs.push(-15_000 + rnd() * 30_000);
      ys.push(-12_000 + rnd() * 24_000);
    }
    // Points exactly on ward boundaries: every 7th vertex and the midpoint of its edge.
    for (const sh of shapes)
      for (const ring of sh.rings)
        for (let i = 0; i + 3 < ring.length; i += 14) {
          xs.push(ring[i], (ring[i] + ring[i + 2]) / 2);
          ys.push(ring[i + 1], (ring[i + 1] + ring[i + 3]) / 2);
        }
    let inside = 0;
    // pointsInShapes answers the same question for a batch of points (homes into LSOAs).
    const batch = pointsInShapes(xs, ys, shapes);
    for (let i = 0; i < xs.length; i++) {
      const w = locator.locate(xs[i], ys[i]);
      expect(w).toBe(slow(xs[i], ys[i]));
      expect(batch[i]).toBe(w);
      if (w >= 0) inside++;
    }
    expect(inside).toBeGreaterThan(1000);
  });

  it('puts a point on a boundary shared by two wards in exactly one of them', () => {
    // A vertex shared by two wards: find a vertex of ward 0 that another ward also has.
    const a = shapes[0].rings[0];
    let found = 0;
    for (let i = 0; i < a.length && found < 20; i += 2) {
      const x = a[i],
        y = a[i + 1];
      const holders = shapes.filter((sh) =>
        sh.rings.some((r) => {
          for (let k = 0; k < r.length; k += 2) if (r[k] === x && r[k + 1] === y) return true;
          return false;
        }),
      );
      if (holders.length < 2) continue;
      found++;
      const containing = shapes.filter((sh) => shapeContains(sh, x, y, scratch)).length;
      expect(containing).toBeLessThanOrEqual(1);
    }
    expect(found).toBeGreaterThan(0);
  });
});
