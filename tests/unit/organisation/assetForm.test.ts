import { describe, expect, it } from 'vitest';
import { changedFormFields, emptyAssetForm, formFromAsset, inputFromForm } from '../../../src/features/organisation/editor/assetForm';
import { validateAssetInput } from '../../../src/domain/validation';
import { ORG, asset } from './assetFixture';

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
