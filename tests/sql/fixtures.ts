// Sample rows the SQL tests start from, found in the seed by what they are, not by hard-coded ids.
import type { PGlite } from '@electric-sql/pglite';
import type { AssetInput } from '../../src/domain/types';
import { SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';

export { SAMPLE_ORG_A, SAMPLE_ORG_B };

/** Any seeded asset of an organisation in a status (read as the database owner). */
export async function seededAsset(db: PGlite, org: string, status: string): Promise<{ id: string; name: string; version: number }> {
  const r = await db.query<{ id: string; name: string; version: number }>(
    'select id, name, version from app.assets where org_id = $1 and status = $2 order by name limit 1',
    [org, status],
  );
  if (!r.rows[0]) throw new Error(`The seed has no ${status} asset of organisation ${org}`);
  return r.rows[0];
}

/** A valid new asset for an organisation; override any field. */
export function assetInput(org: string, over: Partial<AssetInput> = {}): AssetInput {
  return {
    org_id: org,
    kind: 'group',
    name: 'Sample: Test Lunch Club',
    description: 'A weekly lunch for older neighbours.',
    categories: ['older-people'],
    lat: 53.5405,
    lng: -2.5915,
    address: '1 Market Street, Hindley (sample address)',
    postcode: 'WN2 3AN',
    phone: '01942 000000',
    email: 'lunch@example.org',
    website: 'https://example.org/lunch',
    opening_hours: 'We 12:00-14:00',
    free: false,
    cost: '£3 a meal',
    age_groups: ['older_people'],
    accessibility: ['step_free'],
    languages: ['en'],
    ...over,
  };
}

export async function count(db: PGlite, sql: string, params: unknown[] = []): Promise<number> {
  const r = await db.query<{ n: number }>(`select count(*)::int as n from (${sql}) as t`, params);
  return r.rows[0].n;
}

/** A listing's current version, read as the database owner: what a person's screen would hold. */
export async function versionOf(db: PGlite, id: string): Promise<number> {
  const r = await db.query<{ version: number }>('select version from app.assets where id = $1', [id]);
  if (!r.rows[0]) throw new Error(`No listing ${id}`);
  return r.rows[0].version;
}

/** An organisation's current version. */
export async function orgVersionOf(db: PGlite, id: string): Promise<number> {
  return (await db.query<{ version: number }>('select version from app.organisations where id = $1', [id])).rows[0].version;
}
