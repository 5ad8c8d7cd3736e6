// The fields a partner column can be mapped to: our asset fields plus a few import-only ones
// (organisation name, ORUK minimum/maximum age, ORUK/HSDS schedule columns, one yes/no column per
// accessibility feature).
// The template, the mapping suggestions and the mapping UI all read this one list.
import { ASSET_LIMITS } from '../../domain/limits';
import { ACCESSIBILITY, type AccessibilityFeature } from '../../domain/types';
import { formatNumber } from '../../i18n';

export type AccessField = `access:${AccessibilityFeature}`;

export type ImportField =
  | 'external_id'
  | 'kind'
  | 'name'
  | 'description'
  | 'categories'
  | 'subcategory'
  | 'org_name'
  | 'address'
  | 'postcode'
  | 'lat'
  | 'lng'
  | 'phone'
  | 'email'
  | 'website'
  | 'opening_hours'
  | 'free'
  | 'cost'
  | 'age_groups'
  | 'min_age'
  | 'max_age'
  | 'accessibility'
  | AccessField
  | 'languages'
  | 'last_verified_at'
  | 'schedule_days'
  | 'schedule_opens'
  | 'schedule_closes';

export interface FieldInfo {
  field: ImportField;
  label: string;
  required: 'yes' | 'no' | 'yes, unless postcode is given' | 'yes, unless lat and lng are given';
  format: string;
  example: string;
  /** Several columns may feed it (joined in column order); otherwise only one column may. */
  multi: boolean;
  /** In the downloadable template. Import-only variants (min/max age, yes/no columns) are not. */
  inTemplate: boolean;
}

const accessFields: FieldInfo[] = (Object.keys(ACCESSIBILITY) as AccessibilityFeature[]).map((f) => ({
  field: `access:${f}`,
  label: `${ACCESSIBILITY[f]} (yes/no)`,
  required: 'no',
  format: 'yes or no',
  example: 'yes',
  multi: false,
  inTemplate: false,
}));

