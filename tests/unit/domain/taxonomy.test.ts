// The two-level taxonomy's rules, on the categories the migrations ship (data/categories.json is
// api.categories() of a migrated database).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  categoryTrail,
  filterChoiceState,
  inSelection,
  listingHas,
  makeTaxonomy,
  tidyListingCategories,
  toggleFilterCategory,
  toggleListingCategory,
  topOf,
  withParents,
} from '../../../src/domain/taxonomy';
import type { Category } from '../../../src/domain/types';

const categories = JSON.parse(readFileSync('data/categories.json', 'utf8')) as Category[];
const t = makeTaxonomy(categories);

describe('the shipped taxonomy', () => {
  it('has the service types issue 13 asks for, each under its category', () => {
    const under = (parent: string) => t.childrenOf(parent).map((c) => c.slug);
    expect(under('health')).toEqual(['gp-practice', 'pharmacy', 'dentist', 'hospital']);
    expect(under('learning')).toEqual(expect.arrayContaining(['library', 'school', 'college']));
    expect(under('community-safety')).toEqual(['fire-station', 'police-station']);
    expect(under('care')).toContain('care-home');
    expect(under('employment-skills')).toContain('jobcentre');
    expect(under('local-services')).toContain('post-office');
    expect(under('faith')).toEqual(['place-of-worship']);
    expect(under('green-spaces')).toContain('park');
  });

  it('says what a listing of each place type is, and links the known ORUK/LGA service types', () => {
    for (const slug of ['library', 'gp-practice', 'fire-station', 'care-home', 'post-office']) expect(t.bySlug.get(slug)?.kind, slug).toBe('place');
    expect(t.bySlug.get('care-at-home')?.term_uri).toBe('http://id.esd.org.uk/service/242');
    expect(categories.filter((c) => c.term_uri && !/^http:\/\/id\.esd\.org\.uk\/service\/\d+$/.test(c.term_uri))).toEqual([]);
  });

  it('lists each category followed by its types', () => {
    expect(t.all.map((c) => c.slug)).toEqual(categories.map((c) => c.slug));
    expect(t.top.every((c) => c.parent === null)).toBe(true);
  });

  it('names a type with its category', () => {
    expect(categoryTrail(t, 'library')).toBe('Learning › Library');
    expect(categoryTrail(t, 'health')).toBe('Health');
    expect(topOf(t, 'library')).toBe('learning');
    expect([...withParents(t, ['library', 'youth'])].sort()).toEqual(['learning', 'library', 'youth']);
  });
});

describe('what a listing is (the editor)', () => {
  it('a type takes its category’s place, keeping the main category first', () => {
    expect(toggleListingCategory(t, ['health', 'youth'], 'gp-practice', true)).toEqual(['gp-practice', 'youth']);
    expect(toggleListingCategory(t, ['gp-practice'], 'pharmacy', true)).toEqual(['gp-practice', 'pharmacy']);
    expect(toggleListingCategory(t, ['youth'], 'library', true)).toEqual(['youth', 'library']);
  });

  it('a category is ticked by any of its types; ticking it again changes nothing', () => {
    expect(listingHas(t, ['library'], 'learning')).toBe(true);
    expect(toggleListingCategory(t, ['library'], 'learning', true)).toEqual(['library']);
  });

  it('unticking the last type keeps the category; unticking the category drops its types', () => {
    expect(toggleListingCategory(t, ['gp-practice', 'youth'], 'gp-practice', false)).toEqual(['health', 'youth']);
    expect(toggleListingCategory(t, ['gp-practice', 'pharmacy'], 'gp-practice', false)).toEqual(['pharmacy']);
    expect(toggleListingCategory(t, ['youth', 'gp-practice', 'pharmacy'], 'health', false)).toEqual(['youth']);
  });

  it('tidies a stored list: a category named beside its type is said by the type', () => {
    expect(tidyListingCategories(t, ['health', 'youth', 'gp-practice'])).toEqual(['gp-practice', 'youth']);
    expect(tidyListingCategories(t, ['youth', 'youth', 'library'])).toEqual(['youth', 'library']);
  });
});

describe('what to see (filters)', () => {
  it('a category replaces its chosen types, and shows them all as chosen', () => {
    const s = toggleFilterCategory(t, ['library', 'youth'], 'learning', true);
    expect(s).toEqual(['youth', 'learning']);
    expect(filterChoiceState(t, s, 'school')).toBe('on');
  });

  it('a type on its own leaves its category partly chosen', () => {
    const s = toggleFilterCategory(t, [], 'library', true);
    expect(s).toEqual(['library']);
    expect(filterChoiceState(t, s, 'learning')).toBe('mixed');
    expect(filterChoiceState(t, s, 'school')).toBe('off');
  });

  it('unticking one type of a chosen category keeps the others', () => {
    expect(toggleFilterCategory(t, ['health'], 'dentist', false)).toEqual(['gp-practice', 'pharmacy', 'hospital']);
    expect(toggleFilterCategory(t, ['health', 'library'], 'health', false)).toEqual(['library']);
  });

  it('a listing is in a selection through its own slugs or their categories', () => {
    expect(inSelection(t, new Set(['learning']), ['library'])).toBe(true);
    expect(inSelection(t, new Set(['library']), ['learning'])).toBe(false);
    expect(inSelection(t, new Set(['school']), ['library', 'youth'])).toBe(false);
  });
});

describe('a category list the database would refuse', () => {
  it('treats a type under a missing or second-level parent as top-level, never as a third level', () => {
    const odd = makeTaxonomy([
      { slug: 'a', label: 'A', parent: null, colour: '#000000', icon: '', description: '' },
      { slug: 'b', label: 'B', parent: 'a', colour: '#000000', icon: '', description: '' },
      { slug: 'c', label: 'C', parent: 'b', colour: '#000000', icon: '', description: '' },
      { slug: 'd', label: 'D', parent: 'gone', colour: '#000000', icon: '', description: '' },
    ]);
    expect(odd.top.map((c) => c.slug)).toEqual(['a', 'c', 'd']);
    expect(odd.parentOf('b')).toBe('a');
    expect(odd.parentOf('c')).toBeNull();
  });
});
