// The listings exports a resident or moderator downloads: CSV that a spreadsheet opens safely and
// /import reads back, GeoJSON any GIS opens, and the ORUK envelope; each says whose data it is,
// under what licence, and when it was made.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../../src/domain/export/buildExport';
import { listingFromFeature, type ExportListing } from '../../../../src/domain/export/exportListing';
import { exportFileName, generatedAtStamp, type ExportMeta } from '../../../../src/domain/export/exportMeta';
import { listingsCsv } from '../../../../src/domain/export/listingsCsv';
import { listingsGeoJson } from '../../../../src/domain/export/listingsGeoJson';
import { orukExportFile } from '../../../../src/domain/export/orukExportFile';
import { DATA_ATTRIBUTION, LISTINGS_LICENCE, SAMPLE_NOTICE } from '../../../../src/domain/attribution';
import type { AssetFeature } from '../../../../src/domain/types';
import { runImport } from '../../../../src/features/import/runImport';
import { categories } from '../../import/helpers';
import { validateOruk } from '../../../oruk/validateOruk';

const AT = new Date('2026-12-03T14:04:37.512Z');
const META: ExportMeta = { title: 'Find results: 2 results for ‘lunch’', generatedAt: AT, link: 'https://example.org/?q=lunch', sample: false };

function listing(patch: Partial<ExportListing> = {}): ExportListing {
  return {
    id: '0b000000-0000-4000-8000-000000000001',
    kind: 'group',
    name: 'Pemberton Lunch Club',
    description: 'Hot meals; bring a friend.',
    categories: ['older-people', 'food-bank'],
    org_id: '0a000000-0000-4000-8000-00000000000a',
    org_name: 'Pemberton Trust',
    ward: 'Pemberton',
    address: '12 Sample Street, Wigan',
    postcode: 'WN5 8AA',
    lat: 53.5361,
    lng: -2.6712,
    phone: '+44 1942 000000',
    email: 'hello@example.org',
    website: 'https://example.org',
    opening_hours: 'Tu 12:00-14:00',
    free: false,
    cost: '£3 a meal',
    age_groups: ['adults', 'older_people'],
    accessibility: ['step_free', 'hearing_loop'],
    languages: ['en', 'pl'],
    last_verified_at: '2026-10-01T09:00:00Z',
    checked_by: 'organisation',
    private_address: false,
    source: null,
    ...patch,
  };
}

const HOSTILE = ['=HYPERLINK("http://evil.example","Click")', '+SUM(1,2)', '-2+3', '@SUM(A1)', '\tTabbed', '\rCarriage'];

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;

describe('listings as CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and keeps plain numbers as numbers', () => {
    const rows = HOSTILE.map((text, i) => listing({ id: `0b000000-0000-4000-8000-00000000000${i}`, name: text, description: text, cost: text }));
    const [, header, ...body] = parse(listingsCsv(rows, META));
    const col = (name: string) => header.indexOf(name);
    body.forEach((cells, i) => {
      for (const c of ['name', 'description', 'cost']) expect(cells[col(c)]).toBe(`'${HOSTILE[i]}`);
      expect(cells[col('lng')]).toBe('-2.6712');
      expect(cells[col('lat')]).toBe('53.5361');
    });
    // A phone number starting + is harmless but still prefixed; the importer takes the apostrophe off.
    expect(body[0][col('phone')]).toBe("'+44 1942 000000");
  });

  it('quotes commas, quotes and line breaks so every cell reads back as written', () => {
    const tricky = 'Meets Tuesdays, Thursdays\r\nSay "hello", bring a "friend"\nThird line';
    const [, header, row] = parse(listingsCsv([listing({ description: tricky, name: 'Tea, cake & "chat"' })], META));
    expect(row[header.indexOf('description')]).toBe(tricky);
    expect(row[header.indexOf('name')]).toBe('Tea, cake & "chat"');
    expect(row).toHaveLength(header.length);
  });

  it('starts with one cell saying what the file is, when it was made, whose data it is and its licence', () => {
    const csv = listingsCsv([listing(), listing({ id: '0b000000-0000-4000-8000-000000000002' })], { ...META, sample: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [title] = parse(csv);
    expect(title).toHaveLength(1);
    expect(title[0]).toContain('Common Ground listings: Find results: 2 results for ‘lunch’ (2 listings).');
    expect(title[0]).toContain('Generated 2026-12-03T14:04:37Z from https://example.org/?q=lunch.');
    expect(title[0]).toContain(DATA_ATTRIBUTION);
    expect(title[0]).toContain(SAMPLE_NOTICE);
    expect(title[0]).toContain(`Licence: ${LISTINGS_LICENCE.name} (${LISTINGS_LICENCE.url})`);
  });

  it('names its columns as the import template does, lists joined with "; "', () => {
    const [, header, row] = parse(listingsCsv([listing()], META));
    expect(header.slice(0, 20)).toEqual([
      'external_id',
      'kind',
      'name',
      'description',
      'categories',
      'org_name',
      'address',
      'postcode',
      'lat',
      'lng',
      'phone',
      'email',
      'website',
      'opening_hours',
      'free',
      'cost',
      'age_groups',
      'accessibility',
      'languages',
      'last_verified_at',
    ]);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('categories')).toBe('older-people; food-bank');
    expect(cell('accessibility')).toBe('step_free; hearing_loop');
    expect(cell('last_verified_at')).toBe('2026-10-01');
    expect(cell('free')).toBe('no');
    expect(header).not.toContain('status');
  });

  it('gives moderators a status, source and last-changed column', () => {
    const rows = [listing({ status: 'draft', source: 'Wigan Voluntary Network', external_id: 'WGN-7', updated_at: '2026-12-01T10:00:00Z' })];
    const [, header, row] = parse(listingsCsv(rows, META, { withStatus: true }));
    expect(Object.fromEntries(['status', 'source', 'source_record', 'updated_at'].map((c) => [c, row[header.indexOf(c)]]))).toEqual({
      status: 'draft',
      source: 'Wigan Voluntary Network',
      source_record: 'WGN-7',
      updated_at: '2026-12-01T10:00:00Z',
    });
  });

  it('imports back through /import: every template column maps, the title row is skipped, the values come back', async () => {
    const hostile = listing({ name: '=HYPERLINK("http://evil.example","Click")', description: 'Line one,\nline "two"' });
    const plain = listing({ id: '0b000000-0000-4000-8000-000000000002', name: 'Sample Coffee Morning', free: true, cost: null, phone: null });
    const r = await runImport(listingsCsv([hostile, plain], META, { withStatus: true }), { categories, today: AT });
    expect(r.headerRow).toBe(2);
    expect(r.fileIssues.map((i) => i.code)).toEqual(['title_rows_skipped']);
    expect(r.mappingProblems).toEqual([]);
    expect(r.unmappedColumns.sort()).toEqual(['checked_by', 'general_area_only', 'source', 'source_record', 'status', 'updated_at', 'ward']);
    expect(r.counts).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
    const [a, b] = r.rows.map((row) => row.asset);
    expect(a).toMatchObject({
      external_id: hostile.id,
      kind: 'group',
      name: hostile.name,
      description: hostile.description,
      categories: ['older-people', 'food-bank'],
      address: hostile.address,
      postcode: hostile.postcode,
      lat: hostile.lat,
      lng: hostile.lng,
      phone: '+44 1942 000000',
      email: hostile.email,
      website: hostile.website,
      opening_hours: hostile.opening_hours,
      free: false,
      cost: '£3 a meal',
      age_groups: ['adults', 'older_people'],
      accessibility: ['step_free', 'hearing_loop'],
      languages: ['en', 'pl'],
      last_verified_at: '2026-10-01',
    });
    expect(b).toMatchObject({ external_id: plain.id, free: true, cost: null, phone: null });
  });
});

