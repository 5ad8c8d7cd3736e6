// ORUK services through the real import path on PGlite: read by the import modules (runImport),
// checked against the database (import_candidates), committed in one transaction (commit_import).
// The UK profile's example commits once it has a place and a category of ours; importing the
// same feed again updates its listings by ORUK id instead of adding copies.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import type { ImportBatch, ImportCandidate } from '../../src/backend/api';
import { createOfflineGeocoder } from '../../src/domain/geocoder';
import type { OrukService } from '../../src/features/import/oruk/orukServices';
import { buildCommit, planImport } from '../../src/features/import/plan';
import { runImport } from '../../src/features/import/runImport';
import { rpc } from './as';
import { createTestDb } from './db';

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string; parent?: string | null }[]).map((c) => ({
  slug: c.slug,
  label: c.label,
  parent: c.parent ?? null,
}));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const example = () => JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8')) as OrukService;
const PARTNER = 'Sample ORUK Feed Partner';
/** Far from the sample listings, so nothing there looks like a duplicate of it. */
const ASHTON = { latitude: 53.4889, longitude: -2.6401, postal_code: 'WN4 9AA' };

/** The example, placed in Wigan (its own location is at latitude 100) with a real postcode. */
function placed(s: OrukService, over: Partial<OrukService> = {}, at = { latitude: 53.5451, longitude: -2.6325, postal_code: 'WN1 1AA' }): OrukService {
  const sal = (s.service_at_locations as { location: Record<string, unknown> }[])[0];
  const location = { ...sal.location, ...at, addresses: [{ address_1: '1-30 Main Street', city: 'Wigan', postal_code: at.postal_code }] };
  return { ...s, service_at_locations: [{ ...sal, location }], ...over };
}

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

async function importServices(services: OrukService[], categoryMap: Record<string, string> = {}) {
  const parsed = await runImport({ oruk: services }, { categories, categoryMap, today: new Date(2026, 11, 3) });
  const plan = await planImport(parsed.rows, {
    geocoder,
    candidates: (rows) => rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', { partner: PARTNER, rows }),
  });
  const { rows, report, undecided } = buildCommit(plan, new Map(), { headers: parsed.headers, mapping: parsed.mapping });
  const batch = await rpc<ImportBatch>(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'https://example.org/oruk', org_id: null, rows, report });
  return { parsed, plan, batch, undecided };
}

const listings = () =>
  db.query<{
    id: string;
    name: string;
    description: string;
    external_id: string;
    categories: string[];
    opening_hours: string | null;
    cost: string | null;
    day: string | null;
  }>('select id, name, description, external_id, categories, opening_hours, cost, last_verified_at::date::text as day from app.assets where source = $1 order by name', [
    PARTNER,
  ]);

describe('ORUK services through the import SQL', () => {
  it('commits nothing of the example as published: it cannot be placed, and its category is not ours', async () => {
    const { plan, batch } = await importServices([example()], { name: 'mental-wellbeing' });
    expect(plan.counts).toMatchObject({ total: 1, invalid: 1 });
    expect(batch.inserted).toBe(0);
    expect((await listings()).rows).toEqual([]);
  });

  it('commits the example once placed, with its fields, and names the schedule it could not express', async () => {
    const services = [
      placed(example()),
      placed(
        example(),
        {
          id: '0f0f0f0f-1111-4222-8333-444444444444',
          name: 'Sample Wigan Tuesday Drop-in',
          attributes: [{ taxonomy_term: { code: 'advice-money', name: 'Advice and money', taxonomy_detail: { name: 'Common Ground categories' } } }],
          schedules: [{ freq: 'MONTHLY', byday: '2TU', opens_at: '10:00:00', closes_at: '12:00:00' }],
          cost_options: [{ option: 'Free', amount: 0 }],
        },
        ASHTON,
      ),
    ];
    const { batch, plan } = await importServices(services, { name: 'mental-wellbeing' });
    expect(plan.counts).toMatchObject({ total: 2, invalid: 0 });
    expect(batch.inserted).toBe(2);
    const rows = (await listings()).rows;
    expect(rows.map((r) => [r.name, r.external_id, r.categories, r.opening_hours, r.cost, r.day])).toEqual([
      ['Community Counselling', 'ac148810-d857-441c-9679-408f346de14b', ['mental-wellbeing'], null, '£35 per 1 hour session (Under 18s and Over 60s)', '2005-01-01'],
      ['Sample Wigan Tuesday Drop-in', '0f0f0f0f-1111-4222-8333-444444444444', ['advice-money'], 'Tu[2] 10:00-12:00', null, '2005-01-01'],
    ]);
    // The check step shows why the counselling service has no opening hours.
    expect(plan.planned[0].warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/falls on days of the month, which opening hours cannot say\. The listing is imported without opening hours/),
    );
  });

  it('a second import of the same feed updates its listings by ORUK id instead of adding copies', async () => {
    const before = (await listings()).rows;
    const changed = placed(example(), { description: 'Counselling, now also on Saturdays.' });
    const again = placed(
      example(),
      {
        id: '0f0f0f0f-1111-4222-8333-444444444444',
        name: 'Sample Wigan Tuesday Drop-in',
        attributes: [{ taxonomy_term: { code: 'advice-money', name: 'Advice and money' } }],
        schedules: [{ freq: 'MONTHLY', byday: '-1FR', opens_at: '10:00:00', closes_at: '12:00:00' }],
      },
      ASHTON,
    );
    const { plan, batch } = await importServices([changed, again], { name: 'mental-wellbeing' });
    expect(plan.planned.map((p) => p.status)).toEqual(['update', 'update']);
    expect(batch.inserted).toBe(0);
    expect(batch.updated).toBe(2);
    const after = (await listings()).rows;
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after[0].description).toBe('Counselling, now also on Saturdays.');
    expect(after[1].opening_hours).toBe('Fr[-1] 10:00-12:00');
  });
});
