// Links to whole categories from the results: "Show all Food support (123)" for a search that
// names a category (domain/search/categoryMatch.ts), and every category to browse when nothing
// matched. Each is the state to switch to (that category, no search words, every other filter
// kept) with how many listings it shows, counted once per set of other filters, not per keystroke.
import { createMemo, untrack, type Accessor } from 'solid-js';
import { categoryCounts, type FilterState, type HoursCheck } from '../../domain/filters';
import { makeCategoryMatcher, type SearchIndex } from '../../domain/search';
import type { AssetFeature, Category } from '../../domain/types';
import { toQueryString } from '../../domain/urlState';

export interface CategoryLink {
  slug: string;
  label: string;
  count: number;
  state: FilterState;
}

export interface CategoryLinks {
  /** The categories the search words name, best first. */
  named: Accessor<CategoryLink[]>;
  /** Every top-level category with listings under the other filters, while `browse` is true. */
  browse: Accessor<CategoryLink[]>;
}

export function createCategoryLinks(o: {
  categories: Accessor<readonly Category[]>;
  /** The filters with the words searched for (a postcode in the box already taken out). */
  filters: Accessor<FilterState>;
  features: Accessor<readonly AssetFeature[]>;
  index: Accessor<SearchIndex | null>;
  now: Accessor<Date>;
  hours: Accessor<HoursCheck | null>;
  /** Whether to offer every category (nothing matched). */
  browse: Accessor<boolean>;
}): CategoryLinks {
  const matcher = createMemo(() => makeCategoryMatcher(o.categories()));
  const slugs = createMemo(() => matcher()(o.filters().q), [], { equals: (a, b) => a.join() === b.join() });
  const othersNow = (): FilterState => ({ ...o.filters(), q: '' });
  const others = createMemo(othersNow, untrack(othersNow), {
    equals: (a, b) => toQueryString({ filters: a }) === toQueryString({ filters: b }),
  });
  const counts = createMemo(() => {
    const index = o.index();
    if (!index || (slugs().length === 0 && !o.browse())) return null;
    return categoryCounts(o.features(), others(), index, o.now(), o.hours());
  });
  const link = (c: Pick<Category, 'slug' | 'label'>, count: number): CategoryLink => ({
    slug: c.slug,
    label: c.label,
    count,
    state: { ...others(), categories: [c.slug] },
  });
  const named = createMemo(() => {
    const c = counts();
    if (!c) return [];
    const chosen = others().categories;
    const bySlug = new Map(o.categories().map((cat) => [cat.slug, cat]));
    return slugs()
      .filter((slug) => bySlug.has(slug) && (c[slug] ?? 0) > 0 && !(chosen.length === 1 && chosen[0] === slug))
      .map((slug) => link(bySlug.get(slug)!, c[slug]));
  });
  const browse = createMemo(() => {
    const c = counts();
    if (!c || !o.browse()) return [];
    return o
      .categories()
      .filter((cat) => !cat.parent && (c[cat.slug] ?? 0) > 0)
      .map((cat) => link(cat, c[cat.slug]));
  });
  return { named, browse };
}
