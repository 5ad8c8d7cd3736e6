// Sorting for the area summary table: by any column, either way, with empty values (an area
// where nobody lives has no "% within reach") always last so they never hide the real extremes.
import type { WardRow } from '../../geo/summariseWards';
import { intlLocale } from '../../i18n';

export type WardSortKey = 'name' | 'population' | 'pctWithin' | 'assets' | 'assetsPer1000' | 'gapPopulation' | 'gapPopulationMostDeprived';
export type SortDirection = 'ascending' | 'descending';

export function sortWardRows(rows: readonly WardRow[], key: WardSortKey, direction: SortDirection): WardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const lang = intlLocale();
  return [...rows].sort((a, b) => {
    const x = a[key],
      y = b[key];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name, lang) : x === null ? 1 : -1;
    const d = typeof x === 'string' ? x.localeCompare(y as string, lang, { numeric: true }) : x - (y as number);
    return d !== 0 ? sign * d : a.name.localeCompare(b.name, lang);
  });
}

/** The direction a column starts in when first chosen: names A–Z, figures worst or largest first. */
export function firstDirection(key: WardSortKey): SortDirection {
  return key === 'name' || key === 'pctWithin' || key === 'assetsPer1000' ? 'ascending' : 'descending';
}
