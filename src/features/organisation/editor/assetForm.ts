// What the asset editor holds while someone types (strings, as inputs give them) and how it
// becomes the AssetInput the database takes. Kept pure so the conflict view can compare the
// form, the version it started from and the latest version field by field.
import type { AccessibilityFeature, AgeGroup, Asset, AssetInput, AssetKind, Uuid } from '../../../domain/types';

export interface AssetForm {
  kind: AssetKind;
  name: string;
  description: string;
  categories: string[];
  lat: string;
  lng: string;
  /** Meets at a private address: residents see only the general area. */
  private_address: boolean;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  website: string;
  opening_hours: string;
  free: boolean;
  cost: string;
  age_groups: AgeGroup[];
  accessibility: AccessibilityFeature[];
  /** Comma-separated, as typed: "English, Polish, British Sign Language". */
  languages: string;
}

/** The editable fields, in the order the form shows them (and diffs list them). */
export const ASSET_FORM_FIELDS = [
  'kind',
  'name',
  'description',
  'categories',
  'postcode',
  'address',
  'lat',
  'lng',
  'private_address',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'accessibility',
  'languages',
  'phone',
  'email',
  'website',
] as const satisfies readonly (keyof AssetForm)[];
export type AssetFormField = (typeof ASSET_FORM_FIELDS)[number];
export type AssetFormErrors = Partial<Record<AssetFormField, string>>;

/** The id of a field's control (or group), which the error summary links to. */
export const assetFieldId = (f: AssetFormField) => `asset-${f}`;

export function emptyAssetForm(): AssetForm {
  return {
    kind: 'place',
    name: '',
    description: '',
    categories: [],
    lat: '',
    lng: '',
    private_address: false,
    address: '',
    postcode: '',
    phone: '',
    email: '',
    website: '',
    opening_hours: '',
    free: false,
    cost: '',
    age_groups: [],
    accessibility: [],
    languages: '',
  };
}

/**
 * What the organisation is working on: for a published asset with edits waiting for review,
 * the published fields with those edits on top (what residents will see once approved).
 */
export function workingCopy(asset: Asset): Omit<AssetInput, 'org_id' | 'id' | 'version'> {
  const merged = { ...asset, ...(asset.pending_changes ?? {}) } as Asset;
  return {
    kind: merged.kind,
    name: merged.name,
    description: merged.description ?? '',
    categories: merged.categories ?? [],
    lat: merged.lat,
    lng: merged.lng,
    private_address: !!merged.private_address,
    address: merged.address,
    postcode: merged.postcode,
    phone: merged.phone,
    email: merged.email,
    website: merged.website,
    opening_hours: merged.opening_hours,
    free: merged.free,
    cost: merged.cost,
    age_groups: merged.age_groups ?? [],
    accessibility: merged.accessibility ?? [],
    languages: merged.languages ?? [],
  };
}

export function formFromAsset(asset: Asset): AssetForm {
  const w = workingCopy(asset);
  return {
    kind: w.kind,
    name: w.name,
    description: w.description,
    categories: [...w.categories],
    lat: w.lat == null ? '' : String(w.lat),
    lng: w.lng == null ? '' : String(w.lng),
    private_address: !!w.private_address,
    address: w.address ?? '',
    postcode: w.postcode ?? '',
    phone: w.phone ?? '',
    email: w.email ?? '',
    website: w.website ?? '',
    opening_hours: w.opening_hours ?? '',
    free: !!w.free,
    cost: w.cost ?? '',
    age_groups: [...w.age_groups],
    accessibility: [...w.accessibility],
    languages: w.languages.join(', '),
  };
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());
// An empty box is "not given" (NaN fails validation with the field's own message), never 0.
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim()));

export function inputFromForm(form: AssetForm, org_id: Uuid, id?: Uuid, version?: number): AssetInput {
  return {
    ...(id ? { id } : {}),
    org_id,
    kind: form.kind,
    name: form.name.trim(),
    description: form.description.trim(),
    categories: [...form.categories],
    lat: num(form.lat),
    lng: num(form.lng),
    private_address: form.private_address,
    address: text(form.address),
    postcode: text(form.postcode),
    phone: text(form.phone),
    email: text(form.email),
    website: text(form.website),
    opening_hours: text(form.opening_hours),
    free: form.free,
    cost: text(form.cost),
    age_groups: [...form.age_groups],
    accessibility: [...form.accessibility],
    languages: form.languages
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    ...(version != null ? { version } : {}),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields whose values differ between two forms, in form order. */
export function changedFormFields(a: AssetForm, b: AssetForm): AssetFormField[] {
  return ASSET_FORM_FIELDS.filter((f) => !same(norm(f, a[f]), norm(f, b[f])));
}

// "53.5" and "53.50" are the same place; trailing spaces are not a change anyone made.
function norm(field: AssetFormField, v: unknown): unknown {
  if (field === 'lat' || field === 'lng') return v === '' ? '' : Number(v);
  if (typeof v === 'string') return v.trim();
  return v;
}

/**
 * Edits made from `base` put on top of a newer saved version: fields the person changed take
 * their value, every other field takes the newer version's, so restoring a draft never quietly
 * undoes what someone else saved meanwhile.
 */
export function rebaseForm(base: AssetForm, mine: AssetForm, latest: AssetForm): AssetForm {
  const out = JSON.parse(JSON.stringify(latest)) as AssetForm;
  for (const f of changedFormFields(base, mine)) (out as unknown as Record<string, unknown>)[f] = JSON.parse(JSON.stringify(mine[f]));
  return out;
}
