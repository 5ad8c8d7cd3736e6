// Postcode → point, behind one interface so the import can use the repo's offline table in
// tests and local mode, postcodes.io when online, or both in a chain.
import { normalisePostcode, outwardCode } from './postcodes';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Geocoder {
  /** The point of one postcode; null when the postcode is unknown. */
  lookup(postcode: string): Promise<LatLng | null>;
  /** Keys are the postcodes exactly as passed in. */
  lookupMany(postcodes: readonly string[]): Promise<Map<string, LatLng | null>>;
}

function key(postcode: string): string {
  return normalisePostcode(postcode) ?? postcode.trim().toUpperCase();
}

/** Build a Geocoder from a batch function; callers get one result per distinct postcode. */
function fromBatch(batch: (normalised: string[]) => Promise<Map<string, LatLng | null>>): Geocoder {
  const lookupMany = async (postcodes: readonly string[]) => {
    const distinct = [...new Set(postcodes.map(key))];
    const found = await batch(distinct);
    const out = new Map<string, LatLng | null>();
    for (const p of postcodes) out.set(p, found.get(key(p)) ?? null);
    return out;
  };
  return {
    lookupMany,
    lookup: async (postcode) => (await lookupMany([postcode])).get(postcode) ?? null,
  };
}

/** The offline table also knows districts: the middle of a district's postcodes. */
export interface OfflineGeocoder extends Geocoder {
  size: number;
  /** The mean point of the district's postcodes ("WN2", any case); null when the table has none. */
  district(outward: string): LatLng | null;
}

/**
 * A geocoder over the repo's postcode table (data/postcodes.csv: postcode,lat,lng[,…]).
 * Lines that do not parse are skipped: the table is ours, not user input.
 */
export function createOfflineGeocoder(csvText: string): OfflineGeocoder {
  const table = new Map<string, LatLng>();
  const lines = csvText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [pc, lat, lng] = lines[i].split(',');
    if (!pc || lat === undefined || lng === undefined) continue;
    const la = Number(lat);
    const ln = Number(lng);
    const norm = normalisePostcode(pc.replace(/"/g, ''));
    if (norm && Number.isFinite(la) && Number.isFinite(ln)) table.set(norm, { lat: la, lng: ln });
  }
  const g = fromBatch(async (distinct) => new Map(distinct.map((p) => [p, table.get(p) ?? null])));
  let districts: Map<string, LatLng> | null = null;
  const district = (outward: string) => {
    if (!districts) {
      const sums = new Map<string, { lat: number; lng: number; n: number }>();
      for (const [pc, ll] of table) {
        const key = outwardCode(pc);
        const s = sums.get(key) ?? { lat: 0, lng: 0, n: 0 };
        sums.set(key, { lat: s.lat + ll.lat, lng: s.lng + ll.lng, n: s.n + 1 });
      }
      districts = new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lng: s.lng / s.n }]));
    }
    return districts.get(outward.trim().toUpperCase()) ?? null;
  };
  return { ...g, size: table.size, district };
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

interface PostcodesIoBulk {
  result?: { query: string; result: { latitude: number | null; longitude: number | null } | null }[];
}

/**
 * postcodes.io bulk lookup (POST /postcodes, at most 100 per request, requests in sequence to
 * stay polite to a free service). A failed request rejects, so a chain can fall through.
 */
export function createPostcodesIoGeocoder(fetchFn: FetchLike, options: { baseUrl?: string; batchSize?: number } = {}): Geocoder {
  const baseUrl = (options.baseUrl ?? 'https://api.postcodes.io').replace(/\/$/, '');
  const batchSize = Math.min(100, options.batchSize ?? 100);
  return fromBatch(async (distinct) => {
    const out = new Map<string, LatLng | null>();
    const valid = distinct.filter((p) => normalisePostcode(p));
    for (let i = 0; i < valid.length; i += batchSize) {
      const postcodes = valid.slice(i, i + batchSize);
      const res = await fetchFn(`${baseUrl}/postcodes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ postcodes }),
      });
      if (!res.ok) throw new Error(`postcodes.io answered ${res.status} for a batch of ${postcodes.length} postcodes.`);
      const body = (await res.json()) as PostcodesIoBulk;
      for (const item of body.result ?? []) {
        const r = item.result;
        const hit = r && r.latitude != null && r.longitude != null ? { lat: r.latitude, lng: r.longitude } : null;
        out.set(key(item.query), hit);
      }
    }
    return out;
  });
}

/**
 * Ask each geocoder in turn for the postcodes the previous ones could not place. A geocoder
 * that fails (offline, rate limited) is reported through onError and skipped, so one broken
 * service leaves rows unplaced (and reported) instead of failing the whole import.
 */
export function chainGeocoders(...args: (Geocoder | { onError: (e: unknown) => void })[]): Geocoder {
  const geocoders = args.filter((a): a is Geocoder => 'lookupMany' in a);
  const opts = args.find((a): a is { onError: (e: unknown) => void } => 'onError' in a);
  return fromBatch(async (distinct) => {
    const out = new Map<string, LatLng | null>();
    let missing = distinct;
    for (const g of geocoders) {
      if (missing.length === 0) break;
      try {
        const found = await g.lookupMany(missing);
        for (const p of missing) {
          const hit = found.get(p) ?? null;
          if (hit) out.set(p, hit);
        }
      } catch (e) {
        opts?.onError(e);
      }
      missing = missing.filter((p) => !out.has(p));
    }
    for (const p of missing) out.set(p, null);
    return out;
  });
}
