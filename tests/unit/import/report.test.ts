import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { planImport } from '../../../src/features/import/plan';
import { reportCsv } from '../../../src/features/import/report';
import { runImport } from '../../../src/features/import/runImport';
import { categories, postcodeTable } from './helpers';

const csv = [
  'Name,Post code,Category,Description,Tel',
  '"=HYPERLINK(""http://evil.example"",""Click"")",WN1 1AA,Knitting,"+cmd|\' /C calc\'!A0",01942 000000',
  'Sample Fine,WN1 1AA,Health,Fine,01942 000001',
  'Sample Lost,WN1 9ZZ,Health,@SUM(1+1),-2.5',
  'Sample Warned,WN1 1AD,Health,<b>bold</b>,01942 000002',
].join('\n');

describe('the report of rejected rows', async () => {
  const parsed = await runImport(csv, { categories });
  const plan = await planImport(parsed.rows, {
    geocoder: createOfflineGeocoder(postcodeTable),
    candidates: async (rows) => rows.map((r) => ({ row: r.row, external_match: null, similar: [] })),
  });
  const text = reportCsv(parsed.headers, parsed.mapping, plan);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('lists every rejected row with its reason and original cells', () => {
    expect(rows[0]).toEqual(['Row', 'Status', 'Reason', 'Name', 'Post code', 'Category', 'Description', 'Tel']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2', 'Not imported'],
      ['4', 'Not imported: cannot be placed'],
    ]);
    expect(rows[1][2]).toBe('Category: Category "Knitting" is not one of ours; choose which of our categories it means, or ignore it.');
    expect(rows[2][2]).toMatch(/^Postcode WN1 9ZZ was not found/);
  });

  it('neutralises formula cells so a spreadsheet never runs them', () => {
    expect(rows[1][3]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(rows[1][6]).toBe("'+cmd|' /C calc'!A0");
    expect(rows[2][6]).toBe("'@SUM(1+1)");
    // Plain numbers cannot run and stay numbers.
    expect(rows[2][7]).toBe('-2.5');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
  });

  it('opens in Excel as UTF-8 with CRLF line ends', () => {
    expect(text.startsWith('\uFEFFRow,Status,Reason')).toBe(true);
    expect(text).toContain('\r\n');
  });

  it('lists possible duplicates the moderator skipped, when given the decisions', async () => {
    const dupPlan = await planImport(parsed.rows, {
      geocoder: createOfflineGeocoder(postcodeTable),
      candidates: async (rs) =>
        rs.map((r) => ({ row: r.row, external_match: null, similar: r.row === 3 ? [{ id: 'x', name: 'Sample: Fine Club', distance_m: 42.4, similarity: 0.6 }] : [] })),
    });
    const out = Papa.parse<string[]>(reportCsv(parsed.headers, parsed.mapping, dupPlan, { decisions: new Map([[3, { action: 'skip' }]]) }).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    // A row without issues keeps no original cells; its values are written back from the asset
    // (so the category reads as our slug, which imports again just the same).
    expect(out.find((r) => r[0] === '3')).toEqual([
      '3',
      'Skipped',
      'Possible duplicate of "Sample: Fine Club" (42 m away).',
      'Sample Fine',
      'WN1 1AA',
      'health',
      'Fine',
      '01942 000001',
    ]);
    // Not decided yet: said so, never passed off as skipped.
    const waiting = Papa.parse<string[]>(reportCsv(parsed.headers, parsed.mapping, dupPlan, { decisions: new Map() }).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(waiting.find((r) => r[0] === '3')!.slice(0, 3)).toEqual(['3', 'Waiting for a decision', 'Possible duplicate of "Sample: Fine Club" (42 m away).']);
    const kept = Papa.parse<string[]>(reportCsv(parsed.headers, parsed.mapping, dupPlan, { decisions: new Map([[3, { action: 'insert' }]]) }).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(kept.find((r) => r[0] === '3')).toBeUndefined();
  });

  it('can include rows imported with changes', () => {
    const withWarnings = Papa.parse<string[]>(reportCsv(parsed.headers, parsed.mapping, plan, { includeWarnings: true }).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(withWarnings.find((r) => r[0] === '5')).toEqual([
      '5',
      'Imported with changes',
      'Description: Looks like HTML; kept exactly as written and shown as plain text, never run.',
      'Sample Warned',
      'WN1 1AD',
      'Health',
      '<b>bold</b>',
      '01942 000002',
    ]);
  });
});
