// ORUK services through the import's own read (runImport): the profile's example files and the
// validator's pass/fail feeds become rows with our fields, and what the pipeline cannot use is
// named per record, exactly as for a partner's CSV file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesFromJson } from '../../../src/features/import/oruk/orukJson';
import { orukServicesToTable, type OrukService } from '../../../src/features/import/oruk/orukServices';
import { runImport, type ParseResult } from '../../../src/features/import/runImport';
import { formatIssue } from '../../../src/features/import/rows';
import { categories, root } from './helpers';

const ORUK = join(root, 'tests/fixtures/oruk');
const bytes = (path: string) => new Uint8Array(readFileSync(join(ORUK, path)));
const json = (path: string) => JSON.parse(readFileSync(join(ORUK, path), 'utf8')) as OrukService;
const read = (input: Parameters<typeof runImport>[0]) => runImport(input, { categories, today: new Date(2026, 11, 3) });
const messages = (r: ParseResult, row = 2) => (r.rows.find((x) => x.row === row)?.issues ?? []).map(formatIssue);

/** A service as our own feed writes it (notes/ORUK-CONTRACT.md), on a Wigan location. */
function ourService(over: Partial<OrukService> = {}): OrukService {
  const term = (taxonomy: string, code: string, name: string, parent_id: string | null = null) => ({
    id: `a-${code}`,
    taxonomy_term: { id: `t-${code}`, code, name, parent_id, taxonomy_detail: { name: taxonomy } },
  });
  return {
    id: '6b1f1d2e-0000-4000-8000-000000000001',
    name: 'Sample Pemberton Library',
    description: 'Books, computers and a warm space.',
    url: 'https://example.org/library',
    email: 'library@example.org',
    phones: [{ number: '01942 000000' }],
    organization: { id: 'o1', name: 'Sample Wigan Libraries' },
    assured_date: '2025-03-14',
    minimum_age: 0,
    maximum_age: null,
    languages: [
      { name: 'English', code: 'en' },
      { name: 'Polish', code: 'pl' },
    ],
    cost_options: [{ option: 'Free', amount: 0, currency: 'GBP' }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00:00' }],
    service_at_locations: [
      {
        id: 'sal1',
        location: {
          id: 'l1',
          latitude: 53.5386,
          longitude: -2.6702,
          addresses: [{ address_1: '12 Sample Street', city: 'Wigan', postal_code: 'WN5 8AA', country: 'GB' }],
          accessibility: [{ description: 'Step-free access' }, { description: 'Hearing loop' }],
        },
      },
    ],
    attributes: [
      term('Common Ground categories', 'learning', 'Learning'),
      term('Common Ground categories', 'library', 'Library', 't-learning'),
      term('Common Ground listing kinds', 'place', 'Place'),
      term('Common Ground age groups', 'children', 'Children'),
      term('Common Ground age groups', 'adults', 'Adults'),
    ],
    ...over,
  };
}

describe('a service as our own ORUK feed writes it', () => {
  it('fills every field of the listing', async () => {
    const r = await read({ oruk: [ourService()] });
    expect(r.fileIssues).toEqual([]);
    const [row] = r.rows;
    expect(messages(r)).toEqual([]);
    expect(row.valid).toBe(true);
    expect(row.org_name).toBe('Sample Wigan Libraries');
    expect(row.asset).toEqual({
      kind: 'place',
      name: 'Sample Pemberton Library',
      description: 'Books, computers and a warm space.',
      categories: ['library'],
      lat: 53.5386,
      lng: -2.6702,
      address: '12 Sample Street, Wigan',
      postcode: 'WN5 8AA',
      phone: '01942 000000',
      email: 'library@example.org',
      website: 'https://example.org/library',
      opening_hours: 'Mo,Tu 09:00-17:00',
      free: true,
      cost: null,
      // The age-group terms, not 0 to no maximum (which would be every group).
      age_groups: ['children', 'adults'],
      accessibility: ['step_free', 'hearing_loop'],
      languages: ['en', 'pl'],
      external_id: '6b1f1d2e-0000-4000-8000-000000000001',
      last_verified_at: '2025-03-14',
    });
  });

  it('maps every column to our field of the same name, so the mapping step is already done', async () => {
    const r = await read({ oruk: [ourService()] });
    expect(r.mappingProblems).toEqual([]);
    expect(r.unmappedColumns).toEqual([]);
    expect(Object.entries(r.mapping).every(([column, field]) => column === field)).toBe(true);
  });

  it('recognises a category by its name when the code is not ours, and leaves an unknown term to the moderator', async () => {
    const r = await read({
      oruk: [
        ourService({
          attributes: [
            { taxonomy_term: { code: 'bccsoc-123', name: 'Food bank', taxonomy: 'BCCSOC' } },
            { taxonomy_term: { code: 'x-9', name: 'Luncheon clubs', taxonomy: 'Other directory' } },
          ],
        }),
      ],
    });
    expect(r.rows[0].asset.categories).toEqual(['food-bank']);
    expect(r.unknownCategories).toEqual([{ value: 'Luncheon clubs', count: 1, firstRow: 2, field: 'categories' }]);
  });

  it('reads a price and minimum/maximum ages when there are no age-group terms', async () => {
    const r = await read({
      oruk: [ourService({ attributes: [], minimum_age: 12, maximum_age: 17, cost_options: [{ amount: 3, currency: 'GBP', amount_description: 'per session' }] })],
    });
    expect(r.rows[0].asset).toMatchObject({ free: false, cost: '£3 per session', age_groups: ['young_people'] });
  });

  it('names a schedule it cannot express on that service, and imports the rest of it', async () => {
    const r = await read({ oruk: [ourService({ schedules: [{ freq: 'WEEKLY', interval: 2, byday: 'SA', opens_at: '10:00', closes_at: '12:00' }] })] });
    expect(r.rows[0].valid).toBe(true);
    expect(r.rows[0].asset.opening_hours).toBeNull();
    expect(messages(r)).toEqual([
      'Row 2, column "opening_hours": Service “Sample Pemberton Library”: The schedule “WEEKLY byday SA 10:00–12:00” repeats every 2 weeks, which opening hours cannot say. The listing is imported without opening hours; add them by hand if needed.',
    ]);
    // The problems table shows the schedule itself as the value.
    expect(r.rows[0].issues![0].value).toBe('“WEEKLY byday SA 10:00–12:00”');
    expect(r.counts.withWarnings).toBe(1);
  });

  it('says when a service has more than one location', async () => {
    const s = ourService();
    const sal = (s.service_at_locations as unknown[])[0];
    const r = await read({ oruk: [{ ...s, service_at_locations: [sal, sal] }] });
    expect(messages(r)).toEqual(['Row 2, column "lat": Service “Sample Pemberton Library” has 2 locations; only the first with a map position is imported.']);
  });
});

describe('the UK profile’s example files', () => {
  it('reads one full service: its fields, and why it cannot be placed', async () => {
    const r = await read(bytes('examples/service_full.json'));
    expect(r.encoding).toBe('json');
    const [row] = r.rows;
    expect(row.asset).toMatchObject({
      name: 'Community Counselling',
      external_id: 'ac148810-d857-441c-9679-408f346de14b',
      email: 'email@example.com',
      website: 'http://example.com/counselling',
      cost: '£35 per 1 hour session (Under 18s and Over 60s)',
      free: false,
      age_groups: ['young_people', 'adults', 'older_people'],
      last_verified_at: '2005-01-01',
      address: '1-30 Main Street, MyCity',
    });
    expect(row.org_name).toBe('Example Organization Inc.');
    expect(row.valid).toBe(false);
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        'Row 2, column "lat": Latitude 100 is outside -90 to 90.',
        'Row 2, column "categories": Category "name" is not one of ours; choose which of our categories it means, or ignore it.',
        expect.stringMatching(
          /^Row 2, column "opening_hours": Service “Community Counselling”: The schedule “WEEKLY byday TH,FR bymonthday 2,3,4 10:00:00–18:00:00” .* falls on days of the month/,
        ),
      ]),
    );
  });

  it('reads a paged list of summaries', async () => {
    const r = await read(bytes('examples/service_list.json'));
    expect(r.rows.map((x) => x.asset.name)).toEqual(['Community Counselling']);
    expect(r.rows[0].org_name).toBe('Example Organization Inc.');
  });

  it('refuses files that are ORUK but not services, with what they are', async () => {
    const sal = await read(bytes('examples/service_at_location_full.json'));
    expect(sal.fileIssues).toEqual([
      { code: 'not_oruk', severity: 'error', row: null, message: 'The JSON is an ORUK service-at-location record; export or fetch the services (/services) instead.' },
    ]);
    const details = await read(bytes('validator-feeds/pass/api_details.json'));
    expect(details.fileIssues[0].message).toMatch(/an ORUK API’s description/);
    const broken = await read(new TextEncoder().encode('{"contents": [ {"id": '));
    expect(broken.fileIssues[0]).toMatchObject({ code: 'not_oruk', message: expect.stringMatching(/^The file is not valid JSON/) });
  });

  it('reads a package (a JSON list) of services, and refuses one with no services', async () => {
    const pkg = JSON.stringify([json('examples/service_full.json'), ourService()]);
    const r = await read(new TextEncoder().encode(pkg));
    expect(r.rows.map((x) => x.asset.name)).toEqual(['Community Counselling', 'Sample Pemberton Library']);
    const none = await read(new TextEncoder().encode('[]'));
    expect(none.fileIssues).toEqual([{ code: 'empty', severity: 'error', row: null, message: 'The ORUK data has no services in it.' }]);
    const notServices = await read(new TextEncoder().encode('[1, 2]'));
    expect(notServices.fileIssues[0].message).toBe('The JSON is a list, but not of ORUK services (each needs at least an id or a name).');
  });

  it('still reads a CSV file as a CSV file', async () => {
    const r = await read('name,postcode,categories\nSample Hall,WN1 1AA,health\n');
    expect(r.encoding).toBe('text');
    expect(r.rows[0].asset.name).toBe('Sample Hall');
  });
});

