// Asset and organisation field values in words, for every table that shows a change (review
// diffs, the audit trail, edit conflicts). Values arrive as the database stores them.
import { ACCESSIBILITY, AGE_GROUPS } from '../domain/types';
import { t as domainT } from '../domain/i18n';
import { formatDate as formatDay, formatTime } from '../i18n';
import { t } from './i18n';

/** The fields a change table names in words; each is `field_<field>` in the dictionary. */
export const CHANGE_FIELDS = [
  'kind',
  'name',
  'description',
  'categories',
  'lat',
  'lng',
  'private_address',
  'address',
  'postcode',
  'phone',
  'email',
  'website',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'accessibility',
  'languages',
  'status',
  'org_id',
  'last_verified_at',
  'auto_publish',
  'review_note',
] as const;

type ChangeField = (typeof CHANGE_FIELDS)[number];

const isChangeField = (field: string): field is ChangeField => (CHANGE_FIELDS as readonly string[]).includes(field);

export const fieldLabel = (field: string) => (isChangeField(field) ? t(`field_${field}`) : field.replace(/_/g, ' '));

const KINDS = ['place', 'group', 'service'] as const;

const kindLabel = (kind: string) => ((KINDS as readonly string[]).includes(kind) ? domainT(`kind_${kind as (typeof KINDS)[number]}`) : kind);

/** "Not given", in the current language: read it where it is shown. */
export const notGiven = () => t('notGiven');

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return notGiven();
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return formatDay(d, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return notGiven();
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${formatDate(iso)}, ${formatTime(d, { hour: '2-digit', minute: '2-digit' })}`;
}

export function formatValue(field: string, value: unknown, categoryLabel: (slug: string) => string = (s) => s): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return notGiven();
  const list = (labels: Record<string, unknown>, pick: (x: unknown) => string) =>
    (Array.isArray(value) ? value : [value]).map((v) => (String(v) in labels ? pick(labels[String(v)]) : String(v))).join(', ');
  switch (field) {
    case 'kind':
      return kindLabel(String(value));
    case 'categories':
      return (Array.isArray(value) ? value : [value]).map((s) => categoryLabel(String(s))).join(', ');
    case 'age_groups':
      return list(AGE_GROUPS, (x) => (x as { label: string }).label);
    case 'accessibility':
      return list(ACCESSIBILITY, (x) => String(x));
    case 'free':
    case 'auto_publish':
    case 'private_address':
      return value === true || value === 'true' ? t('yes') : t('no');
    case 'last_verified_at':
      return formatDate(String(value));
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
