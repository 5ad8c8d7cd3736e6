import { describe, expect, it } from 'vitest';
import { checkMapping, normaliseHeader, suggestMapping } from '../../../src/features/import/mapping';

describe('suggestMapping', () => {
  it('maps partner synonyms regardless of case, spaces and punctuation', () => {
    const { mapping } = suggestMapping(['Org name', 'Post code', 'Tel', 'Telephone number', 'Web', 'Opening times', 'Lat', 'Long', 'Category', 'ID', 'E-mail']);
    expect(mapping).toMatchObject({
      'Org name': 'org_name',
      'Post code': 'postcode',
      Tel: 'phone',
      Web: 'website',
      'Opening times': 'opening_hours',
      Lat: 'lat',
      Long: 'lng',
      Category: 'categories',
      ID: 'external_id',
      'E-mail': 'email',
    });
  });

  it('maps Open Referral UK / HSDS names', () => {
    const { mapping, unmapped } = suggestMapping([
      'id',
      'name',
      'description',
      'email',
      'url',
      'organization_name',
      'postal_code',
      'address_1',
      'city',
      'latitude',
      'longitude',
      'phone number',
      'schedule',
      'minimum_age',
      'maximum_age',
      'languages',
    ]);
    expect(mapping).toEqual({
      id: 'external_id',
      name: 'name',
      description: 'description',
      email: 'email',
      url: 'website',
      organization_name: 'org_name',
      postal_code: 'postcode',
      address_1: 'address',
      city: 'address',
      latitude: 'lat',
      longitude: 'lng',
      'phone number': 'phone',
      schedule: 'opening_hours',
      minimum_age: 'min_age',
      maximum_age: 'max_age',
      languages: 'languages',
    });
    expect(unmapped).toEqual([]);
  });

  it('maps our own field names exactly', () => {
    const { mapping } = suggestMapping(['external_id', 'name', 'opening_hours', 'age_groups', 'access:step_free']);
    expect(Object.values(mapping)).toEqual(['external_id', 'name', 'opening_hours', 'age_groups', 'access:step_free']);
  });

  it('guesses from a telling word in a longer header, specific words first', () => {
    const { columns } = suggestMapping(['Contact email address', 'Venue postcode', 'Main category']);
    expect(columns.map((c) => [c.field, c.confidence])).toEqual([
      ['email', 'word'],
      ['postcode', 'word'],
      ['categories', 'word'],
    ]);
  });

  it('gives a single-valued field to one column and says why the other is unmapped', () => {
    const { mapping, columns, unmapped } = suggestMapping(['Tel', 'Tel (2)', 'Mobile phone']);
    expect(mapping).toEqual({ Tel: 'phone', 'Tel (2)': null, 'Mobile phone': null });
    expect(columns[1].note).toBe('Looks like Phone, but "Tel" already holds it.');
    expect(unmapped).toEqual(['Tel (2)', 'Mobile phone']);
  });

  it('lets several columns feed a multi-valued field', () => {
    const { mapping } = suggestMapping(['Address line 1', 'Address line 2', 'Town', 'Category', 'Theme']);
    expect(Object.values(mapping)).toEqual(['address', 'address', 'address', 'categories', 'categories']);
  });

  it('reports columns it does not recognise', () => {
    expect(suggestMapping(['Name', 'Last updated', 'Colour']).unmapped).toEqual(['Last updated', 'Colour']);
  });

  it('normalises headers', () => {
    expect(normaliseHeader(' Post-Code ')).toBe('postcode');
    expect(normaliseHeader('Organisation_Name')).toBe('organisationname');
  });
});

describe('checkMapping', () => {
  it('accepts a mapping that can place and name assets', () => {
    expect(checkMapping({ Name: 'name', 'Post code': 'postcode', Category: 'categories' })).toEqual([]);
  });

  it('says what is missing or doubled', () => {
    const problems = checkMapping({ Title: null, Lat: 'lat', Tel: 'phone', Mobile: 'phone' }).map((p) => p.message);
    expect(problems).toEqual([
      'Phone is mapped from 2 columns ("Tel", "Mobile"); choose one.',
      'No column is mapped to Name, which every asset needs.',
      'Map a Postcode column, or both Latitude and Longitude, so assets can be placed on the map.',
    ]);
    expect(checkMapping({ Name: 'name', Lat: 'lat', Postcode: 'postcode' }).map((p) => p.message)).toEqual([
      'Longitude is not mapped; latitude and longitude only work as a pair.',
    ]);
  });
});
