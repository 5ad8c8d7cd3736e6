// What a resident asked for (search words, categories, kinds, opening times, cost, ages,
// accessibility, a place to be near) and the one function that turns the published assets into
// the list and map they see. Map, list and counts all come from here, so they always agree.
import { ACCESSIBILITY, AGE_GROUPS, ASSET_KINDS, type AccessibilityFeature, type AgeGroup, type AssetFeature, type AssetKind } from './types';
import type { SearchIndex } from './search/buildSearchIndex';
import { matchQuery, type QueryMatches } from './search/search';
import { haversine, shownDistanceStep } from './distance';
import { FRESHNESS_TIERS, makeFreshnessTiers } from './freshnessRank';
import { reachPreset, widerPresets } from './reach';
import { accessLabel, t, weekdayName } from './i18n';

export interface OpenOn {
  /** 0 Sunday .. 6 Saturday, as Date.getDay(). */
  weekday: number;
  /** "HH:MM", or null for "at any time that day". */
  time: string | null;
  /**
   * "YYYY-MM-DD": that very date (a "2nd Tuesday" group is open on the 2nd Tuesday's date, not
   * the 3rd's); `weekday` is then that date's. Absent or null: the next `weekday`, today included.
   */
  date?: string | null;
}

/** The date an OpenOn asks about as a local Date at midnight, or null for "the next weekday". */
export function openOnDate(on: OpenOn): Date | null {
  const m = on.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(on.date) : null;
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : null;
}

export interface NearPoint {
  lat: number;
  lng: number;
  /** What to call the point: "your location" or the postcode searched for. */
  label: string;
}

export interface FilterState {
  q: string;
  /**
   * Category or sub-category slugs; an asset in any of them matches, and choosing a category
   * includes its sub-categories (the index's categoryParents say which those are).
   */
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
  /** Sort by distance from here; not a filter by itself (see `reach`). */
  near: NearPoint | null;
  /** A reach preset id (reach.ts): with `near`, hides what is further than that. */
  reach: string | null;
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
  reach: null,
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
  /** No asset matched every word of the query: these are the closest (most words matched). */
  partial: boolean;
}

export type FilterKey = 'q' | 'categories' | 'kinds' | 'openNow' | 'openOn' | 'free' | 'ages' | 'access' | 'reach';

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
  /** Document n is feature n. */
  identity: boolean;
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
  const p = { index, docToPos, unindexed, identity: same };
  placements.set(features, p);
  return p;
}

function needsHours(state: FilterState, skip: Skip): boolean {
  return (state.openNow && skip.key !== 'openNow') || (state.openOn !== null && skip.key !== 'openOn');
}

// Hours answers for one minute, kept across calls: every keystroke re-filters the same few
// opening-hours strings at the same "now".
interface HoursMemo {
  key: string;
  answers: Map<string | null, boolean | null>;
}
const hoursMemos = new WeakMap<HoursCheck, HoursMemo[]>();

function hoursAnswers(hours: HoursCheck, slot: 0 | 1, key: string): Map<string | null, boolean | null> {
  let memos = hoursMemos.get(hours);
  if (!memos)
    hoursMemos.set(
      hours,
      (memos = [
        { key: '', answers: new Map() },
        { key: '', answers: new Map() },
      ]),
    );
  const memo = memos[slot];
  if (memo.key !== key) {
    memo.key = key;
    memo.answers = new Map();
  }
  return memo.answers;
}

// A columnar copy of what the filters read, built once per feature list: each keystroke then
// tests small integers and bit masks instead of walking arrays of strings on 50k objects.
interface Columns {
  /** The sub-category -> category map the category bits were built with. */
  parents: Readonly<Record<string, string>>;
  kind: Uint8Array; // index in ASSET_KINDS
  free: Uint8Array;
  /**
   * Category slug -> bit number. A feature has the bits of its categories and of their parents,
   * so a category's bit finds the listings of all its types, each counted once.
   */
  catBit: Map<string, number>;
  catWords: number; // 32-bit words per feature
  cats: Uint32Array; // feature i's bits at [i * catWords, (i + 1) * catWords)
  ages: Uint8Array; // AGE_GROUPS bits; 0 means for everyone
  access: Uint16Array; // ACCESSIBILITY bits
  /** Distinct opening_hours strings, and each feature's one. */
  hoursValues: (string | null)[];
  hours: Uint32Array;
}
const columnsCache = new WeakMap<readonly AssetFeature[], Columns>();
const AGE_KEYS = Object.keys(AGE_GROUPS);
const ACCESS_KEYS = Object.keys(ACCESSIBILITY);

