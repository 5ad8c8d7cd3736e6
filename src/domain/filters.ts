// What a resident asked for (search words, categories, kinds, opening times, cost, ages,
// accessibility, a place to be near) and the one function that turns the published assets into
// the list and map they see. Map, list and counts all come from here, so they always agree.
import { ACCESSIBILITY, type AccessibilityFeature, type AgeGroup, type AssetFeature, type AssetKind, type PublishedAssetProps } from './types';
import type { SearchIndex } from './search/buildSearchIndex';
import { matchQuery, type QueryMatches } from './search/search';
import { haversine } from './distance';

export interface OpenOn {
  /** 0 Sunday .. 6 Saturday, as Date.getDay(). */
  weekday: number;
  /** "HH:MM", or null for "at any time that day". */
  time: string | null;
}

export interface NearPoint {
  lat: number;
  lng: number;
  /** What to call the point: "your location" or the postcode searched for. */
  label: string;
}

export interface FilterState {
  q: string;
  /** Category slugs; an asset in any of them matches. */
  categories: string[];
  /** Any of these kinds. */
  kinds: AssetKind[];
  openNow: boolean;
  openOn: OpenOn | null;
  free: boolean;
  /** Any of these age groups; an asset with no age groups is for everyone. */
  ages: AgeGroup[];
  /** All of these features: a resident who needs step-free access and a hearing loop needs both. */
  access: AccessibilityFeature[];
  /** Sort by distance from here; not a filter (nothing is hidden for being far). */
  near: NearPoint | null;
}

export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({
  q: '',
  categories: [],
  kinds: [],
  openNow: false,
  openOn: null,
  free: false,
  ages: [],
  access: [],
  near: null,
});

/** Opening-hours checks, passed in so the large hours parser can load after the first list. */
export interface HoursCheck {
  isOpenAt(value: string | null, date: Date): boolean | null;
  openOnDay(value: string | null, weekday: number, from: Date, time?: string | null): boolean | null;
}

/** The filtered, ranked assets as parallel arrays: no object per asset on each keystroke. */
export interface FilteredAssets {
  features: AssetFeature[];
  /** Search score per feature when there was a query. */
  scores: Float32Array | null;
  /** FIELD bits of the fields the query matched (see search/fields.ts `fieldNames`). */
  fields: Uint8Array | null;
  /** Metres from `near` per feature when near is set. */
  distances: Float64Array | null;
  /** Open now / open on was asked for but no HoursCheck was given yet, so it was not applied. */
  hoursPending: boolean;
}

export type FilterKey = 'q' | 'categories' | 'kinds' | 'openNow' | 'openOn' | 'free' | 'ages' | 'access';

interface Skip {
  key?: FilterKey;
  /** With key 'access': drop only this one feature. */
  value?: string;
}

// Where each indexed document sits in the feature list being filtered. Usually the index was
// built from this very list (document n is feature n); after live data replaces the static file
// the two can differ until the worker rebuilds the index, and ids keep them in step.
interface Placement {
  index: SearchIndex;
  docToPos: Int32Array;
  /** Features the index does not know, listed after the rest when nothing is searched. */
  unindexed: number[];
}
const placements = new WeakMap<readonly AssetFeature[], Placement>();

function placementOf(features: readonly AssetFeature[], index: SearchIndex): Placement {
  const cached = placements.get(features);
  if (cached && cached.index === index) return cached;
  const docToPos = new Int32Array(index.size).fill(-1);
  const unindexed: number[] = [];
  let same = features.length === index.size;
  for (let i = 0; same && i < features.length; i++) same = features[i].properties.id === index.ids[i];
  if (same) {
    for (let i = 0; i < features.length; i++) docToPos[i] = i;
  } else {
    const docOf = new Map(index.ids.map((id, d) => [id, d]));
    features.forEach((f, i) => {
      const d = docOf.get(f.properties.id);
      if (d === undefined) unindexed.push(i);
      else docToPos[d] = i;
    });
  }
  const p = { index, docToPos, unindexed };
  placements.set(features, p);
  return p;
}

function needsHours(state: FilterState, skip: Skip): boolean {
  return (state.openNow && skip.key !== 'openNow') || (state.openOn !== null && skip.key !== 'openOn');
}

