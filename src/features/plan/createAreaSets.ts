// The areas the analysis runs on: the static files the build ships (at once), then whatever the
// database holds (after a planner loads new areas, those). Database sets that match the static
// ones keep the static objects, so the coverage engine's cache (keyed by identity) is not thrown
// away for the same data.
import { createResource, createSignal, untrack, type Accessor } from 'solid-js';
import type { Api } from '../../backend/api';
import type { AreaCollection, AreaKind } from '../../domain/types';
import type { OutlineFeature } from '../../geo/hexLattice';

export interface AreaSets {
  outline: Accessor<OutlineFeature | null>;
  byKind: (kind: AreaKind) => AreaCollection | null;
  /** Where the areas came from: the files shipped with the app, or the database. */
  source: Accessor<'loading' | 'static' | 'database'>;
  /** Whether the areas of this kind are the ones the app ships (same codes, figures and shapes), so their data vintages are known. */
  shipped: (kind: AreaKind) => boolean;
  error: Accessor<string | null>;
  /** Ask the database again (after loading areas). */
  refresh: () => void;
}

const KINDS: AreaKind[] = ['ward', 'lsoa', 'custom'];

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (${res.status})`);
  return (await res.json()) as T;
}

/** A cheap fingerprint: same codes, populations and deciles means the same analysis. */
function signature(c: AreaCollection): string {
  return c.features.map((f) => `${f.properties.code}:${f.properties.population}:${f.properties.imd_decile}:${f.properties.parent_code}:${JSON.stringify(f.geometry.coordinates).length}`).join('|');
}

export function createAreaSets(api: Api, dataVersion: Accessor<number>): AreaSets {
  const base = import.meta.env.BASE_URL;
  const [sets, setSets] = createSignal<Partial<Record<AreaKind, AreaCollection>>>({});
  const [shippedSets, setShippedSets] = createSignal<Partial<Record<AreaKind, AreaCollection>>>({});
  const [source, setSource] = createSignal<'loading' | 'static' | 'database'>('loading');
  const [error, setError] = createSignal<string | null>(null);
  const [outline] = createResource(async () => {
    // The build copies data/borough.geojson as it is: a Feature or a FeatureCollection of one.
    const fc = await getJson<OutlineFeature | { type: 'FeatureCollection'; features: OutlineFeature[] }>(`${base}generated/borough.json`);
    return fc.type === 'FeatureCollection' ? fc.features[0] : fc;
  });

  void Promise.all([getJson<AreaCollection>(`${base}generated/areas-ward.json`), getJson<AreaCollection>(`${base}generated/areas-lsoa.json`)])
    .then(([ward, lsoa]) => {
      if (untrack(source) !== 'loading') return;
      setSets({ ward, lsoa });
      setShippedSets({ ward, lsoa });
      setSource('static');
    })
    .catch((e: Error) => setError(e.message));

  const [tick, setTick] = createSignal(0);
  createResource(
    () => [dataVersion(), tick()] as const,
    async () => {
      try {
        const answers = await Promise.all(KINDS.map((k) => api.areas(k)));
        const current = untrack(sets);
        const next: Partial<Record<AreaKind, AreaCollection>> = {};
        KINDS.forEach((k, i) => {
          const fc = answers[i];
          if (fc.features.length === 0) {
            // An empty table (a fresh Supabase project) keeps the shipped sample areas.
            if (k !== 'custom' && current[k]) next[k] = current[k];
            return;
          }
          next[k] = current[k] && signature(current[k]!) === signature(fc) ? current[k] : fc;
        });
        if (!next.ward || !next.lsoa) return;
        setSets(next);
        setSource('database');
        setError(null);
      } catch (e) {
        if (untrack(source) === 'loading') setError((e as Error).message);
      }
    },
  );

  return {
    outline: () => outline() ?? null,
    byKind: (kind) => sets()[kind] ?? null,
    source,
    shipped: (kind) => !!sets()[kind] && sets()[kind] === shippedSets()[kind],
    error: () => error() ?? (outline.error ? String((outline.error as Error).message ?? outline.error) : null),
    refresh: () => setTick((t) => t + 1),
  };
}
