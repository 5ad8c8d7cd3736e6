// Published assets → what the list, the map and the counts show. One memo feeds both views, so
// they can never disagree (issue 3: "both always show the same filtered set"). A row carries its
// listing and how far it is together, so nothing has to keep two arrays in step.
import { createMemo, type Accessor } from 'solid-js';
import { applyFilters, categoryCounts, suggestRelaxations, type FilterState, type FilteredAssets, type HoursCheck, type Relaxation } from '../../domain/filters';
import { matchQuery, type SearchIndex } from '../../domain/search';
import type { AssetFeature } from '../../domain/types';

/** One result: the listing, and its distance in metres from the chosen point (null without one). */
export interface ResultRow {
  readonly feature: AssetFeature;
  readonly distance: number | null;
}

export interface FindResults {
  /** Null until the search index exists (large sets build it in a worker). */
  filtered: Accessor<FilteredAssets | null>;
  /** The results in order: the filtered set, or everything while the index builds. */
  rows: Accessor<readonly ResultRow[]>;
  /** The same listings as `rows`, for the map. */
  shown: Accessor<readonly AssetFeature[]>;
  counts: Accessor<Record<string, number>>;
  relaxations: Accessor<Relaxation[]>;
  /** The search words match no listing at all, whatever the filters. */
  queryFindsNothing: Accessor<boolean>;
}

export function createFindResults(o: {
  features: Accessor<readonly AssetFeature[]>;
  index: Accessor<SearchIndex | null>;
  filters: Accessor<FilterState>;
  now: Accessor<Date>;
  hours: Accessor<HoursCheck | null>;
}): FindResults {
  const filtered = createMemo(() => {
    const index = o.index();
    if (!index) return null;
    return applyFilters(o.features(), o.filters(), index, o.now(), o.hours());
  });
  // A listing at the same distance keeps its row object, so the list keeps its DOM (and focus)
  // when results are recomputed for the same set (the clock ticking, opening times arriving).
  let previous = new Map<AssetFeature, ResultRow>();
  const rows = createMemo(() => {
    const f = filtered();
    const features = f?.features ?? o.features();
    const distances = f?.distances ?? null;
    const next = new Map<AssetFeature, ResultRow>();
    const out = features.map((feature, i) => {
      const distance = distances ? distances[i] : null;
      const was = previous.get(feature);
      const row = was && was.distance === distance ? was : { feature, distance };
      next.set(feature, row);
      return row;
    });
    previous = next;
    return out;
  });
  const shown = createMemo(() => rows().map((r) => r.feature));
  const counts = createMemo(() => {
    const index = o.index();
    return index ? categoryCounts(o.features(), o.filters(), index, o.now(), o.hours()) : {};
  });
  const relaxations = createMemo(() => {
    const f = filtered();
    const index = o.index();
    if (!f || !index || f.features.length > 0) return [];
    return suggestRelaxations(o.filters(), o.features(), index, o.now(), o.hours());
  });
  const queryFindsNothing = createMemo(() => {
    const index = o.index();
    const m = index ? matchQuery(index, o.filters().q) : null; // remembered: the list asked the same
    return !!m && m.docs.length === 0;
  });
  return { filtered, rows, shown, counts, relaxations, queryFindsNothing };
}
