// Credits the About page must show: the boundaries, statistics and postcodes in data/ are real
// open data under these terms (see data/README.md); the assets are not real.

export const DATA_ATTRIBUTION =
  'Contains National Statistics data © Crown copyright and database right; Contains OS data © Crown copyright and database right; Contains Royal Mail data © Royal Mail copyright and database right (Code-Point Open); Contains public sector information licensed under the Open Government Licence v3.0.';

export const SAMPLE_NOTICE = 'Assets and organisations are synthetic samples, not real services.';
