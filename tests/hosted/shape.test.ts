// The hosted-shape database is what a hosted Supabase project is, in the ways our security
// depends on: the CLI applied the migrations, postgres is no superuser, the old ALL-privileges
// default on public is in force, claims reach auth.*, and the exposed schemas are recorded.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TransactionSql } from 'postgres';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/localDatabase';
import { asRole, owner, rolledBack } from './pg';

const editorA = { role: 'authenticated', sub: 'e0000000-0000-4000-8000-0000000000a1', email: 'editor.a@example.org' };

describe('the hosted-shape database', () => {
  it('has every migration recorded by the Supabase CLI', async () => {
    const files = readdirSync(join(repoRoot, 'supabase', 'migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const rows = await owner()`select version, name from supabase_migrations.schema_migrations order by version`;
    expect(rows.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files);
  });

  it('runs migrations as postgres, which owns the database but is not a superuser', async () => {
    const [me] = await owner()`
      select current_user as name, r.rolsuper, r.rolcreaterole, r.rolbypassrls,
             (select pg_get_userbyid(datdba) from pg_database where datname = current_database()) as db_owner
      from pg_roles r where r.rolname = current_user`;
    expect(me).toEqual({ name: 'postgres', rolsuper: false, rolcreaterole: true, rolbypassrls: true, db_owner: 'postgres' });
    await expect(owner()`create extension if not exists file_fdw`).rejects.toMatchObject({ code: '42501' });
  });

  it('grants the browser roles ALL, TRUNCATE included, on a table postgres creates in public', async () => {
    const result = await rolledBack(owner(), async (tx) => {
      await tx`create table public.shape_probe (id int)`;
      await tx`alter table public.shape_probe enable row level security`;
      await tx`insert into public.shape_probe values (1), (2)`;
      const [privileges] = await tx`
        select has_table_privilege('anon', 'public.shape_probe', 'select, insert, update, delete') as crud,
               has_table_privilege('anon', 'public.shape_probe', 'truncate') as truncate,
               has_table_privilege('authenticated', 'public.shape_probe', 'references') as references,
               has_table_privilege('authenticated', 'public.shape_probe', 'trigger') as trigger`;
      // RLS with no policy hides every row from anon, yet TRUNCATE ignores RLS and empties it.
      await tx`set local role anon`;
      const [seen] = await tx`select count(*)::int as n from public.shape_probe`;
      await tx`truncate public.shape_probe`;
      await tx`reset role`;
      const [left] = await tx`select count(*)::int as n from public.shape_probe`;
      return { privileges, seen: seen.n, left: left.n };
    });
    expect(result).toEqual({ privileges: { crud: true, truncate: true, references: true, trigger: true }, seen: 0, left: 0 });
  });

  it('lets auth.uid(), auth.role(), auth.email() and auth.jwt() read the request claims', async () => {
    const me = await asRole(editorA, async (tx) => {
      const [row] = await tx`select current_user as role, auth.uid() as uid, auth.role() as claimed, auth.email() as email, auth.jwt() ->> 'sub' as sub`;
      return row;
    });
    expect(me).toEqual({ role: 'authenticated', uid: editorA.sub, claimed: 'authenticated', email: editorA.email, sub: editorA.sub });
    const resident = await asRole({ role: 'anon' }, async (tx) => (await tx`select current_user as role, auth.uid() as uid`)[0]);
    expect(resident).toEqual({ role: 'anon', uid: null });
  });

  it('rolls back what a block wrote as a role unless it is asked to commit', async () => {
    const write = (id: string) => (tx: TransactionSql) => tx`insert into storage.buckets (id, name) values (${id}, ${id})`;
    await asRole({ role: 'service_role' }, write('shape-rolled-back'));
    await asRole({ role: 'service_role' }, write('shape-committed'), { commit: true });
    const rows = await owner()`delete from storage.buckets where id like 'shape-%' returning id`;
    expect(rows.map((r) => r.id)).toEqual(['shape-committed']);
  });

  it('keeps auth.users from the browser roles', async () => {
    for (const claims of [{ role: 'anon' }, editorA]) {
      await expect(asRole(claims, (tx) => tx`select email from auth.users`)).rejects.toMatchObject({ code: '42501' });
    }
    const [{ n }] = await owner()`select count(*)::int as n from auth.users`;
    expect(n).toBeGreaterThan(0);
  });

  it("has Supabase Auth's auth.users, not the local shim (which db push never applies)", async () => {
    const [users] = await owner()`
      select pg_get_userbyid(c.relowner) as owner, c.relrowsecurity as rls,
             exists (select from pg_attribute where attrelid = c.oid and attname = 'raw_app_meta_data') as has_app_meta_data,
             exists (select from pg_indexes where schemaname = 'auth' and indexname = 'users_email_key') as has_shim_index
      from pg_class c where c.oid = 'auth.users'::regclass`;
    expect(users).toEqual({ owner: 'supabase_auth_admin', rls: true, has_app_meta_data: true, has_shim_index: false });
  });

  it('lets a resident call the api functions', async () => {
    const categories = await asRole({ role: 'anon' }, async (tx) => (await tx`select api.categories() as c`)[0].c, { schema: 'api' });
    expect(categories).toEqual(expect.arrayContaining([expect.objectContaining({ slug: 'food-support', label: 'Food support' })]));
  });

  it('lets a resident call the Open Referral UK functions, radius filter included', async () => {
    const answer = await asRole(
      { role: 'anon' },
      async (tx) => {
        const [row] = await tx<{ details: unknown; page: { contents: { id: string }[] }; taxonomies: unknown }[]>`select api.oruk_details() as details,
                                      api.oruk_services('{"per_page": "2", "postcode": "WN1 1XX", "proximity": "3000"}') as page,
                                      api.oruk_taxonomies() as taxonomies`;
        const [one] = await tx<{ service: unknown }[]>`select api.oruk_service(${row.page.contents[0].id}) as service`;
        return { ...row, service: one.service };
      },
      { schema: 'api' },
    );
    expect(answer.details).toMatchObject({ version: 'HSDS-UK-3.0' });
    expect(answer.page).toMatchObject({ page_number: 1, size: 2 });
    expect(answer.taxonomies).toMatchObject({ total_items: 3 });
    expect(answer.service).toMatchObject({ status: 'active', service_at_locations: [expect.objectContaining({ location: expect.anything() })] });
  });

  it('records the schemas a hosted project exposes by default, as PostgREST reads them', async () => {
    const rows = await owner()`
      select split_part(s, '=', 1) as name, split_part(s, '=', 2) as value
      from pg_db_role_setting, unnest(setconfig) s where setrole = 'authenticator'::regrole and s like 'pgrst.%' order by 1`;
    expect(rows).toEqual([
      { name: 'pgrst.db_extra_search_path', value: 'public, extensions' },
      { name: 'pgrst.db_schemas', value: 'public, graphql_public' },
    ]);
    const [usage] =
      await owner()`select has_schema_privilege('anon', 'graphql_public', 'usage') as graphql, has_schema_privilege('anon', 'extensions', 'usage') as extensions`;
    expect(usage).toEqual({ graphql: true, extensions: true });
  });

  it('has Storage tables open to the browser roles but closed by row level security', async () => {
    const [rls] = await owner()`
      select bool_and(relrowsecurity) as on from pg_class where oid in ('storage.objects'::regclass, 'storage.buckets'::regclass)`;
    expect(rls.on).toBe(true);
    await rolledBack(owner(), async (tx) => {
      await tx`insert into storage.buckets (id, name, public) values ('shape-probe', 'shape-probe', true)`;
      await tx`insert into storage.objects (bucket_id, name) values ('shape-probe', 'a/b/published.json')`;
      await tx`set local role anon`;
      const [seen] = await tx`select count(*)::int as n from storage.objects`;
      expect(seen.n).toBe(0);
    });
  });

  it('has pg_cron installed by supabase_admin, usable by postgres for its own jobs', async () => {
    const [cron] = await owner()`
      select pg_get_userbyid(e.extowner) as owner, has_schema_privilege('cron', 'usage') as usage,
             has_table_privilege('cron.job', 'select') as reads, has_table_privilege('cron.job', 'insert') as writes
      from pg_extension e where e.extname = 'pg_cron'`;
    expect(cron).toEqual({ owner: 'supabase_admin', usage: true, reads: true, writes: false });
    await rolledBack(owner(), async (tx) => {
      await tx`select cron.schedule('shape-probe', '0 3 * * *', 'select 1')`;
      const [job] = await tx`select username from cron.job where jobname = 'shape-probe'`;
      expect(job.username).toBe('postgres');
    });
  });
});
