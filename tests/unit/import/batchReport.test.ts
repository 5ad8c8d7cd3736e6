// Issue 21: a report downloaded again later, from the list of past imports, must keep the
// partner's own columns beside the reason, not only Row and Reason. The client sends each
// rejected row's original cells in the report commit_import stores as given.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { ImportCandidate } from '../../../src/backend/api';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { batchReportCsv, importReportCsv } from '../../../src/features/import/importReport';
import { buildCommit, planImport, type CandidateQuery } from '../../../src/features/import/plan';
import { runImport } from '../../../src/features/import/runImport';
import { categories, postcodeTable } from './helpers';

const none = async (rows: CandidateQuery[]): Promise<ImportCandidate[]> => rows.map((r) => ({ row: r.row, external_match: null, similar: [] }));
const csv = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the report kept with a batch', async () => {
  const text = ['Name,Post code,Category,Notes', 'Sample Good,WN1 1AA,Health,fine', ',WN1 1AA,Health,no name here', 'Sample Far,WN1 9ZZ,Health,=SUM(A1)'].join('\n');
  const parsed = await runImport(text, { categories });
  const plan = await planImport(parsed.rows, { geocoder: createOfflineGeocoder(postcodeTable), candidates: none });
  const { report } = buildCommit(plan, new Map(), { headers: parsed.headers, mapping: parsed.mapping });

  it('carries each rejected row’s own cells, column by column, in the file’s order', () => {
    expect(report.map((r) => r.row)).toEqual([3, 4]);
    expect(report[0]).toEqual({
      row: 3,
      reason: 'Name: Name is empty; every asset needs one.',
      cells: [
        ['Name', ''],
        ['Post code', 'WN1 1AA'],
        ['Category', 'Health'],
        ['Notes', 'no name here'],
      ],
    });
  });

  it('downloads again later with the original columns and the reason, formulas neutralised', () => {
    const again = csv(batchReportCsv({ report }));
    expect(again[0]).toEqual(['Row', 'Reason', 'Name', 'Post code', 'Category', 'Notes']);
    expect(again[1]).toEqual(['3', 'Name: Name is empty; every asset needs one.', '', 'WN1 1AA', 'Health', 'no name here']);
    expect(again[2].slice(0, 1).concat(again[2].slice(2))).toEqual(['4', 'Sample Far', 'WN1 9ZZ', 'Health', "'=SUM(A1)"]);
    // The same cells as the report downloaded at the time.
    const atTheTime = csv(importReportCsv(parsed.headers, parsed.mapping, plan));
    expect(atTheTime.find((r) => r[0] === '3')!.slice(3)).toEqual(again[1].slice(2));
  });

  it('still reads a batch stored by an older build, with only Row and Reason', () => {
    expect(csv(batchReportCsv({ report: [{ row: 5, reason: 'No location' }] }))).toEqual([
      ['Row', 'Reason'],
      ['5', 'No location'],
    ]);
  });
});
