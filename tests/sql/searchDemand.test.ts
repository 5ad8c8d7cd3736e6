// Searches that found little (issue 17): anyone records a ward and a term from our vocabulary;
// planners and moderators see a figure only once 3 different visits asked; yesterday's visits
// become daily counts and their hashes go. Per role, through the api, on PGlite with the seed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc, as } from './as';
import { count } from './fixtures';
import type { SearchDemand } from '../../src/backend/api';
import { DEMAND_WORDS } from '../../src/domain/searchDemand';

let db: PGlite;
const ABRAM = 'E05014989';
const DOUGLAS = 'E05014996';
let nextVisit = 1;
const visit = () => `test-visit-${String(nextVisit++).padStart(8, '0')}`;

beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const record = (ward_code: string, term: string, visit_token = visit()) =>
  rpc<{ recorded: boolean }>(db, 'resident', 'record_search_demand', { ward_code, term, visit_token });
const demand = (who: Parameters<typeof rpc>[1] = 'planner', ward_code: string | null = null) => rpc<SearchDemand[]>(db, who, 'search_demand', { days: 28, ward_code });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; column?: string; message?: string }) => ({ code: e.code, column: e.column, message: e.message }),
  );
const figure = (rows: SearchDemand[], ward: string, term: string) => rows.find((r) => r.ward_code === ward && r.term === term)?.visits ?? null;

describe('recording a search that found little', () => {
  it('refuses an unknown ward, a term outside our vocabulary or a bad token, beside the field, and stores nothing', async () => {
    const before = await count(db, 'select 1 from app.demand_visits');
    expect(await refusal(record('E99999999', 'food-bank'))).toMatchObject({ code: '22023', column: 'ward_code', message: '"E99999999" is not a ward on the map' });
    expect(await refusal(record(ABRAM, 'where can I get help with rent at 12 Acacia Road'))).toMatchObject({
      code: '22023',
      column: 'term',
      message: expect.stringMatching(/not a category or a word we count/),
    });
    expect(await refusal(record(ABRAM, 'food-bank', 'short'))).toMatchObject({ code: '22023', column: 'visit_token' });
    expect(await count(db, 'select 1 from app.demand_visits')).toBe(before);
  });

  it('keeps no typed text, no token and no person: only the ward, the term, the day and a keyed hash', async () => {
    const token = visit();
    await record(DOUGLAS, 'debt', token);
    const row = (await db.query<Record<string, unknown>>('select * from app.demand_visits where ward_code = $1 and term = $2', [DOUGLAS, 'debt'])).rows[0];
    expect(Object.keys(row).sort()).toEqual(['day', 'term', 'visit_hash', 'ward_code']);
    expect(row.visit_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await db.query('select * from app.demand_visits, app.demand_daily'))).not.toContain(token);
    // The hash is keyed: a plain hash of the token is not it.
    const plainHash = (await db.query<{ h: string }>("select encode(sha256(convert_to($1, 'UTF8')), 'hex') as h", [token])).rows[0].h;
    expect(row.visit_hash).not.toBe(plainHash);
  });

  it('counts a visit once per ward and term however often it asks', async () => {
    const token = visit();
    for (let i = 0; i < 3; i++) await record(DOUGLAS, 'housing', token);
    expect(await count(db, 'select 1 from app.demand_visits where ward_code = $1 and term = $2', [DOUGLAS, 'housing'])).toBe(1);
  });

  it('limits how many searches one visit records in a day', async () => {
    const token = visit();
    const words = DEMAND_WORDS.slice(0, 30);
    for (const w of words) await record(ABRAM, w, token);
    expect(await refusal(record(ABRAM, DEMAND_WORDS[30], token))).toMatchObject({ code: '54000' });
  });
});

describe('who sees the figures, and when', () => {
  it('shows nothing after 2 visits and the count after 3, to planners and moderators only', async () => {
    await record(ABRAM, 'food-bank');
    await record(ABRAM, 'food-bank');
    expect(figure(await demand(), ABRAM, 'food-bank')).toBeNull();
    await record(ABRAM, 'food-bank');
    const rows = await demand();
    expect(figure(rows, ABRAM, 'food-bank')).toBe(3);
    expect(rows.find((r) => r.term === 'food-bank')).toMatchObject({ ward_name: 'Abram', label: 'Food bank' });
    expect(figure(await demand('moderator'), ABRAM, 'food-bank')).toBe(3);
    expect(figure(await demand('planner', DOUGLAS), ABRAM, 'food-bank')).toBeNull();
    for (const who of ['editor-a', 'newcomer'] as const) expect(await refusal(demand(who))).toMatchObject({ code: '42501' });
    expect(await refusal(demand('resident'))).toMatchObject({ code: '42501' });
  });

  it('no browser role reads or writes the tables directly', async () => {
    for (const who of ['resident', 'planner', 'moderator'] as const) {
      for (const table of ['demand_visits', 'demand_daily', 'demand_keys', 'demand_words']) {
        const e = await refusal(as(db, who, (tx) => tx.query(`select * from app.${table}`)));
        expect(e, `${who} reading app.${table}`).toMatchObject({ code: '42501' });
      }
      const e = await refusal(as(db, who, (tx) => tx.query(`insert into app.demand_daily values (current_date, '${ABRAM}', 'debt', 99)`)));
      expect(e).toMatchObject({ code: '42501' });
    }
  });
});

describe('the daily roll-up', () => {
  it('turns yesterday into counts of 3 or more, deletes its hashes and its key, and keeps showing the figure', async () => {
    await record(DOUGLAS, 'dementia');
    await record(DOUGLAS, 'dementia'); // Douglas/dementia: 2 visits, never kept
    await db.exec(`update app.demand_visits set day = day - 1; update app.demand_keys set day = day - 1;`);
    const kept = (await db.query<{ n: number }>('select private.roll_up_search_demand() as n')).rows[0].n;
    expect(kept).toBeGreaterThan(0);
    expect(await count(db, 'select 1 from app.demand_visits')).toBe(0);
    expect(await count(db, 'select 1 from app.demand_keys')).toBe(0);
    expect(await count(db, 'select 1 from app.demand_daily where visits < 3')).toBe(0);
    expect(await count(db, 'select 1 from app.demand_daily where ward_code = $1 and term = $2', [DOUGLAS, 'dementia'])).toBe(0);
    const rows = await demand();
    expect(figure(rows, ABRAM, 'food-bank')).toBe(3);
    expect(figure(rows, DOUGLAS, 'dementia')).toBeNull();
    // Today's visits add to the past days' counts once they reach 3 themselves.
    for (let i = 0; i < 3; i++) await record(ABRAM, 'food-bank');
    expect(figure(await demand(), ABRAM, 'food-bank')).toBe(6);
  });

  it('the server counts exactly the words the browser may send', async () => {
    const words = (await db.query<{ word: string }>('select word from app.demand_words order by word')).rows.map((r) => r.word);
    expect(words).toEqual([...DEMAND_WORDS].sort());
  });
});
