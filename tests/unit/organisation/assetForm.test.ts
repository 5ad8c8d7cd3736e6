import { describe, expect, it } from 'vitest';
import { changedFormFields, emptyAssetForm, formFromAsset, inputFromForm } from '../../../src/features/organisation/editor/assetForm';
import { validateAssetInput } from '../../../src/domain/validation';
import type { Asset } from '../../../src/domain/types';

const ORG = '0a000000-0000-4000-8000-00000000000a';

const asset = (patch: Partial<Asset> = {}): Asset => ({
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'group',
  name: 'Sample: Hindley Knit and Natter',
  description: 'Bring a project.',
  categories: ['older-people', 'arts-culture'],
  org_id: ORG,
  org_name: 'Sample: Hindley Community Trust',
  ward: null,
  address: 'Hindley Library',
  postcode: 'WN2 3HQ',
  opening_hours: 'Tu 10:00-12:00',
  free: true,
  cost: null,
  age_groups: ['older_people'],
  accessibility: ['step_free'],
  last_verified_at: null,
  lat: 53.5355,
  lng: -2.5778,
  status: 'published',
  phone: null,
  email: null,
  website: null,
  languages: ['English', 'Polish'],
  external_id: null,
  source: null,
  version: 3,
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  pending_changes: null,
  review_note: null,
  submitted_at: null,
  published_at: null,
  ...patch,
});

describe('formFromAsset', () => {
  it('shows the edits waiting for review on top of the published listing', () => {
    const f = formFromAsset(asset({ pending_changes: { name: 'Sample: Knit and Natter', opening_hours: 'Tu 10:00-13:00' } }));
    expect(f.name).toBe('Sample: Knit and Natter');
    expect(f.opening_hours).toBe('Tu 10:00-13:00');
    expect(f.description).toBe('Bring a project.');
  });

  it('writes languages as one comma-separated box', () => {
    expect(formFromAsset(asset()).languages).toBe('English, Polish');
  });
});

describe('inputFromForm', () => {
  it('round-trips a listing through the form unchanged', () => {
    const a = asset();
    const input = inputFromForm(formFromAsset(a), ORG, a.id, a.version);
    expect(input).toMatchObject({ id: a.id, version: 3, lat: 53.5355, lng: -2.5778, languages: ['English', 'Polish'], cost: null });
    expect(validateAssetInput(input)).toEqual({});
  });

  it('treats an empty latitude as missing (never as 0, which is off the coast of Africa)', () => {
    const input = inputFromForm({ ...emptyAssetForm(), name: 'x', categories: ['food-support'] }, ORG);
    expect(Number.isNaN(input.lat)).toBe(true);
    expect(validateAssetInput(input).lat).toBeDefined();
  });

  it('sends empty optional boxes as null and trims the rest', () => {
    const input = inputFromForm({ ...emptyAssetForm(), name: '  Pantry  ', email: '  ', website: ' https://example.org ' }, ORG);
    expect(input).toMatchObject({ name: 'Pantry', email: null, website: 'https://example.org' });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('version');
  });
});

describe('changedFormFields', () => {
  it('lists what differs, ignoring trailing spaces and 53.5 vs 53.50', () => {
    const a = formFromAsset(asset());
    const b = { ...a, name: `${a.name} `, lat: '53.53550', description: 'Bring wool.', categories: ['older-people'] };
    expect(changedFormFields(a, b)).toEqual(['description', 'categories']);
  });
});
