// Every api.oruk_* answer, for the demo data and for the edge cases, conforms to the Open Referral
// UK schemas the ORUK validator checks a feed against.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { validateOruk, type OrukKind } from '../oruk/validateOruk';

type Page = { total_items: number; contents: { id: string }[] };

let db: PGlite;
const call = <T = unknown>(fn: string, args: Record<string, unknown> = {}) => rpc<T>(db, 'resident', fn, args);

let edited = 0;
/** Another published listing, edited to an edge case as the database owner. */
async function listingWith(changes: string): Promise<string> {
  const r = await db.query<{ id: string }>(
    `update app.assets set ${changes}
     where id = (select id from app.assets where status = 'published' and not private_address order by name offset $1 limit 1)
     returning id`,
    [edited++ * 7],
  );
  return r.rows[0].id;
}

beforeAll(async () => {
  db = await createTestDb({ seed: true });
}, 120_000);
afterAll(async () => db?.close());

describe('the validator is strict enough to mean something', () => {
  const feed = (dir: 'pass' | 'fail', file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../fixtures/oruk/validator-feeds/${dir}/${file}`, import.meta.url), 'utf8'));

  it.each<[OrukKind, string]>([
    ['api_details', 'api_details.json'],
    ['service', 'service_full.json'],
    ['service_list_page', 'service_list.json'],
    ['taxonomy_term', 'taxonomy_term.json'],
  ])('accepts the ORUK validator’s passing feed (%s)', (kind, file) => {
    expect(validateOruk(kind, feed('pass', file))).toEqual([]);
  });

  it.each<[OrukKind, string]>([
    ['service', 'service_full.json'],
    ['taxonomy_term', 'taxonomy_term.json'],
  ])('rejects the ORUK validator’s failing feed (%s)', (kind, file) => {
    expect(validateOruk(kind, feed('fail', file)).length).toBeGreaterThan(0);
  });

  it('rejects a page without its envelope, and a service whose id is not a UUID', () => {
    expect(validateOruk('service_list_page', { contents: [] })).not.toEqual([]);
    expect(validateOruk('service', { id: 'abc', name: 'x', status: 'active' }).join()).toMatch(/uuid/);
  });
});

describe('the demo data', () => {
  it('API details', async () => {
    expect(validateOruk('api_details', await call('oruk_details'))).toEqual([]);
  });

  it.each<[string, OrukKind, OrukKind]>([
    ['oruk_services', 'service_list_page', 'service'],
    ['oruk_service_at_locations', 'service_at_location_list_page', 'service_at_location'],
    ['oruk_organizations', 'organization_list_page', 'organization'],
    ['oruk_taxonomies', 'taxonomy_list_page', 'taxonomy'],
    ['oruk_taxonomy_terms', 'taxonomy_term_list_page', 'taxonomy_term'],
  ])(
    '%s: every page conforms, and so does each record on its own',
    async (fn, pageKind, recordKind) => {
      const first = await call<Page>(fn, { params: { per_page: '200' } });
      expect(first.total_items).toBeGreaterThan(0);
      const pages = Math.ceil(first.total_items / 200);
      for (let n = 1; n <= pages; n++) {
        const page = n === 1 ? first : await call<Page>(fn, { params: { per_page: '200', page: String(n) } });
        expect(validateOruk(pageKind, page), `${fn} page ${n}`).toEqual([]);
      }
      const single = fn.replace(/ies$/, 'y').replace(/s$/, '');
      for (const item of first.contents.slice(0, 25)) {
        expect(validateOruk(recordKind, await call(single, { id: item.id })), `${single} ${item.id}`).toEqual([]);
      }
    },
    120_000,
  );

  it('a full page of nested services conforms', async () => {
    expect(validateOruk('service_list_page', await call('oruk_services', { params: { per_page: '100', full: 'true' } }))).toEqual([]);
  });

  it('the export: every listing as a nested service, as a moderator sees them', async () => {
    const all = await rpc<unknown[]>(db, 'moderator', 'oruk_export', {});
    expect(all.length).toBeGreaterThan(1000);
    const errors = all.flatMap((s, i) => validateOruk('service', s).map((e) => `#${i} ${e}`));
    expect(errors.slice(0, 10)).toEqual([]);
  }, 120_000);
});

describe('edge cases', () => {
  it.each([
    ['no opening hours', 'opening_hours = null'],
    ['irregular opening hours', `opening_hours = 'Mo-Fr 09:00-17:00; "by appointment"'`],
    ['a month range', `opening_hours = 'Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00'`],
    [
      'no address, phone, email, website, age groups or languages',
      `address = null, postcode = null, phone = null, email = null, website = null, age_groups = '{}', languages = '{}'`,
    ],
    ['a private address', 'private_address = true'],
    ['a cost with an amount', `free = false, cost = '£3 a session'`],
  ])('a service with %s conforms', async (_case, changes) => {
    const id = await listingWith(changes);
    const service = await call('oruk_service', { id });
    expect(service).not.toBeNull();
    expect(validateOruk('service', service)).toEqual([]);
  });

  it('an empty page, the last page and a page past the end conform', async () => {
    const nothing = await call('oruk_services', { params: { text: 'no listing says this zqxj' } });
    expect(validateOruk('service_list_page', nothing)).toEqual([]);
    const { total_items } = await call<Page>('oruk_services', { params: { per_page: '50' } });
    const last = await call<Page>('oruk_services', { params: { per_page: '50', page: String(Math.ceil(total_items / 50)) } });
    expect(validateOruk('service_list_page', last)).toEqual([]);
    const beyond = await call<Page>('oruk_services', { params: { per_page: '50', page: '9999' } });
    expect(validateOruk('service_list_page', beyond)).toEqual([]);
  });
});
