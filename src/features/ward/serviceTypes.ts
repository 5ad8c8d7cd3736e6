// The services a neighbourhood page measures reach to: the ones people most often need near home.
// Each is a category or one of its types, exactly as the planner's "cat" setting takes it, so the
// page's figures are the planner's ward-table row for `/plan?cat=<slug>` at the default distance.
import { inSelection, type Taxonomy } from '../../domain/taxonomy';
import type { AssetFeature } from '../../domain/types';

export const MAIN_SERVICE_TYPES = [
  'gp-practice',
  'pharmacy',
  'food-support',
  'advice-money',
  'mental-wellbeing',
  'children-families',
  'youth',
  'older-people',
  'library',
  'community-centre',
  'green-spaces',
  'post-office',
] as const;

/** The main service types this taxonomy has (a council may have renamed or dropped some). */
export function serviceTypesIn(taxonomy: Taxonomy): string[] {
  return MAIN_SERVICE_TYPES.filter((slug) => taxonomy.bySlug.has(slug));
}

/**
 * The listings the planner counts for one category or type with its default settings (every
 * kind, every source, sample listings included): those in it or in one of its types.
 */
export function listingsOfType(features: readonly AssetFeature[], taxonomy: Taxonomy, slug: string): { lng: number; lat: number }[] {
  const selection = new Set([slug]);
  return features
    .filter((f) => inSelection(taxonomy, selection, f.properties.categories))
    .map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}
