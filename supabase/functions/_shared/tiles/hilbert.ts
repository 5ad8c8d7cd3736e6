// PMTiles v3 tile ids: every tile of the lower zooms comes first ((4^z - 1) / 3 of them), then
// the tile's position along the Hilbert curve of its own zoom, so neighbouring tiles sit close
// together in the archive and a map view reads few, adjacent byte ranges.

/** The PMTiles id of tile z/x/y (exact as a double up to zoom 26). */
export function tileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new Error(`Tile zoom must be a whole number from 0 to 26 (got ${z})`);
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new Error(`Tile ${z}/${x}/${y} is outside zoom ${z}'s ${n}×${n} grid`);
  }
  const before = (4 ** z - 1) / 3;
  let d = 0;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve inside it runs the same way as the whole.
    if (ry === 0) {
      if (rx === 1) {
        tx = n - 1 - tx;
        ty = n - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
  }
  return before + d;
}
