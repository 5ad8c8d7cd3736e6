import { describe, expect, it } from 'vitest';
import { columnSamples } from '../../../src/features/import/columnSamples';
import { pageOf } from '../../../src/features/import/pageOf';
import { findSaved, mappingFromSaved, mappingToSave } from '../../../src/features/import/savedMapping';
import { reportFileName } from '../../../src/features/import/importReport';

describe('columnSamples', () => {
  it('shows the first distinct non-empty values of a column, long ones cut short', () => {
    const preview = [
      ['a', ''],
      ['b', 'x'],
      ['c', 'x'],
      ['d', 'y'.repeat(100)],
      ['e', 'z'],
    ];
    expect(columnSamples(preview, 1)).toEqual(['x', `${'y'.repeat(59)}…`, 'z']);
    expect(columnSamples(preview, 0, 2)).toEqual(['a', 'b']);
    expect(columnSamples([['only']], 3)).toEqual([]);
  });
});

describe('pageOf', () => {
  it('gives 25 items a page, says where it is, and clamps a page past the end', () => {
    const items = Array.from({ length: 60 }, (_, i) => i + 1);
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3, from: 1, to: 25, total: 60 });
    expect(pageOf(items, 3).items).toEqual([51, 52, 53, 54, 55, 56, 57, 58, 59, 60]);
    expect(pageOf(items, 9)).toMatchObject({ page: 3, from: 51, to: 60 });
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });
});

describe('saved mappings', () => {
  const saved = { partner: 'NHS Wigan', mapping: { Tel: 'phone', Notes: '', Old: 'not_a_field' }, category_map: {}, updated_at: '2026-11-01T10:00:00Z' };
  it('keeps only our fields from a saved mapping; an empty field means "do not import"', () => {
    expect(mappingFromSaved(saved)).toEqual({ Tel: 'phone', Notes: null });
    expect(mappingFromSaved(undefined)).toBeUndefined();
  });
  it('saves every column, with "" for the ones left out', () => {
    expect(mappingToSave({ Tel: 'phone', Notes: null })).toEqual({ Tel: 'phone', Notes: '' });
  });
  it('finds a partner whatever the case and spaces', () => {
    expect(findSaved([saved], '  nhs wigan ')).toBe(saved);
    expect(findSaved([saved], 'Police')).toBeUndefined();
  });
});

describe('reportFileName', () => {
  it('makes a safe file name from any partner name', () => {
    expect(reportFileName('NHS Wigan / "Borough"', new Date('2026-11-25T12:00:00Z'))).toBe('report-nhs-wigan-borough-2026-11-25.csv');
    expect(reportFileName('***', new Date('2026-11-25T12:00:00Z'))).toBe('report-import-2026-11-25.csv');
  });
});
