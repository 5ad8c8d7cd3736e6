// Issue 12 item 8: "food bank" should offer every food support listing, not only the two that
// say "food bank". Checked on the real category list residents see.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeCategoryMatcher } from '../../../../src/domain/search/categoryMatch';
import type { Category } from '../../../../src/domain/types';

const categories = JSON.parse(readFileSync('data/categories.json', 'utf8')) as Category[];
const named = makeCategoryMatcher(categories);

describe('categories a search names', () => {
  it.each([
    ['Food', 'food-support'],
    ['pantry', 'food-support'],
    ['lunch club', 'older-people'],
    ['youth club', 'youth'],

    ['mental health', 'mental-wellbeing'],
    ['advice', 'advice-money'],
    ['debt advice', 'advice-money'],

    ['homelessness', 'housing'],
    ['walking', 'sport-activity'],
  ])('"%s" names %s first', (q, slug) => {
    expect(named(q)[0]).toBe(slug);
  });

  // Issue 13: a search naming a type offers that type, then its whole category.
  it.each([
    ['food bank', ['food-bank', 'food-support']],
    ['food banks', ['food-bank', 'food-support']],
    ['fod bank', ['food-bank', 'food-support']],
    ['job club', ['job-club', 'employment-skills']],
    ['allotments', ['allotment', 'green-spaces']],
    ['library', ['library', 'learning']],
    ['libraries', ['library', 'learning']],
    ['churches', ['place-of-worship', 'faith']],
    ['GP surgery', ['gp-practice', 'health']],
    ['chemist', ['pharmacy', 'health']],
    ['fire station', ['fire-station', 'community-safety']],
    ['care home', ['care-home', 'care']],
    ['post office', ['post-office', 'local-services']],
  ])('"%s" names the type, then its category: %j', (q, slugs) => {
    expect(named(q)).toEqual(slugs);
  });

  it('names a category from the start of its label while the word is typed', () => {
    expect(named('foo')[0]).toBe('food-support');
    expect(named('older peo')).toEqual(['older-people']);
  });

  it('names the category whose label it is before one that only mentions it', () => {
    expect(named('health')[0]).toBe('health');
  });

  it('names nothing for words many categories share, words of no category, or nothing', () => {
    for (const q of ['support', 'free', 'club', 'groups', 'help', 'people', 'zzqx', 'hindley', 'the', '', '   ']) expect(named(q), q).toEqual([]);
  });

  it('takes a word one category has as that word, not as a typo of another (“walking”, not “talking”)', () => {
    expect(named('walking')).toEqual(['sport-activity']);
  });

  it('names nothing when one word is from another category or from none', () => {
    expect(named('food yoga')).toEqual([]);
    expect(named('food bank hindley')).toEqual([]);
  });

  it('names at most two', () => {
    expect(named('community').length).toBeLessThanOrEqual(2);
  });
});
