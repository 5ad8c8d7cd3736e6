// The database itself rejects bad data, whoever writes it, with a message a person can act on and
// the constraint `<table>_<field>_check` the UI uses to show it beside the field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { SAMPLE_ORG_A } from './fixtures';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const good = {
  org_id: SAMPLE_ORG_A,
  kind: 'place',
  name: 'Sample: Schema Test Hall',
  categories: ['community-venues'],
  lat: 53.54,
  lng: -2.63,
  postcode: 'WN1 1AA',
  email: 'hall@example.org',
  website: 'https://example.org/hall',
  phone: '01942 123456',
  age_groups: ['adults'],
  accessibility: ['step_free'],
};
type Row = Record<string, unknown>;

/** Inserts one asset as the database owner (the checks hold for every writer, not just the API). */
async function insertAsset(over: Row): Promise<Row> {
  const row = { ...good, ...over };
  const cols = Object.keys(row);
  const r = await db.query<Row>(`insert into app.assets (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_populate_record(null::app.assets, $1) returning *`, [
    JSON.stringify(row),
  ]);
  return r.rows[0];
}

describe('asset constraints', () => {
  it.each([
    ['lat', { lat: 91 }, 'assets_lat_check', 'Latitude must be between -90 and 90 (got 91)'],
    ['lat', { lat: null }, 'assets_lat_check', 'latitude is missing'],
    ['lng', { lng: -181 }, 'assets_lng_check', 'Longitude must be between -180 and 180 (got -181)'],
    ['status', { status: 'live' }, 'assets_status_check', 'Status must be draft, pending, published, rejected, archived or taken_down (got "live")'],
    ['kind', { kind: 'shop' }, 'assets_kind_check', 'Kind must be place, group or service (got "shop")'],
    ['name', { name: '   ' }, 'assets_name_check', 'Give the listing a name'],
    ['email', { email: 'not-an-email' }, 'assets_email_check', 'Email must look like name@example.org (got "not-an-email")'],
    ['website', { website: 'javascript:alert(1)' }, 'assets_website_check', 'Website must be a full http:// or https:// address'],
    ['website', { website: 'ftp://example.org' }, 'assets_website_check', 'http:// or https://'],
    ['postcode', { postcode: 'NOT A CODE' }, 'assets_postcode_check', 'Postcode must be a UK postcode such as WN1 1AA'],
    ['phone', { phone: 'call us' }, 'assets_phone_check', 'Phone numbers use digits'],
    ['categories', { categories: [] }, 'assets_categories_check', 'Choose at least one category'],
    ['categories', { categories: ['food-support', 'knitting'] }, 'assets_categories_check', 'Unknown category "knitting"'],
    ['age_groups', { age_groups: ['teens'] }, 'assets_age_groups_check', 'Unknown age group "teens"'],
    ['accessibility', { accessibility: ['ramp'] }, 'assets_accessibility_check', 'Unknown accessibility feature "ramp"'],
  ])('rejects a bad %s with a clear message', async (field, over, constraint, message) => {
    const error = await insertAsset(over).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint, column: field });
    expect((error as Error).message).toContain(message);
  });

  it('stores tidy values: trimmed text, one postcode spelling, lowercase email', async () => {
    const row = await insertAsset({ name: '  Sample: Tidy Hall ', postcode: 'wn11aa', email: ' Hall@Example.ORG ', website: '' });
    expect(row).toMatchObject({ name: 'Sample: Tidy Hall', postcode: 'WN1 1AA', email: 'hall@example.org', website: null });
  });

  it('keeps one asset per partner external id', async () => {
    await insertAsset({ name: 'Sample: Partner Row', source: 'Test partner', external_id: 'X-1' });
    await expect(insertAsset({ name: 'Sample: Partner Row again', source: 'Test partner', external_id: 'X-1' })).rejects.toMatchObject({
      code: '23505',
      constraint: 'assets_external_id_key',
    });
  });

  it('has a radius index, and no trigram index on names (no query uses one; it made imports four times slower)', async () => {
    const r = await db.query<{ indexname: string }>("select indexname from pg_indexes where tablename = 'assets'");
    expect(r.rows.map((x) => x.indexname)).toEqual(expect.arrayContaining(['assets_earth_idx', 'assets_status_idx', 'assets_org_id_idx']));
    expect(r.rows.map((x) => x.indexname)).not.toContain('assets_name_trgm_idx');
  });
});

describe('organisation and area constraints', () => {
  it.each([
    ['email', { email: 'nobody' }, 'organisations_email_check'],
    ['website', { website: 'example.org' }, 'organisations_website_check'],
    ['name', { name: '' }, 'organisations_name_check'],
  ])('rejects an organisation with a bad %s', async (field, over, constraint) => {
    const row = { name: 'Sample: Constraint Club', ...over };
    await expect(
      db.query('insert into app.organisations (name, email, website) values ($1, $2, $3)', [row.name, (row as Row).email ?? null, (row as Row).website ?? null]),
    ).rejects.toMatchObject({ code: '23514', constraint, column: field });
  });

  it.each([
    ['population', 'population => -1', 'areas_population_check'],
    ['imd_decile', 'imd_decile => 11', 'areas_imd_decile_check'],
    ['kind', "kind => 'county'", 'areas_kind_check'],
  ])('rejects an area with a bad %s', async (_field, bad, constraint) => {
    const values: Row = { kind: 'custom', population: 10, imd_decile: 5 };
    const [k, v] = bad.split(' => ');
    values[k] = v === "'county'" ? 'county' : Number(v);
    await expect(
      db.query(
        `insert into app.areas (kind, code, name, population, imd_decile, geometry) values ($1, 'T1', 'Test', $2, $3, '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}')`,
        [values.kind, values.population, values.imd_decile],
      ),
    ).rejects.toMatchObject({ code: '23514', constraint });
  });

  it('rejects an area whose geometry is not a polygon', async () => {
    await expect(
      db.query(`insert into app.areas (kind, code, name, geometry) values ('custom', 'T2', 'Test', '{"type":"Point","coordinates":[0,0]}')`),
    ).rejects.toMatchObject({ code: '23514', constraint: 'areas_geometry_check', message: expect.stringContaining('Polygon or MultiPolygon') });
  });

  it('enables row level security on every table in public', async () => {
    const r = await db.query<{ relname: string }>(
      "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity",
    );
    expect(r.rows).toEqual([]);
  });
});
