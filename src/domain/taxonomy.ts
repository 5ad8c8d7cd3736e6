// The two-level taxonomy: top-level categories (Health, Learning…) with sub-categories (GP
// practice, library…). A listing's categories may name either level and a sub-category implies
// its parent (docs/ARCHITECTURE.md "The database"). Two ways of ticking a tree follow from that:
// - choosing what to SEE (Find's filters, /plan's layer): a category includes all its types, a
//   type can be chosen on its own;
// - saying what a listing IS (the editor): a type implies its category, a category alone means
//   "this kind of thing, no particular type".
import type { Category } from './types';

export interface Taxonomy {
  /** Every category, each top-level one followed by its sub-categories. */
  all: readonly Category[];
  top: readonly Category[];
  bySlug: ReadonlyMap<string, Category>;
  /** Sub-category slug → its parent's slug (a plain object, so it can go to a worker). */
  parents: Readonly<Record<string, string>>;
  childrenOf(slug: string): readonly Category[];
  /** A sub-category's parent; null for a top-level or unknown slug. */
  parentOf(slug: string): string | null;
}

const NONE: readonly Category[] = [];
const cache = new WeakMap<readonly Category[], Taxonomy>();

/** The tree of a category list (api.categories() order is kept within each level). */
export function makeTaxonomy(categories: readonly Category[]): Taxonomy {
  const cached = cache.get(categories);
  if (cached) return cached;
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const children = new Map<string, Category[]>();
  const parents: Record<string, string> = {};
  const top: Category[] = [];
  for (const c of categories) {
    // A parent that is missing or itself a sub-category (the database refuses both) counts as none.
    const p = c.parent && bySlug.get(c.parent) && !bySlug.get(c.parent)!.parent ? c.parent : null;
    if (p === null) top.push(c);
    else {
      parents[c.slug] = p;
      children.set(p, [...(children.get(p) ?? []), c]);
    }
  }
  const all = top.flatMap((c) => [c, ...(children.get(c.slug) ?? [])]);
  const t: Taxonomy = {
    all,
    top,
    bySlug,
    parents,
    childrenOf: (slug) => children.get(slug) ?? NONE,
    parentOf: (slug) => parents[slug] ?? null,
  };
  cache.set(categories, t);
  return t;
}

/** The top-level category a slug belongs to (itself when it is one). */
export function topOf(t: Taxonomy, slug: string): string {
  return t.parentOf(slug) ?? slug;
}

export function categoryLabel(t: Taxonomy, slug: string): string {
  return t.bySlug.get(slug)?.label ?? slug;
}

/** "Learning › Library" for a sub-category, "Learning" for a top-level one. */
export function categoryTrail(t: Taxonomy, slug: string): string {
  const p = t.parentOf(slug);
  return p ? `${categoryLabel(t, p)} › ${categoryLabel(t, slug)}` : categoryLabel(t, slug);
}

/** The slugs and every parent they imply. */
export function withParents(t: Taxonomy, slugs: readonly string[]): Set<string> {
  const out = new Set(slugs);
  for (const s of slugs) {
    const p = t.parentOf(s);
    if (p) out.add(p);
  }
  return out;
}

// --- What a listing is ---------------------------------------------------------------------

/**
 * A listing's categories as stored: each once, and a category left out where one of its types
 * is there (the type says it), the first type taking its category's place so the main category
 * (first, the map colour) stays the same.
 */
export function tidyListingCategories(t: Taxonomy, slugs: readonly string[]): string[] {
  const present = new Set(slugs);
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  for (const s of slugs) {
    const kids = t.childrenOf(s).filter((c) => present.has(c.slug));
    if (kids.length) kids.forEach((c) => push(c.slug));
    else push(s);
  }
  return out;
}

/** Whether a listing with these categories is in `slug` (a category is ticked by any of its types). */
export function listingHas(t: Taxonomy, slugs: readonly string[], slug: string): boolean {
  return slugs.includes(slug) || t.childrenOf(slug).some((c) => slugs.includes(c.slug));
}

/** The editor's tick: a type implies its category; untick a category and its types go too. */
export function toggleListingCategory(t: Taxonomy, slugs: readonly string[], slug: string, on: boolean): string[] {
  const parent = t.parentOf(slug);
  if (on) {
    if (parent === null) return listingHas(t, slugs, slug) ? [...slugs] : [...slugs, slug];
    if (slugs.includes(slug)) return [...slugs];
    const at = slugs.indexOf(parent);
    return at >= 0 ? [...slugs.slice(0, at), slug, ...slugs.slice(at + 1)] : [...slugs, slug];
  }
  if (parent === null) {
    const kids = new Set(t.childrenOf(slug).map((c) => c.slug));
    return slugs.filter((s) => s !== slug && !kids.has(s));
  }
  const at = slugs.indexOf(slug);
  if (at < 0) return [...slugs];
  const rest = slugs.filter((s) => s !== slug);
  // The last type gone: the listing stays in the category, where the type was.
  if (!listingHas(t, rest, parent)) rest.splice(at, 0, parent);
  return rest;
}

// --- What to see -------------------------------------------------------------------------------

export type ChoiceState = 'on' | 'mixed' | 'off';

/** How a checkbox shows in a filter: a type is on when its category is; a category is mixed when some types are. */
export function filterChoiceState(t: Taxonomy, selection: readonly string[], slug: string): ChoiceState {
  if (selection.includes(slug)) return 'on';
  const parent = t.parentOf(slug);
  if (parent !== null) return selection.includes(parent) ? 'on' : 'off';
  return t.childrenOf(slug).some((c) => selection.includes(c.slug)) ? 'mixed' : 'off';
}

/**
 * A filter's tick: a category replaces its types (it includes them); a type under a chosen
 * category is already in; unticking one type of a chosen category leaves its other types.
 */
export function toggleFilterCategory(t: Taxonomy, selection: readonly string[], slug: string, on: boolean): string[] {
  const parent = t.parentOf(slug);
  if (parent === null) {
    const kids = new Set(t.childrenOf(slug).map((c) => c.slug));
    const rest = selection.filter((s) => s !== slug && !kids.has(s));
    return on ? [...rest, slug] : rest;
  }
  if (on) return selection.includes(slug) || selection.includes(parent) ? [...selection] : [...selection, slug];
  if (selection.includes(parent)) {
    return [
      ...selection.filter((s) => s !== parent),
      ...t
        .childrenOf(parent)
        .map((c) => c.slug)
        .filter((s) => s !== slug && !selection.includes(s)),
    ];
  }
  return selection.filter((s) => s !== slug);
}

/** Whether a listing with these categories is in a filter's selection. */
export function inSelection(t: Taxonomy, selection: ReadonlySet<string>, slugs: readonly string[]): boolean {
  for (const s of slugs) {
    if (selection.has(s)) return true;
    const p = t.parentOf(s);
    if (p !== null && selection.has(p)) return true;
  }
  return false;
}
