-- The slice of Supabase's `auth` schema and roles that our migrations and policies use.
-- Applied ONLY to PGlite (local mode, SQL tests) and to the native Postgres used by pgTAP.
-- NEVER push this file to Supabase: there `auth` and these roles already exist and are managed
-- by Supabase itself. It lives outside supabase/migrations so `supabase db push` cannot see it.
-- Idempotent, so it can run on every start.

do $$
begin
  -- nologin: like on Supabase, nobody connects as these roles; a trusted connection switches to
  -- them per request (`set local role`), as PostgREST does.
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    -- Supabase's service role skips RLS: it is the server's own key, never given to a browser.
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

-- Supabase's auth.users has many more columns; memberships and staff only need id and email.
create table if not exists auth.users (
  id uuid primary key,
  email text,
  created_at timestamptz not null default now()
);
create unique index if not exists users_email_key on auth.users (lower(email));
-- Like on Supabase, browsers cannot read auth.users; the database reads it in definer functions.
revoke all on auth.users from anon, authenticated;
grant all on auth.users to service_role;

-- These three read the request's JWT claims exactly like Supabase's own definitions: PostgREST
-- sets `request.jwt.claims` (and, in old versions, `request.jwt.claim.*`) per transaction.
create or replace function auth.uid() returns uuid
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.email() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt() to anon, authenticated, service_role;
