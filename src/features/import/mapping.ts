// Suggest which of our fields each partner column holds, from its header alone. Headers are
// compared without case, spaces or punctuation ("Post code", "post_code", "POSTCODE" are one),
// first against known names (ours, Open Referral UK / HSDS, common spreadsheet synonyms), then
// by a telling word inside a longer header ("Contact email address"). The person can override.
import { ACCESSIBILITY, type AccessibilityFeature } from '../../domain/types';
import { FIELD_INFO, type ImportField, type Mapping } from './fields';
import { t } from './i18n';

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const accessSynonyms: Record<AccessibilityFeature, string[]> = {
  step_free: ['stepfree', 'stepfreeaccess', 'wheelchairaccess', 'wheelchairaccessible', 'disabledaccess', 'levelaccess'],
  accessible_toilet: ['accessibletoilet', 'disabledtoilet', 'accessibletoilets', 'disabledtoilets'],
  hearing_loop: ['hearingloop', 'inductionloop', 'loop'],
  accessible_parking: ['accessibleparking', 'disabledparking', 'bluebadgeparking'],
  bsl: ['bsl', 'signlanguage', 'britishsignlanguage'],
  large_print: ['largeprint'],
  quiet_space: ['quietspace', 'quietroom'],
  assistance_dogs: ['assistancedogs', 'guidedogs', 'assistancedogswelcome'],
};

