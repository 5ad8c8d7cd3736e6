-- Listings through `api`: what residents read, and how organisations save, submit, check,
-- archive and restore. Reads are security invoker, so the caller's RLS decides what they see.
-- Writes are security definer because browser roles hold no write privilege on app tables; each
-- checks who is asking, names the version it changes, and leaves the rules to the triggers on
-- app.assets, which judge the caller (auth.uid()) whatever the entry point.

-- One listing as the Asset type. Its working state (proposed edit, review note) is joined from
-- app.asset_reviews only for the organisation's members and moderators.
create function private.asset_json(a app.assets) returns jsonb
language sql stable
set search_path = ''
as $$
  select (to_jsonb(a) - 'previous_status' - 'import_batch_id')
    || jsonb_build_object(
      'org_name', (select o.name from app.organisations o where o.id = a.org_id),
      'pending_changes', r.pending_changes,
      'review_note', r.review_note,
      'submitted_at', r.submitted_at)
  from (select 1) as one
  left join app.asset_reviews r on r.asset_id = a.id and private.can_manage(a.org_id)
$$;
grant execute on function private.asset_json(app.assets) to anon, authenticated, service_role;

-- The editable fields of an AssetInput, type-checked so a wrong JSON type gets a message about
-- that field instead of Postgres' "invalid input syntax". Other keys are ignored.
create function private.asset_input(input jsonb) returns jsonb
language plpgsql immutable
set search_path = ''
as $$
declare
  f text;
  v jsonb;
  captions constant jsonb := '{"lat": "Latitude", "lng": "Longitude"}';
