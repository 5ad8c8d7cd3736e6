// The coverage analysis settings as URL search parameters, so a planner can share exactly the
// analysis they are looking at: ?cat=food-support,health&kind=place&src=NHS%20Wigan&batch=<id>
// &checked=12&sample=0&d=1200&cell=100&level=lsoa&emph=strong&catch=1. Defaults are left out of
// the URL. Reading never trusts the URL: unknown or malformed values fall back to the default.
// The router drops empty values from the URL, so "no category at all" is written cat=- and "only
// listings from no partner dataset" nosrc=1, never as an empty value.
import { PARTNER_NAME_LIMIT } from '../../domain/limits';
import { ASSET_KINDS, type AssetKind } from '../../domain/types';
import { EMPHASES, type Emphasis } from '../../geo/worstGaps';

export { EMPHASES, type Emphasis };
export const DISTANCE_PRESETS = [400, 800, 1200, 1600] as const;
export const CELL_SIZES = [100, 250, 500] as const;
export const AREA_LEVELS = ['ward', 'lsoa', 'custom'] as const;
export const CHECKED_PRESETS = [3, 6, 12, 24] as const;
export const MIN_DISTANCE = 100;
export const MAX_DISTANCE = 5000;
export const MAX_CHECKED_MONTHS = 120;

export type CellSize = (typeof CELL_SIZES)[number];
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface PlanSettings {
  /** Category slugs to count; null = every category. */
  categories: string[] | null;
  /** Asset kinds to count; null = every kind. */
  kinds: AssetKind[] | null;
  /** Only listings from this partner dataset (a listing's source); '' = listings with none; null = any. */
  source: string | null;
  /** Only listings from this import batch (its id); null = any. */
  batch: string | null;
  /** Only listings checked within this many months; null = whenever. */
  checkedMonths: number | null;
  /** Whether the demo's sample listings count. */
  includeSample: boolean;
  /** Metres; a cell further than this from every chosen asset is a gap. */
  distance: number;
  cell: CellSize;
  /** Which areas the summary table is by. */
  level: AreaLevel;
  /** How much deprivation weighs in gap shading and ranking. */
  emphasis: Emphasis;
  /** Draw the catchment union. */
  catchments: boolean;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  categories: null,
  kinds: null,
  source: null,
  batch: null,
  checkedMonths: null,
  includeSample: true,
  distance: 800,
  cell: 250,
  level: 'ward',
  emphasis: 'standard',
  catchments: false,
};

export type SearchParamsLike = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A partner's name as the database allows it (trimmed, at most PARTNER_NAME_LIMIT characters), with
// no control characters: a first and last character that are not spaces, and what lies between.
const SOURCE_END = '[^\\u0000-\\u001f\\u007f\\s]';
const SOURCE = new RegExp(`^(?:${SOURCE_END}(?:[^\\u0000-\\u001f\\u007f]{0,${PARTNER_NAME_LIMIT - 2}}${SOURCE_END})?)?$`);
const MAX_LIST = 60;
/** Not a slug, so it reads back as an empty list. */
const NO_CATEGORY = '-';

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function slugList(v: string | undefined): string[] {
  if (v === undefined || v.length > 4000) return [];
  const out: string[] = [];
  for (const part of v.split(',')) {
    const s = part.trim();
    if (SLUG.test(s) && !out.includes(s)) out.push(s);
    if (out.length >= MAX_LIST) break;
  }
  return out;
}

function pickOne<T extends string | number>(allowed: readonly T[], v: string | undefined, fallback: T): T {
  return allowed.find((a) => String(a) === v) ?? fallback;
}

export function readPlanSettings(params: SearchParamsLike): PlanSettings {
  const cat = one(params.cat);
  const kind = one(params.kind);
  const d = Number(one(params.d));
  const src = one(params.src);
  const batch = one(params.batch)?.toLowerCase();
  const checked = Number(one(params.checked));
  const kinds = kind === undefined ? null : slugList(kind).filter((k): k is AssetKind => (ASSET_KINDS as readonly string[]).includes(k));
  return {
    // "cat=-" (or "cat=", from an older link) means no category at all: a deliberate empty analysis.
    categories: cat === undefined ? null : slugList(cat),
    kinds: kinds && kinds.length === ASSET_KINDS.length ? null : kinds,
    source: src !== undefined && src !== '' && SOURCE.test(src) ? src : one(params.nosrc) === '1' ? '' : null,
    batch: batch !== undefined && UUID.test(batch) ? batch : null,
    checkedMonths: Number.isInteger(checked) && checked >= 1 && checked <= MAX_CHECKED_MONTHS ? checked : null,
    includeSample: one(params.sample) !== '0',
    distance: Number.isInteger(d) && d >= MIN_DISTANCE && d <= MAX_DISTANCE ? d : DEFAULT_SETTINGS.distance,
    cell: pickOne(CELL_SIZES, one(params.cell), DEFAULT_SETTINGS.cell),
    level: pickOne(AREA_LEVELS, one(params.level), DEFAULT_SETTINGS.level),
    emphasis: pickOne(EMPHASES, one(params.emph), DEFAULT_SETTINGS.emphasis),
    catchments: one(params.catch) === '1',
  };
}

/** Search params for these settings; undefined removes a parameter (the router's convention). */
export function writePlanSettings(s: PlanSettings): Record<string, string | undefined> {
  return {
    cat: s.categories === null ? undefined : s.categories.length === 0 ? NO_CATEGORY : s.categories.join(','),
    kind: s.kinds === null || s.kinds.length === ASSET_KINDS.length ? undefined : s.kinds.join(','),
    src: s.source || undefined,
    nosrc: s.source === '' ? '1' : undefined,
    batch: s.batch ?? undefined,
    checked: s.checkedMonths === null ? undefined : String(s.checkedMonths),
    sample: s.includeSample ? undefined : '0',
    d: s.distance === DEFAULT_SETTINGS.distance ? undefined : String(s.distance),
    cell: s.cell === DEFAULT_SETTINGS.cell ? undefined : String(s.cell),
    level: s.level === DEFAULT_SETTINGS.level ? undefined : s.level,
    emph: s.emphasis === DEFAULT_SETTINGS.emphasis ? undefined : s.emphasis,
    catch: s.catchments ? '1' : undefined,
  };
}

/** A short tag for file names: coverage-800m-250m-ward-food-support+health.csv */
export function settingsTag(s: PlanSettings): string {
  const cats =
    s.categories === null ? 'all' : s.categories.length === 0 ? 'none' : s.categories.length > 4 ? `${s.categories.length}-categories` : s.categories.join('+');
  const kinds = s.kinds === null ? '' : `-${s.kinds.join('+') || 'no-kinds'}`;
  const source = s.source === null ? '' : `-from-${fileSlug(s.source) || 'no-partner'}`;
  const batch = s.batch === null ? '' : `-batch-${s.batch.slice(0, 8)}`;
  const checked = s.checkedMonths === null ? '' : `-checked-${s.checkedMonths}mo`;
  return `${s.distance}m-${s.cell}m-${s.level}-${cats}${kinds}${source}${batch}${checked}${s.includeSample ? '' : '-no-samples'}`;
}

function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}