function columnsOf(features: readonly AssetFeature[], parents: Readonly<Record<string, string>>): Columns {
  const cached = columnsCache.get(features);
  if (cached && cached.parents === parents) return cached;
  const n = features.length;
  const catBit = new Map<string, number>();
  const addBit = (c: string) => {
    if (!catBit.has(c)) catBit.set(c, catBit.size);
  };
  for (const f of features) {
    for (const c of f.properties.categories) {
      addBit(c);
      if (Object.hasOwn(parents, c)) addBit(parents[c]);
    }
  }
  const catWords = Math.max(1, Math.ceil(catBit.size / 32));
  const setBit = (i: number, c: string) => {
    const b = catBit.get(c)!;
    cols.cats[i * catWords + (b >>> 5)] |= 1 << (b & 31);
  };
  const cols: Columns = {
    parents,
    kind: new Uint8Array(n),
    free: new Uint8Array(n),
    catBit,
    catWords,
    cats: new Uint32Array(n * catWords),
    ages: new Uint8Array(n),
    access: new Uint16Array(n),
    hoursValues: [],
    hours: new Uint32Array(n),
  };
  const hoursId = new Map<string | null, number>();
  for (let i = 0; i < n; i++) {
    const p = features[i].properties;
    cols.kind[i] = (ASSET_KINDS as readonly string[]).indexOf(p.kind);
    cols.free[i] = p.free ? 1 : 0;
    for (const c of p.categories) {
      setBit(i, c);
      if (Object.hasOwn(parents, c)) setBit(i, parents[c]);
    }
    for (const a of p.age_groups) cols.ages[i] |= 1 << AGE_KEYS.indexOf(a);
    for (const a of p.accessibility) {
      const b = ACCESS_KEYS.indexOf(a);
      if (b >= 0) cols.access[i] |= 1 << b;
    }
    let h = hoursId.get(p.opening_hours);
    if (h === undefined) {
      hoursId.set(p.opening_hours, (h = cols.hoursValues.length));
      cols.hoursValues.push(p.opening_hours);
    }
    cols.hours[i] = h;
  }
  columnsCache.set(features, cols);
  return cols;
}

type Predicate = (pos: number) => boolean;