/** One predicate for the whole list, with every set built once per call, not once per asset. */
function compile(state: FilterState, now: Date, hours: HoursCheck | null | undefined, skip: Skip): (p: PublishedAssetProps) => boolean {
  const cats = skip.key === 'categories' || state.categories.length === 0 ? null : new Set(state.categories);
  const kinds = skip.key === 'kinds' || state.kinds.length === 0 ? null : new Set<string>(state.kinds);
  const free = state.free && skip.key !== 'free';
  const ages = skip.key === 'ages' || state.ages.length === 0 ? null : new Set<string>(state.ages);
  const access = skip.key === 'access' ? (skip.value ? state.access.filter((a) => a !== skip.value) : []) : state.access;
  const openNow = hours && state.openNow && skip.key !== 'openNow' ? new Map<string | null, boolean | null>() : null;
  const openOn = hours && state.openOn && skip.key !== 'openOn' ? new Map<string | null, boolean | null>() : null;
  const on = state.openOn;
  return (p) => {
    if (kinds && !kinds.has(p.kind)) return false;
    if (free && !p.free) return false;
    if (cats) {
      let any = false;
      for (const c of p.categories) if (cats.has(c)) { any = true; break; }
      if (!any) return false;
    }
    if (ages && p.age_groups.length > 0) {
      let any = false;
      for (const a of p.age_groups) if (ages.has(a)) { any = true; break; }
      if (!any) return false;
    }
    for (const a of access) if (!p.accessibility.includes(a)) return false;
    // Hours are the dearest check; thousands of assets share a few strings, so each string is
    // evaluated once per call.
    if (openNow) {
      let r = openNow.get(p.opening_hours);
      if (r === undefined) openNow.set(p.opening_hours, (r = hours!.isOpenAt(p.opening_hours, now)));
      if (r !== true) return false;
    }
    if (openOn && on) {
      let r = openOn.get(p.opening_hours);
      if (r === undefined) openOn.set(p.opening_hours, (r = hours!.openOnDay(p.opening_hours, on.weekday, now, on.time)));
      if (r !== true) return false;
    }
    return true;
  };
}

interface Passing {
  /** Feature positions that pass, in search rank (query) or name order (no query). */
  positions: number[];
  /** Per passing position, its place in `match` arrays (query only). */
  matchAt: number[] | null;
  match: QueryMatches | null;
}

function collect(features: readonly AssetFeature[], state: FilterState, index: SearchIndex, now: Date, hours: HoursCheck | null | undefined, skip: Skip): Passing {
  const place = placementOf(features, index);
  const passes = compile(state, now, hours, skip);
  const positions: number[] = [];
  const match = skip.key === 'q' ? null : matchQuery(index, state.q);
  if (match) {
    const matchAt: number[] = [];
    for (let i = 0; i < match.docs.length; i++) {
      const pos = place.docToPos[match.docs[i]];
      if (pos >= 0 && passes(features[pos].properties)) {
        positions.push(pos);
        matchAt.push(i);
      }
    }
    return { positions, matchAt, match };
  }
  for (let r = 0; r < index.size; r++) {
    const pos = place.docToPos[index.byName[r]];
    if (pos >= 0 && passes(features[pos].properties)) positions.push(pos);
  }
  for (const pos of place.unindexed) if (passes(features[pos].properties)) positions.push(pos);
  return { positions, matchAt: null, match: null };
}

/**
 * The assets to show for a filter state: filtered, then ranked by search score when there is a
 * query, by distance when `near` is set (distance wins when both are), else by name.
 * `hours` comes from openingHours.ts once it has loaded; until then hour filters are skipped
 * and `hoursPending` says so.
 */
