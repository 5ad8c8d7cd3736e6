// The duplicate check on the moderator's machine: the listings already on the map are read once
// (api.import_listings) and every row of the file is matched against them here, instead of the
// database comparing each row with its neighbours (api.import_candidates, kept as the
// reference). Same answers, measured in tests/bench/import-path.bench.ts; the database spent
// most of its time on trigonometry and trigram sets that are cheap here, computed once a listing.
//
// The answers must equal the database's to the last digit (tests/sql/importCandidateIndex.test.ts),
// so this follows pg_trgm's `similarity` and earthdistance's `earth_distance` exactly, and rounds
// as `round(x::numeric, n)` does.
import type { ImportCandidate, ImportListings } from '../../backend/api';
import type { Uuid } from '../../domain/types';
import type { CandidateQuery } from './plan';

/** Within this distance (metres) a listing with a similar name may be the same place. */
export const NEARBY_M = 150;
/** pg_trgm similarity at or above which two names are "similar". */
export const SIMILAR_AT = 0.5;

// earthdistance's earth(): the radius it measures on.
const EARTH_M = 6378168;
const RADIANS = Math.PI / 180;

type Point3 = readonly [number, number, number];

/** earthdistance's ll_to_earth: the point on a sphere of radius earth(), in the same order of operations. */
function earthPoint(lat: number, lng: number): Point3 {
  const la = lat * RADIANS;
  const lo = lng * RADIANS;
  return [EARTH_M * Math.cos(la) * Math.cos(lo), EARTH_M * Math.cos(la) * Math.sin(lo), EARTH_M * Math.sin(la)];
}

/** earthdistance's earth_distance: the great circle through the chord (cube_distance, sec_to_gc). */
function earthDistance(a: Point3, b: Point3): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  const dz = a[2] - b[2];
  const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
  if (chord / (2 * EARTH_M) > 1) return Math.PI * EARTH_M;
  return 2 * EARTH_M * Math.asin(chord / (2 * EARTH_M));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case as Postgres's towlower does, one code point to one ("İ" is "i", not "i̇"). */
function lowerChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : String.fromCodePoint(lower.codePointAt(0)!);
}

/** pg_trgm's trigrams of a string (keep only letters and digits, ignore case), as a set. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  let word: string[] = [];
  const flush = () => {
    if (word.length === 0) return;
    const padded = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 2 < padded.length; i++) out.add(padded[i] + padded[i + 1] + padded[i + 2]);
    word = [];
  };
  for (const ch of text) {
    if (WORD_CHAR.test(ch)) word.push(lowerChar(ch));
    else flush();
  }
  flush();
  return out;
}

/** pg_trgm's similarity: shared trigrams over all trigrams, in single precision (a `real`). */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return Math.fround(shared / (a.size + b.size - shared));
}

/**
 * `round(x::numeric, places)`: the cast keeps `digits` significant digits (15 for a double, 6
 * for a real), then rounds half away from zero.
 */
export function roundAsNumeric(x: number, digits: number, places: number): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(x.toPrecision(digits));
  if (!m) return x;
  const [, sign, whole, fraction = '', exp = '0'] = m;
  const exponent = Number(exp) - fraction.length; // value = digits × 10^exponent
  let scaled = BigInt(whole + fraction); // × 10^(exponent + places) once scaled
  const shift = exponent + places;
  if (shift >= 0) scaled *= 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    scaled = (scaled + divisor / 2n) / divisor;
  }
  const value = Number(scaled) / 10 ** places;
  return sign ? -value : value;
}

/** Postgres's btrim with no characters given: spaces only. */
const btrim = (s: string) => s.replace(/^ +| +$/g, '');

interface Existing {
  id: Uuid;
  name: string;
  point: Point3;
  trigrams: Set<string> | null; // made on first comparison
}

export interface CandidateIndex {
  /** The candidates of each row, as api.import_candidates answers them. */
  candidates(rows: readonly CandidateQuery[]): ImportCandidate[];
}

/** Cells a little over NEARBY_M wide, so every listing within reach is in the 3×3 cells around a row. */
const CELL_LAT = (NEARBY_M * 1.01) / (EARTH_M * RADIANS);

export function createCandidateIndex(listings: ImportListings): CandidateIndex {
  const partnerIds = new Map<string, Uuid>();
  for (const [externalId, id] of listings.partner_ids) if (!partnerIds.has(externalId)) partnerIds.set(externalId, id);

  // Longitude cells are as wide as a latitude cell at the most poleward listing, so none is too narrow.
  let maxAbsLat = 0;
  for (const l of listings.listings) maxAbsLat = Math.max(maxAbsLat, Math.abs(l[2]));
  const cellLng = CELL_LAT / Math.max(Math.cos(Math.min(maxAbsLat + 1, 89) * RADIANS), 0.01);
  const cellOf = (lat: number, lng: number) => [Math.floor(lat / CELL_LAT), Math.floor(lng / cellLng)] as const;
  const cells = new Map<string, Existing[]>();
  for (const [id, name, lat, lng] of listings.listings) {
    const [i, j] = cellOf(lat, lng);
    const key = `${i}:${j}`;
    const entry: Existing = { id, name, point: earthPoint(lat, lng), trigrams: null };
    const cell = cells.get(key);
    if (cell) cell.push(entry);
    else cells.set(key, [entry]);
  }

  function similarTo(row: CandidateQuery, exclude: Uuid | null): ImportCandidate['similar'] {
    const here = earthPoint(row.lat, row.lng);
    const mine = trigrams(row.name);
    const [i, j] = cellOf(row.lat, row.lng);
    const found: { id: Uuid; name: string; d: number; sim: number }[] = [];
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const e of cells.get(`${i + di}:${j + dj}`) ?? []) {
          if (e.id === exclude) continue;
          const d = earthDistance(here, e.point);
          if (d > NEARBY_M) continue;
          e.trigrams ??= trigrams(e.name);
          const sim = trigramSimilarity(e.trigrams, mine);
          if (sim >= SIMILAR_AT) found.push({ id: e.id, name: e.name, d, sim });
        }
      }
    }
    // Ties in the order the database breaks them: by id (uuids compare as their text does).
    found.sort((a, b) => b.sim - a.sim || a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return found.map((f) => ({ id: f.id, name: f.name, distance_m: roundAsNumeric(f.d, 15, 1), similarity: roundAsNumeric(f.sim, 6, 3) }));
  }

  return {
    candidates(rows) {
      return rows
        .map((row) => {
          const externalId = row.external_id === null ? null : btrim(row.external_id);
          const match = externalId === null ? null : (partnerIds.get(externalId) ?? null);
          return { row: row.row, external_match: match, similar: similarTo(row, match) };
        })
        .sort((a, b) => a.row - b.row);
    },
  };
}

/** PlanDeps.candidates from a loader of the listings on the map, read once on first use. */
export function localCandidates(load: () => Promise<ImportListings>): (rows: CandidateQuery[]) => Promise<ImportCandidate[]> {
  let index: Promise<CandidateIndex> | null = null;
  return async (rows) => {
    if (!index) {
      const reading = load().then(createCandidateIndex);
      reading.catch(() => {
        if (index === reading) index = null; // a failed read may succeed on the next try
      });
      index = reading;
    }
    return (await index).candidates(rows);
  };
}
