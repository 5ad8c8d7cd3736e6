// Issue 13 items 7 and 9 on the real engine: a partner file read by the import modules, checked
// against the database (import_candidates) and committed (commit_import) on PGlite. A NUL byte
// in one cell used to fail the whole check step with "unsupported Unicode escape sequence"; an
// ORUK export's assured_date becomes the listings' checked date, marked as the partner's.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import type { ImportBatch, ImportCandidate } from '../../src/backend/api';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import { buildCommit, planImport } from '../../src/features/import/plan';
import { runImport } from '../../src/features/import/runImport';
import { rpc } from './as';
import { createTestDb } from './db';

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

async function importFile(name: string, partner: string) {
  const parsed = await runImport(fixture(name), { categories, today: new Date(2026, 11, 2) });
  const plan = await planImport(parsed.rows, {
    geocoder,
    candidates: (rows) => rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', { partner, rows }),
  });
  // Possible duplicates of the sample listings nearby are imported as new, as a moderator may decide.
  const { rows, report } = buildCommit(plan, new Map(plan.planned.filter((p) => p.status === 'duplicate').map((p) => [p.row, { action: 'insert' as const }])));
  const batch = await rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner, file_name: name, org_id: null, rows, report });
  return { parsed, plan, batch };
}

describe('a messy partner file through the database', () => {
  it('checks and imports a file with a NUL byte in a cell', async () => {
    const { plan, batch } = await importFile('nul-byte.csv', 'Sample NUL Partner');
    expect(plan.counts).toMatchObject({ total: 4, invalid: 0, unplaceable: 0 });
    expect(batch.inserted).toBe(4);
    const cafe = await db.query<{ description: string }>("select description from app.assets where name = 'Sample Nul Cafe'");
    expect(cafe.rows[0].description).toBe('Coffee and cake on Fridays');
  });

  it("keeps an ORUK export's assured dates as the partner's checks, and imports the rest as not yet confirmed", async () => {
    const { batch } = await importFile('oruk-flat.csv', 'Sample ORUK Partner');
    expect(batch.inserted).toBe(6);
    const r = await db.query<{ external_id: string; day: string | null; checked_by: string | null; opening_hours: string | null }>(
      "select external_id, last_verified_at::date::text as day, checked_by, opening_hours from app.assets where source = 'Sample ORUK Partner' order by external_id",
    );
    expect(r.rows.map((x) => [x.external_id, x.day, x.checked_by])).toEqual([
      ['S-1', '2025-03-14', 'partner'],
      ['S-2', '2025-03-14', 'partner'],
      ['S-3', '2025-02-03', 'partner'],
      ['S-4', null, null],
      ['S-5', null, null],
      ['S-6', null, null],
    ]);
    expect(r.rows[0].opening_hours).toBe('Mo 09:00-17:00');
  });
});
