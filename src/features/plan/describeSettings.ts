// The analysis settings in words, for the "#" block of a CSV export and the metadata of a GeoJSON
// one (coverageMethod.ts), so a figure in a report says which listings it counted.
import { categoryTrail, makeTaxonomy } from '../../domain/taxonomy';
import type { Category } from '../../domain/types';
import type { MethodLine } from '../../geo/coverageMethod';
import { formatDate, formatNumber } from '../../i18n';
import { monthsBefore, sourceLabel } from './chooseAssets';
import type { PlanSettings } from './planSettings';

const EMPHASIS_WORDS = {
  none: 'none (everyone counts the same)',
  standard: 'standard (the most deprived tenth count ten times the least deprived)',
  strong: 'strong (the most deprived tenth count a hundred times the least deprived)',
} as const;

export function describeSettings(s: PlanSettings, categories: readonly Category[], listingCount: number, now: Date): MethodLine[] {
  const taxonomy = makeTaxonomy(categories);
  const label = (slug: string) => categoryTrail(taxonomy, slug);
  const day = (d: Date) => formatDate(d, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = [
    `categories: ${s.categories === null ? 'all' : s.categories.length === 0 ? 'none' : s.categories.map(label).join(', ')}`,
    `kinds: ${s.kinds === null ? 'all' : s.kinds.join(', ') || 'none'}`,
    `partner dataset: ${s.source === null ? 'any' : sourceLabel(s.source)}`,
    ...(s.batch === null ? [] : [`import batch: ${s.batch}`]),
    `last checked: ${s.checkedMonths === null ? 'any time, or never' : `within the last ${s.checkedMonths} months (since ${day(monthsBefore(now, s.checkedMonths))})`}`,
    `sample listings: ${s.includeSample ? 'included' : 'left out'}`,
  ];
  return [
    { label: 'Listings', text: `${formatNumber(listingCount)} published listings; ${parts.join('; ')}` },
    { label: 'Distance', text: `${formatNumber(s.distance)} m` },
    { label: 'Summary by', text: s.level === 'lsoa' ? 'LSOA' : s.level === 'custom' ? 'custom areas' : 'ward' },
    { label: 'Deprivation emphasis', text: EMPHASIS_WORDS[s.emphasis] },
    { label: 'Hexagon size', text: `${s.cell} m (the map only)` },
  ];
}
