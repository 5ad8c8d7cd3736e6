// Registers the security matrix as Vitest tests against one engine (see matrix.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { ANON_UNREADABLE, CALLS, HIDDEN, PEOPLE, READABLE, callAs, claimsOf, matches, mayExecute, prepare, type Fixtures, type SecurityEngine } from './matrix';

const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];
const BROWSER_ROLES = ['anon', 'authenticated'] as const;

export function securitySuite(engine: () => SecurityEngine) {
  let db: SecurityEngine;
  let f: Fixtures;
  let tables: string[];
  beforeAll(async () => {
    db = engine();
    f = await prepare(db);
    tables = (await db.owner<{ t: string }>("select tablename as t from pg_tables where schemaname = 'app' order by 1")).map((r) => r.t);
  });

  describe('what the Data API could reach', () => {
    it('nothing of ours in public or graphql_public (exposed on a hosted project), nor anything a browser role may use there', async () => {
      const usable = await db.owner<{ o: string }>(
        `select format('%s %s.%s', r.role, n.nspname, c.relname) as o
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         cross join (values ('anon'), ('authenticated')) as r (role)
         where n.nspname in ('public', 'graphql_public') and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
           and has_table_privilege(r.role, c.oid, 'select, insert, update, delete, truncate, references, trigger')
         union all
         select format('%s %s', r.role, p.oid::regprocedure) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         cross join (values ('anon'), ('authenticated')) as r (role)
         where n.nspname in ('public', 'graphql_public')
           and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
           and has_function_privilege(r.role, p.oid, 'execute')`,
      );
      expect(usable.map((u) => u.o)).toEqual([]);
    });

    it("the tables live in app, which is on no role's search path", async () => {
      const settings = await db.owner<{ s: string }>(
        "select s from pg_db_role_setting, unnest(setconfig) as s where s ilike 'search_path=%' or s ilike 'pgrst.db_extra_search_path=%' or s ilike 'pgrst.db_schemas=%'",
      );
      expect(settings.filter((r) => /\bapp\b/.test(r.s))).toEqual([]);
      expect(tables.length).toBeGreaterThan(10);
    });
  });

  describe('tables: privileges', () => {
    it('the matrix names every table in app (a new table must say who may read it)', () => {
      expect(tables).toEqual([...Object.keys(READABLE), ...HIDDEN].sort());
    });

    it('browser roles may only select, and only where the matrix says', async () => {
      const held = await db.owner<{ role: string; t: string; privilege: string }>(
        `select r.role, c.relname as t, p.privilege
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         cross join (values ('anon'), ('authenticated'), ('public')) as r (role)
         cross join unnest($1::text[]) as p (privilege)
         where n.nspname in ('app', 'api', 'private') and c.relkind in ('r', 'p', 'v', 'm', 'S')
           and case when r.role = 'public'
                    then exists (select 1 from aclexplode(c.relacl) a where a.grantee = 0 and a.privilege_type = p.privilege)
                    else has_table_privilege(r.role, c.oid, p.privilege) end
         order by 1, 2, 3`,
        [PRIVILEGES],
      );
      const expected = BROWSER_ROLES.flatMap((role) =>
        tables.filter((t) => !HIDDEN.includes(t) && (role === 'authenticated' || !ANON_UNREADABLE.includes(t))).map((t) => ({ role, t, privilege: 'SELECT' })),
      );
      expect(held).toEqual(expected.sort((a, b) => (a.role + a.t < b.role + b.t ? -1 : 1)));
    });

    it('no browser role holds a column privilege either', async () => {
      const cols = await db.owner<{ c: string }>(
        `select format('%s %s.%s', a.grantee::regrole, c.relname, att.attname) as c
         from pg_attribute att join pg_class c on c.oid = att.attrelid join pg_namespace n on n.oid = c.relnamespace
         cross join lateral aclexplode(att.attacl) as a
         where n.nspname = 'app' and att.attacl is not null and a.grantee <> c.relowner`,
      );
      expect(cols.map((r) => r.c)).toEqual([]);
    });
  });

  describe.each(PEOPLE)('tables as $label', (person) => {
    it.each(HIDDEN)('cannot read app.%s at all', async (table) => {
      await expect(db.as(claimsOf(person), `select 1 from app.${table}`)).rejects.toMatchObject({ code: '42501' });
    });

    it.each(Object.keys(READABLE))('reads exactly the rows of app.%s the rules allow', async (table) => {
      const rule = READABLE[table];
      if (person.key === 'anon' && ANON_UNREADABLE.includes(table)) {
        await expect(db.as(claimsOf(person), `select 1 from app.${table}`)).rejects.toMatchObject({ code: '42501' });
        return;
      }
      const seen = (await db.as<{ k: string }>(claimsOf(person), `select ${rule.key} as k from app.${table} t order by 1`)).map((r) => r.k);
      const allowed = (
        await db.owner<{ k: string }>(
          `select ${rule.key} as k from app.${table} t, (select $1::uuid as uid, $2::text as email) as me where ${rule.visible(person.key)} order by 1`,
          [person.user_id, person.email],
        )
      ).map((r) => r.k);
      expect(seen).toEqual(allowed);
    });

    it.each([...Object.keys(READABLE), ...HIDDEN])('cannot insert, update, delete or truncate app.%s directly', async (table) => {
      const [col] = await db.owner<{ c: string }>(
        "select attname as c from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attidentity = '' and attgenerated = '' order by attnum limit 1",
        [`app.${table}`],
      );
      for (const sql of [`insert into app.${table} default values`, `update app.${table} set ${col.c} = ${col.c}`, `delete from app.${table}`, `truncate app.${table}`]) {
        await expect(db.as(claimsOf(person), sql), sql).rejects.toMatchObject({ code: '42501' });
      }
    });
  });

  describe('functions: grants', () => {
    it('every function in api and private is executable by exactly the roles the matrix names, and never by PUBLIC', async () => {
      const fns = await db.owner<{ schema: 'api' | 'private'; name: string; anon: boolean; authenticated: boolean; public: boolean }>(
        `select n.nspname as schema, p.proname as name,
                has_function_privilege('anon', p.oid, 'execute') as anon,
                has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
                exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                        where a.grantee = 0 and a.privilege_type = 'EXECUTE') as public
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('api', 'private') order by 1, 2`,
      );
      const wrong = fns.filter(
        (fn) => fn.public || fn.anon !== mayExecute(fn.schema, fn.name, 'anon') || fn.authenticated !== mayExecute(fn.schema, fn.name, 'authenticated'),
      );
      expect(wrong).toEqual([]);
    });

    it('the matrix calls every api function', async () => {
      const fns = await db.owner<{ name: string }>(
        "select proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'api' order by 1",
      );
      expect([...new Set(CALLS.map((c) => c.fn))].sort()).toEqual(fns.map((x) => x.name));
    });

    it('every api function says what it does, and a security definer one says why', async () => {
      const fns = await db.owner<{ f: string; definer: boolean; comment: string | null }>(
        `select p.oid::regprocedure::text as f, p.prosecdef as definer, obj_description(p.oid, 'pg_proc') as comment
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'api'`,
      );
      expect(fns.filter((x) => !x.comment || (x.definer && !/Definer: /.test(x.comment))).map((x) => x.f)).toEqual([]);
    });
  });

  describe.each(PEOPLE)('api calls as $label', (person) => {
    it.each(CALLS.map((c, i) => [`${c.fn} #${i}`, c] as const))('%s', async (_name, spec) => {
      const actual = await callAs(db, person, spec, f);
      const expected = spec.expect[person.key];
      expect(
        matches(actual, expected),
        `${spec.fn} as ${person.label}: expected ${String(expected === 'ok' ? 'ok' : expected.code)}, got ${JSON.stringify(actual)}`,
      ).toBe(true);
    });
  });
}
