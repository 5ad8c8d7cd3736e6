// The Open Referral UK API in Postgres (api.oruk_*), called as a resident: what a directory that
// reads our feed gets for each filter, page and id, and what it must never get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { SAMPLE_ORG_A, seededAsset } from './fixtures';

interface Schedule {
  freq?: string;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  description?: string;
}
interface Term {
  id: string;
  code: string;
  name: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
}
interface Service {
  id: string;
  name: string;
  status: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  organization?: { id: string };
  schedules: Schedule[];
  cost_options: { option?: string; amount?: number; currency?: string; amount_description?: string }[];
  languages: { name: string; code?: string }[];
  phones: { number: string }[];
  attributes: { taxonomy_term_id: string; taxonomy_term: Term }[];
  service_at_locations: {
    id: string;
    location_id: string;
    location: {
      latitude: number;
      longitude: number;
      description?: string;
      addresses: { address_1: string; city: string; postal_code: string; country: string }[];
      accessibility: { description: string }[];
    };
  }[];
}
interface Page<T = Service> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

let db: PGlite;
const services = (params: Record<string, string> = {}) => rpc<Page>(db, 'resident', 'oruk_services', { params });
const service = (id: string) => rpc<Service | null>(db, 'resident', 'oruk_service', { id });
const names = (p: Page) => p.contents.map((s) => s.name);
const exportAs = (who: 'resident' | 'moderator', ids?: string[]) => rpc<Service[]>(db, who, 'oruk_export', ids ? { ids: `{${ids.join(',')}}` } : {});

/** A published listing (as the owner) with these columns changed; its id. */
let edited = 0;
async function publishedWith(set: Record<string, unknown>): Promise<string> {
  const cols = Object.keys(set);
  const r = await db.query<{ id: string }>(
    `update app.assets set ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}
     where id = (select id from app.assets where status = 'published' and not private_address order by id offset $1 limit 1)
     returning id`,
    [edited++ * 3, ...cols.map((c) => set[c])],
  );
  return r.rows[0].id;
}

async function schedulesFor(hours: string | null): Promise<Schedule[]> {
  const id = await publishedWith({ opening_hours: hours });
  return (await service(id))!.schedules.map(({ freq, byday, opens_at, closes_at, valid_from, valid_to, description }) =>
    JSON.parse(JSON.stringify({ freq, byday, opens_at, closes_at, valid_from, valid_to, description })),
  );
}

beforeAll(async () => {
  db = await createTestDb({ seed: true });
}, 120_000);
afterAll(async () => db?.close());

