// Nearest asset to a point, in projected metres: assets binned into square buckets (a CSR layout:
// one offsets array and the points sorted by bucket, typed arrays, no allocation per query) and a
// ring search outwards from the query's bucket. At 20k assets this answers 7k queries in a few
// milliseconds where turf.nearestPoint per cell takes ~20 s (PERF.md).
//
// When to stop. Ring k is the square annulus of buckets at Chebyshev distance k from the query's
// bucket. Every point in ring k lies outside the block of rings 0..k-1, so it is at least
// (k - 1)·B + m away, where B is the bucket size and m the query's distance to the nearest edge of
// its own bucket. Once the best distance found is <= that bound, no later ring can do better.
// (The tempting rule "stop once best < k·B" is wrong: a query near a bucket edge can have a
// closer point in ring k than one found in ring k - 1; the brute-force test has that case.)

export interface NearestIndex {
  readonly size: number;
  readonly bucketSize: number;
  /** Distance in metres to the nearest point, or Infinity when there is none within maxRadius. */
  nearestDistance(x: number, y: number, maxRadius?: number): number;
  /** Index (into the input arrays) of the nearest point, or -1; ties go to the first found. */
  nearest(x: number, y: number, maxRadius?: number): number;
}

export interface NearestIndexOptions {
  /**
   * Bucket side in metres. Default: 200 m, grown to about one point per bucket for sparse sets
   * (ten assets over a borough would otherwise mean scanning thousands of empty buckets per query).
   */
  bucketSize?: number;
}

/** Builds the index from projected coordinates (metres); xs[i], ys[i] is point i. */
export function nearestIndex(xs: ArrayLike<number>, ys: ArrayLike<number>, options: NearestIndexOptions = {}): NearestIndex {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`nearestIndex: ${n} x values but ${ys.length} y values`);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i],
      y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`nearestIndex: point ${i} has no finite position (${x}, ${y})`);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const empty = (): number => Infinity;
  if (n === 0) return { size: 0, bucketSize: 0, nearestDistance: empty, nearest: () => -1 };

  const spanArea = Math.max(1, (maxX - minX) * (maxY - minY));
  const B = options.bucketSize ?? Math.max(200, Math.sqrt(spanArea / n));
  if (!(B > 0)) throw new RangeError(`nearestIndex: bucketSize must be positive, got ${B}`);
  const nbx = Math.floor((maxX - minX) / B) + 1;
  const nby = Math.floor((maxY - minY) / B) + 1;
  const start = new Int32Array(nbx * nby + 1);
  const bucketOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.floor((ys[i] - minY) / B) * nbx + Math.floor((xs[i] - minX) / B);
    bucketOf[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nbx * nby; b++) start[b + 1] += start[b];
  const fill = start.slice(0, nbx * nby);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const id = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = fill[bucketOf[i]]++;
    px[k] = xs[i];
    py[k] = ys[i];
    id[k] = i;
  }

  let bestD2 = Infinity;
  let bestK = -1;
  const scan = (b: number, qx: number, qy: number): void => {
    for (let k = start[b], e = start[b + 1]; k < e; k++) {
      const ddx = px[k] - qx,
        ddy = py[k] - qy;
      const d2 = ddx * ddx + ddy * ddy;
      if (d2 < bestD2) {
        bestD2 = d2;
        bestK = k;
      }
    }
  };
  const search = (qx: number, qy: number, maxRadius: number): void => {
    bestD2 = maxRadius === Infinity ? Infinity : maxRadius * maxRadius * (1 + 1e-12);
    bestK = -1;
    const fx = (qx - minX) / B,
      fy = (qy - minY) / B;
    const bx = Math.floor(fx),
      by = Math.floor(fy);
    // m: distance from the query to the nearest edge of its own bucket (see the header).
    const m = B * Math.min(fx - bx, 1 - (fx - bx), fy - by, 1 - (fy - by));
    // Rings beyond this reach no bucket at all.
    const lastRing = Math.max(Math.abs(bx), Math.abs(nbx - 1 - bx), Math.abs(by), Math.abs(nby - 1 - by));
    for (let k = 0; k <= lastRing; k++) {
      if (k > 0) {
        const bound = (k - 1) * B + m;
        if (bestD2 <= bound * bound) break;
      }
      const x0 = Math.max(bx - k, 0),
        x1 = Math.min(bx + k, nbx - 1);
      if (x0 > x1) continue;
      // Top and bottom rows of the ring in full, then the two side columns without their corners.
      if (by - k >= 0 && by - k < nby) for (let x = x0; x <= x1; x++) scan((by - k) * nbx + x, qx, qy);
      if (k > 0 && by + k >= 0 && by + k < nby) for (let x = x0; x <= x1; x++) scan((by + k) * nbx + x, qx, qy);
      if (k === 0) continue;
      const y0 = Math.max(by - k + 1, 0),
        y1 = Math.min(by + k - 1, nby - 1);
      if (bx - k >= 0 && bx - k < nbx) for (let y = y0; y <= y1; y++) scan(y * nbx + bx - k, qx, qy);
      if (bx + k >= 0 && bx + k < nbx) for (let y = y0; y <= y1; y++) scan(y * nbx + bx + k, qx, qy);
    }
  };
  const check = (maxRadius: number | undefined): number => {
    const r = maxRadius ?? Infinity;
    if (!(r >= 0)) throw new RangeError(`nearestIndex: maxRadius must be 0 or more metres, got ${maxRadius}`);
    return r;
  };
  return {
    size: n,
    bucketSize: B,
    nearestDistance(x, y, maxRadius) {
      search(x, y, check(maxRadius));
      return bestK < 0 ? Infinity : Math.sqrt(bestD2);
    },
    nearest(x, y, maxRadius) {
      search(x, y, check(maxRadius));
      return bestK < 0 ? -1 : id[bestK];
    },
  };
}
