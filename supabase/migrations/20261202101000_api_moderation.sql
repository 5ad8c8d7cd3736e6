-- Moderation through `api`: the review queue, decisions on listings, proposed edits and
-- organisations, taking listings down and reinstating them, and the staleness report. Every
-- decision names the version the moderator read, so a change made meanwhile is never
-- published unseen: it raises 40001 and the moderator reviews again.

create function private.require_moderator(what text) returns void
language plpgsql stable
set search_path = ''
as $$
begin
  if not private.is_staff('moderator') then
    perform private.refuse(format('Only moderators can %s', what));
  end if;
end
$$;
grant execute on function private.require_moderator(text) to authenticated, service_role;

-- field -> { from: published, to: proposed } for a listing's proposed edit.
create function private.pending_diff(a app.assets, changes jsonb) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.json_diff(
    (select coalesce(jsonb_object_agg(k, private.asset_content(a) -> k), '{}') from jsonb_object_keys(changes) as k),
    changes
  )
$$;
grant execute on function private.pending_diff(app.assets, jsonb) to authenticated, service_role;

create function api.review_queue() returns json
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  perform private.require_moderator('see the review queue');
  return (
    select coalesce(json_agg(item order by item.submitted_at, item.name), '[]'::json)
    from (
      select 'asset' as kind, a.id, a.name, a.org_id, o.name as org_name, a.version,
             coalesce(r.submitted_at, a.updated_at) as submitted_at,
             private.json_diff('{}', jsonb_strip_nulls(private.asset_content(a))) as diff,
             true as is_new
      from app.assets a
      left join app.organisations o on o.id = a.org_id
      left join app.asset_reviews r on r.asset_id = a.id
      where a.status = 'pending'
      union all
      select 'asset', a.id, a.name, a.org_id, o.name, a.version, r.submitted_at,
             private.pending_diff(a, r.pending_changes), false
      from app.assets a
      join app.asset_reviews r on r.asset_id = a.id
      left join app.organisations o on o.id = a.org_id
      where a.status = 'published' and r.pending_changes is not null and r.submitted_at is not null
      union all
      select 'organisation', o.id, o.name, o.id, o.name, o.version, o.created_at,
             private.json_diff('{}', jsonb_strip_nulls(private.organisation_content(o) || jsonb_build_object('description', nullif(o.description, '')))),
             true
      from app.organisations o
      where o.status = 'pending'
      union all
      select 'organisation', o.id, o.name, o.id, o.name, o.version, r.submitted_at,
             private.json_diff(
               (select coalesce(jsonb_object_agg(k, private.organisation_content(o) -> k), '{}') from jsonb_object_keys(r.pending_changes) as k),
               r.pending_changes),
             false
      from app.organisations o
      join app.organisation_reviews r on r.org_id = o.id
      where o.status = 'verified' and r.pending_changes is not null and r.submitted_at is not null
    ) as item
  );
end
$$;
comment on function api.review_queue() is
  'What waits for a moderator, oldest first: new listings, proposed edits of published listings, organisations to verify and proposed profile edits, each with its version and a diff.';
grant execute on function api.review_queue() to authenticated;

-- The listing a moderator decides on, locked, at the version they read.
create function private.moderated_asset(id uuid, version integer, what text) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
begin
  perform private.require_moderator(what);
  return private.locked_asset(moderated_asset.id, moderated_asset.version);
end
$$;

