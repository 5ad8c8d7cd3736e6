// A polygon or multipolygon projected to local metres, plus the one query every scanline in this
// folder needs: where a horizontal line crosses its rings. Even-odd pairing of those crossings is
// what makes holes and multipolygons work without knowing which ring is outer or inner.
import type { LocalProjection } from './localProjection.ts';

export interface ProjectedShape {
  /** Each ring as interleaved x,y in metres; the closing edge back to the first vertex is implied. */
  readonly rings: Float64Array[];
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface PolygonalGeometry {
  type: string;
  coordinates: unknown;
}

/**
 * Projects a GeoJSON Polygon or MultiPolygon, checking it as it goes. `label` names the input in
 * error messages ("area E01006212", "outline") so a person knows which feature to fix.
 */
export function projectShape(geometry: PolygonalGeometry | null | undefined, proj: LocalProjection, label: string): ProjectedShape {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new TypeError(`${label}: expected a Polygon or MultiPolygon geometry, got ${geometry ? String(geometry.type) : 'none'}`);
  }
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) throw new TypeError(`${label}: the ${geometry.type} has no coordinates`);
  const rings: Float64Array[] = [];
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  polygons.forEach((polygon: unknown, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw new TypeError(`${label}: polygon ${p + 1} has no rings`);
    polygon.forEach((ring: unknown, r) => {
      const where = `${label}: ring ${r + 1} of polygon ${p + 1}`;
      if (!Array.isArray(ring) || ring.length < 3) {
        throw new TypeError(`${where} needs at least 3 [lng, lat] positions, got ${Array.isArray(ring) ? ring.length : typeof ring}`);
      }
      const xy = new Float64Array(ring.length * 2);
      ring.forEach((pos: unknown, i) => {
        const lng = Array.isArray(pos) ? pos[0] : undefined;
        const lat = Array.isArray(pos) ? pos[1] : undefined;
        if (typeof lng !== 'number' || typeof lat !== 'number' || !(Math.abs(lng) <= 180) || !(Math.abs(lat) <= 90)) {
          throw new TypeError(`${where}, position ${i + 1}: expected [lng, lat] in degrees, got ${JSON.stringify(pos)}`);
        }
        const x = proj.x(lng),
          y = proj.y(lat);
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      });
      rings.push(xy);
    });
  });
  return { rings, minX, minY, maxX, maxY };
}

/** A growable buffer of crossing x values, reused across rows so the scanlines allocate nothing. */
export interface Crossings {
  xs: Float64Array;
  n: number;
}

export function makeCrossings(capacity = 64): Crossings {
  return { xs: new Float64Array(capacity), n: 0 };
}

/**
 * Fills `out` with the sorted x where the line at height y crosses the rings.
 *
 * An edge counts when exactly one end lies above y (half-open in y), and its crossing is computed
 * from its lower end whichever way the ring runs, so two areas sharing an edge get bit-identical
 * crossings. With the half-open pairing [x0, x1) used by every caller, a point on a shared
 * boundary therefore belongs to exactly one of the two areas, never both or neither.
 */
export function crossingsAt(shape: ProjectedShape, y: number, out: Crossings): number {
  out.n = 0;
  if (y < shape.minY || y > shape.maxY) return 0;
  for (const ring of shape.rings) {
    const len = ring.length;
    let ax = ring[len - 2],
      ay = ring[len - 1];
    for (let i = 0; i < len; i += 2) {
      const bx = ring[i],
        by = ring[i + 1];
      if (ay > y !== by > y) {
        const x = ay < by ? ax + ((y - ay) * (bx - ax)) / (by - ay) : bx + ((y - by) * (ax - bx)) / (ay - by);
        if (out.n === out.xs.length) {
          const bigger = new Float64Array(out.xs.length * 2);
          bigger.set(out.xs);
          out.xs = bigger;
        }
        out.xs[out.n++] = x;
      }
      ax = bx;
      ay = by;
    }
  }
  sortPrefix(out.xs, out.n);
  return out.n;
}

/** True when (x, y) is inside the shape by the same half-open even-odd rule as the scanlines. */
export function shapeContains(shape: ProjectedShape, x: number, y: number, scratch: Crossings): boolean {
  if (x < shape.minX || x > shape.maxX) return false;
  const n = crossingsAt(shape, y, scratch);
  let left = 0;
  for (let i = 0; i < n && scratch.xs[i] <= x; i++) left++;
  return (left & 1) === 1;
}

function sortPrefix(a: Float64Array, n: number): void {
  if (n > 32) {
    a.subarray(0, n).sort();
    return;
  }
  // Rows usually cross a boundary 2–10 times; insertion sort beats a typed-array sort call there.
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
