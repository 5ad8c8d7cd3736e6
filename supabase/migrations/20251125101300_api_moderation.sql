-- Moderation (issue 4): the review queue, decisions on assets and organisations, and the
-- staleness report. Every function checks for a moderator first so a non-moderator gets a clear
-- 42501 instead of an empty result; RLS and the status guards would stop them anyway.

create or replace function private.require_moderator(what text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  if not private.is_staff('moderator') then
    raise exception 'Only moderators can %', what using errcode = '42501';
  end if;
end
$$;

-- field -> { from: published, to: proposed } for a published asset's pending edit.
create or replace function private.pending_diff(a public.assets) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.json_diff(
    (select coalesce(jsonb_object_agg(k, private.asset_content(a) -> k), '{}') from jsonb_object_keys(a.pending_changes) as k),
    a.pending_changes
  )
$$;

create or replace function api.review_queue() returns json
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  perform private.require_moderator('see the review queue');
  return (
    select coalesce(json_agg(item order by item.submitted_at, item.name), '[]'::json)
    from (
      select 'asset' as kind, a.id, a.name, a.org_id, o.name as org_name,
             coalesce(a.submitted_at, a.updated_at) as submitted_at,
             private.json_diff('{}', jsonb_strip_nulls(private.asset_content(a))) as diff,
             true as is_new
      from public.assets a
      left join public.organisations o on o.id = a.org_id
      where a.status = 'pending'
      union all
      select 'asset', a.id, a.name, a.org_id, o.name, a.submitted_at, private.pending_diff(a), false
      from public.assets a
      left join public.organisations o on o.id = a.org_id
      where a.status = 'published' and a.pending_changes is not null and a.submitted_at is not null
      union all
      select 'organisation', o.id, o.name, o.id, o.name, o.created_at,
             private.json_diff('{}', jsonb_strip_nulls(jsonb_build_object(
               'name', o.name, 'description', nullif(o.description, ''), 'email', o.email,
               'website', o.website, 'phone', o.phone))),
             true
      from public.organisations o
      where o.status = 'pending'
    ) as item
  );
end
$$;

-- Publish a pending asset, or merge a published asset's pending edit. The note (optional) is
-- shown to the organisation.
create or replace function api.approve_asset(id uuid, note text default null) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets;
  saved public.assets;
begin
  perform private.require_moderator('approve assets');
  cur := private.locked_asset(approve_asset.id);
  if cur.status = 'published' and cur.pending_changes is not null then
    saved := private.write_asset_content(cur.id, private.asset_with_changes(cur, cur.pending_changes),
      jsonb_build_object('pending_changes', null, 'review_note', nullif(btrim(note), '')));
  elsif cur.status in ('pending', 'draft', 'rejected') then
    update public.assets a set status = 'published', review_note = nullif(btrim(note), '')
    where a.id = cur.id returning * into saved;
  else
    raise exception 'There is nothing to approve on this asset (it is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;

create or replace function private.require_reason(reason text) returns text
language plpgsql immutable
set search_path = ''
as $$
begin
  if nullif(btrim(reason), '') is null then
    perform private.reject('assets_review_note_check', 'review_note', 'Give a reason the organisation will see');
  end if;
  return btrim(reason);
end
$$;

-- Reject a pending asset, or discard a published asset's pending edit. The reason is shown to
-- the organisation in review_note.
create or replace function api.reject_asset(id uuid, reason text) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets;
  saved public.assets;
  why text;
begin
  perform private.require_moderator('reject assets');
  why := private.require_reason(reason);
  cur := private.locked_asset(reject_asset.id);
  if cur.status = 'published' and cur.pending_changes is not null then
    update public.assets a set pending_changes = null, submitted_at = null, review_note = why
    where a.id = cur.id returning * into saved;
  elsif cur.status = 'pending' then
    update public.assets a set status = 'rejected', review_note = why
    where a.id = cur.id returning * into saved;
  else
    raise exception 'Only pending assets and pending edits can be rejected (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;

-- Send it back: a pending asset returns to draft; a pending edit stays with the organisation
-- but leaves the queue until they save it again.
create or replace function api.request_changes(id uuid, reason text) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets;
  saved public.assets;
  why text;
begin
  perform private.require_moderator('request changes');
  why := private.require_reason(reason);
  cur := private.locked_asset(request_changes.id);
  if cur.status = 'published' and cur.pending_changes is not null then
    update public.assets a set submitted_at = null, review_note = why
    where a.id = cur.id returning * into saved;
  elsif cur.status = 'pending' then
    update public.assets a set status = 'draft', review_note = why
    where a.id = cur.id returning * into saved;
  else
    raise exception 'Changes can be requested only on pending assets and pending edits (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;

create or replace function api.verify_organisation(id uuid, auto_publish boolean) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  saved public.organisations;
begin
  perform private.require_moderator('verify organisations');
  update public.organisations o
  set status = 'verified', auto_publish = coalesce(verify_organisation.auto_publish, false), review_note = null
  where o.id = verify_organisation.id
  returning * into saved;
  if not found then
    raise exception 'Organisation not found' using errcode = 'P0002';
  end if;
  return private.organisation_json(saved);
end
$$;

create or replace function api.reject_organisation(id uuid, reason text) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  saved public.organisations;
begin
  perform private.require_moderator('reject organisations');
  if nullif(btrim(reason), '') is null then
    perform private.reject('organisations_review_note_check', 'review_note', 'Give a reason the organisation will see');
  end if;
  update public.organisations o
  set status = 'rejected', auto_publish = false, review_note = btrim(reason)
  where o.id = reject_organisation.id
  returning * into saved;
  if not found then
    raise exception 'Organisation not found' using errcode = 'P0002';
  end if;
  return private.organisation_json(saved);
end
$$;

-- Assets not verified for `months` (never verified counts from when they were created).
-- Moderators see every organisation's; members see their own organisations' only.
create or replace function api.staleness_report(months integer) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', s.id, 'name', s.name, 'org_id', s.org_id, 'org_name', s.org_name,
    'last_verified_at', s.last_verified_at, 'months_since', s.months_since
  ) order by s.months_since desc, s.name), '[]'::json)
  from (
    select a.id, a.name, a.org_id, o.name as org_name, a.last_verified_at,
           floor(extract(epoch from now() - coalesce(a.last_verified_at, a.created_at)) / (86400 * 30.436875))::integer as months_since
    from public.assets a
    left join public.organisations o on o.id = a.org_id
    where a.status <> 'archived'
      and (private.is_staff('moderator') or a.org_id = any (private.member_org_ids()))
      and coalesce(a.last_verified_at, a.created_at) < now() - make_interval(months => staleness_report.months)
  ) as s
$$;

grant execute on all functions in schema api to anon, authenticated, service_role;
revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
