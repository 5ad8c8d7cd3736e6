// The centres of a hexagonal grid over an outline, as typed arrays. Building the grid this way
// (lattice arithmetic plus a scanline fill) takes well under a millisecond where turf.hexGrid plus
// booleanPointInPolygon takes ~185 ms at 100 m cells (PERF.md), and the arrays go to a worker's
// caller without copying.
//
// Geometry: flat-top hexagons (a vertex due east, like turf.hexGrid), `cellSide` = the length of
// one side = centre-to-vertex distance (turf's `cellSide` meaning). Columns are 1.5·side apart;
// alternate columns are shifted by half a row. We index "half rows" r at y0 + r·(√3/2)·side, so
// cell (col, r) exists when col + r is even, and every half row is a sorted run of cells.
import { localProjection, type LocalProjection } from './localProjection.ts';
import { crossingsAt, makeCrossings, projectShape, type PolygonalGeometry, type ProjectedShape } from './projectedShape.ts';

export interface HexLattice {
  readonly count: number;
  readonly cellSide: number;
  readonly projection: LocalProjection;
  /** Projected centres (metres) and the same centres in degrees. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly lng: Float64Array;
  readonly lat: Float64Array;
  readonly col: Int32Array;
  readonly row: Int32Array;
  /** Cells of half row r are indices rowStart[r] .. rowStart[r + 1] - 1, sorted by x. */
  readonly rowStart: Int32Array;
  readonly rows: number;
  readonly originX: number;
  readonly originY: number;
  /** Horizontal distance between columns and vertical distance between half rows, in metres. */
  readonly dx: number;
  readonly dy: number;
  /** The outline in projected metres, kept for callers that need the same geometry. */
  readonly outline: ProjectedShape;
}

export interface OutlineFeature {
  type: 'Feature';
  geometry: PolygonalGeometry;
  properties?: unknown;
}

/**
 * Centres of the flat-top hexagons of side `cellSideMetres` whose centre lies inside the outline
 * (even-odd rule, so holes and multipolygons work). The projection is centred on the outline's
 * bounding box unless one is given (callers that project other layers pass theirs).
 */
export function hexLattice(outline: OutlineFeature, cellSideMetres: number, projection?: LocalProjection): HexLattice {
  if (!(cellSideMetres > 0) || !Number.isFinite(cellSideMetres)) {
    throw new RangeError(`hexLattice: cellSide must be a positive number of metres, got ${cellSideMetres}`);
  }
  if (!outline || outline.type !== 'Feature') {
    throw new TypeError(
      `hexLattice: outline must be a GeoJSON Feature with a Polygon or MultiPolygon, got ${outline ? String((outline as { type?: unknown }).type) : 'nothing'}`,
    );
  }
  const proj = projection ?? projectionFor(outline.geometry);
  const shape = projectShape(outline.geometry, proj, 'outline');
  const s = cellSideMetres;
  const dx = 1.5 * s;
  const dy = (Math.sqrt(3) / 2) * s;
  const originX = shape.minX;
  const originY = shape.minY;
  const cols = Math.floor((shape.maxX - originX) / dx) + 1;
  const rows = Math.floor((shape.maxY - originY) / dy) + 1;
  const cellsInBox = Math.ceil((cols * rows) / 2) + cols;
  if (cellsInBox > 5_000_000) {
    throw new RangeError(`hexLattice: ${cellsInBox.toLocaleString('en-GB')} cells is too many; choose a cell side larger than ${s} m`);
  }
  const xs = new Float64Array(cellsInBox);
  const ys = new Float64Array(cellsInBox);
  const colArr = new Int32Array(cellsInBox);
  const rowArr = new Int32Array(cellsInBox);
  const rowStart = new Int32Array(rows + 1);
  const crossings = makeCrossings();
  let n = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = n;
    const y = originY + r * dy;
    const k = crossingsAt(shape, y, crossings);
    for (let i = 0; i + 1 < k; i += 2) {
      // Half-open [xa, xb): the same rule as point-in-area, so a centre on the edge is decided once.
      const xa = crossings.xs[i],
        xb = crossings.xs[i + 1];
      let c = Math.max(0, Math.ceil((xa - originX) / dx));
      if (originX + c * dx < xa) c++;
      if ((c + r) & 1) c++;
      for (; c < cols; c += 2) {
        const x = originX + c * dx;
        if (x >= xb) break;
        xs[n] = x;
        ys[n] = y;
        colArr[n] = c;
        rowArr[n] = r;
        n++;
      }
    }
  }
  rowStart[rows] = n;
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lng[i] = proj.lng(xs[i]);
    lat[i] = proj.lat(ys[i]);
  }
  return {
    count: n,
    cellSide: s,
    projection: proj,
    x: xs.slice(0, n),
    y: ys.slice(0, n),
    lng,
    lat,
    col: colArr.slice(0, n),
    row: rowArr.slice(0, n),
    rowStart,
    rows,
    originX,
    originY,
    dx,
    dy,
    outline: shape,
  };
}