export function applyFilters(
  features: readonly AssetFeature[],
  state: FilterState,
  index: SearchIndex,
  now: Date,
  hours?: HoursCheck | null,
): FilteredAssets {
  const { positions, matchAt, match } = collect(features, state, index, now, hours, {});
  const n = positions.length;
  let order: Uint32Array | null = null; // permutation of 0..n-1 when sorting by distance
  let distances: Float64Array | null = null;
  if (state.near) {
    const here = state.near;
    const raw = new Float64Array(n);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [lng, lat] = features[positions[i]].geometry.coordinates;
      raw[i] = haversine(here, { lat, lng });
      // Metres, then the existing order (search rank or name) for ties; one numeric sort.
      keys[i] = Math.round(raw[i] * 10) * 0x200000 + i;
    }
    keys.sort();
    order = new Uint32Array(n);
    distances = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = keys[k] % 0x200000;
      order[k] = i;
      distances[k] = raw[i];
    }
  }
  const out: AssetFeature[] = new Array(n);
  const scores = match ? new Float32Array(n) : null;
  const fields = match ? new Uint8Array(n) : null;
  for (let k = 0; k < n; k++) {
    const i = order ? order[k] : k;
    out[k] = features[positions[i]];
    if (match && matchAt && scores && fields) {
      scores[k] = match.scores[matchAt[i]];
      fields[k] = match.fields[matchAt[i]];
    }
  }
  return { features: out, scores, fields, distances, hoursPending: !hours && needsHours(state, {}) };
}

/**
 * How many assets each category would show with every other filter as it is (the numbers
 * beside the category checkboxes). Categories with none are absent.
 */
export function categoryCounts(
  features: readonly AssetFeature[],
  state: FilterState,
  index: SearchIndex,
  now: Date,
  hours?: HoursCheck | null,
): Record<string, number> {
  const { positions } = collect(features, state, index, now, hours, { key: 'categories' });
  const counts: Record<string, number> = {};
  for (const pos of positions) {
    for (const c of features[pos].properties.categories) counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}

export interface Relaxation {
  /** The filter to remove (for 'access', just `value`). */
  remove: FilterKey;
  value?: string;
  /** How many assets would show without it. */
  count: number;
  /** The state to switch to. */
  state: FilterState;
  /** What the suggestion says. */
  label: string;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function without(state: FilterState, key: FilterKey, value?: string): FilterState {
  switch (key) {
    case 'q': return { ...state, q: '' };
    case 'categories': return { ...state, categories: [] };
    case 'kinds': return { ...state, kinds: [] };
    case 'openNow': return { ...state, openNow: false };
    case 'openOn': return { ...state, openOn: null };
    case 'free': return { ...state, free: false };
    case 'ages': return { ...state, ages: [] };
    case 'access': return { ...state, access: state.access.filter((a) => a !== value) };
  }
}

function relaxLabel(state: FilterState, key: FilterKey, value?: string): string {
  switch (key) {
    case 'q': return `Clear the search “${state.q.trim()}”`;
    case 'categories': return 'Show all categories';
    case 'kinds': return 'Show places, groups and services';
    case 'openNow': return 'Include places that are closed now';
    case 'openOn': return `Include places that are not open on ${DAY_NAMES[state.openOn?.weekday ?? 0]}${state.openOn?.time ? ` at ${state.openOn.time}` : ''}`;
    case 'free': return 'Include things that charge';
    case 'ages': return 'Show all age groups';
    case 'access': {
      const name = (ACCESSIBILITY as Record<string, string>)[value ?? ''] ?? value ?? '';
      // Lower-case the feature mid-sentence, but not a proper name ("British Sign Language").
      return `Show places without ${name.startsWith('British') ? name : name.charAt(0).toLowerCase() + name.slice(1)}`;
    }
  }
}

/**
 * When nothing matches: each single filter whose removal would bring results back, with how
 * many, most results first.
 */
export function suggestRelaxations(
  state: FilterState,
  features: readonly AssetFeature[],
  index: SearchIndex,
  now: Date,
  hours?: HoursCheck | null,
): Relaxation[] {
  const candidates: Skip[] = [];
  if (state.q.trim()) candidates.push({ key: 'q' });
  if (state.categories.length) candidates.push({ key: 'categories' });
  if (state.kinds.length) candidates.push({ key: 'kinds' });
  if (state.openNow) candidates.push({ key: 'openNow' });
  if (state.openOn) candidates.push({ key: 'openOn' });
  if (state.free) candidates.push({ key: 'free' });
  if (state.ages.length) candidates.push({ key: 'ages' });
  for (const a of state.access) candidates.push({ key: 'access', value: a });
  const out: Relaxation[] = [];
  for (const skip of candidates) {
    const key = skip.key!;
    const count = collect(features, state, index, now, hours, skip).positions.length;
    if (count > 0) {
      out.push({ remove: key, value: skip.value, count, state: without(state, key, skip.value), label: relaxLabel(state, key, skip.value) });
    }
  }
  return out.sort((a, b) => b.count - a.count);
}
