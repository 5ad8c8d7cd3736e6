// Issue 20: the duplicate check runs on the moderator's machine (src/features/import/
// candidateIndex.ts) from one read of the listings (api.import_listings). It must answer exactly
// as the database's own check (api.import_candidates) does — same listings, same order, same
// rounded distances and similarities — on names that test pg_trgm's rules (case, accents,
// punctuation, digits, emoji, one-letter words) and on places either side of 150 m.
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCandidate, ImportListings, ImportRow } from '../../src/backend/api';
import { createCandidateIndex, roundAsNumeric, trigramSimilarity, trigrams } from '../../src/features/import/candidateIndex';
import type { CandidateQuery } from '../../src/features/import/plan';
import { createRandom } from '../../scripts/sample/random';
import { rpc } from './as';
import { createTestDb } from './db';

const PARTNER = 'Index partner';
const NAMES = [
  'Wigan Youth Zone',
  'wigan youth zone',
  'WIGAN YOUTH ZONE!',
  'Wigan Youth-Zone',
  'Wigan Youth Zone 2',
  'Café Noël',
  'Cafe Noel',
  'CAFÉ NOËL',
  'Caffè Nöel',
  'St. Mary’s Church Hall',
  'St Marys Church Hall',
  "Saint Mary's Church Hall",
  'Mary Church',
  'Hindley Library',
  'Hindley Library & Museum',
  'Library',
  'A',
  'a b c',
  'Hope ❤ Centre',
  'Hope Centre',
  '12 Step Group',
  '12-step group',
  'İstanbul Kebab Club',
  'Istanbul Kebab Club',
  'Straße Sports',
  'Strasse Sports',
  'Ince Food Bank',
  'Ince Foodbank',
  'Food Bank Ince',
  '!!!',
  'Leigh Spinners Mill',
  'Leigh Spinners',
  'Sample: Tidy Club',
  'Sample – Tidy Club',
  'Pemberton Men’s Shed',
];
const CENTRE = { lat: 53.545, lng: -2.632 };
const METRE_LAT = 1 / 111_195; // degrees of latitude per metre, near enough for placing test points

let db: PGlite;
let query: CandidateQuery[];

function placed(r: ReturnType<typeof createRandom>, spreadM: number) {
  const d = r.next() * spreadM;
  const bearing = r.next() * 2 * Math.PI;
  return {
    lat: CENTRE.lat + d * Math.cos(bearing) * METRE_LAT,
    lng: CENTRE.lng + (d * Math.sin(bearing) * METRE_LAT) / Math.cos((CENTRE.lat * Math.PI) / 180),
  };
}

beforeAll(async () => {
  db = await createTestDb({ seed: true });
  const r = createRandom(20);
  // Listings crowded within 400 m, so most rows have several within 150 m and some just beyond.
  const rows: ImportRow[] = Array.from({ length: 240 }, (_, i) => ({
    row: i + 2,
    action: 'insert',
    asset: {
      kind: 'group',
      name: `${r.pick(NAMES)}${r.chance(0.2) ? ` ${r.int(1, 3)}` : ''}`,
      description: '',
      categories: ['older-people'],
      ...placed(r, 400),
      free: true,
      age_groups: [],
      accessibility: [],
      languages: [],
      address: null,
      postcode: null,
      phone: null,
      email: null,
      website: null,
      opening_hours: null,
      cost: null,
      external_id: `IX-${i}`,
      org_id: null,
    },
  }));
  // Listings at one postcode's centre with one name tie on distance and similarity.
  for (const n of [0, 1, 2])
    rows.push({ ...rows[0], row: 300 + n, asset: { ...rows[0].asset, name: 'Twin Club', lat: CENTRE.lat, lng: CENTRE.lng, external_id: `TW-${n}` } });
  await rpc(db, 'moderator', 'commit_import', { partner: PARTNER, file_name: 'index.csv', org_id: null, rows, report: [] });
  // Archived listings are never candidates, but their partner ids still match.
  await db.exec(`update app.assets set status = 'archived' where external_id in ('IX-3', 'IX-4', 'IX-5')`);
  query = Array.from({ length: 400 }, (_, i) => ({
    row: i + 2,
    external_id: r.chance(0.3) ? ` IX-${r.int(0, 260)} ` : r.chance(0.1) ? '' : null,
    name: r.chance(0.8) ? r.pick(NAMES) : `${r.pick(NAMES)} ${r.pick(NAMES)}`,
    ...placed(r, 450),
  }));
});
afterAll(async () => db.close());