// Normalised header → field. ORUK/HSDS flat exports prefix names with the table
// ("service_name", "location_postal_code"); those forms are listed where they are common.
const EXACT: Record<string, ImportField> = {};
function add(field: ImportField, names: string[]) {
  for (const n of names) EXACT[n] = field;
}
add('external_id', [
  'id',
  'externalid',
  'ref',
  'reference',
  'partnerid',
  'partnerref',
  'serviceid',
  'recordid',
  'uid',
  'uniqueid',
  'identifier',
  'assetid',
  'ourref',
  'sourceid',
]);
add('kind', ['kind', 'assetkind', 'assettype', 'kindofasset']);
add('name', ['name', 'servicename', 'assetname', 'groupname', 'title', 'placename', 'venuename', 'activityname', 'projectname', 'locationname']);
add('description', ['description', 'servicedescription', 'details', 'about', 'summary', 'info', 'information', 'notes', 'moreinformation']);
add('categories', [
  'category',
  'categories',
  'categoryname',
  'taxonomy',
  'taxonomyterm',
  'taxonomyterms',
  'attribute',
  'attributes',
  'theme',
  'themes',
  'typeofsupport',
  'tags',
]);
// A type within a category (ORUK directories tag services with a service type): not a second category.
add('subcategory', ['subcategory', 'subcategories', 'subcategoryname', 'servicetype', 'servicetypes', 'typeofservice', 'facilitytype', 'venuetype', 'placetype']);
add('org_name', [
  'orgname',
  'organisation',
  'organization',
  'organisationname',
  'organizationname',
  'org',
  'provider',
  'providername',
  'charity',
  'charityname',
  'runby',
]);
add('address', [
  'address',
  'address1',
  'address2',
  'address3',
  'addressline1',
  'addressline2',
  'addressline3',
  'street',
  'streetaddress',
  'town',
  'city',
  'locality',
  'region',
  'stateprovince',
  'fulladdress',
  'venueaddress',
  'locationaddress',
  'addresscity',
]);
add('postcode', ['postcode', 'postalcode', 'zip', 'zipcode', 'pcode', 'locationpostalcode', 'addresspostalcode']);
add('lat', ['lat', 'latitude', 'locationlatitude']);
add('lng', ['lng', 'lon', 'long', 'longitude', 'locationlongitude']);
add('phone', ['tel', 'telephone', 'phone', 'phonenumber', 'number', 'contactnumber', 'telephonenumber', 'telno', 'mobile', 'contactphone', 'contacttelephone', 'phones']);
add('email', ['email', 'emailaddress', 'contactemail', 'mail']);
add('website', ['web', 'website', 'url', 'weburl', 'webaddress', 'link', 'homepage', 'site', 'serviceurl']);
add('opening_hours', ['openingtimes', 'openinghours', 'hours', 'schedule', 'schedules', 'times', 'daysandtimes', 'sessiontimes', 'openingtime', 'whenopen']);
add('free', ['free', 'isfree', 'freeofcharge']);
add('cost', ['cost', 'costs', 'price', 'fee', 'fees', 'charge', 'charges', 'costoption', 'costoptions', 'amount', 'costdescription']);
add('age_groups', ['agegroup', 'agegroups', 'ages', 'agerange', 'whofor', 'audience', 'ageband']);
add('min_age', ['minimumage', 'minage', 'agefrom', 'agemin', 'eligibilityminimumage', 'eligibilityminage']);
add('max_age', ['maximumage', 'maxage', 'ageto', 'agemax', 'eligibilitymaximumage', 'eligibilitymaxage']);
// ORUK assured_date and its spreadsheet cousins. Not "last updated" or "last modified": a record
// edited is not a record checked.
add('last_verified_at', [
  'assureddate',
  'assured',
  'serviceassureddate',
  'lastverified',
  'lastverifiedat',
  'lastverifieddate',
  'dateverified',
  'verifieddate',
  'lastchecked',
  'lastcheckeddate',
  'datelastchecked',
  'checkeddate',
  'datechecked',
  'checkedon',
  'lastreviewed',
  'lastrevieweddate',
  'datelastreviewed',
  'reviewdate',
  'lastconfirmed',
  'dateconfirmed',
]);
// HSDS regular_schedule and ORUK v3 schedules, as flat exports name their columns.
add('schedule_days', [
  'regularscheduleweekday',
  'regularschedulesweekday',
  'scheduleweekday',
  'schedulesweekday',
  'weekday',
  'weekdays',
  'dayofweek',
  'byday',
  'schedulebyday',
  'schedulesbyday',
  'regularschedulebyday',
]);
add('schedule_opens', ['regularscheduleopensat', 'regularschedulesopensat', 'scheduleopensat', 'schedulesopensat', 'opensat', 'opens', 'opentime', 'starttime']);
add('schedule_closes', [
  'regularschedulesclosesat',
  'regularschedulecloses',
  'regularscheduleclosesat',
  'scheduleclosesat',
  'schedulesclosesat',
  'closesat',
  'closes',
  'closetime',
  'endtime',
]);
add('accessibility', ['accessibility', 'access', 'accessibilityfeatures', 'accessibilityinformation']);
add('languages', ['language', 'languages', 'languagesspoken', 'spokenlanguages']);
for (const f of Object.keys(ACCESSIBILITY) as AccessibilityFeature[]) {
  add(`access:${f}`, [normaliseHeader(f), normaliseHeader(`access:${f}`), ...accessSynonyms[f]]);
}
// Our own field names, as in the template (exact, so the template always maps fully).
for (const f of FIELD_INFO.keys()) EXACT[normaliseHeader(f)] = f;

// For longer headers: the first rule whose word appears wins, so put specific words first
// ("Email address" is an email, not an address).
const WORD_RULES: [RegExp, ImportField][] = [
  [/\bopens\b/, 'schedule_opens'],
  [/\bcloses\b/, 'schedule_closes'],
  [/\b(weekdays?|byday|day of week)\b/, 'schedule_days'],
  [/\b(minimum|min) age\b/, 'min_age'],
  [/\b(maximum|max) age\b/, 'max_age'],
  [/\b(last (checked|verified|reviewed|confirmed)|assured|date (checked|verified|reviewed))\b/, 'last_verified_at'],
  [/\be-?mail\b/, 'email'],
  [/\b(website|url|web)\b/, 'website'],
  [/\b(postcode|post code|postal code)\b/, 'postcode'],
  [/\b(latitude|lat)\b/, 'lat'],
  [/\b(longitude|lng|lon)\b/, 'lng'],
  [/\b(phone|telephone|tel|mobile)\b/, 'phone'],
  [/\b(opening|hours|times|schedule)\b/, 'opening_hours'],
  [/\bsub ?categor(y|ies)\b|\b(service|facility|venue) types?\b/, 'subcategory'],
  [/\b(categor(y|ies)|taxonomy|theme)\b/, 'categories'],
  [/\b(org|organisation|organization|provider|charity)\b/, 'org_name'],
  [/\b(description|details|summary)\b/, 'description'],
  [/\b(address|street|town|city)\b/, 'address'],
  [/\b(cost|price|fees?|charges?)\b/, 'cost'],
  [/\b(ages?|age group)\b/, 'age_groups'],
  [/\blanguages?\b/, 'languages'],
  [/\b(accessibility|wheelchair)\b/, 'accessibility'],
  [/\bname\b/, 'name'],
  [/\b(id|ref|reference)\b/, 'external_id'],
];