describe('the ORUK validator’s feeds', () => {
  it('the passing feed’s service reads like the example', async () => {
    const r = await read(bytes('validator-feeds/pass/service_full.json'));
    expect(r.rows[0].asset.name).toBe('Community Counselling');
    expect(r.rows[0].issues?.map((i) => i.code)).not.toContain('required');
  });

  it('the failing feed’s list has a service with no name: that record is refused, with why', async () => {
    const r = await read(bytes('validator-feeds/fail/service_list.json'));
    const [row] = r.rows;
    expect(row.valid).toBe(false);
    expect(row.asset.external_id).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(messages(r)).toContain('Row 2, column "name": Name is empty; every asset needs one.');
  });

  it('the failing feed’s full service has a bad web address and email: left empty, with why', async () => {
    const r = await read(bytes('validator-feeds/fail/service_full.json'));
    expect(messages(r)).toContain('Row 2, column "website": "example/counselling" is not a web address starting http:// or https://; left empty.');
    expect(messages(r)).toContain('Row 2, column "email": "email-example_com" is not an email address (expected like name@example.org); left empty.');
    expect(r.rows[0].asset).toMatchObject({ email: null, website: null });
  });

  it('reads the failing feed’s list and the passing feed’s list as pages', () => {
    for (const f of ['validator-feeds/pass/service_list.json', 'validator-feeds/fail/service_list.json']) {
      const page = servicesFromJson(json(f));
      expect(page.ok && page.page?.total_pages).toBe(1);
    }
  });
});

describe('the table handed to the pipeline', () => {
  it('has one row per service, in our field order, with the notes by service', () => {
    const t = orukServicesToTable([ourService(), {}], categories);
    expect(t.headers[0]).toBe('external_id');
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1].every((c) => c === '')).toBe(true);
  });
});
