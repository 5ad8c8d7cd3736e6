// Which shape each of many points lies in, for a one-off batch (homes into LSOAs): the shapes'
// bounding boxes binned into square tiles, so a point is tested only against the few shapes whose
// box covers its tile, in order, by the half-open even-odd rule of projectedShape.ts (a crossing
// counts when it lies at or left of the point). No per-square labels or edge bands to build,
// which for ~8k homes and ~200 LSOAs is several times cheaper than a polygonLocator.
import type { ProjectedShape } from './projectedShape.ts';

/** For every point, the index of the first shape containing it, or -1. */
export function pointsInShapes(xs: ArrayLike<number>, ys: ArrayLike<number>, shapes: readonly ProjectedShape[], tile = 500): Int32Array {
  const n = xs.length;
  const shapeOf = new Int32Array(n).fill(-1);
  if (shapes.length === 0) return shapeOf;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const s of shapes) {
    minX = Math.min(minX, s.minX);
    minY = Math.min(minY, s.minY);
    maxX = Math.max(maxX, s.maxX);
    maxY = Math.max(maxY, s.maxY);
  }
  // Tiles grow for a huge extent so the grid stays under ~1M tiles.
  const T = Math.max(tile, Math.sqrt(((maxX - minX) * (maxY - minY)) / 1_000_000));
  const nx = Math.floor((maxX - minX) / T) + 1,
    ny = Math.floor((maxY - minY) / T) + 1;
  const tileX = (x: number) => Math.floor((x - minX) / T),
    tileY = (y: number) => Math.floor((y - minY) / T);
  // CSR lists of shapes per tile, in shape order (two passes: count, then fill).
  const start = new Int32Array(nx * ny + 1);
  const eachTile = (s: ProjectedShape, f: (t: number) => void) => {
    for (let ty = tileY(s.minY); ty <= tileY(s.maxY); ty++) for (let tx = tileX(s.minX); tx <= tileX(s.maxX); tx++) f(ty * nx + tx);
  };
  for (const s of shapes) eachTile(s, (t) => start[t + 1]++);
  for (let t = 0; t < nx * ny; t++) start[t + 1] += start[t];
  const fill = start.slice(0, nx * ny);
  const list = new Int32Array(start[nx * ny]);
  shapes.forEach((s, k) => eachTile(s, (t) => (list[fill[t]++] = k)));

  for (let i = 0; i < n; i++) {
    const x = xs[i],
      y = ys[i];
    const tx = tileX(x),
      ty = tileY(y);
    if (tx < 0 || ty < 0 || tx >= nx || ty >= ny) continue;
    const t = ty * nx + tx;
    for (let k = start[t]; k < start[t + 1]; k++) {
      const s = shapes[list[k]];
      if (x >= s.minX && x <= s.maxX && y >= s.minY && y <= s.maxY && contains(s, x, y)) {
        shapeOf[i] = list[k];
        break;
      }
    }
  }
  return shapeOf;
}

function contains(shape: ProjectedShape, x: number, y: number): boolean {
  let inside = false;
  for (const ring of shape.rings) {
    const len = ring.length;
    let ax = ring[len - 2],
      ay = ring[len - 1];
    for (let j = 0; j < len; j += 2) {
      const bx = ring[j],
        by = ring[j + 1];
      if (ay > y !== by > y) {
        // From the lower end, as crossingsAt does, so shared edges give bit-identical crossings.
        const xc = ay < by ? ax + ((y - ay) * (bx - ax)) / (by - ay) : bx + ((y - by) * (ax - bx)) / (ay - by);
        if (xc <= x) inside = !inside;
      }
      ax = bx;
      ay = by;
    }
  }
  return inside;
}
