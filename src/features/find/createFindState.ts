// The find page's state lives in the URL (src/domain/urlState.ts), so every view can be shared,
// bookmarked and reached with the Back button. Filter changes push a history entry; typing,
// selection and the phone's map/list switch replace the current one, so Back is not a keystroke log.
import { useLocation, useNavigate } from '@solidjs/router';
import { createMemo, createSignal, createEffect, on, untrack, type Accessor } from 'solid-js';
import type { FilterState } from '../../domain/filters';
import { fromSearchParams, toQueryString, type UrlState, type View } from '../../domain/urlState';

export interface FindState {
  url: Accessor<UrlState>;
  /** The filters in force, with the search words as typed (ahead of the URL by a tick). */
  filters: Accessor<FilterState>;
  query: Accessor<string>;
  setQuery(q: string): void;
  setFilters(patch: Partial<FilterState>): void;
  replaceFilters(next: FilterState): void;
  sel: Accessor<string | null>;
  setSel(id: string | null): void;
  view: Accessor<View | null>;
  /**
   * Switches list/map, and the selection with it when given: one URL change, because a second
   * write before the router has caught up with the first would undo it.
   */
  setView(view: View, sel?: string | null): void;
  /** Drop a hand-written `pc=` once it has been looked up (or failed). */
  clearPostcode(): void;
  /** The current search string ("?q=…"), for "Back to results". */
  search: Accessor<string>;
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  return toQueryString({ filters: a }) === toQueryString({ filters: b });
}

export function createFindState(): FindState {
  const location = useLocation();
  const navigate = useNavigate();
  const url = createMemo(() => fromSearchParams(new URLSearchParams(location.search)));

  // The box shows what was typed; the URL catches up. Back/forward (URL changes we did not
  // write) put the URL's words back in the box.
  const initialQ = untrack(() => url().filters.q);
  const [query, setQueryText] = createSignal(initialQ);
  let written = initialQ;
  createEffect(
    on(
      () => url().filters.q,
      (q) => {
        if (q !== written) {
          written = q;
          setQueryText(q);
        }
      },
      { defer: true },
    ),
  );

  const write = (next: UrlState, replace: boolean) => {
    written = next.filters.q;
    const qs = toQueryString(next);
    navigate(qs ? `${location.pathname}?${qs}` : location.pathname, { replace, scroll: false });
  };

  const current = () => ({ ...url().filters, q: query() });
  const filters = createMemo<FilterState>(current, untrack(current), { equals: sameFilters });

  return {
    url,
    filters,
    query,
    setQuery(q) {
      setQueryText(q);
      write({ ...url(), filters: { ...url().filters, q } }, true);
    },
    setFilters(patch) {
      write({ ...url(), filters: { ...url().filters, q: query(), ...patch } }, false);
    },
    replaceFilters(next) {
      setQueryText(next.q);
      write({ ...url(), postcode: null, filters: next }, false);
    },
    sel: () => url().sel,
    setSel(id) {
      if (id !== url().sel) write({ ...url(), filters: { ...url().filters, q: query() }, sel: id }, true);
    },
    view: () => url().view,
    setView(view, sel = url().sel) {
      write({ ...url(), filters: { ...url().filters, q: query() }, view, sel }, true);
    },
    clearPostcode() {
      if (url().postcode) write({ ...url(), postcode: null }, true);
    },
    search: () => location.search,
  };
}