begin
  if input is null or jsonb_typeof(input) <> 'object' then
    raise exception 'Expected a listing as a JSON object' using errcode = '22023';
  end if;
  foreach f in array array['lat', 'lng'] loop
    v := input -> f;
    if v is not null and jsonb_typeof(v) <> 'null'
       and not (jsonb_typeof(v) = 'number'
                or (jsonb_typeof(v) = 'string' and btrim(v #>> '{}') ~ '^[-+]?[0-9]+(\.[0-9]+)?$')) then
      perform private.reject(format('assets_%s_check', f), f,
        format('%s must be a number (got %s)', captions ->> f, left(v::text, 40)));
    end if;
  end loop;
  v := input -> 'free';
  if v is not null and jsonb_typeof(v) not in ('boolean', 'null') then
    perform private.reject('assets_free_check', 'free', format('Free must be true or false (got %s)', left(v::text, 40)));
  end if;
  foreach f in array array['categories', 'age_groups', 'accessibility', 'languages'] loop
    v := input -> f;
    if v is not null and jsonb_typeof(v) <> 'null'
       and (jsonb_typeof(v) <> 'array'
            or exists (select 1 from jsonb_array_elements(v) as e where jsonb_typeof(e) <> 'string')) then
      perform private.reject(format('assets_%s_check', f), f,
        format('%s must be a list of words (got %s)', initcap(replace(f, '_', ' ')), left(v::text, 40)));
    end if;
  end loop;
  foreach f in array array['kind', 'name', 'description', 'address', 'postcode', 'phone', 'email',
                           'website', 'opening_hours', 'cost'] loop
    v := input -> f;
    if v is not null and jsonb_typeof(v) in ('object', 'array') then
      perform private.reject(format('assets_%s_check', f), f,
        format('%s must be text (got %s)', initcap(replace(f, '_', ' ')), left(v::text, 40)));
    end if;
  end loop;
  return (
    select coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
    from jsonb_each(input) as e
    where e.key = any (private.asset_content_keys())
  );
end
$$;

-- A listing with edits merged into its content (what residents would see after approval).
create function private.asset_with_changes(a app.assets, changes jsonb) returns app.assets
language sql stable
set search_path = ''
as $$
  select private.normalise_asset(jsonb_populate_record(a, coalesce(changes, '{}') - (
    select coalesce(array_agg(k), '{}') from jsonb_object_keys(coalesce(changes, '{}')) as k
    where k <> all (private.asset_content_keys()))))
$$;

-- Writes a merged row's content back to the listing; the triggers judge the change.
create function private.write_asset_content(target uuid, a app.assets) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  saved app.assets;
begin
  update app.assets t set
    kind = a.kind, name = a.name, description = a.description, categories = a.categories,
    lat = a.lat, lng = a.lng, address = a.address, postcode = a.postcode, phone = a.phone,
    email = a.email, website = a.website, opening_hours = a.opening_hours, free = a.free,
    cost = a.cost, age_groups = a.age_groups, accessibility = a.accessibility, languages = a.languages
  where t.id = target
  returning * into saved;
  return saved;
end
$$;

create function private.set_asset_status(target uuid, status text) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  saved app.assets;
begin
  update app.assets t set status = set_asset_status.status where t.id = target returning * into saved;
  return saved;
end
$$;

-- Upserts a listing's working state; a key absent from `patch` keeps its value.
create function private.write_asset_review(target uuid, patch jsonb) returns void
language plpgsql volatile
set search_path = ''
as $$
begin
  insert into app.asset_reviews as r (asset_id, pending_changes, review_note, submitted_at)
  values (target, nullif(patch -> 'pending_changes', 'null'::jsonb), patch ->> 'review_note',
          (patch ->> 'submitted_at')::timestamptz)
  on conflict (asset_id) do update set
    pending_changes = case when patch ? 'pending_changes' then nullif(patch -> 'pending_changes', 'null'::jsonb) else r.pending_changes end,
    review_note = case when patch ? 'review_note' then patch ->> 'review_note' else r.review_note end,
    submitted_at = case when patch ? 'submitted_at' then (patch ->> 'submitted_at')::timestamptz else r.submitted_at end,
    updated_at = now();
end
$$;

-- A change to a listing's proposed edit is a change to the listing: its version moves, so one
-- number names everything a moderator reviews and approval can say which one it saw.
create function private.touch_asset(target uuid) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  saved app.assets;
begin
  update app.assets t set updated_at = now() where t.id = target returning * into saved;
  return saved;
end
$$;

-- The listing the caller may change, locked; "not found" when they may not even see it.
create function private.locked_asset(id uuid, expected_version integer) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  cur app.assets;
begin
  select * into cur from app.assets a where a.id = locked_asset.id for update;
  if not found or not private.can_manage(cur.org_id) then
    perform private.refuse('Listing not found, or you may not change it');
  end if;
  perform private.require_version('listing', expected_version, cur.version);
  return cur;
end
$$;

create function private.pending_changes_of(id uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select r.pending_changes from app.asset_reviews r where r.asset_id = pending_changes_of.id
$$;

-- The resident map's whole payload: one GeoJSON FeatureCollection that MapLibre consumes as is,
-- with everything a resident's asset page shows and what a planner filters by. Built in one pass with json (not jsonb)
-- aggregation, which skips jsonb's re-parsing. No ORDER BY: sorting 20k wide rows spills past
-- work_mem and cost half the time (tests/bench/published-assets.bench.ts).
create function api.published_assets() returns json
language sql stable security invoker
set search_path = ''
as $$
  select json_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(a.lng, a.lat)),
      'properties', json_build_object(
        'id', a.id,
        'kind', a.kind,
        'name', a.name,
        'description', a.description,
        'categories', a.categories,
        'org_id', a.org_id,
        'org_name', o.name,
        'ward', a.ward,
        'address', a.address,
        'postcode', a.postcode,
        'phone', a.phone,
        'email', a.email,
        'website', a.website,
        'opening_hours', a.opening_hours,
        'free', a.free,
        'cost', a.cost,
        'age_groups', a.age_groups,
        'accessibility', a.accessibility,
        'languages', a.languages,
        'last_verified_at', a.last_verified_at,
        -- The layer it belongs to, for planners (src/features/plan/chooseAssets.ts): the partner
        -- dataset it came from, its import batch, and whether it is the demo's sample data (the demo
        -- seed gives every sample listing a source starting 'Sample: '; only imports set a source).
        'source', a.source,
        'import_batch_id', a.import_batch_id,
        'sample', coalesce(starts_with(a.source, 'Sample: '), false)
      )
    )), '[]'::json)
  )
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  where a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;
comment on function api.published_assets() is
  'Every published listing as one GeoJSON FeatureCollection: what residents see on the map, in the list and on a listing page.';
grant execute on function api.published_assets() to anon, authenticated, service_role;

create function api.asset(id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.asset_json(a) from app.assets a where a.id = asset.id
$$;
comment on function api.asset(uuid) is
  'One listing, or null when the caller may not see it (residents see published listings only; its organisation and moderators also see drafts, proposed edits and review notes).';
grant execute on function api.asset(uuid) to anon, authenticated, service_role;

create function api.org_assets(org_id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(jsonb_agg(private.asset_json(a) order by a.updated_at desc, a.name), '[]'::jsonb)
  from app.assets a
  where a.org_id = org_assets.org_id
$$;
comment on function api.org_assets(uuid) is
  'An organisation''s listings in every status, newest change first; what the caller may see of them.';
grant execute on function api.org_assets(uuid) to authenticated, service_role;

create function api.asset_events(asset_id uuid) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', e.id, 'asset_id', e.asset_id, 'actor', e.actor, 'actor_label', e.actor_label,
    'action', e.action, 'diff', e.diff, 'note', e.note, 'at', e.at
  ) order by e.at desc, e.id desc), '[]'::json)
  from app.asset_events e
  where e.asset_id = asset_events.asset_id
