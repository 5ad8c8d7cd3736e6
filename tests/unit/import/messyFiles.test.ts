// Issue 13 items 7 and 9: partner files shaped like real exports. An ORUK/HSDS flat export's
// schedule and eligibility columns become opening hours and age groups; its assured_date is the
// partner's own checked date (a date in the future or in an odd format is left out, with a
// message); invisible control characters are removed and said so; a quote left open near the end
// costs only the rows it swallowed, each listed. Every value changed or left out is in the report.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { importReportCsv } from '../../../src/features/import/importReport';
import { suggestMapping } from '../../../src/features/import/mapping';
import { parseCheckedDate } from '../../../src/features/import/parseValues';
import { planImport } from '../../../src/features/import/plan';
import { formatIssue, type ParsedRow, type RowIssue } from '../../../src/features/import/rows';
import { runImport, type ParseResult } from '../../../src/features/import/runImport';
import { categories, fixture, postcodeTable } from './helpers';

const TODAY = new Date(2026, 11, 2); // 2 December 2026
const run = (input: string | Uint8Array) => runImport(input, { categories, today: TODAY });
const rowOf = (r: ParseResult, n: number): ParsedRow => r.rows.find((x) => x.row === n)!;
const issuesOf = (r: ParseResult, n: number, code?: RowIssue['code']) => (rowOf(r, n).issues ?? []).filter((i) => !code || i.code === code);
const noMatches = async (rows: { row: number }[]) => rows.map((r) => ({ row: r.row, external_match: null, similar: [] }));
const reportOf = async (r: ParseResult) => {
  const plan = await planImport(r.rows, { geocoder: createOfflineGeocoder(postcodeTable), candidates: noMatches });
  return Papa.parse<string[]>(importReportCsv(r.headers, r.mapping, plan).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
};

describe("a partner's last-checked date", () => {
  it('reads ISO, day/month/year and "3 February 2025", as a day', () => {
    expect(parseCheckedDate('2025-03-14', TODAY)).toEqual({ date: '2025-03-14' });
    expect(parseCheckedDate('2025-03-14T09:30:00Z', TODAY)).toEqual({ date: '2025-03-14' });
    expect(parseCheckedDate('14/03/2025', TODAY)).toEqual({ date: '2025-03-14' });
    expect(parseCheckedDate('4.3.2025', TODAY)).toEqual({ date: '2025-03-04' });
    expect(parseCheckedDate('14-03-25', TODAY)).toEqual({ date: '2025-03-14' });
    expect(parseCheckedDate('3 February 2025', TODAY)).toEqual({ date: '2025-02-03' });
    expect(parseCheckedDate('3rd Feb 2025', TODAY)).toEqual({ date: '2025-02-03' });
    expect(parseCheckedDate('February 3, 2025', TODAY)).toEqual({ date: '2025-02-03' });
    expect(parseCheckedDate('2 December 2026', TODAY)).toEqual({ date: '2026-12-02' });
  });

  it('says why it cannot use a date in the future, an impossible date or an odd format', () => {
    expect(parseCheckedDate('2031-01-01', TODAY)).toMatchObject({ date: null, problem: 'future' });
    expect(parseCheckedDate('03/14/2025', TODAY)).toMatchObject({ date: null, problem: 'format' });
    expect(parseCheckedDate('31/02/2025', TODAY)).toMatchObject({ date: null, problem: 'format' });
    expect(parseCheckedDate('last Tuesday', TODAY)).toMatchObject({ date: null, problem: 'format' });
    expect(parseCheckedDate('45730', TODAY)).toMatchObject({ date: null, problem: 'format' });
  });
});

describe('an ORUK / HSDS flat export', async () => {
  const r = await run(fixture('oruk-flat.csv'));

  it('maps schedules, eligibility ages and assured_date to the right fields', () => {
    expect(r.mapping).toMatchObject({
      regular_schedule_weekday: 'schedule_days',
      regular_schedule_opens_at: 'schedule_opens',
      regular_schedule_closes_at: 'schedule_closes',
      eligibility_minimum_age: 'min_age',
      eligibility_maximum_age: 'max_age',
      assured_date: 'last_verified_at',
      taxonomy_term: 'categories',
    });
    expect(r.mappingProblems).toEqual([]);
  });

  it('turns weekday, opens_at and closes_at into opening hours', () => {
    expect(rowOf(r, 2).asset.opening_hours).toBe('Mo 09:00-17:00');
    expect(rowOf(r, 3).asset.opening_hours).toBe('Tu,Th 18:00-20:00');
    expect(rowOf(r, 4).asset.opening_hours).toBe('Mo,We 09:30-12:30');
    expect(rowOf(r, 6).asset.opening_hours).toBe('Fr[2] 13:00-15:00');
    expect(rowOf(r, 7).asset.opening_hours).toBe('Mo 10:00-12:00; We 13:00-15:00');
    expect(rowOf(r, 2).issues).toBeNull();
  });

  it('turns minimum and maximum ages into age groups', () => {
    // 11 to 18 reaches the adult band at 18, as the age bands overlap.
    expect(rowOf(r, 3).asset.age_groups).toEqual(['children', 'young_people', 'adults']);
    expect(rowOf(r, 4).asset.age_groups).toEqual(['older_people']);
    expect(rowOf(r, 2).asset.age_groups).toEqual([]);
  });

  it("keeps the partner's checked date, and imports the row without it when it is in the future or unreadable", () => {
    expect(rowOf(r, 2).asset.last_verified_at).toBe('2025-03-14');
    expect(rowOf(r, 3).asset.last_verified_at).toBe('2025-03-14');
    expect(rowOf(r, 4).asset.last_verified_at).toBe('2025-02-03');
    expect(rowOf(r, 7).asset.last_verified_at).toBeNull();

    const [future] = issuesOf(r, 5, 'checked_date');
    expect(formatIssue(future)).toBe(
      'Row 5, column "assured_date": Last checked "2031-01-01" is in the future; left out, so the listing shows as imported and not yet confirmed.',
    );
    expect(future.severity).toBe('warning');
    expect(rowOf(r, 5)).toMatchObject({ valid: true, asset: { last_verified_at: null } });
    expect(issuesOf(r, 6, 'checked_date')[0].message).toBe(
      'Last checked "03/14/2025" is not a date we can read (expected day/month/year like 14/03/2025, 2025-03-14 or 14 March 2025); left out, so the listing shows as imported and not yet confirmed.',
    );
    expect(rowOf(r, 6).valid).toBe(true);
  });

  it('says which schedule it could not read, and keeps the row', () => {
    expect(formatIssue(issuesOf(r, 5, 'opening_hours')[0])).toBe(
      'Row 5, column "regular_schedule_weekday": The schedule "Funday 10:00-12:00" was not understood (expected days like Monday or MO, and times like 09:00); opening hours left empty.',
    );
    expect(rowOf(r, 5)).toMatchObject({ valid: true, asset: { opening_hours: null } });
  });

  it('lists every date and schedule left out in the report, row by row', async () => {
    const report = await reportOf(r);
    const byRow = new Map(report.slice(1).map((l) => [l[0], l]));
    expect(byRow.get('5')![1]).toBe('Imported with changes');
    expect(byRow.get('5')![2]).toContain('assured_date: Last checked "2031-01-01" is in the future');
    expect(byRow.get('5')![2]).toContain('regular_schedule_weekday: The schedule "Funday 10:00-12:00" was not understood');
    expect(byRow.get('6')![2]).toContain('Last checked "03/14/2025" is not a date we can read');
    expect(byRow.has('2')).toBe(false);
  });
});

describe('suggesting fields for flattened ORUK columns', () => {
  it('does not mistake schedule columns for opening hours, or minimum age for age groups', () => {
    const { mapping } = suggestMapping(['schedules_byday', 'schedules_opens_at', 'schedules_closes_at', 'Minimum age', 'Max age', 'Last checked', 'last_verified']);
    expect(mapping).toEqual({
      schedules_byday: 'schedule_days',
      schedules_opens_at: 'schedule_opens',
      schedules_closes_at: 'schedule_closes',
      'Minimum age': 'min_age',
      'Max age': 'max_age',
      'Last checked': 'last_verified_at',
      last_verified: null,
    });
  });
});

describe('invisible control characters', async () => {
  const r = await run(fixture('nul-byte.csv'));

  it('removes NUL and other C0 controls, keeps tabs and line breaks, and keeps the row', () => {
    expect(rowOf(r, 3)).toMatchObject({ valid: true, asset: { description: 'Coffee and cake on Fridays' } });
    expect(formatIssue(issuesOf(r, 3, 'control_characters')[0])).toBe(
      'Row 3, column "Description": 2 invisible control characters (NUL, BEL) were removed; the rest of the text was kept.',
    );
    expect(rowOf(r, 4)).toMatchObject({ valid: true, asset: { name: 'Sample Tab\tClub', description: 'Two lines\nkept' } });
    expect(rowOf(r, 4).issues).toBeNull();
    expect(rowOf(r, 5).asset.name).toBe('Sample FormFeed');
    expect(rowOf(r, 2).issues).toBeNull();
    for (const row of r.rows) expect(JSON.stringify(row.asset)).not.toMatch(/\\u000[0-8bcef]|\\u001/);
  });

  it('lists each cleaned cell in the report', async () => {
    const report = await reportOf(r);
    expect(report.slice(1).map((l) => [l[0], l[1]])).toEqual([
      ['3', 'Imported with changes'],
      ['5', 'Imported with changes'],
    ]);
    expect(report[1][2]).toBe('Description: 2 invisible control characters (NUL, BEL) were removed; the rest of the text was kept.');
  });

  it('cleans pasted text the same way', async () => {
    const pasted = await run('Name,Post code,Category\nSample \u0000Pasted,WN1 1AA,Health\n');
    expect(pasted.rows[0].asset.name).toBe('Sample Pasted');
    expect(pasted.rows[0].issues![0].code).toBe('control_characters');
  });
});

describe('a quote left open near the end of the file', async () => {
  const r = await run(fixture('open-quote.csv'));

  it('keeps the rows before it, and names the rows it swallowed', () => {
    expect(r.rows.map((x) => [x.row, x.valid])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
    ]);
    const file = r.fileIssues.find((i) => i.code === 'unterminated_quote')!;
    expect(file.severity).toBe('warning');
    expect(file.message).toBe(
      'Row 4: a quote (") opens in column "Description" and is never closed, so rows 5 to 6 were read into that cell. Rows 4 to 6 will not be imported; the report lists them. Import the rest, then fix the quote and import those rows again.',
    );
    expect(formatIssue(issuesOf(r, 5, 'quotes')[0])).toBe(
      'Row 5: Swallowed by the quote left open on row 4, so not imported; fix the quote on row 4 and import this row again.',
    );
    expect(rowOf(r, 5).cells).toEqual(['Sample Lost One', 'WN1 1AH', 'Health', 'Swallowed']);
    expect(rowOf(r, 4).cells).toEqual(['Sample Broken', 'WN1 1AE', 'Health', 'This quote never closes']);
  });

  it('reports the broken row and each swallowed row with its own cells', async () => {
    const report = await reportOf(r);
    expect(report.slice(1).map((l) => l.slice(0, 4))).toEqual([
      ['4', 'Not imported', expect.stringMatching(/^Description: A quote \("\) opens in this cell but is never closed/), 'Sample Broken'],
      ['5', 'Not imported', expect.stringMatching(/^Swallowed by the quote left open on row 4/), 'Sample Lost One'],
      ['6', 'Not imported', expect.stringMatching(/^Swallowed by the quote left open on row 4/), 'Sample Lost Two'],
    ]);
  });
});
