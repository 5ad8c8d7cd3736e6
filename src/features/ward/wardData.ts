// The shipped open data a neighbourhood page reads: wards and LSOAs (population, ages, deprivation),
// the borough outline, and the postcode points the planner places people at. Fetched once per
// visit and shared by the ward pages (the files are static, so the browser caches them too).
import { createResource, type Accessor } from 'solid-js';
import type { AreaCollection } from '../../domain/types';
import type { OutlineFeature } from '../../geo/hexLattice';
import { fetchJson } from '../../lib/fetchJson';
import { loadHomes } from '../../lib/coverage/homes';

export interface WardData {
  wards: AreaCollection;
  lsoas: AreaCollection;
  outline: OutlineFeature;
}

let areas: Promise<WardData> | null = null;

function loadAreas(): Promise<WardData> {
  const base = import.meta.env.BASE_URL;
  areas ??= Promise.all([
    fetchJson<AreaCollection>(`${base}generated/areas-ward.json`),
    fetchJson<AreaCollection>(`${base}generated/areas-lsoa.json`),
    fetchJson<OutlineFeature | { type: 'FeatureCollection'; features: OutlineFeature[] }>(`${base}generated/borough.json`),
  ]).then(([wards, lsoas, borough]) => ({ wards, lsoas, outline: borough.type === 'FeatureCollection' ? borough.features[0] : borough }));
  // A failed load is tried again on the next visit rather than remembered.
  areas.catch(() => (areas = null));
  return areas;
}

export function createWardData(): { data: Accessor<WardData | undefined>; error: Accessor<string | null> } {
  const [data] = createResource(loadAreas);
  return { data: () => (data.error ? undefined : data()), error: () => (data.error ? String((data.error as Error).message ?? data.error) : null) };
}

/** The postcode points (undefined while loading; null when they could not be read and people are spread over each area, as the planner does). */
export function createHomes(): { homes: Accessor<Float64Array | null | undefined> } {
  const [homes] = createResource(loadHomes);
  return { homes: () => (homes.loading ? undefined : (homes()?.points ?? null)) };
}
