// Searches that found little, beside the coverage gaps (staff only: English is enough).
import { plural } from '../../../../i18n';

export default {
  toggle: 'Show searches that found little',
  toggleHint:
    'Searches on the find page in the last 4 weeks that found fewer than 3 results, by the ward they were centred in. Shown only where at least 3 different visits asked.',
  title: 'Searches that found little',
  caption: 'Searches that found little, by ward, last 4 weeks',
  ward: 'Ward',
  term: 'Searched for',
  visits: 'Different visits',
  visitCount: (p: { count: number; formatted: string }) => plural(p.count, { one: `${p.formatted} visit`, other: `${p.formatted} visits` }),
  none: 'No search found little often enough to show (at least 3 different visits) in the last 4 weeks.',
  loading: 'Loading searches that found little…',
  loadFailed: 'The searches that found little could not be loaded. Turn the layer off and on to try again.',
  legend: 'Searches that found little (darker: more visits)',
  mapLabel: (p: { ward: string; formatted: string }) => `${p.ward}: ${p.formatted}`,
} as const;
