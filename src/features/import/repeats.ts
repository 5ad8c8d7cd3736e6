// The same listing twice in one partner file: the same partner ID, or the same name (ignoring
// case, accents, punctuation and invisible characters) within REPEAT_RADIUS_M of an earlier row.
// One pass in row order with a hash of IDs and a grid of names, so a 100k-row file costs a few
// lookups a row, never a comparison of every pair.
import { createIdIndex } from './idIndex';

export const REPEAT_RADIUS_M = 150;

export interface Repeat {
  /** The earlier row this one repeats (the one kept by default). */
  row: number;
  by: 'external_id' | 'name';
  distance_m: number;
}

export interface PlacedListing {
  row: number;
  external_id: string | null;
  name: string;
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
/** Degrees of latitude per grid cell: one cell is about REPEAT_RADIUS_M tall. */
const CELL_LAT = REPEAT_RADIUS_M / (EARTH_RADIUS_M * RAD);

function metres(a: PlacedListing, b: PlacedListing): number {
  const x = (b.lng - a.lng) * RAD * Math.cos(((a.lat + b.lat) / 2) * RAD);
  const y = (b.lat - a.lat) * RAD;
  return Math.sqrt(x * x + y * y) * EARTH_RADIUS_M;
}

/** "  Sample Café! " and "sample cafe" are one name. */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each row that repeats an earlier one, keyed by its row number. `listings` must be in row order. */
export function findRepeats(listings: readonly PlacedListing[]): Map<number, Repeat> {
  const repeats = new Map<number, Repeat>();
  const ids = createIdIndex();
  const byRow = new Map<number, PlacedListing>();
  // Cells are at least REPEAT_RADIUS_M wide everywhere in the file (their width in degrees of
  // longitude is set at its row furthest from the equator), so a match is always in one of the
  // 3×3 cells around a row.
  let maxLat = 0;
  for (const l of listings) maxLat = Math.max(maxLat, Math.abs(l.lat));
  const cellLng = CELL_LAT / Math.cos(Math.min(maxLat, 85) * RAD);
  const cells = new Map<string, PlacedListing[]>();
  const cellX = (l: PlacedListing) => Math.floor(l.lng / cellLng);
  const cellY = (l: PlacedListing) => Math.floor(l.lat / CELL_LAT);
  for (const l of listings) {
    byRow.set(l.row, l);
    if (l.external_id !== null) {
      const first = ids.claim(l.external_id, l.row);
      if (first !== -1) {
        repeats.set(l.row, { row: first, by: 'external_id', distance_m: Math.round(metres(byRow.get(first)!, l)) });
        continue;
      }
    }
    const name = comparableName(l.name);
    const x = cellX(l);
    const y = cellY(l);
    let found: Repeat | null = null;
    for (let dy = -1; dy <= 1 && !found; dy++) {
      for (let dx = -1; dx <= 1 && !found; dx++) {
        for (const other of cells.get(`${x + dx},${y + dy},${name}`) ?? []) {
          const d = metres(other, l);
          if (d <= REPEAT_RADIUS_M) {
            found = { row: other.row, by: 'name', distance_m: Math.round(d) };
            break;
          }
        }
      }
    }
    if (found) {
      repeats.set(l.row, found);
      continue;
    }
    const key = `${x},${y},${name}`;
    const list = cells.get(key);
    if (list) list.push(l);
    else cells.set(key, [l]);
  }
  return repeats;
}
