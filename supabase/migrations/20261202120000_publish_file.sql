-- The published file: residents read `published.json` from Storage, written by the Edge Function
-- supabase/functions/publish-assets whenever the published set has changed (debounced). This
-- migration keeps the one row that says when the set last changed and when it was last
-- published; statement-level triggers on the tables api.published_assets() reads mark it.
-- Scheduling (pg_cron + pg_net, secrets in Vault) exists only on a hosted project, so it lives in
-- supabase/deploy/schedule-publish.sql, run once by hand; this file applies on PGlite, plain
-- Postgres 15 and a hosted project alike.

create table app.publish_state (
  -- One row: the primary key can only be true.
  id boolean primary key default true check (id),
  -- Counts statements that changed the published set. A publish names the count it read, so a
  -- change that lands while it runs leaves the state due (compare-and-set).
  change_stamp bigint not null default 1,
  -- The latest change, for the quiet period.
  changed_at timestamptz not null default now(),
  -- The earliest change not yet published (null when the file is current), so a stream of
  -- changes that is never quiet still goes out after max_wait_seconds.
  pending_since timestamptz default now(),
  -- The change_stamp the last successful publish covered, and when it read the data.
  published_stamp bigint not null default 0,
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
  'When the published set (api.published_assets()) last changed and when published.json was last written to Storage. One row; read and written only through the private publish functions.';
-- Nobody but the owner touches the table directly: no policies, no grants.
alter table app.publish_state enable row level security;
revoke all on app.publish_state from public, anon, authenticated, service_role;
-- Never published: the first run after deploying writes the file.
insert into app.publish_state default values;

-- The triggers below are definers: the writes that change listings run as many roles (a definer
-- api function's owner, a trusted backend, the seed), none of which holds privileges on
-- app.publish_state or on this helper. One UPDATE of one row per statement; its row lock is held
-- to the end of the writing transaction, so writers of the published set commit one after
-- another (rare, short transactions here).
create function private.note_published_set_change() returns void
language sql volatile
set search_path = ''
as $$
  update app.publish_state s set
    change_stamp = s.change_stamp + 1,
    changed_at = clock_timestamp(),
    pending_since = coalesce(s.pending_since, clock_timestamp())
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
-- (drafts, pending listings and imports of drafts do not), so only those mark the state.
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
-- categories change rarely: any write marks the state.
create trigger organisations_95_mark_published_set
  after insert or update or delete or truncate on app.organisations
  for each statement execute function private.mark_published_set_changed();
create trigger categories_95_mark_published_set
  after insert or update or delete or truncate on app.categories
  for each statement execute function private.mark_published_set_changed();

-- Definer (like the rest below): app.publish_state has no grants. True when something changed
-- since the last publish and the set has been quiet for quiet_seconds, or the first unpublished
-- change is max_wait_seconds old. The schedule asks this before calling the Edge Function.
create function private.publish_due() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select s.change_stamp <> s.published_stamp
     and (s.changed_at <= now() - make_interval(secs => s.quiet_seconds)
          or s.pending_since <= now() - make_interval(secs => s.max_wait_seconds))
  from app.publish_state s
$$;
revoke all on function private.publish_due() from public;
grant execute on function private.publish_due() to service_role;

-- Starts a publish inside the caller's transaction: 'busy' when another publish holds the lock
-- (taken here, released when the transaction ends, so a crashed publisher never leaves it held),
-- 'not_due' when nothing needs publishing, 'due' or 'forced' otherwise, with the change_stamp
-- the caller must read the data after and pass to record_publish. Writes nothing: writers of
-- listings must not wait for the upload.
create function private.claim_publish(force boolean default false)
returns table (outcome text, change_stamp bigint, published_sha256 text)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if not pg_try_advisory_xact_lock(hashtextextended('common-ground.publish-assets', 0)) then
    return query select 'busy'::text, null::bigint, null::text;
    return;
  end if;
  return query
  select case when claim_publish.force then 'forced' when private.publish_due() then 'due' else 'not_due' end,
         s.change_stamp, s.published_sha256
  from app.publish_state s;
end
$$;
revoke all on function private.claim_publish(boolean) from public;
grant execute on function private.claim_publish(boolean) to service_role;

-- Records a finished publish of the data read after `change_stamp`. Compare-and-set: the state
-- is current again only when no change landed since that stamp; otherwise it stays due (the
-- next run publishes again, debounced from the latest change). Returns whether it is current.
create function private.record_publish(change_stamp bigint, sha256 text) returns boolean
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  current boolean;
begin
  update app.publish_state s set
    published_stamp = greatest(s.published_stamp, record_publish.change_stamp),
    published_at = now(),
    published_sha256 = record_publish.sha256,
    last_attempt_at = clock_timestamp(),
    last_error = null,
    pending_since = case when s.change_stamp <= record_publish.change_stamp then null else s.changed_at end
  returning s.change_stamp <= record_publish.change_stamp into current;
  return current;
end
$$;
revoke all on function private.record_publish(bigint, text) from public;
grant execute on function private.record_publish(bigint, text) to service_role;

-- Records a failed attempt; the state stays due, so the next scheduled run tries again.
create function private.record_publish_failure(message text) returns void
language sql volatile security definer
set search_path = ''
as $$
  update app.publish_state set last_attempt_at = clock_timestamp(), last_error = left(coalesce(message, 'unknown error'), 2000)
$$;
revoke all on function private.record_publish_failure(text) from public;
grant execute on function private.record_publish_failure(text) to service_role;
