// The words the domain produces for residents: kinds, costs, distances, freshness, opening hours.
// Domain modules read them through src/domain/i18n (never through a UI component).
import { formatNumber } from '../../i18n';

/** "9am", "5:30pm", "midday", "midnight" (GOV.UK style). */
function time12(p: { hours: number; minutes: number }): string {
  const { hours: h, minutes: m } = p;
  if (h === 0 && m === 0) return 'midnight';
  if (h === 12 && m === 0) return 'midday';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

function walk(p: { minutes: number }): string {
  if (p.minutes < 60) return `${p.minutes} minute walk`;
  const rest = p.minutes - 60;
  return rest === 0 ? '1 hour walk' : `1 hour ${rest} minute walk`;
}

export default {
  kind_place: 'Place',
  kind_group: 'Group',
  kind_service: 'Service',
  kinds_place: 'Places',
  kinds_group: 'Groups',
  kinds_service: 'Services',

  age_children: 'Children (0–11)',
  age_young_people: 'Young people (12–25)',
  age_adults: 'Adults (18–64)',
  age_older_people: 'Older people (65+)',

  access_step_free: 'Step-free access',
  access_accessible_toilet: 'Accessible toilet',
  access_hearing_loop: 'Hearing loop',
  access_accessible_parking: 'Accessible parking',
  access_bsl: 'British Sign Language',
  access_large_print: 'Large print information',
  access_quiet_space: 'Quiet space',
  access_assistance_dogs: 'Assistance dogs welcome',

  free: 'Free',
  mayCharge: 'There may be a charge',

  staleUnconfirmed: 'Imported, not yet confirmed',
  staleNever: 'Details never checked',
  staleYear: 'Not checked for over a year',
  checkedNotYet: (p: { imported: string }) => `Not yet: ${p.imported}`,
  checkedNever: 'Never',
  checkedByPartner: (p: { day: string; source: string | null }) => `${p.day}, ${p.source ? `according to ${p.source}` : 'according to the partner who supplied them'}`,
  checkedByOrganisation: (p: { day: string }) => `${p.day}, by the organisation`,
  checkedByModerator: (p: { day: string }) => `${p.day}, by a council moderator`,
  imported: (p: { on: string | null; source: string | null }) => `imported${p.on ? ` on ${p.on}` : ''}${p.source ? ` from ${p.source}` : ''}`,
  freshUnconfirmed: (p: { imported: string }) =>
    `${p.imported[0].toUpperCase()}${p.imported.slice(1)}, not yet confirmed by the organisation. Contact them before you go.`,
  freshNever: 'These details have not been checked. Contact them before you go.',
  freshChecked: (p: { when: string }) => `Details checked ${p.when}`,
  freshStale6: (p: { when: string }) => `Details last checked ${p.when}. They may have changed.`,
  freshStale12: (p: { when: string }) => `Details last checked ${p.when}, over a year ago. Contact them before you go.`,

  summaryCount: (p: { count: number }) => `${formatNumber(p.count)} ${p.count === 1 ? 'result' : 'results'}`,
  summaryCloseTo: (p: { q: string }) => ` close to ‘${p.q}’ (none has every word)`,
  summaryFor: (p: { q: string }) => ` for ‘${p.q}’`,
  summaryNear: (p: { place: string }) => ` near ${p.place}`,
  summaryFilters: (p: { count: number }) => `, ${p.count} ${p.count === 1 ? 'filter' : 'filters'} applied`,
  yourLocation: 'your location',

  metres: (p: { metres: number }) => `${p.metres} m`,
  kilometres: (p: { km: number; decimals: number }) => `${formatNumber(p.km, { minimumFractionDigits: p.decimals, maximumFractionDigits: p.decimals })} km`,
  walk,
  distanceAndWalk: (p: { distance: string; minutes: number }) => `${p.distance}, about a ${walk(p)}`,
  withinAboutOneKm: 'within about 1 km',
  aboutKm: (p: { km: number }) => `about ${p.km} km`,
  privateAddress: 'Meets at a private address: contact them for the address',
  generalArea: 'General area: meets at a private address',

  time: time12,
  hoursClosed: 'closed',
  hours24: '24 hours',
  hoursRange: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  hoursMayVary: ' (times may vary)',
  hoursJoin: ' and ',
  dayRun: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  listAnd: (p: { items: string[] }) => (p.items.length === 1 ? p.items[0] : `${p.items.slice(0, -1).join(', ')} and ${p.items[p.items.length - 1]}`),
  everyDay24: '24 hours, every day',
  everyDay: 'Every day',
  dayLine: (p: { days: string; text: string }) => `${p.days}: ${p.text}`,
  ordinal_0: 'first',
  ordinal_1: 'second',
  ordinal_2: 'third',
  ordinal_3: 'fourth',
  ordinal_4: 'fifth',
  ordinal_last: 'last',
  monthlyLine: (p: { which: string; day: string; text: string }) => `${p.which.charAt(0).toUpperCase()}${p.which.slice(1)} ${p.day} of the month: ${p.text}`,
  closed: 'Closed',
  closedOtherDays: 'Closed on other days',
  seasonal: 'Hours change during the year. The next 7 days:',
  dateLine: (p: { date: string; text: string }) => `${p.date}: ${p.text}`,
  closedBankHolidays: 'Closed on bank holidays',
  bankHolidays: (p: { text: string }) => `Bank holidays: ${p.text}`,
  closesOpens: (p: { open: boolean; when: string }) => `${p.open ? 'Closes' : 'Opens'} ${p.when}`,
  whenToday: (p: { at: string }) => `at ${p.at}`,
  whenMidnight: 'at midnight',
  whenTomorrow: (p: { at: string }) => `tomorrow at ${p.at}`,
  whenThisWeek: (p: { day: string; at: string }) => `${p.day} at ${p.at}`,
  whenNextWeek: (p: { day: string; at: string }) => `next ${p.day} at ${p.at}`,
  whenLater: (p: { date: string; at: string }) => `on ${p.date} at ${p.at}`,

  /** A category's name: in English the taxonomy's own label (staff can rename it). */
  categoryName: (p: { slug: string; label: string }) => p.label,

  relaxQuery: (p: { q: string }) => `Clear the search “${p.q}”`,
  relaxCategories: 'Show all categories',
  relaxKinds: 'Show places, groups and services',
  relaxOpenNow: 'Include places that are closed now',
  relaxOpenOn: (p: { day: string; date: string | null; time: string | null }) =>
    `Include places that are not open on ${p.day}${p.date ? ` ${p.date}` : ''}${p.time ? ` at ${p.time}` : ''}`,
  relaxFree: 'Include things that charge',
  relaxAges: 'Show all age groups',
  relaxReach: 'Search again over a wider area',
  // Lower-case the feature mid-sentence, but not a proper name ("British Sign Language").
  relaxAccess: (p: { name: string }) => `Show places without ${p.name.startsWith('British') ? p.name : p.name.charAt(0).toLowerCase() + p.name.slice(1)}`,
  // checkPostcode (src/domain/postcodes): what is wrong with a typed postcode
  postcodeEmpty: 'Postcode is empty.',
  postcodeBadCharacters: (p: { raw: string }) => `Postcode "${p.raw}" contains characters other than letters, digits and one space (expected like "WN1 1AA").`,
  postcodeNoDigits: (p: { raw: string }) => `"${p.raw}" is not a postcode: a UK postcode has letters and digits, like "WN1 1AA".`,
  postcodeDistrictOnly: (p: { raw: string; district: string }) =>
    `Postcode "${p.raw}" is only the district; add the last three characters (expected like "${p.district} 1AA").`,
  postcodeTooShort: (p: { raw: string }) => `Postcode "${p.raw}" is too short (expected like "WN1 1AA").`,
  postcodeTooLong: (p: { raw: string }) => `Postcode "${p.raw}" is too long: a UK postcode has 5 to 7 letters and digits (expected like "WN1 1AA").`,
  postcodeBadInward: (p: { raw: string; inward: string; letterO: boolean }) =>
    `Postcode "${p.raw}": the last part "${p.inward}" must be a digit then two letters other than C, I, K, M, O or V, like "1AA"${p.letterO ? ' (is there a letter O where a zero belongs?)' : ''}.`,
  postcodeBadOutward: (p: { raw: string; outward: string }) =>
    `Postcode "${p.raw}": "${p.outward}" is not a UK postcode district (expected like "WN1", "M1", "WA10" or "EC1A").`,
  // The public forms' checks (src/domain/publicForms.ts)
  formTooLong: (p: { what: string; limit: number; has: number }) =>
    `${p.what} is at most ${formatNumber(p.limit)} characters (this has ${formatNumber(p.has)}): please shorten it`,
  formControl: (p: { what: string }) => `${p.what} holds characters that cannot be shown (control characters): please type it again`,
  emailTooLong: (p: { limit: number }) => `E-mail addresses are at most ${p.limit} characters`,
  emailInvalid: (p: { got: string }) => `That does not look like an e-mail address (got "${p.got}"): leave it empty if you do not want a reply`,
  chooseReason: 'Choose what is wrong with the listing',
  sayWhatIsWrong: 'Say what is wrong with the listing',
  // What is wrong with a listing (REPORT_REASONS), the same words as the form's reason_* keys.
  reason_closed_or_moved: 'It has closed or moved',
  reason_wrong_contact: 'The contact details are wrong',
  reason_wrong_times: 'The times are wrong',
  reason_wrong_place: 'It is in the wrong place on the map',
  reason_not_real: 'It is not a real service',
  reason_other: 'Something else',
  giveName: 'Give the name of the group, place or service',
  fieldWhatIsWrong: 'What is wrong',
  fieldName: 'The name',
  fieldWhatItIs: 'What it is',
  fieldWhereItIs: 'Where it is',
  fieldWhenItHappens: 'When it happens',
  fieldHowToContact: 'How to contact it',
} as const;
