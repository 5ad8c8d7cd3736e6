// Ranking on the real sample data: a resident typing "bank food wigan" wants food banks, not
// "Leigh Data Bank" because "food" is one typo from the ward "Higher Folds".
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, queryTerms, search, tokenise } from '../../../../src/domain/search';
import type { PublishedAssetProps } from '../../../../src/domain/types';
import { sampleFeatures } from '../fixtures/sampleFeatures';

const { features, categoryLabels } = sampleFeatures();
const index = buildSearchIndex(features, { categoryLabels });
const byId = new Map(features.map((f) => [f.properties.id, f.properties]));

/** How many query words an asset contains (whole word or start of a word) in any field, by brute force. */
function wordsCovered(p: PublishedAssetProps, query: string): number {
  const text = [
    p.name,
    p.description,
    ...p.categories.map((s) => s.replace(/-/g, ' ')),
    ...p.categories.map((s) => categoryLabels[s] ?? ''),
    p.org_name,
    p.ward,
    p.address,
    p.postcode,
  ].join(' ');
  const tokens = tokenise(text);
  return queryTerms(query).filter((t) => tokens.some((tok) => tok.startsWith(t))).length;
}

const top = (q: string, n = 10) => search(index, q, n).map((h) => byId.get(h.id)!);

describe('search ranking on the sample data', () => {
  it('builds the published features with wards and organisation names', () => {
    expect(features.length).toBeGreaterThan(1300);
    expect(features.find((f) => f.properties.name === 'Sample: Wigan Chair Yoga')?.properties.ward).toBe('Wigan Central');
  });

  const cases: [query: string, correct: (p: PublishedAssetProps) => boolean][] = [
    ['bank food wigan', (p) => p.name.endsWith('Food Bank')],
    ['food bank wigan', (p) => p.name.endsWith('Food Bank')],
    ['lunch club leigh', (p) => p.name === 'Sample: Leigh Lunch Club'],
    ['wigan yoga', (p) => p.name === 'Sample: Wigan Chair Yoga'],
    ['fod bank hindley', (p) => p.name.endsWith('Food Bank') || p.name === 'Sample: Hindley Community Pantry'],
  ];

  for (const [q, correct] of cases) {
    it(`"${q}" has a right answer in the top 3`, () => {
      const names = top(q, 3).map((p) => p.name);
      expect(top(q, 3).some(correct), `top 3: ${names.join(', ')}`).toBe(true);
    });

    it(`"${q}" lists assets matching more of its words first`, () => {
      const covered = top(q, 15).map((p) => `${wordsCovered(p, q)} ${p.name}`);
      const counts = covered.map((c) => Number(c.split(' ')[0]));
      const sorted = [...counts].sort((a, b) => b - a);
      expect(counts, covered.join('\n')).toEqual(sorted);
    });
  }

  it('does not rank a data bank above the food banks for "bank food wigan"', () => {
    const names = top('bank food wigan', 5).map((p) => p.name);
    const dataBank = names.indexOf('Sample: Leigh Data Bank');
    const foodBank = names.findIndex((n) => n.endsWith('Food Bank'));
    expect(foodBank, names.join(', ')).toBeGreaterThanOrEqual(0);
    if (dataBank >= 0) expect(dataBank).toBeGreaterThan(foodBank);
  });

  it('ranks the Wigan yoga class above one on a Wigan Road', () => {
    expect(top('wigan yoga', 1)[0].name).toBe('Sample: Wigan Chair Yoga');
  });
});
