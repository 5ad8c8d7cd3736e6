// The coverage analysis settings as URL search parameters, so a planner can share exactly the
// analysis they are looking at: ?cat=food-support,health&kind=place&d=1200&cell=100&level=lsoa
// &emph=strong&catch=1. Defaults are left out of the URL. Reading never trusts the URL: unknown
// or malformed values fall back to the default.
import { ASSET_KINDS, type AssetKind } from '../../domain/types';

export const DISTANCE_PRESETS = [400, 800, 1200, 1600] as const;
export const CELL_SIZES = [100, 250, 500] as const;
export const AREA_LEVELS = ['ward', 'lsoa', 'custom'] as const;
export const EMPHASES = ['none', 'standard', 'strong'] as const;
export const MIN_DISTANCE = 100;
export const MAX_DISTANCE = 5000;

export type CellSize = (typeof CELL_SIZES)[number];
export type AreaLevel = (typeof AREA_LEVELS)[number];
export type Emphasis = (typeof EMPHASES)[number];

export interface PlanSettings {
  /** Category slugs to count; null = every category. */
  categories: string[] | null;
  /** Asset kinds to count; null = every kind. */
  kinds: AssetKind[] | null;
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
  distance: 800,
  cell: 250,
  level: 'ward',
  emphasis: 'standard',
  catchments: false,
};

export type SearchParamsLike = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_LIST = 60;

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
  const kinds = kind === undefined ? null : slugList(kind).filter((k): k is AssetKind => (ASSET_KINDS as readonly string[]).includes(k));
  return {
    // "cat=" (present but empty) means no category at all: a deliberate empty analysis.
    categories: cat === undefined ? null : slugList(cat),
    kinds: kinds && kinds.length === ASSET_KINDS.length ? null : kinds,
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
    cat: s.categories === null ? undefined : s.categories.join(','),
    kind: s.kinds === null || s.kinds.length === ASSET_KINDS.length ? undefined : s.kinds.join(','),
    d: s.distance === DEFAULT_SETTINGS.distance ? undefined : String(s.distance),
    cell: s.cell === DEFAULT_SETTINGS.cell ? undefined : String(s.cell),
    level: s.level === DEFAULT_SETTINGS.level ? undefined : s.level,
    emph: s.emphasis === DEFAULT_SETTINGS.emphasis ? undefined : s.emphasis,
    catch: s.catchments ? '1' : undefined,
  };
}

/** A short tag for file names: coverage-800m-250m-ward-food-support+health.csv */
export function settingsTag(s: PlanSettings): string {
  const cats = s.categories === null ? 'all' : s.categories.length === 0 ? 'none' : s.categories.length > 4 ? `${s.categories.length}-categories` : s.categories.join('+');
  const kinds = s.kinds === null ? '' : `-${s.kinds.join('+') || 'no-kinds'}`;
  return `${s.distance}m-${s.cell}m-${s.level}-${cats}${kinds}`;
}
