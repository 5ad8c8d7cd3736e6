// Issue 21: a name made only of invisible characters (zero-width spaces and joiners, the word
// joiner, a byte-order mark, NBSP…) reads as blank, so the database refuses it for every writer
// with the reason, as the client does (nameProblem in src/domain/validation.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { SAMPLE_ORG_A } from './fixtures';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const INVISIBLE = ['\u200b', '\u200b\u200c\u200d', '\ufeff\u2060', '\u00a0\u00a0', '\u200b \u00ad', '\u3000\u2009'];

const insertAsset = (name: string) =>
  db.query<{ name: string }>(
    `insert into app.assets (org_id, kind, name, categories, lat, lng) values ($1, 'place', $2, array['community-venues'], 53.54, -2.63) returning name`,
    [SAMPLE_ORG_A, name],
  );

describe('names with nothing visible in them', () => {
  it.each(INVISIBLE.map((n) => [JSON.stringify(n), n]))('refuses the listing name %s, saying why', async (_shown, name) => {
    const error = await insertAsset(name).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint: 'assets_name_check', column: 'name' });
    expect((error as Error).message).toContain('The name has no visible characters');
  });

  it.each(INVISIBLE.map((n) => [JSON.stringify(n), n]))('refuses the organisation name %s, saying why', async (_shown, name) => {
    const error = await db.query('insert into app.organisations (name) values ($1)', [name]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23514', constraint: 'organisations_name_check', column: 'name' });
    expect((error as Error).message).toContain('The name has no visible characters');
  });

  it('keeps names with visible characters, markup and all, as written', async () => {
    for (const name of ['Sample: Zoë\u200b Café', '<script>alert(1)</script>', 'Sample: 日本語']) {
      expect((await insertAsset(name)).rows[0].name).toBe(name);
    }
  });
});