describe('paging', () => {
  it('pages through every published listing once, in name order', async () => {
    const published = (await db.query<{ n: number }>("select count(*)::int as n from app.assets where status = 'published'")).rows[0].n;
    const first = await services({ per_page: '200' });
    expect(first).toMatchObject({
      total_items: published,
      total_pages: Math.ceil(published / 200),
      page_number: 1,
      size: 200,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const seen = new Set<string>();
    for (let n = 1; n <= first.total_pages; n++) (await services({ per_page: '200', page: String(n) })).contents.forEach((s) => seen.add(s.id));
    expect(seen.size).toBe(published);
    expect(names(first)).toEqual([...names(first)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('says which page is the last, and a page past the end is empty', async () => {
    const { total_items } = await services({ per_page: '50' });
    const lastNumber = Math.ceil(total_items / 50);
    const last = await services({ per_page: '50', page: String(lastNumber) });
    expect(last).toMatchObject({ page_number: lastNumber, last_page: true, first_page: false, empty: false, size: total_items - (lastNumber - 1) * 50 });
    expect(await services({ per_page: '50', page: String(lastNumber + 1) })).toMatchObject({ empty: true, size: 0, contents: [], last_page: true });
  });

  it('an empty result is one empty page', async () => {
    expect(await services({ text: 'zzqx nothing matches this' })).toMatchObject({
      total_items: 0,
      total_pages: 0,
      empty: true,
      first_page: true,
      last_page: true,
      contents: [],
    });
  });

  it('defaults to 50 a page', async () => {
    expect((await services()).size).toBe(50);
  });
});

describe('bad parameters are refused with a message naming them', () => {
  it.each([
    [{ per_page: '0' }, /per_page must be a whole number from 1 to 200/],
    [{ per_page: '500' }, /per_page must be a whole number from 1 to 200/],
    [{ page: 'two' }, /page must be a whole number/],
    [{ minimum_age: 'old' }, /minimum_age must be a whole number/],
    [{ minimum_age: '30', maximum_age: '20' }, /maximum_age must be at least minimum_age/],
    [{ day: 'Monday' }, /day must be a day code: MO, TU/],
    [{ start_time: '25:00' }, /start_time must be a time of day/],
    [{ start_time: '12:00', end_time: '10:00' }, /end_time must be later than start_time/],
    [{ modified_after: 'yesterday' }, /modified_after must be a date or date-time/],
    [{ taxonomy_term_id: 'food' }, /taxonomy_term_id must be a UUID/],
    [{ postcode: 'not a postcode' }, /postcode must be a full UK postcode/],
    [{ postcode: 'SW1A 1AA' }, /postcode: postcode "SW1A 1AA" is not one this directory knows/],
    [{ proximity: '1000' }, /proximity must be given with a postcode/],
    [{ full: 'maybe' }, /full must be true or false/],
  ])('%j', async (params, message) => {
    await expect(services(params)).rejects.toMatchObject({ code: '22023', message: expect.stringMatching(message) });
  });

  it('ignores parameters it does not know', async () => {
    expect((await services({ colour: 'blue', per_page: '3' })).size).toBe(3);
  });
});

describe('filters', () => {
  it('text and search find listings with every word in the name or description', async () => {
    const page = await services({ text: 'lunch CLUB', per_page: '200' });
    expect(page.total_items).toBeGreaterThan(0);
    expect(await services({ search: 'lunch CLUB', per_page: '200' })).toEqual(page);
    const rows = await db.query<{ n: number }>(
      "select count(*)::int as n from app.assets where status = 'published' and name || ' ' || description ilike '%lunch%' and name || ' ' || description ilike '%club%'",
    );
    expect(page.total_items).toBe(rows.rows[0].n);
    expect((await services({ text: '100%' })).total_items).toBe(0);
  });

  it('a category term finds listings of its sub-categories too', async () => {
    const terms = await rpc<Page<Term>>(db, 'resident', 'oruk_taxonomy_terms', { params: { per_page: '200' } });
    const food = terms.contents.find((t) => t.code === 'food-support')!;
    const foodBank = terms.contents.find((t) => t.code === 'food-bank')!;
    expect(foodBank.parent_id).toBe(food.id);
    const id = await publishedWith({ categories: ['food-bank'], name: 'Sample: Zz Bank Check' });
    const found = async (term: string) => (await services({ taxonomy_term_id: term, text: 'Zz Bank Check' })).contents.map((s) => s.id);
    expect(await found(food.id)).toEqual([id]);
    expect(await found(foodBank.id)).toEqual([id]);
    expect((await services({ taxonomy_term_id: food.id })).total_items).toBeGreaterThan((await services({ taxonomy_term_id: foodBank.id })).total_items);
    expect((await services({ taxonomy_term_id: '00000000-0000-4000-8000-000000000000' })).total_items).toBe(0);
  });

  it('ages: a listing for older people is found for a 70-year-old, not for a child', async () => {
    const id = await publishedWith({ age_groups: ['older_people'], name: 'Sample: Zz Ages Check' });
    const check = async (params: Record<string, string>) => (await services({ ...params, text: 'Zz Ages Check' })).contents.map((s) => s.id);
    expect(await check({ minimum_age: '70', maximum_age: '75' })).toEqual([id]);
    expect(await check({ maximum_age: '10' })).toEqual([]);
    expect(await service(id)).toMatchObject({ minimum_age: 65 });
    expect((await service(id))!.maximum_age).toBeUndefined();
  });

  it('day and times: finds listings open then, by their schedules', async () => {
    const id = await publishedWith({ opening_hours: 'Tu[2] 10:00-12:00', name: 'Sample: Zz Second Tuesday' });
    const found = async (params: Record<string, string>) => (await services({ ...params, text: 'Zz Second Tuesday' })).contents.map((s) => s.id);
    expect(await found({ day: 'tu' })).toEqual([id]);
    expect(await found({ day: 'TU', start_time: '11:00', end_time: '11:30' })).toEqual([id]);
    expect(await found({ day: 'TU', start_time: '12:00' })).toEqual([]);
    expect(await found({ day: 'WE' })).toEqual([]);
  });

  it('postcode and proximity: nearest first, and only within the distance', async () => {
    const near = await services({ postcode: 'wn11xx', per_page: '200' });
    expect(near.total_items).toBeGreaterThan(1000);
    const within = await services({ postcode: 'WN1 1XX', proximity: '1500', per_page: '200' });
    expect(within.total_items).toBeGreaterThan(0);
    expect(within.total_items).toBeLessThan(near.total_items);
    expect(names(within)).toEqual(names(near).slice(0, within.contents.length));
  });

  it('modified_after and organization_id', async () => {
    const id = await publishedWith({ description: 'Changed just now.' });
    const recent = await services({ modified_after: new Date(Date.now() - 60_000).toISOString() });
    expect(recent.contents.map((s) => s.id)).toContain(id);
    expect((await services({ modified_after: '2999-01-01' })).total_items).toBe(0);
    const ofA = await services({ organization_id: SAMPLE_ORG_A, per_page: '200' });
    expect(ofA.total_items).toBeGreaterThan(0);
    expect(ofA.contents.every((s) => s.organization?.id === SAMPLE_ORG_A)).toBe(true);
  });
});

describe('what residents may not see', () => {
  it('an unknown id, an id that is not a UUID and an unpublished listing are all null', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    expect(await service('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await service('not-a-uuid')).toBeNull();
    expect(await service(draft.id)).toBeNull();
    expect(await rpc(db, 'moderator', 'oruk_service', { id: draft.id })).toBeNull(); // public whoever asks
    const all = await services({ text: draft.name });
    expect(all.contents.map((s) => s.id)).not.toContain(draft.id);
  });

  it('a listing at a private address shows only its general area, never the exact point or address', async () => {
    const id = await publishedWith({ private_address: true });
    const exact = (await db.query<{ lat: number; lng: number; address: string; postcode: string }>('select * from app.asset_private_locations where asset_id = $1', [id]))
      .rows[0];
    const general = (await db.query<{ lat: number; lng: number }>('select lat, lng from app.assets where id = $1', [id])).rows[0];
    const s = (await service(id))!;
    const { location } = s.service_at_locations[0];
    expect([location.latitude, location.longitude]).toEqual([general.lat, general.lng]);
    expect([location.latitude, location.longitude]).not.toEqual([exact.lat, exact.lng]);
    expect(location.addresses).toEqual([]);
    expect(location.description).toMatch(/General area only/);
    for (const json of [s, await rpc(db, 'resident', 'oruk_service_at_location', { id: s.service_at_locations[0].id }), await exportAs('moderator', [id])]) {
      const text = JSON.stringify(json);
      expect(text).not.toContain(exact.address.split(',')[0]);
      expect(text).not.toContain(exact.postcode);
      expect(text).not.toContain(String(exact.lat));
    }
  });

  it('the export holds what the caller may read: residents the published listings, moderators every listing', async () => {
    const draft = await seededAsset(db, SAMPLE_ORG_A, 'draft');
    const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
    const asResident = await exportAs('resident', [draft.id, published.id]);
    expect(asResident.map((s) => s.id)).toEqual([published.id]);
    const asModerator = await exportAs('moderator', [draft.id, published.id]);
    expect(Object.fromEntries(asModerator.map((s) => [s.id, s.status]))).toEqual({ [draft.id]: 'inactive', [published.id]: 'active' });
    const everything = await exportAs('moderator');
    const total = (await db.query<{ n: number }>('select count(*)::int as n from app.assets')).rows[0].n;
    expect(everything).toHaveLength(total);
    expect(names({ contents: everything } as Page)).toEqual([...names({ contents: everything } as Page)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('opening hours become schedules', () => {
  it('Mo-Fr 09:00-17:00: weekly on weekdays', async () => {
    expect(await schedulesFor('Mo-Fr 09:00-17:00')).toEqual([{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00' }]);
  });

  it('Tu[2] 10:00-12:00: monthly on the second Tuesday', async () => {
    expect(await schedulesFor('Tu[2] 10:00-12:00')).toEqual([{ freq: 'MONTHLY', byday: '2TU', opens_at: '10:00:00', closes_at: '12:00:00' }]);
  });

  it('Fr[-1] and We[1,3]: the last Friday, the first and third Wednesdays', async () => {
    expect(await schedulesFor('Fr[-1] 18:00-20:00')).toEqual([{ freq: 'MONTHLY', byday: '-1FR', opens_at: '18:00:00', closes_at: '20:00:00' }]);
    expect((await schedulesFor('We[1,3] 10:00-12:00'))[0].byday).toBe('1WE,3WE');
  });

  it('two spans in a day: one schedule each', async () => {
    expect(await schedulesFor('Mo-Fr 09:00-12:00,13:00-17:00')).toEqual([
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '12:00:00' },
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '13:00:00', closes_at: '17:00:00' },
    ]);
  });

  it('a later rule replaces an earlier one on its days, as in OpenStreetMap', async () => {
    expect(await schedulesFor('Mo-Fr 09:00-16:00; Th 09:00-19:00')).toEqual([
      { freq: 'WEEKLY', byday: 'MO,TU,WE,FR', opens_at: '09:00:00', closes_at: '16:00:00' },
      { freq: 'WEEKLY', byday: 'TH', opens_at: '09:00:00', closes_at: '19:00:00' },
    ]);
  });

  it('a month range: valid from and to, and said to be every year', async () => {
    const [, summer] = await schedulesFor('Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00');
    expect(summer).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '08:00:00', closes_at: '21:00:00' });
    expect(summer.valid_from).toMatch(/^\d{4}-04-01$/);
    expect(summer.valid_to).toMatch(/^\d{4}-09-30$/);
    expect(summer.valid_from!.slice(0, 4)).toBe(summer.valid_to!.slice(0, 4));
    expect(new Date(summer.valid_to!).getTime()).toBeGreaterThanOrEqual(Date.now() - 86_400_000);
    expect(summer.description).toMatch(/Every year from April to September/);
  });

  it('a rule with no ORUK form keeps its meaning in words', async () => {
    expect(await schedulesFor('Mo-Fr 09:00-17:00; PH off')).toEqual([
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00' },
      { description: 'Closed on public holidays (opening hours rule: PH off)' },
    ]);
    expect(await schedulesFor('sunrise-sunset')).toEqual([{ description: 'Opening hours: sunrise-sunset (opening hours rule: sunrise-sunset)' }]);
  });

  it('no hours: no schedules', async () => {
    expect(await schedulesFor(null)).toEqual([]);
  });
});

describe('the rest of a listing', () => {
  it('costs, languages, phone, accessibility, address, dates and terms', async () => {
    const id = await publishedWith({
      free: true,
      cost: '£3 a meal',
      languages: ['en', 'bsl', 'Cornish'],
      phone: '01942 000000',
      accessibility: ['step_free', 'hearing_loop'],
      address: '1 Market Street, Hindley',
      postcode: 'WN2 3AN',
      kind: 'group',
      categories: ['older-people'],
      age_groups: ['older_people'],
      last_verified_at: '2026-06-30T23:30:00Z',
    });
    const s = (await service(id))!;
    expect(s.cost_options.map(({ option, amount, currency, amount_description }) => ({ option, amount, currency, amount_description }))).toEqual([
      { option: 'Free', amount: 0, currency: 'GBP', amount_description: undefined },
      { option: undefined, amount: 3, currency: 'GBP', amount_description: '£3 a meal' },
    ]);
    expect(s.languages.map(({ name, code }) => ({ name, code }))).toEqual([
      { name: 'English', code: 'en' },
      { name: 'British Sign Language', code: 'bfi' },
      { name: 'Cornish', code: undefined },
    ]);
    expect(s.phones.map((p) => p.number)).toEqual(['01942 000000']);
    const { location, location_id } = s.service_at_locations[0];
    expect(location.accessibility.map((a) => a.description)).toEqual(['Step-free access', 'Hearing loop']);
    expect(location.addresses).toMatchObject([{ address_1: '1 Market Street', city: 'Hindley', postal_code: 'WN2 3AN', country: 'GB' }]);
    expect(s.assured_date).toBe('2026-07-01'); // the day it was in Wigan
    expect(s.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(s.attributes.map((a) => [a.taxonomy_term.taxonomy, a.taxonomy_term.code])).toEqual([
      ['Common Ground categories', 'older-people'],
      ['Common Ground listing kinds', 'group'],
      ['Common Ground age groups', 'older_people'],
    ]);
    expect(s.attributes.every((a) => a.taxonomy_term_id === a.taxonomy_term.id)).toBe(true);
    // Derived ids are the same on every call, and lead back to the listing.
    expect((await service(id))!.service_at_locations[0].location_id).toBe(location_id);
    expect(location_id).not.toBe(id);
    expect(await rpc(db, 'resident', 'oruk_service_at_location', { id: s.service_at_locations[0].id })).toMatchObject({ location_id, service: { id } });
  });

  it('taxonomies list their terms; terms filter by taxonomy, parent and top level', async () => {
    const taxonomies = await rpc<Page<{ id: string; name: string }>>(db, 'resident', 'oruk_taxonomies', { params: {} });
    expect(taxonomies.contents.map((t) => t.name)).toEqual(['Common Ground categories', 'Common Ground listing kinds', 'Common Ground age groups']);
    const ages = await rpc<{ taxonomy_terms: Term[] }>(db, 'resident', 'oruk_taxonomy', { id: taxonomies.contents[2].id });
    expect(ages.taxonomy_terms.map((t) => t.code)).toEqual(['children', 'young_people', 'adults', 'older_people']);
    const terms = (params: Record<string, string>) => rpc<Page<Term>>(db, 'resident', 'oruk_taxonomy_terms', { params: { per_page: '200', ...params } });
    const kinds = await terms({ taxonomy_id: taxonomies.contents[1].id });
    expect(kinds.contents.map((t) => t.code)).toEqual(['place', 'group', 'service']);
    const top = await terms({ top_only: 'true', taxonomy_id: taxonomies.contents[0].id });
    expect(top.contents.every((t) => !t.parent_id)).toBe(true);
    const food = top.contents.find((t) => t.code === 'food-support')!;
    const under = await terms({ parent_id: food.id });
    expect(under.contents.length).toBeGreaterThan(0);
    expect(under.contents.every((t) => t.parent_id === food.id)).toBe(true);
    expect(await rpc(db, 'resident', 'oruk_taxonomy_term', { id: food.id })).toMatchObject({ code: 'food-support', name: 'Food support' });
    expect(await rpc(db, 'resident', 'oruk_taxonomy_term', { id: 'nope' })).toBeNull();
  });

  it('organisations: verified ones only, with their published listings', async () => {
    const pending = (await db.query<{ id: string }>("select id from app.organisations where status <> 'verified' limit 1")).rows[0];
    const orgs = await rpc<Page<{ id: string }>>(db, 'resident', 'oruk_organizations', { params: { per_page: '200' } });
    expect(orgs.contents.map((o) => o.id)).toContain(SAMPLE_ORG_A);
    if (pending) {
      expect(orgs.contents.map((o) => o.id)).not.toContain(pending.id);
      expect(await rpc(db, 'resident', 'oruk_organization', { id: pending.id })).toBeNull();
    }
    const a = await rpc<{ services: Service[] }>(db, 'resident', 'oruk_organization', { id: SAMPLE_ORG_A });
    expect(a.services.length).toBeGreaterThan(0);
    expect(a.services.every((s) => s.status === 'active')).toBe(true);
  });
});