export const FIELDS: readonly FieldInfo[] = [
  {
    field: 'external_id',
    label: 'Partner ID',
    required: 'no',
    format: 'Your own ID for the record; a later import with the same ID updates it instead of adding a copy.',
    example: 'WGN-0042',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'kind',
    label: 'Kind',
    required: 'no',
    format: 'place, group or service; when empty, what the sub-category or category usually is (a library is a place), else service',
    example: 'group',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'name',
    label: 'Name',
    required: 'yes',
    format: `Text, up to ${ASSET_LIMITS.name} characters`,
    example: 'Sample Pemberton Community Pantry',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'description',
    label: 'Description',
    required: 'no',
    // A getter, so the number is written in the language of the moment it is read.
    get format() {
      return `Plain text (no HTML), up to ${formatNumber(ASSET_LIMITS.description)} characters`;
    },
    example: 'Weekly food pantry; bring a bag.',
    multi: true,
    inTemplate: true,
  },
  {
    field: 'categories',
    label: 'Categories',
    required: 'yes',
    format: 'One to ten of our categories or sub-categories (name, other name or slug), separated by ; or ,',
    example: 'food-support',
    multi: true,
    inTemplate: true,
  },
  {
    field: 'subcategory',
    label: 'Sub-category',
    required: 'no',
    format: 'The type within a category, such as Library or GP practice (name, other name or slug); it takes the place of its category, separated by ; or ,',
    example: 'food-bank',
    multi: true,
    inTemplate: true,
  },
  {
    field: 'org_name',
    label: 'Organisation name',
    required: 'no',
    format: 'Text; shown in the preview, the batch belongs to one organisation',
    example: 'Sample Pemberton Trust',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'address',
    label: 'Address',
    required: 'no',
    format: 'Text; several address columns are joined with commas',
    example: '12 Sample Street, Wigan',
    multi: true,
    inTemplate: true,
  },
  {
    field: 'postcode',
    label: 'Postcode',
    required: 'yes, unless lat and lng are given',
    format: 'UK postcode, used to place the asset when lat/lng are empty',
    example: 'WN1 1AA',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'lat',
    label: 'Latitude',
    required: 'yes, unless postcode is given',
    format: 'Decimal degrees, -90 to 90 (Wigan is about 53.54)',
    example: '53.5450',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'lng',
    label: 'Longitude',
    required: 'yes, unless postcode is given',
    format: 'Decimal degrees, -180 to 180 (Wigan is about -2.63)',
    example: '-2.6320',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'phone',
    label: 'Phone',
    required: 'no',
    format: 'Phone number: digits, spaces, brackets or hyphens',
    example: '01942 000000',
    multi: false,
    inTemplate: true,
  },
  { field: 'email', label: 'Email', required: 'no', format: 'Email address', example: 'hello@example.org', multi: false, inTemplate: true },
  {
    field: 'website',
    label: 'Website',
    required: 'no',
    format: 'Web address starting http:// or https://',
    example: 'https://example.org',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'opening_hours',
    label: 'Opening hours',
    required: 'no',
    format: 'OpenStreetMap opening_hours syntax',
    example: 'Mo-Fr 09:00-17:00; Sa 10:00-12:00',
    multi: false,
    inTemplate: true,
  },
  { field: 'free', label: 'Free', required: 'no', format: 'yes or no (worked out from Cost when empty)', example: 'no', multi: false, inTemplate: true },
  { field: 'cost', label: 'Cost', required: 'no', format: 'Text: "Free", "£2 per session", "Donation"', example: '£2 per session', multi: false, inTemplate: true },
  {
    field: 'age_groups',
    label: 'Age groups',
    required: 'no',
    format: 'children, young_people, adults, older_people, "all ages" or an age range like 5-16, separated by ;',
    example: 'adults; older_people',
    multi: true,
    inTemplate: true,
  },
  { field: 'min_age', label: 'Minimum age', required: 'no', format: 'Whole number of years (ORUK minimum_age)', example: '18', multi: false, inTemplate: false },
  { field: 'max_age', label: 'Maximum age', required: 'no', format: 'Whole number of years (ORUK maximum_age)', example: '64', multi: false, inTemplate: false },
  {
    field: 'accessibility',
    label: 'Accessibility',
    required: 'no',
    format: `Any of: ${Object.keys(ACCESSIBILITY).join(', ')} (or their plain-words names), separated by ;`,
    example: 'step_free; hearing_loop',
    multi: true,
    inTemplate: true,
  },
  ...accessFields,
  {
    field: 'languages',
    label: 'Languages',
    required: 'no',
    format: 'Languages spoken, as names or ISO 639 codes (bsl for British Sign Language), separated by ;',
    example: 'English; Polish',
    multi: true,
    inTemplate: true,
  },
  // Issue 13 items 7 and 9: the partner's own checked date, and ORUK/HSDS schedules (one
  // weekday/opens/closes set per row, or lists of them) that become opening hours.
  {
    field: 'last_verified_at',
    label: 'Last checked',
    required: 'no',
    format:
      'The day you last checked the details (ORUK assured_date): 2025-03-14, 14/03/2025 or 14 March 2025. Left empty, the listing shows as imported and not yet confirmed.',
    example: '2025-03-14',
    multi: false,
    inTemplate: true,
  },
  {
    field: 'schedule_days',
    label: 'Schedule: days',
    required: 'no',
    format: 'Days of the week (Monday, Mon or MO; 2TU for the second Tuesday), separated by ; or , (ORUK weekday / byday)',
    example: 'Monday; Wednesday',
    multi: false,
    inTemplate: false,
  },
  {
    field: 'schedule_opens',
    label: 'Schedule: opens at',
    required: 'no',
    format: 'Opening time, like 09:00 (ORUK opens_at); one per day, or one for all',
    example: '09:00',
    multi: false,
    inTemplate: false,
  },
  {
    field: 'schedule_closes',
    label: 'Schedule: closes at',
    required: 'no',
    format: 'Closing time, like 17:00 (ORUK closes_at); one per day, or one for all',
    example: '17:00',
    multi: false,
    inTemplate: false,
  },
];

export const FIELD_INFO: ReadonlyMap<ImportField, FieldInfo> = new Map(FIELDS.map((f) => [f.field, f]));

export function isImportField(value: string): value is ImportField {
  return FIELD_INFO.has(value as ImportField);
}

/** Source column (as named in the file, after duplicate renaming) → field, or null to ignore. */
export type Mapping = Record<string, ImportField | null>;
