-- Tables move out of `public` into `app`, a schema no Data API path reaches: a hosted Supabase
-- project exposes `public` and `graphql_public` by default, `supabase db push` does not carry
-- config.toml's exposed schemas, and pg_graphql reflects the extra search path, so nothing of
-- ours may live in any of them. Browsers reach data only through the functions in `api`.
--
-- The migrations before this one are the first build's history. This one keeps their data and
-- drops their logic (functions, triggers, policies, grants); the migrations after it define the
-- logic again, one file per domain, against `app`. A database of the first build (a browser's
-- local copy, or a project that pushed it) moves forward without losing a row.

create schema if not exists app;
revoke all on schema app from public;

do $$
declare
  t text;
begin
  foreach t in array array['organisations', 'memberships', 'staff', 'categories', 'assets',
                           'asset_events', 'import_batches', 'import_mappings', 'areas'] loop
    if to_regclass(format('public.%I', t)) is not null then
      execute format('alter table public.%I set schema app', t);
    end if;
  end loop;
end
$$;

-- The first build's logic. Dropping `private` with cascade also drops the triggers and
-- policies that call its functions and the radius index on private.earth_point.
drop schema if exists api cascade;
drop schema if exists private cascade;

do $$
declare
  p record;
begin
  for p in select schemaname, tablename, policyname from pg_policies where schemaname = 'app' loop
    execute format('drop policy %I on %I.%I', p.policyname, p.schemaname, p.tablename);
  end loop;
end
$$;

-- Grants travel with a moved table, including whatever a hosted project's default privileges
-- on `public` gave the browser roles (ALL, with TRUNCATE, REFERENCES and TRIGGER, on older
-- projects). Start from nothing; each domain migration grants exactly what it needs.
revoke all on all tables in schema app from public, anon, authenticated, service_role;
revoke all on all sequences in schema app from public, anon, authenticated, service_role;

-- Working state that is nobody's business but the organisation's and the moderators' moves to
-- tables of its own (app.asset_reviews, app.organisation_reviews), so that what a resident may
-- read of a listing is a whole row: RLS cannot hide columns. Editor ids were never shown to
-- anyone; the audit trail keeps who did what.
create table app.asset_reviews (
  asset_id uuid primary key references app.assets (id) on delete cascade,
  -- field -> proposed value, for an edit of a published listing waiting for review
  pending_changes jsonb,
  -- the moderator's last word, shown to the organisation
  review_note text,
  -- when it last went to review
  submitted_at timestamptz,
  updated_at timestamptz not null default now()
);

do $$
begin
  if exists (select 1 from information_schema.columns
             where table_schema = 'app' and table_name = 'assets' and column_name = 'pending_changes') then
    insert into app.asset_reviews (asset_id, pending_changes, review_note, submitted_at)
    select a.id, a.pending_changes, a.review_note, a.submitted_at
    from app.assets a
    where a.pending_changes is not null or a.review_note is not null or a.submitted_at is not null;
    alter table app.assets
      drop column pending_changes,
      drop column review_note,
      drop column submitted_at,
      drop column created_by,
      drop column updated_by;
    -- One column remembers where a listing was before it was archived or taken down.
    alter table app.assets rename column archived_from to previous_status;
  end if;
end
$$;

create table app.organisation_reviews (
  org_id uuid primary key references app.organisations (id) on delete cascade,
  -- field -> proposed value, for a profile edit of a verified organisation waiting for review
  pending_changes jsonb,
  review_note text,
  submitted_at timestamptz,
  updated_at timestamptz not null default now()
);

do $$
begin
  if exists (select 1 from information_schema.columns
             where table_schema = 'app' and table_name = 'organisations' and column_name = 'review_note') then
    insert into app.organisation_reviews (org_id, review_note)
    select o.id, o.review_note from app.organisations o where o.review_note is not null;
    alter table app.organisations drop column review_note, drop column created_by;
  end if;
end
$$;

-- The audit trail outlives what it describes: no foreign keys that could delete or rewrite it.
alter table app.asset_events drop constraint if exists asset_events_asset_id_fkey;
alter table app.asset_events drop constraint if exists asset_events_org_id_fkey;
