-- The published file: residents read `published.json` from Storage, written by the Edge Function
-- supabase/functions/publish-assets whenever the published set has changed (debounced). This
-- migration keeps a log of the transactions that changed the set since the last publish, and
-- when it was last published; statement-level triggers on the tables api.published_assets()
-- reads write the log.
-- Scheduling (pg_cron + pg_net, secrets in Vault) exists only on a hosted project, so it lives in
-- supabase/deploy/schedule-publish.sql, run once by hand; this file applies on PGlite, plain
-- Postgres 15 and a hosted project alike.

create table app.publish_state (
  -- One row: the primary key can only be true.
  id boolean primary key default true check (id),
  published_at timestamptz,
  -- SHA-256 (hex) of the file last written, so an edit that leaves the file as it was uploads nothing.
  published_sha256 text check (published_sha256 ~ '^[0-9a-f]{64}$'),
  last_attempt_at timestamptz,
  -- Why the last attempt failed; cleared by the next success.
  last_error text check (length(last_error) <= 2000),
  -- Debounce: publish once the set has been quiet this long, or at the latest this long after
  -- the first unpublished change.
  quiet_seconds integer not null default 30 check (quiet_seconds between 0 and 3600),
  max_wait_seconds integer not null default 300 check (max_wait_seconds between 0 and 86400),
  check (max_wait_seconds >= quiet_seconds)
);
comment on table app.publish_state is
  'When published.json was last written to Storage, and the debounce settings. One row; read and written only through the private publish functions.';
-- Nobody but the owner touches the table directly: no policies, no grants.
alter table app.publish_state enable row level security;
revoke all on app.publish_state from public, anon, authenticated, service_role;
insert into app.publish_state default values;

-- One row per transaction that changed the published set and is not published yet. Writers only
-- insert (each its own row, keyed by its transaction), so they never wait for each other or for
-- a publish, however long an import runs; a publish deletes exactly the rows it saw.
create table app.published_set_changes (
  id bigint generated always as identity primary key,
  txid xid8 not null default pg_current_xact_id() unique,
  at timestamptz not null default clock_timestamp()
);
comment on table app.published_set_changes is
  'Transactions that changed the published set since published.json was last written: one row each, deleted by the publish that covered them.';
alter table app.published_set_changes enable row level security;
revoke all on app.published_set_changes from public, anon, authenticated, service_role;
-- Never published: the first run after deploying writes the file.
insert into app.published_set_changes default values;

-- The triggers below are definers: the writes that change listings run as many roles (a definer
-- api function's owner, a trusted backend, the seed), none of which holds privileges on the
-- change log or on this helper.
create function private.note_published_set_change() returns void
language sql volatile
set search_path = ''
as $$
  insert into app.published_set_changes default values
  on conflict (txid) do update set at = excluded.at
$$;
revoke all on function private.note_published_set_change() from public;

create function private.mark_published_set_changed() returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  perform private.note_published_set_change();
  return null;
end
$$;
revoke all on function private.mark_published_set_changed() from public;

-- Listings: only statements that touch a row that was or is published change what residents see
-- (drafts, pending listings and imports of drafts do not), so only those write the log.
-- Postgres allows transition tables on single-event triggers only, hence three triggers; each
-- branch reads only the tables its event has.
create function private.mark_published_set_changed_by_assets() returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    if exists (select 1 from new_rows where status = 'published') then
      perform private.note_published_set_change();
      return null;
    end if;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    if exists (select 1 from old_rows where status = 'published') then
      perform private.note_published_set_change();
    end if;
  end if;
  return null;
end
$$;
revoke all on function private.mark_published_set_changed_by_assets() from public;

create trigger assets_95_mark_published_set_insert
  after insert on app.assets
  referencing new table as new_rows
  for each statement execute function private.mark_published_set_changed_by_assets();
create trigger assets_95_mark_published_set_update
  after update on app.assets
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.mark_published_set_changed_by_assets();
create trigger assets_95_mark_published_set_delete
  after delete on app.assets
  referencing old table as old_rows
  for each statement execute function private.mark_published_set_changed_by_assets();
create trigger assets_95_mark_published_set_truncate
  after truncate on app.assets
  for each statement execute function private.mark_published_set_changed();

-- Organisations (their names show on listings; a rejected one's listings drop out) and
-- categories change rarely: any write counts.
create trigger organisations_95_mark_published_set
  after insert or update or delete or truncate on app.organisations
  for each statement execute function private.mark_published_set_changed();
create trigger categories_95_mark_published_set
  after insert or update or delete or truncate on app.categories
  for each statement execute function private.mark_published_set_changed();

-- Definer (like the rest below): the publish tables have no grants. True when something changed
-- since the last publish and the set has been quiet for quiet_seconds, or the first unpublished
-- change is max_wait_seconds old. The schedule asks this before calling the Edge Function.
create function private.publish_due() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select c.latest is not null
     and (c.latest <= now() - make_interval(secs => s.quiet_seconds)
          or c.earliest <= now() - make_interval(secs => s.max_wait_seconds))
  from app.publish_state s,
       (select min(at) as earliest, max(at) as latest from app.published_set_changes) as c
$$;
revoke all on function private.publish_due() from public;
grant execute on function private.publish_due() to service_role;

-- Starts a publish inside the caller's transaction: 'busy' when another publish holds the lock
-- (taken here, released when the transaction ends, so a crashed publisher never leaves it held),
-- 'not_due' when nothing needs publishing, 'due' or 'forced' otherwise, with the changes the
-- caller must read the data after and pass to record_publish. Writes nothing.
create function private.claim_publish(force boolean default false)
returns table (outcome text, change_stamp bigint[], published_sha256 text)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if not pg_try_advisory_xact_lock(hashtextextended('common-ground.publish-assets', 0)) then
    return query select 'busy'::text, null::bigint[], null::text;
    return;
  end if;
  return query
  select case when claim_publish.force then 'forced' when private.publish_due() then 'due' else 'not_due' end,
         coalesce((select array_agg(c.id order by c.id) from app.published_set_changes c), '{}'::bigint[]),
         s.published_sha256
  from app.publish_state s;
end
$$;
revoke all on function private.claim_publish(boolean) from public;
grant execute on function private.claim_publish(boolean) to service_role;

-- Records a finished publish of the data read after the claim: the changes it saw are covered
-- and go; a change that landed meanwhile stays, so the next run publishes again (debounced from
-- it). Returns whether the file is current.
create function private.record_publish(change_stamp bigint[], sha256 text) returns boolean
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  delete from app.published_set_changes c where c.id = any (record_publish.change_stamp);
  update app.publish_state s set
    published_at = now(),
    published_sha256 = record_publish.sha256,
    last_attempt_at = clock_timestamp(),
    last_error = null;
  return not exists (select 1 from app.published_set_changes);
end
$$;
revoke all on function private.record_publish(bigint[], text) from public;
grant execute on function private.record_publish(bigint[], text) to service_role;

-- Records a failed attempt; the changes stay, so the next scheduled run tries again.
create function private.record_publish_failure(message text) returns void
language sql volatile security definer
set search_path = ''
as $$
  update app.publish_state set last_attempt_at = clock_timestamp(), last_error = left(coalesce(message, 'unknown error'), 2000)
$$;
revoke all on function private.record_publish_failure(text) from public;
grant execute on function private.record_publish_failure(text) to service_role;
