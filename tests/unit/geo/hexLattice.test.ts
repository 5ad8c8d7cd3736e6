import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { hexGrid } from '@turf/hex-grid';
import { bbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cellContaining, cellsToGeoJSON, hexLattice, hexNeighbours, type OutlineFeature } from '../../../src/geo/hexLattice.ts';
import { buildTinyBorough, fixturesDir, toLngLat } from './tinyBorough.ts';

const borough = JSON.parse(readFileSync(join(fixturesDir, '../../../data/borough.geojson'), 'utf8')) as OutlineFeature;

describe('hexLattice', () => {
  it('fills the tiny borough with 84 cells at 100 m, as counted by hand', () => {
    const lattice = hexLattice(buildTinyBorough().outline, 100);
    expect(lattice.count).toBe(84);
  });

  it('finds the hexagon holding a point: the nearest centre, or one within two sides at the edge', () => {
    const lattice = hexLattice(borough, 250);
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const { minX, minY, maxX, maxY } = lattice.outline;
    for (let k = 0; k < 2000; k++) {
      const x = minX + rnd() * (maxX - minX),
        y = minY + rnd() * (maxY - minY);
      let best = -1,
        bestD2 = Infinity;
      for (let i = 0; i < lattice.count; i++) {
        const d2 = (lattice.x[i] - x) ** 2 + (lattice.y[i] - y) ** 2;
        if (d2 < bestD2) [best, bestD2] = [i, d2];
      }
      const found = cellContaining(lattice, x, y);
      if (bestD2 <= 250 * 250)
        expect(found).toBe(best); // inside a hexagon of the grid (circumradius = side)
      else if (found >= 0) expect((lattice.x[found] - x) ** 2 + (lattice.y[found] - y) ** 2).toBeLessThanOrEqual(4 * 250 * 250);
      if (bestD2 > 4 * 250 * 250) expect(found).toBe(-1);
    }
  });

  it('keeps only centres inside the real borough, about as many as turf.hexGrid + booleanPointInPolygon', () => {
    const lattice = hexLattice(borough, 100);
    const poly = borough as unknown as Feature<Polygon | MultiPolygon>;
    for (let i = 0; i < lattice.count; i += 7) expect(booleanPointInPolygon([lattice.lng[i], lattice.lat[i]], poly)).toBe(true);
    // Turf's grid is aligned differently, so the count differs by the cells along the boundary.
    let turfCount = 0;
    for (const h of hexGrid(bbox(poly), 0.1, { units: 'kilometers' }).features) {
      const r = h.geometry.coordinates[0];
      const c: [number, number] = [(r[0][0] + r[3][0]) / 2, (r[0][1] + r[3][1]) / 2];
      if (booleanPointInPolygon(c, poly)) turfCount++;
    }
    expect(Math.abs(lattice.count - turfCount) / turfCount).toBeLessThan(0.01);
    // 187.5 km² / (3√3/2 · 100²) m² per cell ≈ 7,217.
    expect(lattice.count).toBeGreaterThan(7100);
    expect(lattice.count).toBeLessThan(7300);
  });

  it('draws flat-top hexagons whose sides are cellSide long and whose neighbours touch', () => {
    const lattice = hexLattice(borough, 250);
    const cells = cellsToGeoJSON(lattice, (i) => ({ i }), [0, 100]);
    const ring = cells.features[1].geometry.coordinates[0];
    expect(ring).toHaveLength(7);
    for (let k = 0; k < 6; k++) expect(distance(ring[k], ring[k + 1], { units: 'meters' })).toBeCloseTo(250, -1);
    // Vertex 0 points east (flat top: vertices 1 and 2 share a latitude).
    expect(ring[1][1]).toBeCloseTo(ring[2][1], 9);
    const nb = new Int32Array(6);
    const k = hexNeighbours(lattice, 100, nb);
    expect(k).toBeGreaterThan(0);
    for (let t = 0; t < k; t++) {
      const d = Math.hypot(lattice.x[nb[t]] - lattice.x[100], lattice.y[nb[t]] - lattice.y[100]);
      expect(d).toBeCloseTo(250 * Math.sqrt(3), 6);
    }
  });

  it('handles a multipolygon with a hole: no centres in the hole, centres in both parts', () => {
    // Two ~1 km squares 1 km apart (1,010 m so no lattice point lands exactly on the east edge); the west one has a 500 m hole in its middle.
    const sq = (x0: number, y0: number, s: number) => [toLngLat(x0, y0), toLngLat(x0 + s, y0), toLngLat(x0 + s, y0 + s), toLngLat(x0, y0 + s), toLngLat(x0, y0)];
    const outline: OutlineFeature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[sq(-1500, -500, 1000), sq(-1250, -250, 500).reverse()], [sq(500, -500, 1010)]] },
    };
    const lattice = hexLattice(outline, 50);
    let west = 0,
      east = 0,
      inHole = 0;
    const p = lattice.projection;
    for (let i = 0; i < lattice.count; i++) {
      // lattice.x is in the outline's own projection; compare in the fixture's metres via degrees.
      const x = (lattice.lng[i] - -2.6) * p.kx,
        y = (lattice.lat[i] - 53.5) * p.ky;
      if (x > -1250 && x < -750 && y > -250 && y < 250) inHole++;
      if (x < 0) west++;
      else east++;
    }
    expect(inHole).toBe(0);
    // Cells are 3√3/2 · 50² ≈ 6,495 m² each: west holds 0.75 km² (~115), east 1.02 km² (~157).
    expect(west / 115.5).toBeCloseTo(1, 0);
    expect(east / 157).toBeCloseTo(1, 0);
    // Exactly the lattice points Turf puts inside (Turf knows holes), none more, none fewer.
    let turfInside = 0;
    const poly = outline as unknown as Feature<Polygon | MultiPolygon>;
    for (let r = 0; r < lattice.rows; r++) {
      for (let c = r & 1; lattice.originX + c * lattice.dx <= lattice.outline.maxX; c += 2) {
        if (booleanPointInPolygon([p.lng(lattice.originX + c * lattice.dx), p.lat(lattice.originY + r * lattice.dy)], poly)) turfInside++;
      }
    }
    expect(lattice.count).toBe(turfInside);
  });

  it('says what is wrong with a bad outline or cell size', () => {
    expect(() => hexLattice(borough, 0)).toThrow('cellSide must be a positive number of metres, got 0');
    const bad = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as OutlineFeature;
    expect(() => hexLattice(bad, 100)).toThrow('outline: expected a Polygon or MultiPolygon geometry, got Point');
    const badRing = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 'x'],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    } as unknown as OutlineFeature;
    expect(() => hexLattice(badRing, 100)).toThrow('outline: ring 1 of polygon 1, position 2: expected [lng, lat] in degrees, got [1,"x"]');
  });
});
