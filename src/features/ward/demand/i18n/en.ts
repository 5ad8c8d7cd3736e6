// Searches that found little in one ward (src/features/ward/demand/WardDemand.tsx): on the public ward
// page, shown to planners and moderators only.
import { plural } from '../../../../i18n';

export default {
  title: 'Searches that found little here',
  intro:
    'Searches centred in this ward in the last 4 weeks that found fewer than 3 results, by what was searched for. A figure appears only once at least 3 different visits asked.',
  staffOnly: 'Only planners and moderators see this.',
  caption: 'Searches that found little in this ward, last 4 weeks',
  term: 'Searched for',
  visits: 'Different visits',
  visitCount: (p: { count: number; formatted: string }) => plural(p.count, { one: `${p.formatted} visit`, other: `${p.formatted} visits` }),
  none: 'No search centred here found little often enough to show (at least 3 different visits) in the last 4 weeks.',
  loadFailed: 'The searches that found little could not be loaded. Reload the page to try again.',
} as const;
