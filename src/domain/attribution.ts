// Credits the About page must show: the boundaries, statistics and postcodes in data/ are real
// open data under these terms (see data/README.md); the assets are not real.

export const DATA_ATTRIBUTION =
  'Contains National Statistics data © Crown copyright and database right; Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal Mail copyright and database right (Code-Point Open); Contains public sector information licensed under the Open Government Licence v3.0.';

export const SAMPLE_NOTICE = 'Assets and organisations are synthetic samples, not real services.';

/** Where exported listings come from: said in every file a resident or moderator downloads. */
export const LISTINGS_CREDIT =
  'Listings from Common Ground, an open map of local groups, places and services kept up to date by the organisations that run them and reviewed by council moderators.';

/**
 * The licence exported listings are offered under. The ward names and postcodes in them are
 * Open Government Licence data (DATA_ATTRIBUTION), and councils publish their directories under
 * it too; a deployment whose listings carry other terms changes it here.
 */
export const LISTINGS_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;
