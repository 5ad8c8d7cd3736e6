// The find page and an asset's page (src/features/find/).
import { formatNumber } from '../../../i18n';

const count = (n: number) => formatNumber(n);

export default {
  // FindPage
  pageTitle: 'Find local groups, places and services',
  resultsTitle: (p: { q: string }) => `Results for ‘${p.q}’ – Find`,
  heading: 'Find local groups, places and services',
  search: 'Search',
  searchHint: 'For example, food bank, lunch club or a place name',
  searchButton: 'Search',
  results: 'Results',
  resultsFailed: 'Results could not be loaded.',
  resultsLoading: 'Loading results…',
  checkingHours: (p: { text: string }) => `${p.text} (checking opening times…)`,
  shareTitle: 'Common Ground: local groups, places and services',
  showResultsAs: 'Show results as',
  list: 'List',
  map: 'Map',
  loadingPlaces: 'Loading places…',
  loadingMap: 'Loading the map…',

  // FilterPanel
  filters: 'Filters',
  filtersApplied: (p: { count: number }) => `${count(p.count)} applied`,
  category: 'Category',
  categoryHint: 'A category includes all its types; open “Types” to choose one, such as libraries.',
  kind: 'Place, group or service',
  openingTimes: 'Opening times',
  anyTime: 'Any time',
  openNow: 'Open now',
  openOnDay: 'Open on a day',
  day: 'Day',
  time: 'Time',
  optional: '(optional)',
  cost: 'Cost',
  freeOnly: 'Free only',
  ageGroup: 'Age group',
  accessibility: 'Accessibility',
  accessibilityHint: 'Shows places with every feature you choose.',
  clearFilters: 'Clear filters',

  // LocationForm
  enterPostcode: 'Enter a postcode, like WN1 1AA',
  postcodeNotFound: (p: { postcode: string }) => `We could not find the postcode ${p.postcode}. Check it is right, or use your location instead.`,
  postcodeUnavailable: (p: { reason: string }) => `Postcode search is not available right now (${p.reason}). Try again, or use your location.`,
  thereIsAProblem: 'There is a problem',
  nearYou: 'Near you',
  postcode: 'Postcode',
  postcodeHint: 'For example, WN1 1AA',
  error: 'Error:',
  finding: 'Finding…',
  findNearPostcode: 'Find near postcode',
  findingLocation: 'Finding your location…',
  useMyLocation: 'Use my location',
  stopSorting: (p: { place: string }) => `Stop sorting by distance from ${p.place}`,

  // ResultList
  showing: (p: { shown: number; of: number }) => `Showing ${p.shown} of ${count(p.of)}.`,
  showMore: (p: { count: number }) => `Show ${p.count} more results`,

  // NoResults
  noResultsFor: (p: { q: string }) => `No results for ‘${p.q}’`,
  noResults: 'No results',
  checkSpelling: 'Check the spelling, or try fewer or more general words, like “food” or “lunch club”.',
  postcodeTipBefore: 'To find places near you, enter a postcode under',
  postcodeTipLink: 'Postcode',
  postcodeTipAfter: 'rather than in Search.',
  tryDifferent: 'Try different words, or clear your filters.',
  or: 'Or:',
  nothingMatches: 'Nothing matches everything you chose. You could:',
  relaxation: (p: { label: string; count: number }) => `${p.label} (${count(p.count)} ${p.count === 1 ? 'result' : 'results'})`,
  browseHeading: 'Or browse a category',
  categoryCount: (p: { label: string; count: number }) => `${p.label} (${count(p.count)})`,
  knowSomething: 'Know something that should be here?',
  suggestLink: 'Suggest a group, place or service',

  // SearchOffers
  looksLikePostcode: (p: { code: string }) => `${p.code} looks like a postcode.`,
  searchNear: (p: { code: string }) => `Search near ${p.code}`,
  offerUnknown: (p: { code: string }) => `We could not find the postcode ${p.code}. Check it is right, or search for words instead.`,
  offerFailed: (p: { code: string; reason: string }) => `${p.code} looks like a postcode, but postcode search is not available right now (${p.reason}). Try again later.`,
  matchingCategories: 'Categories matching your search',
  showAll: (p: { label: string; count: number }) => `Show all ${p.label} (${count(p.count)})`,

  // SelectedCard
  close: 'Close',
  detailsOf: (p: { name: string }) => ` details of ${p.name}`,

  // ShareButton
  copied: 'Link copied. Paste it to share these results.',
  copyThis: (p: { url: string }) => `Copy this link to share these results: ${p.url}`,
  copyLink: 'Copy link to these results',

  // DownloadResults
  nothingToDownload: 'There are no results to download.',
  fileHolds: (p: { count: number }) =>
    `The file will hold the ${p.count === 1 ? 'listing' : `${count(p.count)} listings`} in the list, with the same search, filters and area.`,
  downloadResults: 'Download these results',

  // AssetPage
  titleLoading: 'Loading',
  titleWithdrawn: 'Listing no longer available',
  titleNotFound: 'Page not found',
  titleUnavailable: 'Listing not available just now',
  backToResults: '‹ Back to results',
  loading: 'Loading…',
  withdrawn: 'This listing has been taken down or archived, so it is no longer available.',
  notFound: 'There is no published listing at this address. It may have closed or been removed.',
  unavailable: 'This listing could not be looked up just now. Try again in a few minutes.',
  searchLink: 'Search for local groups, places and services',
  reported: (p: { on: string }) => `Someone reported a problem with this listing on ${p.on}. It is being checked: contact them before you go.`,
  details: 'Details',
  asGiven: (p: { text: string }) => `As given: ${p.text}`,
  address: 'Address',
  generalAreaNote: 'The map shows the general area they meet in, not where.',
  noAddress: 'No address given',
  directions: 'Get directions on OpenStreetMap',
  area: 'Area',
  contact: 'Contact',
  runBy: 'Run by',
  notRecorded: 'Not recorded',
  whoFor: 'Who it is for',
  everyone: 'Everyone',
  noAccessibility: 'No accessibility information given. Contact them to ask.',
  languages: 'Languages',
  lastChecked: 'Last checked',
  theGeneralArea: 'The general area',
  whereItIs: 'Where it is',
  nearby: (p: { category: string }) => `Nearby: ${p.category}`,
  somethingWrong: 'Something wrong?',
  reportBefore: 'If these details are wrong or out of date,',
  reportLink: 'report a problem with this listing',
  bsl: 'British Sign Language',
  languageList: (p: { names: string[] }) => p.names.join(', '),
  // currentPosition: why "near me" could not find the resident
  locationDenied: 'Your browser did not share your location. Allow location for this site in your browser settings, or search by postcode instead.',
  locationUnavailable: 'Your location is not available right now. Check that location services are on, or search by postcode instead.',
  locationTimeout: 'Finding your location took too long. Try again, or search by postcode instead.',
  locationFailed: 'Your location could not be found. Search by postcode instead.',
  locationUnsupported: 'This browser cannot share your location. Search by postcode instead.',
} as const;