$$;
comment on function api.asset_events(uuid) is
  'A listing''s audit trail, newest first: for its organisation''s members and moderators.';
grant execute on function api.asset_events(uuid) to authenticated, service_role;

-- Insert (no id) or update (id and version). Edits to a published listing by an organisation
-- without auto-publish become its proposed edit, waiting for review; residents keep seeing the
-- published text.
create function api.save_asset(asset jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  input jsonb := private.asset_input(asset);
  target uuid := nullif(asset ->> 'id', '')::uuid;
  new_org uuid := nullif(asset ->> 'org_id', '')::uuid;
  cur app.assets;
  proposed app.assets;
  saved app.assets;
  changes jsonb;
  actor text;
begin
  if auth.uid() is null then
    perform private.refuse('Sign in to save a listing');
  end if;
  perform private.set_audit(null);

  if target is null then
    if new_org is null then
      perform private.reject('assets_org_id_check', 'org_id', 'Choose the organisation this listing belongs to');
    end if;
    if not private.can_manage(new_org) then
      perform private.refuse('You can only add listings to an organisation you belong to', 'org_id');
    end if;
    insert into app.assets (org_id, kind, name, description, categories, lat, lng, address, postcode,
                            phone, email, website, opening_hours, free, cost, age_groups,
                            accessibility, languages, status)
    select new_org, coalesce(r.kind, 'place'), coalesce(r.name, ''), coalesce(r.description, ''),
           coalesce(r.categories, '{}'), r.lat, r.lng, r.address, r.postcode, r.phone, r.email,
           r.website, r.opening_hours, coalesce(r.free, false), r.cost, coalesce(r.age_groups, '{}'),
           coalesce(r.accessibility, '{}'), coalesce(r.languages, '{}'), 'draft'
    from jsonb_populate_record(null::app.assets, input) as r
    returning * into saved;
    return private.asset_json(saved);
  end if;

  cur := private.locked_asset(target, nullif(asset ->> 'version', '')::integer);
  if new_org is not null and new_org is distinct from cur.org_id then
    perform private.refuse('Ask a moderator to move a listing to another organisation', 'org_id');
  end if;
  if cur.status = 'archived' then
    raise exception 'Restore this listing before editing it' using errcode = '55000', column = 'status';
  elsif cur.status = 'taken_down' then
    raise exception 'A moderator took this listing down: it cannot be edited until they reinstate it'
      using errcode = '55000', column = 'status';
  end if;

  proposed := private.asset_with_changes(cur, input);
  actor := private.actor_for(cur.org_id);
  if cur.status = 'published' and actor not in ('moderator', 'trusted') then
    perform private.check_asset(proposed);
    changes := (
      select jsonb_object_agg(e.key, e.value)
      from jsonb_each(private.asset_content(proposed)) as e
      where e.value is distinct from private.asset_content(cur) -> e.key
    );
    if changes is distinct from private.pending_changes_of(cur.id) then
      perform private.write_asset_review(cur.id, jsonb_build_object(
        'pending_changes', changes, 'submitted_at', case when changes is not null then now() end));
      if changes is not null then
        perform private.log_asset_event(cur.id, cur.org_id, 'submitted', (
          select coalesce(jsonb_object_agg(k, jsonb_build_object('from', private.asset_content(cur) -> k, 'to', changes -> k)), '{}')
          from jsonb_object_keys(changes) as k), null);
      else
        perform private.log_asset_event(cur.id, cur.org_id, 'withdrawn', '{}', 'Proposed changes withdrawn');
      end if;
      saved := private.touch_asset(cur.id);
    else
      saved := cur;
    end if;
  else
    saved := private.write_asset_content(cur.id, proposed);
  end if;
  return private.asset_json(saved);
end
$$;
comment on function api.save_asset(jsonb) is
  'Creates a draft listing (no id) or saves one (id and the version it was read at; a stale version raises 40001 and changes nothing). Edits to a published listing of an organisation without auto-publish become a proposed edit for review. Definer: browser roles hold no write privilege on app tables; the caller must belong to the organisation (or be a moderator) and the app.assets triggers apply every rule as the caller.';
grant execute on function api.save_asset(jsonb) to authenticated;

-- Draft or rejected -> pending (published at once for a trusted organisation); a published
-- listing's proposed edit goes (back) to the queue, or live for a trusted organisation.
create function api.submit_asset(id uuid, version integer default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.locked_asset(submit_asset.id, submit_asset.version);
  trusted boolean := private.actor_for(cur.org_id) = 'trusted';
  changes jsonb := private.pending_changes_of(cur.id);
  saved app.assets := cur;
begin
  perform private.set_audit(null);
  if cur.status in ('draft', 'rejected') then
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', now()));
    saved := private.set_asset_status(cur.id, case when trusted then 'published' else 'pending' end);
  elsif cur.status = 'published' and changes is not null then
    if trusted then
      perform private.set_audit('published');
      saved := private.write_asset_content(cur.id, private.asset_with_changes(cur, changes));
      perform private.set_audit(null);
      perform private.write_asset_review(cur.id, '{"pending_changes": null, "submitted_at": null}');
    else
      perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', now()));
      perform private.log_asset_event(cur.id, cur.org_id, 'submitted', '{}', 'Sent for review again');
      saved := private.touch_asset(cur.id);
    end if;
  elsif cur.status <> 'pending' then
    raise exception 'Only drafts, rejected listings and proposed edits can be sent for review (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;
comment on function api.submit_asset(uuid, integer) is
  'Sends a draft, a rejected listing or a proposed edit for review (trusted organisations publish at once). Definer: writes the status, which browser roles cannot write; the app.assets triggers check the caller may take this step.';
grant execute on function api.submit_asset(uuid, integer) to authenticated;

create function api.verify_asset(id uuid, version integer default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.locked_asset(verify_asset.id, verify_asset.version);
  saved app.assets;
begin
  perform private.set_audit(null);
  if cur.status in ('archived', 'taken_down') then
    raise exception 'Only listings in use can be marked as checked (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  update app.assets a set last_verified_at = now() where a.id = cur.id returning * into saved;
  return private.asset_json(saved);
end
$$;
comment on function api.verify_asset(uuid, integer) is
  'Marks a listing as checked now ("Still correct"). Definer: writes last_verified_at, which only this function and imports set.';
grant execute on function api.verify_asset(uuid, integer) to authenticated;

create function api.archive_asset(id uuid, version integer default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.locked_asset(archive_asset.id, archive_asset.version);
begin
  perform private.set_audit(null);
  if cur.status = 'archived' then
    return private.asset_json(cur);
  end if;
  return private.asset_json(private.set_asset_status(cur.id, 'archived'));
end
$$;
comment on function api.archive_asset(uuid, integer) is
  'Archives a listing: residents no longer see it; nothing is deleted. Definer: writes the status; the app.assets triggers check the step.';
grant execute on function api.archive_asset(uuid, integer) to authenticated;

-- Back to where it was: a listing that was published is published again for a trusted
-- organisation or a moderator, and otherwise goes to review (with its proposed edit, if it had
-- one, merged in); anything else becomes a draft.
create function api.restore_asset(id uuid, version integer default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.assets := private.locked_asset(restore_asset.id, restore_asset.version);
  actor text := private.actor_for(cur.org_id);
  changes jsonb := private.pending_changes_of(cur.id);
  saved app.assets;
begin
  perform private.set_audit(null);
  if cur.status <> 'archived' then
    raise exception 'Only archived listings can be restored (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  if cur.previous_status is distinct from 'published' then
    saved := private.set_asset_status(cur.id, 'draft');
  elsif actor in ('trusted', 'moderator') then
    saved := private.set_asset_status(cur.id, 'published');
  else
    perform private.write_asset_review(cur.id, jsonb_build_object('submitted_at', now()));
    saved := private.set_asset_status(cur.id, 'pending');
    if changes is not null then
      perform private.write_asset_review(cur.id, '{"pending_changes": null}');
      saved := private.write_asset_content(cur.id, private.asset_with_changes(saved, changes));
    end if;
  end if;
  return private.asset_json(saved);
end
$$;
comment on function api.restore_asset(uuid, integer) is
  'Restores an archived listing: a formerly published one is published again only for a trusted organisation (or by a moderator), otherwise it goes to review; anything else becomes a draft. Definer: writes the status; the app.assets triggers check the step.';
grant execute on function api.restore_asset(uuid, integer) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
