// Published assets → what the list, the map and the counts show. One memo feeds both views, so
// they can never disagree (issue 3: "both always show the same filtered set").
import { createMemo, type Accessor } from 'solid-js';
import {
  applyFilters,
  categoryCounts,
  suggestRelaxations,
  type FilterState,
  type FilteredAssets,
  type HoursCheck,
  type Relaxation,
} from '../../domain/filters';
import { matchQuery, type SearchIndex } from '../../domain/search';
import type { AssetFeature } from '../../domain/types';

export interface FindResults {
  /** Null until the search index exists (large sets build it in a worker). */
  filtered: Accessor<FilteredAssets | null>;
  /** The features to draw: the filtered set, or everything while the index builds. */
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
  const shown = createMemo(() => filtered()?.features ?? o.features());
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
  return { filtered, shown, counts, relaxations, queryFindsNothing };
}