describe('listings as GeoJSON', () => {
  it('is a FeatureCollection of points with the listing as properties, and says whose data it is and when', () => {
    const sample = JSON.parse(JSON.stringify(listingsGeoJson([listing(), listing({ id: '0b000000-0000-4000-8000-000000000002', lat: 53.5, lng: -2.6 })], META)));
    expect(sample.type).toBe('FeatureCollection');
    expect(sample.generated_at).toBe('2026-12-03T14:04:37Z');
    expect(sample.attribution).toContain(DATA_ATTRIBUTION);
    expect(sample.attribution).not.toContain(SAMPLE_NOTICE);
    expect(sample.licence).toBe(LISTINGS_LICENCE.name);
    expect(sample.licence_url).toBe(LISTINGS_LICENCE.url);
    expect(sample.source).toBe(META.link);
    expect(sample.listings).toBe(2);
    expect(sample.features).toHaveLength(2);
    for (const f of sample.features) {
      expect(Object.keys(f).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(f.geometry.coordinates.every((n: unknown) => typeof n === 'number' && Number.isFinite(n))).toBe(true);
      expect(f.id).toBe(f.properties.id);
      expect(f.properties).not.toHaveProperty('lat');
    }
    expect(sample.features[1].geometry.coordinates).toEqual([-2.6, 53.5]);
    expect(sample.features[0].properties).toMatchObject({ name: 'Pemberton Lunch Club', categories: ['older-people', 'food-bank'], free: false });
  });

  it('makes its listings from the published features the find page lists, point and all', () => {
    const { lat, lng, ...props } = listing();
    const feature: AssetFeature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { ...props, imported_at: null, import_batch_id: null, sample: true },
    };
    expect(listingFromFeature(feature)).toEqual(listing());
  });
});

describe('the ORUK JSON envelope', () => {
  it('is one ORUK page holding every service, with what the file is alongside', () => {
    const services = [{ id: 'a' }, { id: 'b' }];
    const file = orukExportFile(services, META);
    expect(file).toMatchObject({ total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false, contents: services });
    expect(file.generated_at).toBe('2026-12-03T14:04:37Z');
    expect(file.attribution).toContain(DATA_ATTRIBUTION);
    expect(file.licence).toBe(LISTINGS_LICENCE.name);
    expect(orukExportFile([], META)).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });

  it("is an ORUK page by the validator's schemas", () => {
    expect(validateOruk('service_list_page', orukExportFile([], META))).toEqual([]);
  });
});

describe('the file itself', () => {
  it('is named by what it holds and when, and typed by format', async () => {
    expect(exportFileName('results', 'csv', AT)).toBe('common-ground-results-2026-12-03-1404.csv');
    expect(exportFileName('all-listings', 'geojson', AT)).toBe('common-ground-all-listings-2026-12-03-1404.geojson');
    expect(exportFileName('results', 'oruk', AT)).toBe('common-ground-results-2026-12-03-1404-oruk.json');
    expect(generatedAtStamp(AT)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const request = { what: 'results' as const, listings: [listing()], meta: META, orukServices: async () => [{ id: 'x' }] };
    const oruk = await buildExport('oruk', request);
    expect(oruk.type).toBe('application/json');
    expect(JSON.parse(oruk.text).contents).toEqual([{ id: 'x' }]);
    expect((await buildExport('geojson', request)).type).toBe('application/geo+json');
    expect((await buildExport('csv', request)).type).toBe('text/csv;charset=utf-8');
  });
});
