import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/features/import/fields';
import { runImport } from '../../../src/features/import/runImport';
import { templateColumns, templateCsv, templateExplanationsCsv } from '../../../src/features/import/template';
import { categories } from './helpers';

describe('the downloadable template', () => {
  it('round-trips through the parser: every column maps, the example row is valid', async () => {
    const r = await runImport(templateCsv(), { categories });
    expect(r.unmappedColumns).toEqual([]);
    expect(r.mappingProblems).toEqual([]);
    expect(Object.keys(r.mapping)).toEqual(templateColumns().map((c) => c.column));
    expect(Object.entries(r.mapping).every(([column, field]) => column === field)).toBe(true);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].issues).toBeNull();
    expect(r.rows[0].asset).toMatchObject({
      name: 'Sample Pemberton Community Pantry',
      lat: 53.545,
      lng: -2.632,
      postcode: 'WN1 1AA',
      categories: ['food-bank'],
      languages: ['en', 'pl'],
    });
  });

  it('covers every field an asset has', () => {
    const columns = templateColumns().map((c) => c.column);
    for (const f of [
      'name',
      'description',
      'categories',
      'lat',
      'lng',
      'postcode',
      'address',
      'phone',
      'email',
      'website',
      'opening_hours',
      'free',
      'cost',
      'age_groups',
      'accessibility',
      'languages',
      'external_id',
      'kind',
    ]) {
      expect(columns).toContain(f);
    }
    expect(FIELDS.filter((f) => f.inTemplate)).toHaveLength(columns.length);
  });

  it('explains each column: required?, format, example', () => {
    const rows = Papa.parse<string[]>(templateExplanationsCsv().replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['column', 'what it is', 'required?', 'format', 'example']);
    expect(rows.find((r) => r[0] === 'name')).toEqual(['name', 'Name', 'yes', 'Text, up to 200 characters', 'Sample Pemberton Community Pantry']);
    expect(rows.find((r) => r[0] === 'postcode')![2]).toBe('yes, unless lat and lng are given');
    expect(rows).toHaveLength(templateColumns().length + 1);
  });
});
