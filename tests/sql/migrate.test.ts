// The local database upgrades itself: only new migrations run, and a failing one leaves no trace.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations, MigrationError } from '../../src/backend/local/migrate';

const first = { name: '20250101000000_first.sql', sql: 'create table public.thing (id int primary key);' };
const second = { name: '20250102000000_second.sql', sql: 'alter table public.thing add column label text;' };
const broken = {
  name: '20250103000000_broken.sql',
  sql: 'create table public.half_done (id int);\ninsert into public.thing values (1);\nselect * from public.no_such_table;',
};

async function tables(db: PGlite): Promise<string[]> {
  const r = await db.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by 1");
  return r.rows.map((x) => x.t);
}

describe('applyMigrations', () => {
  // One engine for all cases (starting PGlite costs seconds); each case starts from an empty database.
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  beforeEach(async () => {
    await db.exec('drop schema if exists local_meta cascade; drop table if exists public.thing, public.half_done;');
  });

  it('applies migrations in name order and records them', async () => {
    const { applied } = await applyMigrations(db, [second, first]);
    expect(applied).toEqual([first.name, second.name]);
    const cols = await db.query<{ c: string }>("select column_name as c from information_schema.columns where table_name = 'thing' order by 1");
    expect(cols.rows.map((r) => r.c)).toEqual(['id', 'label']);
  });

  it('applies nothing when run again', async () => {
    await applyMigrations(db, [first, second]);
    expect((await applyMigrations(db, [first, second])).applied).toEqual([]);
  });

  it('applies only a newly added migration', async () => {
    await applyMigrations(db, [first]);
    expect((await applyMigrations(db, [first, second])).applied).toEqual([second.name]);
  });

  it('leaves no trace of a failing migration and names it with the Postgres message', async () => {
    await applyMigrations(db, [first]);
    const error = await applyMigrations(db, [first, second, broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const m = error as MigrationError;
    expect(m.migration).toBe(broken.name);
    expect(m.message).toContain(broken.name);
    expect(m.message).toContain('relation "public.no_such_table" does not exist');
    // The migration before it stays applied; nothing of the broken one remains.
    expect(await tables(db)).toEqual(['thing']);
    expect((await db.query('select * from public.thing')).rows).toEqual([]);
    const done = await db.query<{ name: string }>('select name from local_meta.schema_migrations order by 1');
    expect(done.rows.map((r) => r.name)).toEqual([first.name, second.name]);
    // Fixing it and starting again applies just that one.
    const fixed = { ...broken, sql: 'create table public.half_done (id int);' };
    expect((await applyMigrations(db, [first, second, fixed])).applied).toEqual([broken.name]);
  });

  it('refuses a list that names a migration twice', async () => {
    await expect(applyMigrations(db, [first, first])).rejects.toThrow(/listed twice/);
  });
});
