// The About page (src/features/about/).
export default {
  title: 'About',
  heading: 'About Common Ground',
  intro:
    'Common Ground is an open map of local groups, community places and services, kept up to date by the voluntary, community, faith and social enterprise organisations that run them, and reviewed by council moderators.',
  localCopy: 'This copy runs entirely in your browser.',
  missingHeading: 'Something missing or wrong?',
  missingBefore: 'Know a group, place or service that is not on the map?',
  suggestIt: 'Suggest it',
  missingAfter: '. If a listing is wrong, use “Report a problem” at the bottom of its page. You do not need to sign in for either.',
  dataHeading: 'Data sources',
  dataReal: 'Ward and neighbourhood boundaries, population and deprivation figures, and postcodes are real open data for the Wigan borough.',
  deprivation:
    'Deprivation is the English Indices of Deprivation 2019 (decile 1 is the most deprived tenth of neighbourhoods in England). Population is the ONS mid-2015 estimate used by those indices.',
  privacyHeading: 'Privacy',
  drafts:
    'When you register an organisation or edit a listing, what you have typed but not yet saved is kept in this browser, so a reload or a closed tab does not lose it. It is kept for you alone, never sent anywhere, and forgotten when you save, discard it or sign out.',
  email:
    'If you report a problem or suggest something and leave your e-mail address, we use it once, to tell you what happened, and then delete it. To stop automated messages, we keep a scrambled code (never your internet address) for a day, to count how many come from one place.',
  // The same words as SAMPLE_NOTICE (src/domain/attribution), which exported files carry in English.
  sampleNotice: 'Assets and organisations are synthetic samples, not real services.',
} as const;