/** One predicate for the whole list, built once per call; null when nothing is filtered. */
function compile(
  features: readonly AssetFeature[],
  state: FilterState,
  index: SearchIndex,
  now: Date,
  hours: HoursCheck | null | undefined,
  skip: Skip,
): Predicate | null {
  const cols = columnsOf(features, index.categoryParents);
  const { catWords } = cols;
  let cats: Uint32Array | null = null;
  if (skip.key !== 'categories' && state.categories.length > 0) {
    cats = new Uint32Array(catWords);
    for (const c of state.categories) {
      const b = cols.catBit.get(c);
      if (b !== undefined) cats[b >>> 5] |= 1 << (b & 31);
    }
  }
  let kinds = 0;
  if (skip.key !== 'kinds') for (const k of state.kinds) kinds |= 1 << (ASSET_KINDS as readonly string[]).indexOf(k);
  const free = state.free && skip.key !== 'free';
  let ages = 0;
  if (skip.key !== 'ages') for (const a of state.ages) ages |= 1 << AGE_KEYS.indexOf(a);
  let access = 0;
  if (skip.key !== 'access' || skip.value) {
    for (const a of state.access) if (!(skip.key === 'access' && a === skip.value)) access |= 1 << ACCESS_KEYS.indexOf(a);
  }
  // Each distinct hours string answered once (1 open, 0 not), memoised per minute across calls.
  let open: Uint8Array | null = null;
  const minute = Math.floor(now.getTime() / 60_000);
  const on = state.openOn;
  const wantNow = !!hours && state.openNow && skip.key !== 'openNow';
  const wantOn = !!hours && !!on && skip.key !== 'openOn';
  if (hours && (wantNow || wantOn)) {
    const nowMemo = wantNow ? hoursAnswers(hours, 0, `${minute}`) : null;
    const onMemo = wantOn && on ? hoursAnswers(hours, 1, `${minute}|${on.weekday}|${on.time}|${on.date ?? ''}`) : null;
    const onFrom = on ? (openOnDate(on) ?? now) : now;
    const onWeekday = on ? (openOnDate(on)?.getDay() ?? on.weekday) : 0;
    open = new Uint8Array(cols.hoursValues.length);
    cols.hoursValues.forEach((v, h) => {
      let ok = true;
      if (nowMemo) {
        let r = nowMemo.get(v);
        if (r === undefined) nowMemo.set(v, (r = hours.isOpenAt(v, now)));
        ok = r === true;
      }
      if (ok && onMemo && on) {
        let r = onMemo.get(v);
        if (r === undefined) onMemo.set(v, (r = hours.openOnDay(v, onWeekday, onFrom, on.time)));
        ok = r === true;
      }
      open![h] = ok ? 1 : 0;
    });
  }
  const limit = skip.key !== 'reach' && state.near ? reachPreset(state.reach)?.metres : undefined;
  const metres = limit !== undefined && state.near ? nearOrderOf(features, state.near, now).metres : null;
  if (!cats && !kinds && !free && !ages && !access && !open && !metres) return null;
  return (i) => {
    if (metres && metres[i] > limit!) return false;
    if (kinds && !((1 << cols.kind[i]) & kinds)) return false;
    if (free && !cols.free[i]) return false;
    if (cats) {
      let any = false;
      for (let w = 0; w < catWords; w++)
        if (cols.cats[i * catWords + w] & cats[w]) {
          any = true;
          break;
        }
      if (!any) return false;
    }
    if (ages && cols.ages[i] && !(cols.ages[i] & ages)) return false;
    if (access && (cols.access[i] & access) !== access) return false;
    if (open && !open[cols.hours[i]]) return false;
    return true;
  };
}

interface Passing {
  /** Feature positions that pass, in search rank (query) or name order (no query). */
  positions: Uint32Array;
  /** Per passing position, its place in `match` arrays; null when it is the same place. */
  matchAt: Uint32Array | null;
  match: QueryMatches | null;
}

function collect(features: readonly AssetFeature[], state: FilterState, index: SearchIndex, now: Date, hours: HoursCheck | null | undefined, skip: Skip): Passing {
  const place = placementOf(features, index);
  const passes = compile(features, state, index, now, hours, skip);
  const { docToPos } = place;
  const match = skip.key === 'q' ? null : matchQuery(index, state.q);
  if (match) {
    const { docs } = match;
    if (!passes && place.identity) return { positions: docs, matchAt: null, match }; // nothing to drop: no copy
    const positions = new Uint32Array(docs.length);
    const matchAt = new Uint32Array(docs.length);
    let k = 0;
    for (let i = 0; i < docs.length; i++) {
      const pos = docToPos[docs[i]];
      if (pos >= 0 && (!passes || passes(pos))) {
        positions[k] = pos;
        matchAt[k++] = i;
      }
    }
    return { positions: positions.subarray(0, k), matchAt: matchAt.subarray(0, k), match };
  }
  const positions = new Uint32Array(features.length);
  let k = 0;
  const { byName } = index;
  for (let r = 0; r < byName.length; r++) {
    const pos = docToPos[byName[r]];
    if (pos >= 0 && (!passes || passes(pos))) positions[k++] = pos;
  }
  for (const pos of place.unindexed) if (!passes || passes(pos)) positions[k++] = pos;
  return { positions: positions.subarray(0, k), matchAt: null, match: null };
}

// Distances from the resident's point never change while they type, so the list is sorted by
// distance once per point; each keystroke then keeps the passing assets in that order (linear,
// no sort).
interface NearOrder {
  lat: number;
  lng: number;
  /** Feature positions, nearest first. */
  order: Uint32Array;
  /** Metres, by feature position. */
  metres: Float64Array;
}
const nearOrders = new WeakMap<readonly AssetFeature[], NearOrder>();

