// Asset and organisation field values in words, for every table that shows a change (review
// diffs, the audit trail, edit conflicts). Values arrive as the database stores them.
import { ACCESSIBILITY, AGE_GROUPS } from '../domain/types';
import { formatDate as formatDay, formatTime } from '../i18n';

export const FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  name: 'Name',
  description: 'Description',
  categories: 'Categories',
  lat: 'Latitude',
  lng: 'Longitude',
  private_address: 'Meets at a private address',
  address: 'Address',
  postcode: 'Postcode',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  opening_hours: 'Opening hours',
  free: 'Free',
  cost: 'Cost',
  age_groups: 'Age groups',
  accessibility: 'Accessibility',
  languages: 'Languages',
  status: 'Status',
  org_id: 'Organisation',
  last_verified_at: 'Last verified',
  auto_publish: 'Publishes without review',
  review_note: 'Moderator’s note',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.replace(/_/g, ' ');

const KIND_LABELS: Record<string, string> = { place: 'Place', group: 'Group', service: 'Service' };

export const NOT_GIVEN = 'Not given';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return NOT_GIVEN;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return formatDay(d, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return NOT_GIVEN;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${formatDate(iso)}, ${formatTime(d, { hour: '2-digit', minute: '2-digit' })}`;
}

export function formatValue(field: string, value: unknown, categoryLabel: (slug: string) => string = (s) => s): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return NOT_GIVEN;
  const list = (labels: Record<string, unknown>, pick: (x: unknown) => string) =>
    (Array.isArray(value) ? value : [value]).map((v) => (String(v) in labels ? pick(labels[String(v)]) : String(v))).join(', ');
  switch (field) {
    case 'kind':
      return KIND_LABELS[String(value)] ?? String(value);
    case 'categories':
      return (Array.isArray(value) ? value : [value]).map((s) => categoryLabel(String(s))).join(', ');
    case 'age_groups':
      return list(AGE_GROUPS, (x) => (x as { label: string }).label);
    case 'accessibility':
      return list(ACCESSIBILITY, (x) => String(x));
    case 'free':
    case 'auto_publish':
    case 'private_address':
      return value === true || value === 'true' ? 'Yes' : 'No';
    case 'last_verified_at':
      return formatDate(String(value));
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
