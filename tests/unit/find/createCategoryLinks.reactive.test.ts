// "Show all Food support (2)" follows the search words as they are typed, and every category is
// offered to browse when nothing matched; each link keeps the other filters and drops the words.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '../../../src/domain/filters';
import { createCategoryLinks } from '../../../src/features/find/createCategoryLinks';
import { categories, indexFor, listings } from './reactiveFixtures';

const index = indexFor(listings);
let dispose = () => {};
afterEach(() => dispose());

function linksFor(initial: Partial<FilterState>, browse = false) {
  const [filters, setFilters] = createSignal<FilterState>({ ...EMPTY_FILTERS, ...initial });
  const [offerAll, setBrowse] = createSignal(browse);
  const links = createRoot((d) => {
    dispose = d;
    return createCategoryLinks({
      categories: () => categories,
      filters,
      features: () => listings,
      index: () => index,
      now: () => new Date(2025, 0, 6, 10),
      hours: () => null,
      browse: offerAll,
    });
  });
  const type = (q: string) => setFilters({ ...filters(), q });
  return { ...links, setFilters, type, setBrowse };
}

const shown = (links: { label: string; count: number }[]) => links.map((l) => `${l.label} (${l.count})`);

describe('createCategoryLinks', () => {
  it('offers the category the words name, with its count, and follows the words as they change', () => {
    const l = linksFor({ q: 'food' });
    expect(shown(l.named())).toEqual(['Food support (2)']);
    expect(l.named()[0].state).toEqual({ ...EMPTY_FILTERS, categories: ['food-support'] });
    l.type('youth');
    expect(shown(l.named())).toEqual(['Young people (1)']);
    l.type('hindley');
    expect(l.named()).toEqual([]);
  });

  it('keeps the other filters in the link, and counts under them', () => {
    const l = linksFor({ q: 'food', kinds: ['service'] });
    expect(shown(l.named())).toEqual(['Food support (1)']);
    expect(l.named()[0].state).toMatchObject({ q: '', kinds: ['service'], categories: ['food-support'] });
  });

  it('does not offer the one category already chosen', () => {
    const l = linksFor({ q: 'food', categories: ['food-support'] });
    expect(l.named()).toEqual([]);
  });

  it('does not count again while only the words change and they name the same category', () => {
    const l = linksFor({ q: 'food' });
    const before = l.named();
    l.type('food ');
    l.type('Food');
    expect(l.named()).toBe(before);
  });

  it('offers every top-level category with listings while nothing matched, and stops when something does', () => {
    const l = linksFor({ q: 'zzz' });
    expect(l.browse()).toEqual([]);
    l.setBrowse(true);
    expect(shown(l.browse())).toEqual(['Food support (2)', 'Older people (1)', 'Young people (1)', 'Community venues (1)']);
    l.setBrowse(false);
    expect(l.browse()).toEqual([]);
  });
});
