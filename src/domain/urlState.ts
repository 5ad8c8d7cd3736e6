// The resident view's state in the URL, so any view can be shared and bookmarked:
//   ?q=food+bank&cat=food-support,health&kind=place&open=now,mo@09:30&free=1&age=children
//   &acc=step_free&near=53.54210,-2.63110,WN1 1AA&reach=walk15&sel=<asset id>&view=list
// `open` takes a weekday (the next one) or a date (open=2026-12-08@10:00).
// Writing then reading gives back the same state. Reading never trusts the URL: values that are
// unknown, malformed or too long are dropped, never passed on. `cat` holds categories and
// sub-categories alike (cat=library,health): slugs are unique across both levels.
import { ACCESSIBILITY, AGE_GROUPS, ASSET_KINDS, type AccessibilityFeature, type AgeGroup, type AssetKind } from './types';
import { EMPTY_FILTERS, openOnDate, type FilterState, type NearPoint, type OpenOn } from './filters';
import { reachPreset } from './reach';

export type View = 'map' | 'list';

export interface UrlState {
  filters: FilterState;
  /** A postcode to look up (`pc=`), for links made by hand; `near` wins when both are given. */
  postcode: string | null;
  /** The selected asset's id. */
  sel: string | null;
  view: View | null;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_LIST = 30;
const MAX_LABEL = 80;
const DAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const POSTCODE = /^[A-Za-z0-9 ]{2,10}$/;
// Coordinates are written to 5 decimal places (about a metre): enough to sort by distance,
// short in a link.
const COORD_DP = 5;

/** Control characters and the bidi overrides that could disguise text in a shared link. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function cleanText(value: string | null, max: number): string {
  if (!value) return '';
  return value.replace(UNSAFE_TEXT, '').slice(0, max);
}

function list<T extends string>(value: string | null, allowed: (v: string) => v is T): T[] {
  if (!value || value.length > 2000) return [];
  const out: T[] = [];
  for (const part of value.split(',')) {
    const v = part.trim();
    if (allowed(v) && !out.includes(v)) out.push(v);
    if (out.length >= MAX_LIST) break;
  }
  return out;
}

const isSlug = (v: string): v is string => SLUG.test(v);
const isKind = (v: string): v is AssetKind => (ASSET_KINDS as readonly string[]).includes(v);
const isAge = (v: string): v is AgeGroup => Object.hasOwn(AGE_GROUPS, v);
const isAccess = (v: string): v is AccessibilityFeature => Object.hasOwn(ACCESSIBILITY, v);

function parseOpen(value: string | null): { openNow: boolean; openOn: OpenOn | null } {
  let openNow = false;
  let openOn: OpenOn | null = null;
  if (!value || value.length > 40) return { openNow, openOn };
  for (const part of value.split(',')) {
    const v = part.trim().toLowerCase();
    if (v === 'now') openNow = true;
    else if (!openOn) {
      const [day, time, extra] = v.split('@');
      const date = openOnDate({ weekday: 0, time: null, date: day });
      if (date && extra === undefined && (time === undefined || TIME.test(time))) {
        openOn = { weekday: date.getDay(), time: time ?? null, date: day };
        continue;
      }
      const weekday = DAYS.indexOf(day);
      if (weekday >= 0 && extra === undefined && (time === undefined || TIME.test(time))) openOn = { weekday, time: time ?? null };
    }
  }
  return { openNow, openOn };
}

function parseNear(value: string | null): NearPoint | null {
  if (!value || value.length > 200) return null;
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(.*))?$/s.exec(value);
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return null;
  return { lat: roundCoord(lat), lng: roundCoord(lng), label: cleanText(m[3] ?? '', MAX_LABEL) };
}

function roundCoord(x: number): number {
  return Number(x.toFixed(COORD_DP));
}

/** Read the state from a URL's search params; anything unreadable is left at its default. */
export function fromSearchParams(params: URLSearchParams): UrlState {
  const { openNow, openOn } = parseOpen(params.get('open'));
  const filters: FilterState = {
    q: cleanText(params.get('q'), MAX_QUERY_LENGTH),
    categories: list(params.get('cat'), isSlug),
    kinds: list(params.get('kind'), isKind),
    openNow,
    openOn,
    free: params.get('free') === '1',
    ages: list(params.get('age'), isAge),
    access: list(params.get('acc'), isAccess),
    near: parseNear(params.get('near')),
    reach: reachPreset(params.get('reach'))?.id ?? null,
  };
  const pc = cleanText(params.get('pc'), 12).trim();
  const sel = params.get('sel');
  const view = params.get('view');
  return {
    filters,
    postcode: !filters.near && POSTCODE.test(pc) ? pc.toUpperCase() : null,
    sel: sel && ID.test(sel) ? sel : null,
    view: view === 'map' || view === 'list' ? view : null,
  };
}

/** Write the state as compact search params; defaults are left out so a plain view has a plain URL. */
export function toSearchParams(state: Partial<UrlState> & { filters: FilterState }): URLSearchParams {
  const f = state.filters;
  const p = new URLSearchParams();
  const q = cleanText(f.q, MAX_QUERY_LENGTH);
  if (q) p.set('q', q);
  if (f.categories.length) p.set('cat', f.categories.filter(isSlug).slice(0, MAX_LIST).join(','));
  if (f.kinds.length) p.set('kind', f.kinds.join(','));
  const open: string[] = [];
  if (f.openNow) open.push('now');
  if (f.openOn) open.push((f.openOn.date && openOnDate(f.openOn) ? f.openOn.date : DAYS[f.openOn.weekday]) + (f.openOn.time ? `@${f.openOn.time}` : ''));
  if (open.length) p.set('open', open.join(','));
  if (f.free) p.set('free', '1');
  if (f.ages.length) p.set('age', f.ages.join(','));
  if (f.access.length) p.set('acc', f.access.join(','));
  if (f.near) {
    const label = cleanText(f.near.label, MAX_LABEL);
    p.set('near', `${f.near.lat.toFixed(COORD_DP)},${f.near.lng.toFixed(COORD_DP)}${label ? `,${label}` : ''}`);
  } else if (state.postcode) {
    p.set('pc', state.postcode);
  }
  if (reachPreset(f.reach)) p.set('reach', f.reach!);
  if (state.sel) p.set('sel', state.sel);
  if (state.view) p.set('view', state.view);
  return p;
}

/** A UrlState with nothing chosen. */
export function emptyUrlState(): UrlState {
  return { filters: { ...EMPTY_FILTERS, categories: [], kinds: [], ages: [], access: [] }, postcode: null, sel: null, view: null };
}

/** The params as a query string that keeps `,` `@` and `:` readable ("cat=a,b&open=mo@09:30"). */
export function toQueryString(state: Partial<UrlState> & { filters: FilterState }): string {
  return toSearchParams(state).toString().replace(/%2C/g, ',').replace(/%40/g, '@').replace(/%3A/g, ':');
}