async function bothAnswers(partner: string, rows: CandidateQuery[]) {
  const fromDatabase = await rpc<ImportCandidate[]>(db, 'moderator', 'import_candidates', { partner, rows });
  const listings = await rpc<ImportListings>(db, 'moderator', 'import_listings', { partner });
  return { fromDatabase, here: createCandidateIndex(listings).candidates(rows) };
}

describe('the duplicate check on the moderator’s machine', () => {
  it('answers exactly as the database’s check does', async () => {
    const { fromDatabase, here } = await bothAnswers(PARTNER, query);
    expect(fromDatabase.filter((c) => c.similar.length > 1).length).toBeGreaterThan(50); // the test has teeth
    expect(fromDatabase.filter((c) => c.external_match).length).toBeGreaterThan(50);
    expect(here).toEqual(fromDatabase);
  });

  it('orders listings that tie on distance and similarity alike', async () => {
    const { fromDatabase, here } = await bothAnswers(PARTNER, [{ row: 2, external_id: null, name: 'Twin Club', lat: CENTRE.lat + 0.0001, lng: CENTRE.lng }]);
    expect(fromDatabase[0].similar.filter((s) => s.name === 'Twin Club')).toHaveLength(3);
    expect(here).toEqual(fromDatabase);
  });

  it('answers the same for another partner (no partner id matches) and for the sample map', async () => {
    const { fromDatabase, here } = await bothAnswers('Someone else', query);
    expect(fromDatabase.every((c) => c.external_match === null)).toBe(true);
    expect(here).toEqual(fromDatabase);
    const sample = await rpc<{ features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[] }>(db, 'resident', 'published_assets');
    const rows = sample.features
      .slice(0, 300)
      .map((f, i) => ({ row: i + 2, external_id: null, name: f.properties.name, lng: f.geometry.coordinates[0] + 0.0004, lat: f.geometry.coordinates[1] }));
    const again = await bothAnswers(PARTNER, rows);
    expect(again.fromDatabase.filter((c) => c.similar.length > 0).length).toBeGreaterThan(200);
    expect(again.here).toEqual(again.fromDatabase);
  });

  it('finds the same trigrams and similarity as pg_trgm', async () => {
    for (const [a, b] of [
      ['Café Noël', 'Cafe Noel'],
      ['İstanbul Kebab Club', 'istanbul kebab club'],
      ['a b c', 'A'],
      ['Hope ❤ Centre', 'Hope Centre'],
      ['!!!', 'x'],
    ]) {
      const [{ sim, ta }] = (
        await db.query<{ sim: number; ta: number }>(`select extensions.similarity($1, $2) as sim, array_length(extensions.show_trgm($1), 1) as ta`, [a, b])
      ).rows;
      expect(trigrams(a).size).toBe(ta ?? 0);
      expect(trigramSimilarity(trigrams(a), trigrams(b))).toBe(Math.fround(sim));
    }
  });

  it('rounds as Postgres rounds a number cast to numeric', () => {
    expect(roundAsNumeric(0.5625, 6, 3)).toBe(0.563);
    expect(roundAsNumeric(Math.fround(7 / 12), 6, 3)).toBe(0.583);
    expect(roundAsNumeric(149.95, 15, 1)).toBe(150);
    expect(roundAsNumeric(12.34999, 15, 1)).toBe(12.3);
    expect(roundAsNumeric(0, 15, 1)).toBe(0);
    expect(roundAsNumeric(1e-9, 15, 1)).toBe(0);
  });
});
