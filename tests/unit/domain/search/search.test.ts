import { describe, expect, it } from 'vitest';
import { buildSearchIndex, matchQuery, search, tokenise, queryTerms, stem } from '../../../../src/domain/search';
import type { PublishedAssetProps } from '../../../../src/domain/types';
import { CATEGORY_LABELS, syntheticAssets, TYPO_CASES } from '../fixtures/syntheticAssets';
import { publishedAsset } from '../../fixtures/publishedAsset';

const asset = (id: string, over: Partial<PublishedAssetProps>) => publishedAsset(id, [-2.63, 53.54], { name: '', ...over });

const small = [
  asset('bank', { name: 'Sample: Hindley Food Bank', description: 'Emergency food parcels.', categories: ['food-support'], ward: 'Hindley' }),
  asset('pantry', { name: 'Sample: Leigh Community Pantry', description: 'Low-cost food, run with the food bank.', categories: ['food-support'], ward: 'Leigh West' }),
  asset('cafe', { name: 'Sample: Orrell Dementia Café', description: 'A memory café.', categories: ['older-people'], ward: 'Orrell' }),
  asset('shed', {
    name: "Sample: Standish Men's Shed",
    description: 'Woodwork and company.',
    categories: ['mental-wellbeing'],
    ward: 'Standish with Langtree',
    org_name: 'Sample: Age UK Wigan Borough',
  }),
  asset('yoga', { name: 'Sample: Chair Yoga', description: 'Gentle exercise at Hindley library.', categories: ['sport-activity'], ward: 'Hindley' }),
  asset('libs', { name: 'Sample: Wigan Libraries Reading Group', description: 'Book club.', categories: ['arts-culture'], ward: 'Wigan Central' }),
];
const index = buildSearchIndex(small, { categoryLabels: CATEGORY_LABELS });
const ids = (q: string, limit?: number) => search(index, q, limit).map((h) => h.id);

describe('tokenise', () => {
  it('folds case and accents, joins apostrophes and keeps plural and singular', () => {
    expect(tokenise("Café MEN'S Libraries")).toEqual(['cafe', 'mens', 'men', 'libraries', 'library']);
    expect(stem('classes')).toBe('class');
    expect(stem('churches')).toBe('church');
    expect(stem('bus')).toBe('bus');
  });
  it('drops filler words from a query except the word still being typed', () => {
    expect(queryTerms('food bank for older people')).toEqual(['food', 'bank', 'older', 'people']);
    expect(queryTerms('food for')).toEqual(['food', 'for']);
  });
});

describe('search', () => {
  it('returns everything, A to Z, for an empty query', () => {
    expect(ids('   ', 10)).toHaveLength(small.length);
    expect(ids('', 2)).toEqual(['yoga', 'bank']); // "Chair Yoga" < "Hindley Food Bank"
  });

  it('matches words in any order, only assets with all of them when there are any', () => {
    expect(ids('bank food hindley')[0]).toBe('bank');
    expect(ids('food bank')).toEqual(['bank', 'pantry']);
    expect(matchQuery(index, 'food bank')?.partial).toBe(false);
  });

  it('lists the assets with most of the words when none has them all', () => {
    // Nothing about food in Orrell: the food bank (food in its name) and the Orrell café are the
    // nearest answers; the pantry only mentions food in its description.
    expect(ids('food orrell')).toEqual(['bank', 'cafe', 'pantry']);
    expect(matchQuery(index, 'food orrell')?.partial).toBe(true);
    expect(ids('food bank orrell', 1)).toEqual(['bank']); // two of three words beat one
  });

  it('ranks a name match above a description match', () => {
    expect(ids('food bank')[0]).toBe('bank'); // the pantry only mentions a food bank
    expect(ids('hindley')[0]).toBe('bank'); // name, before the yoga class held in Hindley
  });

  it('ranks a whole word above a prefix above a typo', () => {
    const hits = search(index, 'foo');
    expect(hits[0].id).toBe('bank');
    expect(hits[0].fields).toContain('name');
  });

  it('finds words as they are being typed', () => {
    expect(ids('hindley fo')[0]).toBe('bank');
    expect(ids('dem')).toEqual(['cafe']);
  });

  it('tolerates a dropped letter, a wrong vowel, swapped letters and a misspelt place', () => {
    expect(ids('fod bank')[0]).toBe('bank');
    expect(ids('food bank hindly')[0]).toBe('bank');
    expect(ids('dementia cafe orell')[0]).toBe('cafe');
    expect(ids('chiar yoga')[0]).toBe('yoga');
    expect(ids('yaga')[0]).toBe('yoga');
  });

  it('ignores accents and apostrophes in both directions', () => {
    expect(ids('cafe')[0]).toBe('cafe');
    expect(ids('CAFÉ')[0]).toBe('cafe');
    expect(ids('mens shed')).toEqual(['shed']);
    expect(ids("men's")).toEqual(['shed']);
  });

  it('matches plurals and singulars', () => {
    expect(ids('library')).toContain('libs');
    expect(ids('libraries')).toContain('libs');
    expect(ids('food banks')[0]).toBe('bank');
  });

  it('searches category labels, organisation and ward', () => {
    expect(ids('mental health')).toEqual(['shed']); // category label "Mental health and wellbeing"
    expect(ids('age uk')).toEqual(['shed']);
    expect(ids('langtree')).toEqual(['shed']);
  });

  it('treats markup, punctuation and huge input as plain words, without failing', () => {
    expect(ids('<script>alert("food")</script>')).toEqual(ids('food')); // only "food" is in any asset
    expect(ids('"food" -- bank!!')[0]).toBe('bank');
    expect(ids('x'.repeat(100_000))).toEqual([]);
    expect(ids('food '.repeat(10_000)).length).toBeGreaterThan(0);
  });

  it('reports the fields that matched', () => {
    const hit = search(index, 'langtree')[0];
    expect(hit.fields).toEqual(['place']);
  });

  it('finds each planted target in the top 5 among 10,000 assets for misspelt queries', () => {
    const big = syntheticAssets(10_000, 3, { targets: true });
    const bigIndex = buildSearchIndex(big, { categoryLabels: CATEGORY_LABELS });
    for (const c of TYPO_CASES) {
      const top = search(bigIndex, c.query, 5).map((h) => h.id);
      expect(top, `"${c.query}" should find ${c.name}`).toContain(c.target);
    }
  });
});

describe('search while a misspelt word is still being typed', () => {
  it('matches the start of a longer word with one typo', () => {
    const idx = buildSearchIndex([asset('m', { name: 'Sample: Leigh Mental Health Drop-in' }), asset('x', { name: 'Sample: Leigh Men’s Shed' })]);
    expect(search(idx, 'mente').map((h) => h.id)).toEqual(['m']);
    expect(search(idx, 'leigh mentl').map((h) => h.id)).toEqual(['m']);
  });
});
