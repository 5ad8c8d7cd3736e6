// Which area each lattice cell's centre lies in, by one scanline per area over the lattice's half
// rows: the crossings of the area's rings at that row's y, paired even-odd into [x0, x1)
// intervals, and the cells inside each interval found by binary search. No per-cell polygon test.
import { cellsInRowBetween, type HexLattice } from './hexLattice.ts';
import { crossingsAt, makeCrossings, type ProjectedShape } from './projectedShape.ts';

/**
 * For every cell, the index of the first shape containing its centre, or -1. Shapes that overlap
 * (bad boundary data) cannot claim a cell twice: the first one listed keeps it.
 */
export function cellsInAreas(lattice: HexLattice, shapes: readonly ProjectedShape[]): Int32Array {
  const areaOf = new Int32Array(lattice.count).fill(-1);
  const crossings = makeCrossings();
  const { originY, dy, rows } = lattice;
  shapes.forEach((shape, a) => {
    const r0 = Math.max(0, Math.ceil((shape.minY - originY) / dy));
    const r1 = Math.min(rows - 1, Math.floor((shape.maxY - originY) / dy));
    for (let r = r0; r <= r1; r++) {
      const k = crossingsAt(shape, originY + r * dy, crossings);
      for (let i = 0; i + 1 < k; i += 2) {
        const [c0, c1] = cellsInRowBetween(lattice, r, crossings.xs[i], crossings.xs[i + 1]);
        for (let c = c0; c < c1; c++) if (areaOf[c] < 0) areaOf[c] = a;
      }
    }
  });
  return areaOf;
}