function nearOrderOf(features: readonly AssetFeature[], near: NearPoint, now: Date): NearOrder {
  const cached = nearOrders.get(features);
  if (cached && cached.lat === near.lat && cached.lng === near.lng) return cached;
  const n = features.length;
  const metres = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [lng, lat] = features[i].geometry.coordinates;
    metres[i] = haversine(near, { lat, lng });
    keys[i] = Math.round(metres[i] * 10) * 0x200000 + i; // decimetres, then list position
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % 0x200000;
  freshFirstWithinSteps(features, order, metres, now);
  const result = { lat: near.lat, lng: near.lng, order, metres };
  nearOrders.set(features, result);
  return result;
}

/**
 * Within each run of assets shown at the same distance ("350 m"), fresh before stale
 * (freshnessRank.ts), nearest first within a tier: a stable counting sort per run, in place.
 */
function freshFirstWithinSteps(features: readonly AssetFeature[], order: Uint32Array, metres: Float64Array, now: Date): void {
  const n = order.length;
  const tiers = makeFreshnessTiers(now);
  const tierOf = new Uint8Array(n);
  for (let i = 0; i < n; i++) tierOf[i] = tiers(features[i].properties);
  const run: number[] = [];
  for (let start = 0; start < n;) {
    const step = shownDistanceStep(metres[order[start]]);
    let end = start + 1;
    while (end < n && shownDistanceStep(metres[order[end]]) === step) end++;
    if (end - start > 1) {
      run.length = 0;
      for (let t = 0; t < FRESHNESS_TIERS; t++) for (let k = start; k < end; k++) if (tierOf[order[k]] === t) run.push(order[k]);
      order.set(run, start);
    }
    start = end;
  }
}

/**
 * The assets to show for a filter state: filtered, then ranked by search score when there is a
 * query, by distance when `near` is set (distance wins when both are), else by name. Equal
 * scores, and distances shown the same ("350 m"), list freshly checked listings first
 * (freshnessRank.ts; the distance order judges freshness on the `now` of its first call).
 * `hours` comes from openingHours.ts once it has loaded; until then hour filters are skipped
 * and `hoursPending` says so. Treat `features` as immutable: per-list work (filter columns,
 * distance order) is cached against the array itself, so pass a new array when data changes.
 */
export function applyFilters(features: readonly AssetFeature[], state: FilterState, index: SearchIndex, now: Date, hours?: HoursCheck | null): FilteredAssets {
  const { positions, matchAt, match } = collect(features, state, index, now, hours, {});
  const n = positions.length;
  const out: AssetFeature[] = new Array(n);
  const scores = match && (matchAt || state.near) ? new Float32Array(n) : null;
  const fields = match && (matchAt || state.near) ? new Uint8Array(n) : null;
  const hoursPending = !hours && needsHours(state, {});
  const partial = match?.partial ?? false;
  if (state.near) {
    const { order, metres } = nearOrderOf(features, state.near, now);
    // 1 + place in the passing list, by feature position (0 = filtered out).
    const slot = new Uint32Array(features.length);
    for (let i = 0; i < n; i++) slot[positions[i]] = i + 1;
    const distances = new Float64Array(n);
    let k = 0;
    for (let r = 0; r < order.length && k < n; r++) {
      const pos = order[r];
      const i = slot[pos];
      if (i === 0) continue;
      out[k] = features[pos];
      distances[k] = metres[pos];
      if (match && scores && fields) {
        const at = matchAt ? matchAt[i - 1] : i - 1;
        scores[k] = match.scores[at];
        fields[k] = match.fields[at];
      }
      k++;
    }
    return { features: out, scores, fields, distances, hoursPending, partial };
  }
  for (let k = 0; k < n; k++) out[k] = features[positions[k]];
  if (match && !matchAt) {
    // Every match passed, in rank order: the search's own arrays are the answer.
    return { features: out, scores: match.scores, fields: match.fields, distances: null, hoursPending, partial };
  }
  if (match && matchAt && scores && fields) {
    for (let k = 0; k < n; k++) {
      scores[k] = match.scores[matchAt[k]];
      fields[k] = match.fields[matchAt[k]];
    }
  }
  return { features: out, scores, fields, distances: null, hoursPending, partial };
}

