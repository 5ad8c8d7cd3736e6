// Issue 21: a row whose e-mail, web address or hours cannot be used is either imported without
// that value (lenient, as before) or held back for the partner to fix (strict), and both counts
// are known before anything is written.
import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import Papa from 'papaparse';
import { importReportCsv } from '../../../src/features/import/importReport';
import { buildCommit, heldBackReason, planImport, valuesLost } from '../../../src/features/import/plan';
import { runImport } from '../../../src/features/import/runImport';
import { categories, postcodeTable } from './helpers';

const FILE = [
  'id,name,postcode,categories,email,website,opening_hours,phone',
  'S-1,Sample: Tidy Club,WN1 1AA,Health,club@example.org,https://example.org,Mo 09:00-12:00,01942 000000',
  'S-2,Sample: Club With A Bad Email,WN1 1AA,Health,not an email,,,',
  'S-3,Sample: Club On Facebook,WN1 1AA,Health,,see our Facebook page,,',
  'S-4,Sample: Club With Unsafe Link,WN1 1AA,Health,,javascript:alert(1),,',
  'S-5,Sample: Club With Odd Hours,WN1 1AA,Health,,,whenever we can,',
  'S-6,Sample: Club With A Tidied Phone,WN1 1AA,Health,,,,+44 (0)1942 000000',
].join('\n');

async function plan() {
  const read = await runImport(FILE, { categories });
  return planImport(read.rows, {
    geocoder: createOfflineGeocoder(postcodeTable),
    candidates: async (rows) => rows.map((r) => ({ row: r.row, external_match: null, similar: [] })),
  });
}

describe('rows that would lose a value', () => {
  it('are those whose value was left out, not those read another way', async () => {
    const p = await plan();
    expect(p.planned.filter((r) => valuesLost(r).length).map((r) => r.row)).toEqual([3, 4, 5, 6]);
  });

  it('import without the value when lenient, as the moderator chose', async () => {
    const c = buildCommit(await plan());
    expect(c.heldBack).toEqual([]);
    expect(c.rows.filter((r) => r.action === 'insert').map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(c.rows.find((r) => r.row === 3)!.asset.email).toBeNull();
  });

  it('are held back and reported with what was wrong when strict', async () => {
    const p = await plan();
    const c = buildCommit(p, new Map(), undefined, { strict: true });
    expect(c.heldBack).toEqual([3, 4, 5, 6]);
    expect(c.rows.map((r) => r.row)).toEqual([2, 7]);
    expect(c.report.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(c.report[0].reason).toBe(heldBackReason(p.planned.find((r) => r.row === 3)!));
    expect(c.report[0].reason).toMatch(/^Held back to fix .*email: "not an email" is not an email address/);
    expect(c.report[1].reason).toMatch(/website: "see our Facebook page" is not a web address/);
  });

  it('are listed as held back in the report downloaded before the commit, as the batch will report them', async () => {
    const p = await plan();
    const read = await runImport(FILE, { categories });
    const csv = (strict: boolean) => Papa.parse<string[]>(importReportCsv(read.headers, read.mapping, p, new Map(), { strict })).data.filter((l) => l.length > 1);
    const strictLines = csv(true).slice(1);
    expect(strictLines.filter((l) => l[1] === 'Held back').map((l) => Number(l[0]))).toEqual([3, 4, 5, 6]);
    const batch = buildCommit(p, new Map(), undefined, { strict: true }).report;
    expect(strictLines.filter((l) => l[1] === 'Held back').map((l) => l[2])).toEqual(batch.map((r) => r.reason));
    expect(strictLines.some((l) => l[1] === 'Imported with changes' && ['3', '4', '5', '6'].includes(l[0]))).toBe(false);
    // Lenient: the same rows go in without the value, and say so.
    expect(
      csv(false)
        .slice(1)
        .filter((l) => l[1] === 'Imported with changes')
        .map((l) => Number(l[0])),
    ).toEqual([3, 4, 5, 6]);
  });
});