-- Publish a pending listing, or merge a published listing's proposed edit. The note (optional)
-- is shown to the organisation.
create function api.approve_asset(id uuid, version integer default null, note text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.moderated_asset(approve_asset.id, approve_asset.version, 'approve listings');
  changes jsonb := private.pending_changes_of(cur.id);
  why text := nullif(btrim(note), '');
  saved app.assets;
begin
  if length(why) > 2000 then
    perform private.reject('asset_reviews_review_note_check', 'review_note', 'Notes are at most 2,000 characters');
  end if;
  if cur.status = 'published' and changes is not null then
    perform private.write_asset_review(cur.id, jsonb_build_object('pending_changes', null, 'submitted_at', null, 'review_note', why));
    perform private.set_audit('published', why);
    saved := private.write_asset_content(cur.id, private.asset_with_changes(cur, changes));
  elsif cur.status = 'pending' then
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', null, 'review_note', why));
    perform private.set_audit(null, why);
    saved := private.set_asset_status(cur.id, 'published');
  else
    raise exception 'There is nothing to approve on this listing (it is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  perform private.set_audit(null);
  return private.asset_json(saved);
end
$$;
comment on function api.approve_asset(uuid, integer, text) is
  'A moderator publishes a pending listing, or merges a published listing''s proposed edit, at the version they read (40001 if it changed since). Definer: writes the status and content, which browser roles cannot; the app.assets triggers check the caller is a moderator and the organisation is verified.';
grant execute on function api.approve_asset(uuid, integer, text) to authenticated;

-- Reject a pending listing, or discard a published listing's proposed edit. The reason is shown
-- to the organisation.
create function api.reject_asset(id uuid, version integer default null, reason text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.moderated_asset(reject_asset.id, reject_asset.version, 'reject listings');
  why text := private.require_reason(reason, 'asset_reviews_review_note_check');
  saved app.assets;
begin
  if cur.status = 'published' and private.pending_changes_of(cur.id) is not null then
    perform private.write_asset_review(cur.id, jsonb_build_object('pending_changes', null, 'submitted_at', null, 'review_note', why));
    perform private.log_asset_event(cur.id, cur.org_id, 'rejected', '{}', why);
    saved := private.touch_asset(cur.id);
  elsif cur.status = 'pending' then
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', null, 'review_note', why));
    perform private.set_audit(null, why);
    saved := private.set_asset_status(cur.id, 'rejected');
    perform private.set_audit(null);
  else
    raise exception 'Only pending listings and proposed edits can be rejected (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;
comment on function api.reject_asset(uuid, integer, text) is
  'A moderator rejects a pending listing or discards a proposed edit, at the version they read, with a reason the organisation sees. Definer: writes the status and review, which browser roles cannot.';
grant execute on function api.reject_asset(uuid, integer, text) to authenticated;

-- Send it back: a pending listing returns to draft; a proposed edit stays with the organisation
-- but leaves the queue until they send it again.
create function api.request_changes(id uuid, version integer default null, reason text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.moderated_asset(request_changes.id, request_changes.version, 'request changes');
  why text := private.require_reason(reason, 'asset_reviews_review_note_check');
  saved app.assets;
begin
  if cur.status = 'published' and private.pending_changes_of(cur.id) is not null then
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', null, 'review_note', why));
    perform private.log_asset_event(cur.id, cur.org_id, 'changes_requested', '{}', why);
    saved := private.touch_asset(cur.id);
  elsif cur.status = 'pending' then
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', null, 'review_note', why));
    perform private.set_audit(null, why);
    saved := private.set_asset_status(cur.id, 'draft');
    perform private.set_audit(null);
  else
    raise exception 'Changes can be requested only on pending listings and proposed edits (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;
comment on function api.request_changes(uuid, integer, text) is
  'A moderator sends a pending listing back to draft, or a proposed edit back to its organisation, at the version they read, with a reason. Definer: writes the status and review, which browser roles cannot.';
grant execute on function api.request_changes(uuid, integer, text) to authenticated;

-- Take a listing off the map, whatever its status; only a moderator can bring it back.
create function api.take_down_asset(id uuid, version integer default null, reason text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.moderated_asset(take_down_asset.id, take_down_asset.version, 'take listings down');
  why text := private.require_reason(reason, 'asset_reviews_review_note_check');
  saved app.assets;
begin
  if cur.status = 'taken_down' then
    raise exception 'This listing is already taken down' using errcode = '55000', column = 'status';
  end if;
  perform private.write_asset_review(cur.id, jsonb_build_object('review_note', why));
  perform private.set_audit(null, why);
  saved := private.set_asset_status(cur.id, 'taken_down');
  perform private.set_audit(null);
  return private.asset_json(saved);
end
$$;
comment on function api.take_down_asset(uuid, integer, text) is
  'A moderator takes a listing down with a reason its organisation sees. The organisation cannot edit, restore or republish it; only a moderator can reinstate it. Definer: writes the status, which browser roles cannot.';
grant execute on function api.take_down_asset(uuid, integer, text) to authenticated;

create function api.reinstate_asset(id uuid, version integer default null, note text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.moderated_asset(reinstate_asset.id, reinstate_asset.version, 'reinstate listings');
  why text := nullif(btrim(note), '');
  saved app.assets;
begin
  if cur.status <> 'taken_down' then
    raise exception 'Only listings that were taken down can be reinstated (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  perform private.write_asset_review(cur.id, jsonb_build_object('review_note', left(why, 2000)));
  perform private.set_audit(null, why);
  saved := private.set_asset_status(cur.id, case when cur.previous_status = 'published' then 'published' else 'draft' end);
  perform private.set_audit(null);
  return private.asset_json(saved);
end
$$;
comment on function api.reinstate_asset(uuid, integer, text) is
  'A moderator lifts a take-down: a listing that was published is published again, anything else returns to its organisation as a draft. Definer: writes the status, which browser roles cannot.';
grant execute on function api.reinstate_asset(uuid, integer, text) to authenticated;

create function private.moderated_organisation(id uuid, version integer, what text) returns app.organisations
language plpgsql volatile
set search_path = ''
as $$
declare
  cur app.organisations;
begin
  perform private.require_moderator(what);
  select * into cur from app.organisations o where o.id = moderated_organisation.id for update;
  if not found then
    raise exception 'Organisation not found' using errcode = 'P0002';
  end if;
  perform private.require_version('organisation', moderated_organisation.version, cur.version);
  return cur;
end
$$;

-- Verify an organisation, or change whether a verified one is trusted to publish without review.
create function api.verify_organisation(id uuid, version integer default null, auto_publish boolean default false) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.organisations := private.moderated_organisation(verify_organisation.id, verify_organisation.version, 'verify organisations');
  saved app.organisations;
begin
  perform private.set_audit(null);
  update app.organisations o
  set status = 'verified', auto_publish = coalesce(verify_organisation.auto_publish, false)
  where o.id = cur.id
  returning * into saved;
  insert into app.organisation_reviews as r (org_id, review_note) values (cur.id, null)
  on conflict (org_id) do update set review_note = null, updated_at = now();
  return private.organisation_json(saved);
end
$$;
comment on function api.verify_organisation(uuid, integer, boolean) is
  'A moderator verifies an organisation (making it and its contact details public) and says whether its edits publish without review, at the version they read. Definer: writes the status, which browser roles cannot.';
grant execute on function api.verify_organisation(uuid, integer, boolean) to authenticated;

create function api.reject_organisation(id uuid, version integer default null, reason text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.organisations := private.moderated_organisation(reject_organisation.id, reject_organisation.version, 'reject organisations');
  why text := private.require_reason(reason, 'organisation_reviews_review_note_check');
  saved app.organisations;
begin
  perform private.set_audit(null, why);
  update app.organisations o set status = 'rejected', auto_publish = false
  where o.id = cur.id
  returning * into saved;
  perform private.set_audit(null);
  insert into app.organisation_reviews as r (org_id, review_note, pending_changes, submitted_at) values (cur.id, why, null, null)
  on conflict (org_id) do update set review_note = excluded.review_note, pending_changes = null, submitted_at = null, updated_at = now();
  return private.organisation_json(saved);
end
$$;
comment on function api.reject_organisation(uuid, integer, text) is
  'A moderator rejects an organisation with a reason its members see; its listings leave the map. Definer: writes the status, which browser roles cannot.';
grant execute on function api.reject_organisation(uuid, integer, text) to authenticated;

create function api.approve_organisation_changes(id uuid, version integer default null, note text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.organisations := private.moderated_organisation(approve_organisation_changes.id, approve_organisation_changes.version, 'approve profile changes');
  changes jsonb;
  why text := left(nullif(btrim(note), ''), 2000);
  saved app.organisations;
  merged app.organisations;
begin
  select r.pending_changes into changes from app.organisation_reviews r where r.org_id = cur.id;
  if changes is null then
    raise exception 'This organisation has no proposed profile changes' using errcode = '55000';
  end if;
  merged := private.normalise_organisation(jsonb_populate_record(cur, changes));
  update app.organisation_reviews r set pending_changes = null, submitted_at = null, review_note = why, updated_at = now()
  where r.org_id = cur.id;
  perform private.set_audit('change_approved', why);
  update app.organisations o set
    name = merged.name, description = merged.description, email = merged.email, website = merged.website, phone = merged.phone
  where o.id = cur.id
  returning * into saved;
  perform private.set_audit(null);
  return private.organisation_json(saved);
end
$$;
comment on function api.approve_organisation_changes(uuid, integer, text) is
  'A moderator publishes an organisation''s proposed profile edit at the version they read. Definer: writes the profile, which browser roles cannot.';
grant execute on function api.approve_organisation_changes(uuid, integer, text) to authenticated;

create function api.reject_organisation_changes(id uuid, version integer default null, reason text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.organisations := private.moderated_organisation(reject_organisation_changes.id, reject_organisation_changes.version, 'reject profile changes');
  why text := private.require_reason(reason, 'organisation_reviews_review_note_check');
  saved app.organisations;
begin
  update app.organisation_reviews r set pending_changes = null, submitted_at = null, review_note = why, updated_at = now()
  where r.org_id = cur.id and r.pending_changes is not null;
  if not found then
    raise exception 'This organisation has no proposed profile changes' using errcode = '55000';
  end if;
  perform private.log_organisation_event(cur.id, 'change_rejected', '{}', why);
  update app.organisations o set updated_at = now() where o.id = cur.id returning * into saved;
  return private.organisation_json(saved);
end
$$;
comment on function api.reject_organisation_changes(uuid, integer, text) is
  'A moderator discards an organisation''s proposed profile edit with a reason its members see. Definer: writes the review, which browser roles cannot.';
grant execute on function api.reject_organisation_changes(uuid, integer, text) to authenticated;

-- Listings not checked for `months` (never checked counts from when they were created).
-- Moderators see every organisation's; members see their own organisations' only.
create function api.staleness_report(months integer) returns json
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
    from app.assets a
    left join app.organisations o on o.id = a.org_id
    where a.status not in ('archived', 'taken_down')
      and (private.is_staff('moderator') or a.org_id = any (private.member_org_ids()))
      and coalesce(a.last_verified_at, a.created_at) < now() - make_interval(months => greatest(0, least(staleness_report.months, 1200)))
  ) as s
$$;
comment on function api.staleness_report(integer) is
  'Listings not checked for the given number of months, longest first: every organisation''s for moderators, their own for members.';
grant execute on function api.staleness_report(integer) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