function words(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ColumnSuggestion {
  column: string;
  field: ImportField | null;
  /** exact: a known name; word: guessed from a word in it; none: left unmapped. */
  confidence: 'exact' | 'word' | 'none';
  /** Why a likely field was not used, e.g. another column already holds it. */
  note?: string;
}

export interface MappingSuggestion {
  mapping: Mapping;
  columns: ColumnSuggestion[];
  unmapped: string[];
}

function guess(header: string): { field: ImportField; confidence: 'exact' | 'word' } | null {
  const exact = EXACT[normaliseHeader(header)];
  if (exact) return { field: exact, confidence: 'exact' };
  const w = words(header);
  for (const [re, field] of WORD_RULES) if (re.test(w)) return { field, confidence: 'word' };
  return null;
}

/**
 * Suggest a mapping for every column. A single-valued field goes to one column only: an exact
 * name beats a guessed one, then the leftmost wins; the others stay unmapped with a note.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const guesses = headers.map(guess);
  const owner = new Map<ImportField, number>();
  const rank = (i: number) => (guesses[i]!.confidence === 'exact' ? 0 : 1);
  guesses.forEach((g, i) => {
    if (!g || FIELD_INFO.get(g.field)!.multi) return;
    const cur = owner.get(g.field);
    if (cur === undefined || rank(i) < rank(cur)) owner.set(g.field, i);
  });
  const columns: ColumnSuggestion[] = headers.map((column, i) => {
    const g = guesses[i];
    if (!g) return { column, field: null, confidence: 'none' };
    const info = FIELD_INFO.get(g.field)!;
    if (!info.multi && owner.get(g.field) !== i) {
      return { column, field: null, confidence: 'none', note: t('mappingTaken', { field: info.label, column: headers[owner.get(g.field)!] }) };
    }
    return { column, field: g.field, confidence: g.confidence };
  });
  const mapping: Mapping = {};
  for (const c of columns) mapping[c.column] = c.field;
  return { mapping, columns, unmapped: columns.filter((c) => !c.field).map((c) => c.column) };
}

export interface MappingProblem {
  field: ImportField;
  message: string;
}

/**
 * What a mapping cannot do, before any row is read: a required field with no column, or a
 * single-valued field fed by two columns.
 */
export function checkMapping(mapping: Mapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byField = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!field) continue;
    byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  for (const [field, columns] of byField) {
    const info = FIELD_INFO.get(field)!;
    if (!info.multi && columns.length > 1) {
      problems.push({ field, message: t('mappingTwice', { field: info.label, columns }) });
    }
  }
  if (!byField.has('name')) problems.push({ field: 'name', message: t('mappingNoName') });
  const hasLatLng = byField.has('lat') && byField.has('lng');
  if (!hasLatLng && !byField.has('postcode')) {
    problems.push({ field: 'postcode', message: t('mappingNoPlace') });
  } else if (byField.has('lat') !== byField.has('lng')) {
    const missing = byField.has('lat') ? 'lng' : 'lat';
    problems.push({ field: missing, message: t('mappingHalfPair', { field: FIELD_INFO.get(missing)!.label }) });
  }
  if (byField.has('schedule_opens') !== byField.has('schedule_closes')) {
    const missing = byField.has('schedule_opens') ? 'schedule_closes' : 'schedule_opens';
    problems.push({ field: missing, message: t('mappingHalfSchedule', { field: FIELD_INFO.get(missing)!.label }) });
  } else if (byField.has('schedule_days') && !byField.has('schedule_opens')) {
    problems.push({ field: 'schedule_opens', message: t('mappingDaysAlone') });
  }
  return problems;
}
