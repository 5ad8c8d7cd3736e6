// Small published listings and the shipped categories for the find page's reactive tests, and the
// one wait they need: effects and resources settle once pending promises have run.
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from '../../../src/domain/search';
import { makeTaxonomy } from '../../../src/domain/taxonomy';
import type { AssetFeature, Category } from '../../../src/domain/types';
import { publishedAsset } from '../fixtures/publishedAsset';

export const categories = JSON.parse(readFileSync('data/categories.json', 'utf8')) as Category[];

export const asset = publishedAsset;

export const listings: AssetFeature[] = [
  asset('food', [-2.63, 53.54], { name: 'Sample: Hindley Food Bank', kind: 'service', categories: ['food-support'] }),
  asset('youth', [-2.52, 53.5], { name: 'Sample: Leigh Youth Club', categories: ['youth'] }),
  asset('lunch', [-2.66, 53.59], { name: 'Sample: Standish Lunch Club', categories: ['older-people', 'food-support'] }),
  asset('centre', [-2.64, 53.545], { name: 'Sample: Wigan Community Centre', kind: 'place', categories: ['community-venues'] }),
];

/** Lets pending promises and the effects they trigger run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

export const idsOf = (features: readonly AssetFeature[]) => features.map((f) => f.properties.id);

/** The index the page builds for these listings (createSearchIndex's options). */
export function indexFor(features: readonly AssetFeature[]) {
  const categoryLabels = Object.fromEntries(categories.map((c) => [c.slug, [c.label, ...(c.aliases ?? [])].join(' ')]));
  return buildSearchIndex(features, { categoryLabels, categoryParents: makeTaxonomy(categories).parents });
}
