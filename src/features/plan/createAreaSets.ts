// The areas the analysis runs on: the static files the build ships (at once), then whatever the
// database holds (after a planner loads new areas, those), read like the published assets
// (src/app/createStaticThenLive.ts), under the `areas` key. Database sets that match the static ones keep the static
// objects, so the coverage engine's cache (keyed by identity) is not thrown away for the same data.
import { fetchJson } from '../../lib/fetchJson';
import { createResource, type Accessor } from 'solid-js';
import type { AreaCollection, AreaKind } from '../../domain/types';
import type { OutlineFeature } from '../../geo/hexLattice';
import { written } from '../../app/data/liveData';
import type { Reads } from '../../app/data/reads';
import { createStaticThenLive } from '../../app/createStaticThenLive';

export interface AreaSets {
  outline: Accessor<OutlineFeature | null>;
  byKind: (kind: AreaKind) => AreaCollection | null;
  /** Whether the areas of this kind are the ones the app ships (same codes, figures and shapes), so their data vintages are known. */
  shipped: (kind: AreaKind) => boolean;
  /** Where the areas came from: the files shipped with the app, or the database. */
  source: Accessor<'loading' | 'static' | 'database'>;
  error: Accessor<string | null>;
  /** Ask the database again (after loading areas): the `areas` key's revalidation. */
  refresh: () => void;
}

const KINDS: AreaKind[] = ['ward', 'lsoa', 'custom'];
type Sets = Partial<Record<AreaKind, AreaCollection>>;
const SOURCE_NAMES = { loading: 'loading', static: 'static', live: 'database' } as const;

/** A cheap fingerprint: same codes, populations and deciles means the same analysis. */
function signature(c: AreaCollection): string {
  return c.features
    .map((f) => `${f.properties.code}:${f.properties.population}:${f.properties.imd_decile}:${f.properties.parent_code}:${JSON.stringify(f.geometry.coordinates).length}`)
    .join('|');
}

export function createAreaSets(reads: Pick<Reads, 'areas'>): AreaSets {
  const base = import.meta.env.BASE_URL;
  const [outline] = createResource(async () => {
    // The build copies data/borough.geojson as it is: a Feature or a FeatureCollection of one.
    const fc = await fetchJson<OutlineFeature | { type: 'FeatureCollection'; features: OutlineFeature[] }>(`${base}generated/borough.json`);
    return fc.type === 'FeatureCollection' ? fc.features[0] : fc;
  });

  // The shipped sets, kept to tell whether what is shown is still them (live sets that match keep
  // these very objects, see merge).
  let shipped: Sets = {};
  const sets = createStaticThenLive<Sets>({
    readFile: async () => {
      const [ward, lsoa] = await Promise.all([
        fetchJson<AreaCollection>(`${base}generated/areas-ward.json`),
        fetchJson<AreaCollection>(`${base}generated/areas-lsoa.json`),
      ]);
      shipped = { ward, lsoa };
      return shipped;
    },
    readLive: async () => {
      const answers = await Promise.all(KINDS.map((k) => reads.areas(k)));
      return Object.fromEntries(KINDS.map((k, i) => [k, answers[i]]));
    },
    // Planners are signed in, so the database is starting anyway: ask it at once.
    liveAfterFile: () => Promise.resolve(),
    merge: (live, shown) => {
      const next: Sets = {};
      for (const k of KINDS) {
        const fc = live[k]!;
        const current = shown?.[k];
        if (fc.features.length === 0) {
          // An empty table (a fresh Supabase project) keeps the shipped sample areas.
          if (k !== 'custom' && current) next[k] = current;
          continue;
        }
        next[k] = current && signature(current) === signature(fc) ? current : fc;
      }
      return next.ward && next.lsoa ? next : null;
    },
    key: 'areas',
  });

  return {
    outline: () => outline() ?? null,
    byKind: (kind) => sets.value()?.[kind] ?? null,
    shipped: (kind) => {
      const shown = sets.value()?.[kind];
      return !!shown && shown === shipped[kind];
    },
    source: () => SOURCE_NAMES[sets.source()],
    error: () => sets.error() ?? (outline.error ? String((outline.error as Error).message ?? outline.error) : null),
    refresh: () => void written('areas'),
  };
}