/**
 * How many assets each category would show with every other filter as it is (the numbers
 * beside the category checkboxes): a category counts the listings of its sub-categories too,
 * each once. Categories with none are absent.
 */
export function categoryCounts(features: readonly AssetFeature[], state: FilterState, index: SearchIndex, now: Date, hours?: HoursCheck | null): Record<string, number> {
  const { positions } = collect(features, state, index, now, hours, { key: 'categories' });
  const { cats, catWords, catBit } = columnsOf(features, index.categoryParents);
  const perBit = new Uint32Array(catWords * 32);
  for (let k = 0; k < positions.length; k++) {
    const base = positions[k] * catWords;
    for (let w = 0; w < catWords; w++) {
      let bits = cats[base + w];
      while (bits) {
        const low = bits & -bits;
        perBit[w * 32 + 31 - Math.clz32(low)]++;
        bits ^= low;
      }
    }
  }
  const counts: Record<string, number> = {};
  for (const [slug, b] of catBit) if (perBit[b]) counts[slug] = perBit[b];
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
  /** With 'reach': the wider preset id it steps to, or null for any distance. */
  reach?: string | null;
}

function without(state: FilterState, key: FilterKey, value?: string): FilterState {
  switch (key) {
    case 'q':
      return { ...state, q: '' };
    case 'categories':
      return { ...state, categories: [] };
    case 'kinds':
      return { ...state, kinds: [] };
    case 'openNow':
      return { ...state, openNow: false };
    case 'openOn':
      return { ...state, openOn: null };
    case 'free':
      return { ...state, free: false };
    case 'ages':
      return { ...state, ages: [] };
    case 'access':
      return { ...state, access: state.access.filter((a) => a !== value) };
    case 'reach':
      return { ...state, reach: null };
  }
}

function relaxLabel(state: FilterState, key: FilterKey, value?: string): string {
  switch (key) {
    case 'q':
      return t('relaxQuery', { q: state.q.trim() });
    case 'categories':
      return t('relaxCategories');
    case 'kinds':
      return t('relaxKinds');
    case 'openNow':
      return t('relaxOpenNow');
    case 'openOn':
      return t('relaxOpenOn', { day: weekdayName(state.openOn?.weekday ?? 0), date: state.openOn?.date ?? null, time: state.openOn?.time ?? null });
    case 'free':
      return t('relaxFree');
    case 'ages':
      return t('relaxAges');
    case 'access':
      return t('relaxAccess', { name: accessLabel(value ?? '') });
    case 'reach':
      return t('relaxReach');
  }
}

/**
 * When nothing matches: each single filter whose removal would bring results back, with how
 * many, most results first.
 */
export function suggestRelaxations(state: FilterState, features: readonly AssetFeature[], index: SearchIndex, now: Date, hours?: HoursCheck | null): Relaxation[] {
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
  const wider = widerReach(state, features, index, now, hours);
  if (wider) out.push(wider);
  for (const skip of candidates) {
    const key = skip.key!;
    const count = collect(features, state, index, now, hours, skip).positions.length;
    if (count > 0) {
      out.push({ remove: key, value: skip.value, count, state: without(state, key, skip.value), label: relaxLabel(state, key, skip.value) });
    }
  }
  return out.sort((a, b) => b.count - a.count);
}

/**
 * "Search again over a wider area": the next wider reach preset that finds something (or any
 * distance when none does), with how many it finds; null without a reach in force or when no
 * distance would help.
 */
export function widerReach(state: FilterState, features: readonly AssetFeature[], index: SearchIndex, now: Date, hours?: HoursCheck | null): Relaxation | null {
  if (!state.near || !reachPreset(state.reach)) return null;
  for (const reach of [...widerPresets(state.reach).map((p) => p.id), null]) {
    const next = { ...state, reach };
    const count = collect(features, next, index, now, hours, {}).positions.length;
    if (count > 0) return { remove: 'reach', count, state: next, label: relaxLabel(state, 'reach'), reach };
  }
  return null;
}
