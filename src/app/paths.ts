// Where each page lives, for links between user jobs (a moderator's report links to the
// organisation's pages): one place, so no feature imports another to make a link.
import type { Uuid } from '../domain/types';

export const orgPaths = {
  home: () => '/organisation',
  register: () => '/organisation/register',
  assets: (orgId: Uuid) => `/organisation/${orgId}`,
  profile: (orgId: Uuid) => `/organisation/${orgId}/profile`,
  members: (orgId: Uuid) => `/organisation/${orgId}/members`,
  newAsset: (orgId: Uuid) => `/organisation/${orgId}/assets/new`,
  asset: (orgId: Uuid, assetId: Uuid) => `/organisation/${orgId}/assets/${assetId}`,
};

/** Local mode's Outbox: the e-mail the app would have sent. */
export const outboxPath = () => '/outbox';
/** Residents' pages: a listing, its "Report a problem" form, and "Suggest a group". */
export const residentPaths = {
  asset: (assetId: Uuid) => `/asset/${assetId}`,
  report: (assetId: Uuid) => `/asset/${assetId}/report`,
  suggest: () => '/suggest',
};

/** The moderators' queues of what residents sent. */
export const tellUsReviewPaths = {
  reports: () => '/review/reports',
  suggestions: () => '/review/suggestions',
};

/** The accessibility statement, privacy notice and contact page, linked from every page's footer. */
export const legalPaths = {
  accessibility: () => '/accessibility',
  privacy: () => '/privacy',
  contact: () => '/contact',
};
/** Neighbourhood pages: every ward, one ward by its code, and one by its name (a listing knows only its ward's name). */
export const wardListPath = () => '/ward';
export const wardPath = (code: string) => `/ward/${encodeURIComponent(code)}`;
export const wardByNamePath = (name: string) => `/ward?name=${encodeURIComponent(name)}`;