/** A projection centred on the middle of a geometry's bounding box. */
export function projectionFor(geometry: PolygonalGeometry): LocalProjection {
  let minLng = Infinity,
    maxLng = -Infinity,
    minLat = Infinity,
    maxLat = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      if (c[0] < minLng) minLng = c[0];
      if (c[0] > maxLng) maxLng = c[0];
      if (c[1] < minLat) minLat = c[1];
      if (c[1] > maxLat) maxLat = c[1];
      return;
    }
    for (const child of c) visit(child);
  };
  visit(geometry?.coordinates);
  if (!Number.isFinite(minLng)) throw new TypeError('outline: the geometry has no [lng, lat] positions');
  return localProjection((minLat + maxLat) / 2, (minLng + maxLng) / 2);
}

/** Index of the first cell in half row r with x >= xa, and one past the last with x < xb. */
export function cellsInRowBetween(lattice: HexLattice, r: number, xa: number, xb: number): [number, number] {
  if (r < 0 || r >= lattice.rows) return [0, 0];
  const lo = lattice.rowStart[r],
    hi = lattice.rowStart[r + 1];
  return [lowerBound(lattice.x, lo, hi, xa), lowerBound(lattice.x, lo, hi, xb)];
}

/** The cell at lattice position (col, r), or -1 when that hexagon's centre is outside the outline. */
export function cellAt(lattice: HexLattice, col: number, r: number): number {
  if (r < 0 || r >= lattice.rows || ((col + r) & 1) !== 0) return -1;
  const lo = lattice.rowStart[r],
    hi = lattice.rowStart[r + 1];
  let a = lo,
    b = hi;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (lattice.col[m] < col) a = m + 1;
    else b = m;
  }
  return a < hi && lattice.col[a] === col ? a : -1;
}

// Lattice steps to the six edge neighbours, in (col, half row): straight up and down are two half
// rows away, the four diagonal neighbours one column and one half row away.
const NEIGHBOUR_DC = [0, 0, -1, -1, 1, 1];
const NEIGHBOUR_DR = [-2, 2, -1, 1, -1, 1];

/** The (up to) six cells sharing an edge with cell i, written into `out`; returns how many. */
export function hexNeighbours(lattice: HexLattice, i: number, out: Int32Array): number {
  const c = lattice.col[i],
    r = lattice.row[i];
  let n = 0;
  for (let k = 0; k < 6; k++) {
    const j = cellAt(lattice, c + NEIGHBOUR_DC[k], r + NEIGHBOUR_DR[k]);
    if (j >= 0) out[n++] = j;
  }
  return n;
}

/** The hexagon of cell i as a closed GeoJSON ring of [lng, lat] (counter-clockwise). */
export function hexPolygon(lattice: HexLattice, i: number): [number, number][] {
  return hexRing(lattice.projection, lattice.x[i], lattice.y[i], lattice.cellSide);
}

/** A flat-top hexagon of side `side` metres around projected (x, y), as a closed [lng, lat] ring. */
export function hexRing(p: LocalProjection, x: number, y: number, side: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let k = 0; k < 6; k++) {
    const a = (Math.PI / 3) * k;
    ring.push([round7(p.lng(x + side * Math.cos(a))), round7(p.lat(y + side * Math.sin(a)))]);
  }
  ring.push([ring[0][0], ring[0][1]]);
  return ring;
}

export interface HexFeature<P> {
  type: 'Feature';
  id: number;
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
  properties: P;
}

/** Draws cells as GeoJSON hexagons; `id` is the cell index so MapLibre feature-state can use it. */
export function cellsToGeoJSON<P>(
  lattice: HexLattice,
  properties: (i: number) => P,
  which?: ArrayLike<number>,
): { type: 'FeatureCollection'; features: HexFeature<P>[] } {
  const features: HexFeature<P>[] = [];
  const n = which ? which.length : lattice.count;
  for (let k = 0; k < n; k++) {
    const i = which ? which[k] : k;
    features.push({ type: 'Feature', id: i, geometry: { type: 'Polygon', coordinates: [hexPolygon(lattice, i)] }, properties: properties(i) });
  }
  return { type: 'FeatureCollection', features };
}

// 7 decimal places is ~1 cm: enough for drawing, and it keeps exported files small and diffable.
function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

function lowerBound(a: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (a[m] < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * The cell whose hexagon holds projected (x, y): the nearest cell centre, since a hexagon is the
 * set of points nearer its centre than any other. When that hexagon's centre lies outside the
 * outline (a point at the borough’s edge), the nearest of the surrounding cells within two sides; -1 if none.
 */
export function cellContaining(lattice: HexLattice, x: number, y: number): number {
  const c0 = Math.floor((x - lattice.originX) / lattice.dx),
    r0 = Math.floor((y - lattice.originY) / lattice.dy);
  let best = -1,
    bestD2 = 4 * lattice.cellSide * lattice.cellSide;
  for (let c = c0 - 1; c <= c0 + 2; c++) {
    for (let r = r0 - 1; r <= r0 + 2; r++) {
      if ((c + r) & 1) continue;
      const dx = lattice.originX + c * lattice.dx - x,
        dy = lattice.originY + r * lattice.dy - y;
      const d2 = dx * dx + dy * dy;
      if (d2 >= bestD2) continue;
      const i = cellAt(lattice, c, r);
      if (i >= 0) [best, bestD2] = [i, d2];
    }
  }
  return best;
}
