// The two files besides the areas that the coverage page reads from the build: the postcode
// points people are placed at (generated/postcodes.csv, the same table the offline geocoder uses)
// and the town and neighbourhood names gaps are named after (generated/boundaries.json, the
// offline basemap's labels). Either may fail to load; the analysis then says what it did instead.
import { createResource, type Accessor } from 'solid-js';
import type { Place } from './cellFeatures';
import { loadHomes, parseHomes } from '../../lib/coverage/homes';

export { parseHomes };

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
  const [homes] = createResource(loadHomes);
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
