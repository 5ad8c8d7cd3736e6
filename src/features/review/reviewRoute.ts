// Which moderation view a path asks for (/review/*), parsed in one pure function.
import type { Uuid } from '../../domain/types';
import { tellUsReviewPaths } from '../../app/paths';

export type ReviewView =
  | { view: 'queue' }
  | { view: 'asset'; id: Uuid }
  | { view: 'organisation'; id: Uuid }
  | { view: 'stale' }
  | { view: 'reports' }
  | { view: 'suggestions' }
  | { view: 'mail' }
  | { view: 'export' }
  | { view: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function reviewRoute(pathname: string): ReviewView {
  const parts = pathname.split('/').filter(Boolean);
  const at = parts.indexOf('review');
  const rest = at < 0 ? [] : parts.slice(at + 1).map(decodeURIComponent);
  if (rest.length === 0) return { view: 'queue' };
  if (rest.length === 1 && rest[0] === 'stale') return { view: 'stale' };
  if (rest.length === 1 && rest[0] === 'mail') return { view: 'mail' };
  if (rest.length === 1 && rest[0] === 'export') return { view: 'export' };
  if (rest.length === 1 && rest[0] === 'reports') return { view: 'reports' };
  if (rest.length === 1 && rest[0] === 'suggestions') return { view: 'suggestions' };
  if (rest.length === 2 && UUID.test(rest[1])) {
    if (rest[0] === 'asset') return { view: 'asset', id: rest[1] };
    if (rest[0] === 'organisation') return { view: 'organisation', id: rest[1] };
  }
  return { view: 'not-found' };
}

export const reviewPaths = {
  queue: () => '/review',
  asset: (id: Uuid) => `/review/asset/${id}`,
  organisation: (id: Uuid) => `/review/organisation/${id}`,
  stale: () => '/review/stale',
  mail: () => '/review/mail',
  export: () => '/review/export',
  reports: tellUsReviewPaths.reports,
  suggestions: tellUsReviewPaths.suggestions,
};
