// The find page's part in counting searches that found little (issue 17): when the results for a
// search settle at fewer than FEW_RESULTS, work out the ward the search was centred in (the place
// searched near, or where the person moved the map) and the term from our vocabulary, and hand
// them to the recorder. The ward boundaries are fetched only then, and the ward is found here in
// the browser: only its code is sent. Nothing here can fail the page.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { FilterState, FilteredAssets } from '../../domain/filters';
import type { AreaCollection, Category } from '../../domain/types';
import { FEW_RESULTS, demandTerm, wardAt } from '../../domain/searchDemand';
import { createDemandRecorder } from '../../lib/demandRecorder';
import { demandOptedOut } from '../../lib/demandOptOut';
import { fetchJson } from '../../lib/fetchJson';

let wards: Promise<AreaCollection | null> | null = null;
function loadWards(): Promise<AreaCollection | null> {
  wards ??= fetchJson<AreaCollection>(`${import.meta.env.BASE_URL}generated/areas-ward.json`).catch(() => {
    wards = null; // offline: try again next time
    return null;
  });
  return wards;
}

export function createDemandRecording(o: {
  filters: Accessor<FilterState>;
  filtered: Accessor<FilteredAssets | null>;
  categories: Accessor<readonly Category[]>;
  record: (ward_code: string, term: string, visit_token: string) => Promise<unknown>;
}): { mapMoved(centre: { lat: number; lng: number }): void } {
  const recorder = createDemandRecorder({ record: o.record });
  onCleanup(() => recorder.dispose());
  const [mapCentre, setMapCentre] = createSignal<{ lat: number; lng: number } | null>(null);
  let asked = 0;
  createEffect(() => {
    const f = o.filtered();
    const filters = o.filters();
    const centre = filters.near ?? mapCentre();
    const ask = ++asked;
    if (!f || f.hoursPending || f.features.length >= FEW_RESULTS || !centre || demandOptedOut()) return recorder.note(null);
    const term = demandTerm(filters.q, filters.categories, o.categories());
    if (!term) return recorder.note(null);
    void loadWards().then((w) => {
      const ward = w && wardAt(centre.lat, centre.lng, w);
      if (ask === asked) recorder.note(ward ? { ward, term } : null);
    });
  });
  return { mapMoved: setMapCentre };
}
