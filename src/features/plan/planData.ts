// The two files besides the areas that the coverage page reads from the build: the postcode
// points people are placed at (generated/postcodes.csv, the same table the offline geocoder uses)
// and the town and neighbourhood names gaps are named after (generated/boundaries.json, the
// offline basemap's labels). Either may fail to load; the analysis then says what it did instead.
import { createResource, type Accessor } from 'solid-js';
import type { Place } from './cellFeatures';

/** Postcode points as packed [lng, lat, …], from a CSV with `lat` and `lng` columns; bad rows are skipped. */
export function parseHomes(text: string): Float64Array {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split(',').map((h) => h.trim().toLowerCase()) ?? [];
  const lat = header.indexOf('lat'),
    lng = header.indexOf('lng');
  if (lat < 0 || lng < 0) throw new Error(`the postcode file has no lat and lng columns (its header is "${lines[0] ?? ''}")`);
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',');
    const y = Number(cells[lat]),
      x = Number(cells[lng]);
    if (lines[i] && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90) out.push(x, y);
  }
  return Float64Array.from(out);
}

/** Town and neighbourhood label points from the offline basemap's boundaries file. */
export function placesFrom(boundaries: {
  features?: { properties?: { kind?: string; name?: string } | null; geometry?: { type?: string; coordinates?: unknown } }[];
}): Place[] {
  return (boundaries.features ?? []).flatMap((f) => {
    const c = f.geometry?.coordinates;
    if (f.properties?.kind !== 'town' || !f.properties.name || f.geometry?.type !== 'Point' || !Array.isArray(c)) return [];
    return [{ name: f.properties.name, lng: Number(c[0]), lat: Number(c[1]) }];
  });
}

export interface PlanData {
  /** undefined while loading; null when the file could not be read (people are then spread by area). */
  homes: Accessor<Float64Array | null | undefined>;
  homesError: Accessor<string | null>;
  places: Accessor<Place[]>;
}

export function createPlanData(): PlanData {
  const base = import.meta.env.BASE_URL;
  const [homes] = createResource(async () => {
    try {
      const res = await fetch(`${base}generated/postcodes.csv`);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      return { points: parseHomes(await res.text()), error: null };
    } catch (e) {
      return { points: null, error: (e as Error).message };
    }
  });
  const [places] = createResource(async () => {
    try {
      const res = await fetch(`${base}generated/boundaries.json`);
      return res.ok ? placesFrom(await res.json()) : [];
    } catch {
      return [];
    }
  });
  return {
    homes: () => (homes.loading ? undefined : (homes()?.points ?? null)),
    homesError: () => homes()?.error ?? null,
    places: () => places() ?? [],
  };
}
