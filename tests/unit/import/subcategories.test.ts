// Partner files classify listings at two levels: a category column and a sub-category (service
// type) column. The sub-category is a type within our taxonomy, not a second category, and it
// says what kind of asset the row is when the file does not.
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/features/import/mapping';
import { runImport, type ParseResult } from '../../../src/features/import/runImport';
import { categories } from './helpers';

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n');
const run = (text: string, categoryMap?: Record<string, string>) => runImport(text, { categories, ...(categoryMap ? { categoryMap } : {}) });
const row = (r: ParseResult, n: number) => r.rows.find((x) => x.row === n)!;

describe('a sub-category column', () => {
  it('is suggested as Sub-category, not as a second Categories column', () => {
    const { mapping } = suggestMapping(['Name', 'Category', 'Subcategory', 'Service type', 'Postcode']);
    expect(mapping).toMatchObject({ Category: 'categories', Subcategory: 'subcategory', 'Service type': 'subcategory' });
  });

  it('puts the type in place of its category, and the type says it is a place', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Subcategory', 'Postcode'],
        ['Sample Wigan Library', 'Learning', 'Library', 'WN1 1AA'],
        ['Sample Pemberton Surgery', 'Health; Mental health and wellbeing', 'GP surgery', 'WN1 1AA'],
        ['Sample Food Bank', 'Food support', '', 'WN1 1AA'],
      ]),
    );
    expect(r.mapping.Subcategory).toBe('subcategory');
    expect(row(r, 2).asset.categories).toEqual(['library']);
    expect(row(r, 2).asset.kind).toBe('place');
    expect(row(r, 3).asset.categories).toEqual(['gp-practice', 'mental-wellbeing']);
    expect(row(r, 3).asset.kind).toBe('place');
    expect(row(r, 4).asset.categories).toEqual(['food-support']);
    expect(row(r, 4).asset.kind).toBe('service');
    expect(r.rows.every((x) => x.valid)).toBe(true);
  });

  it('classifies a row on its own, and a type of another category is kept beside it', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Type', 'Postcode'],
        ['Sample Leigh Fire Station', '', 'Fire station', 'WN1 1AA'],
        ['Sample Library Café', 'Food support', 'library', 'WN1 1AA'],
      ]).replace('Type', 'Sub-category'),
    );
    expect(row(r, 2).asset.categories).toEqual(['fire-station']);
    expect(row(r, 2).valid).toBe(true);
    expect(row(r, 3).asset.categories).toEqual(['food-support', 'library']);
  });

  it('keeps a kind the file gives over the one the type suggests', async () => {
    const r = await run(
      csv([
        ['Name', 'Kind', 'Sub-category', 'Postcode'],
        ['Sample Library Reading Group', 'group', 'Library', 'WN1 1AA'],
      ]),
    );
    expect(row(r, 2).asset.kind).toBe('group');
  });

  it('an unknown type: the row keeps its category, says so, and the value is offered for matching', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Sub-category', 'Postcode'],
        ['Sample Walk-in Centre', 'Health', 'Walk-in centre', 'WN1 1AA'],
      ]),
    );
    const x = row(r, 2);
    expect(x.valid).toBe(true);
    expect(x.asset.categories).toEqual(['health']);
    expect(x.issues?.map((i) => [i.severity, i.code, i.column, i.message])).toEqual([
      [
        'warning',
        'unknown_subcategory',
        'Sub-category',
        'Sub-category "Walk-in centre" is not one of ours; imported under Health only. Match it to one of our sub-categories on the mapping step to keep it.',
      ],
    ]);
    expect(r.unknownCategories).toEqual([{ value: 'Walk-in centre', count: 1, firstRow: 2, field: 'subcategory' }]);
  });

  it('an unknown type with nothing else to go on rejects the row, saying why', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Sub-category', 'Postcode'],
        ['Sample Walk-in Centre', '', 'Walk-in centre', 'WN1 1AA'],
      ]),
    );
    const x = row(r, 2);
    expect(x.valid).toBe(false);
    expect(x.issues?.map((i) => i.code)).toEqual(['unknown_subcategory']);
    expect(x.issues?.[0].message).toBe(
      'Sub-category "Walk-in centre" is not one of ours, and the row has no category of ours; match it to one of our sub-categories on the mapping step.',
    );
  });

  it('a partner type mapped on the mapping step is used', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Sub-category', 'Postcode'],
        ['Sample Walk-in Centre', 'Health', 'Walk-in centre', 'WN1 1AA'],
      ]),
      { 'Walk-in centre': 'hospital' },
    );
    expect(row(r, 2).asset.categories).toEqual(['hospital']);
    expect(row(r, 2).issues).toBeNull();
  });

  it('matches our sub-categories by their other names too', async () => {
    const r = await run(
      csv([
        ['Name', 'Category', 'Postcode'],
        ['Sample Chemist', 'Chemist', 'WN1 1AA'],
      ]),
    );
    expect(row(r, 2).asset.categories).toEqual(['pharmacy']);
    expect(row(r, 2).asset.kind).toBe('place');
  });
});
