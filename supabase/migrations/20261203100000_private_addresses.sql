-- "General area only" (issue 15): a listing that meets at a private address, such as a group
-- that meets in a member's home. Its exact point, address and postcode live in
-- app.asset_private_locations, which only the organisation's members and moderators may read;
-- app.assets keeps the centre of the grid cell the point falls in, and no address or postcode.
-- Everything public reads app.assets (the published file, api.asset, the map, distances from a
-- resident, the planners' coverage), so all of it gets the general area without a change of its
-- own. The editor and the review pages read listings through private.with_private_location,
-- which puts the exact location back for the people allowed to see it.
--
-- One trigger keeps the two tables in step whatever writes the row (the api functions, an
-- import, the seed): while the flag is set, any exact value written to app.assets moves to the
-- private table and the public row gets the cell centre; clearing the flag puts the exact values
-- back. A value that is already public-safe (a cell centre, no address, no postcode) keeps the
-- exact one held privately, so writers that never saw the exact location (an import updating
-- other fields, a status change) do not overwrite it with the general one.

alter table app.assets add column private_address boolean not null default false;
comment on column app.assets.private_address is
  'Meets at a private address: residents see only the general area (lat/lng are a grid cell centre, no address or postcode); the exact location is in app.asset_private_locations.';

create table app.asset_private_locations (
  -- Deferred: the trigger that writes this row runs before the listing's own insert lands.
  asset_id uuid primary key references app.assets (id) on delete cascade deferrable initially deferred,
  lat double precision not null constraint asset_private_locations_lat_check check (lat between -90 and 90),
  lng double precision not null constraint asset_private_locations_lng_check check (lng between -180 and 180),
  address text constraint asset_private_locations_address_check check (length(address) <= 500),
  postcode text constraint asset_private_locations_postcode_check check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  updated_at timestamptz not null default now()
);
comment on table app.asset_private_locations is
  'The exact point, address and postcode of listings that meet at a private address. Read by the organisation''s members and moderators only; written only by the app.assets trigger and private.write_asset_content.';
alter table app.asset_private_locations enable row level security;

create policy "Members and moderators can read a private listing's exact location"
  on app.asset_private_locations for select
  to authenticated
  using (exists (
    select 1 from app.assets a
    where a.id = asset_id
      and (a.org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff('moderator')))
  ));

revoke all on app.asset_private_locations from public, anon, authenticated, service_role;
grant select on app.asset_private_locations to authenticated, service_role;

-- The size of a general area, in one place: cells of 0.009 degrees of latitude (about 1 km) by
-- 0.015 degrees of longitude (about 1 km at Wigan's 53.5 degrees north). The map draws the area
-- as a circle reaching every corner of the cell (GENERAL_AREA_RADIUS_M in src/geo/generalArea.ts,
-- which tests/sql/privateAddress.test.ts keeps in step with this).
create function private.general_area_cell() returns double precision[]
language sql immutable
set search_path = ''
as $$
  select array[0.009, 0.015]::double precision[]
$$;

-- The centre of the cell a coordinate falls in: the same for every point of the cell, so it
-- says nothing about where in the cell the point is. Rounded to 6 places so that snapping a
-- centre again gives the same centre.
create function private.snap_to_cell(v double precision, step double precision) returns double precision
language sql immutable
set search_path = ''
as $$
  select round(((floor(v / step) + 0.5) * step)::numeric, 6)::double precision
$$;

create function private.general_area_lat(lat double precision) returns double precision
language sql immutable
set search_path = ''
as $$
  select private.snap_to_cell(lat, (private.general_area_cell())[1])
$$;

create function private.general_area_lng(lng double precision) returns double precision
language sql immutable
set search_path = ''
as $$
  select private.snap_to_cell(lng, (private.general_area_cell())[2])
$$;

-- A listing with its exact location put back, for the people who may see it (its organisation's
-- members and moderators); anyone else gets the row as it is. Invoker: the private table's RLS
-- applies as well as the check here.
create function private.with_private_location(a app.assets) returns app.assets
language plpgsql stable
set search_path = ''
as $$
declare
  p app.asset_private_locations;
begin
  if a.id is null or not a.private_address or not private.can_manage(a.org_id) then
    return a;
  end if;
  select * into p from app.asset_private_locations x where x.asset_id = a.id;
  if found then
    a.lat := p.lat;
    a.lng := p.lng;
    a.address := p.address;
    a.postcode := p.postcode;
  end if;
  return a;
end
$$;
grant execute on function private.with_private_location(app.assets) to anon, authenticated, service_role;

-- Definer: whoever writes a listing (a member through a definer api function, an import, the
-- seed) the exact location must reach the private table, which no browser role may write.
-- Runs after the guard (which judges the change as the caller made it) and before the ward
-- stamp, so the ward comes from the general area: everything public about a private listing is
-- then a function of the cell alone, and the ward a planner counts it in is the one the map
-- draws it in. A cell straddling a ward boundary may count a group in the neighbouring ward;
-- for a group that meets in homes that is within what "general area" means.
create function private.assets_keep_private_location() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  p app.asset_private_locations;
  coarse boolean;
begin
  select * into p from app.asset_private_locations x where x.asset_id = new.id;
  if new.private_address then
    coarse := new.lat = private.general_area_lat(new.lat) and new.lng = private.general_area_lng(new.lng);
    insert into app.asset_private_locations as x (asset_id, lat, lng, address, postcode)
    values (new.id,
            case when coarse and p.asset_id is not null then p.lat else new.lat end,
            case when coarse and p.asset_id is not null then p.lng else new.lng end,
            coalesce(new.address, p.address),
            coalesce(new.postcode, p.postcode))
    on conflict (asset_id) do update set
      lat = excluded.lat, lng = excluded.lng, address = excluded.address, postcode = excluded.postcode,
      updated_at = now();
    if tg_op = 'INSERT' and exists (select 1 from app.areas where kind = 'ward') then
      new.ward := null; -- restamped from the general area by assets_30_stamp_ward
    end if;
    new.lat := private.general_area_lat(new.lat);
    new.lng := private.general_area_lng(new.lng);
    new.address := null;
    new.postcode := null;
    return new;
  end if;
  -- The flag was cleared: the exact values come back, unless the write gave new ones.
  if p.asset_id is not null then
    if tg_op = 'UPDATE' and new.lat = old.lat and new.lng = old.lng then
      new.lat := p.lat;
      new.lng := p.lng;
    end if;
    new.address := coalesce(new.address, p.address);
    new.postcode := coalesce(new.postcode, p.postcode);
    delete from app.asset_private_locations x where x.asset_id = new.id;
  end if;
  return new;
end
$$;

create trigger assets_25_private_location_insert
  before insert on app.assets
  for each row when (new.private_address)
  execute function private.assets_keep_private_location();

create trigger assets_25_private_location_update
  before update on app.assets
  for each row when (new.private_address or old.private_address)
  execute function private.assets_keep_private_location();

-- The ward stamp fires on changes of lat and lng only; a flag turned on or off moves the point.
drop trigger assets_30_stamp_ward on app.assets;
create trigger assets_30_stamp_ward
  before insert or update of lat, lng, private_address on app.assets
  for each row execute function private.assets_stamp_ward();

-- The flag is an editor's field like the rest: it travels in proposed edits, diffs and the trail.
create or replace function private.asset_content(a app.assets) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'kind', a.kind, 'name', a.name, 'description', a.description, 'categories', a.categories,
    'lat', a.lat, 'lng', a.lng, 'address', a.address, 'postcode', a.postcode,
    'phone', a.phone, 'email', a.email, 'website', a.website, 'opening_hours', a.opening_hours,
    'free', a.free, 'cost', a.cost, 'age_groups', a.age_groups,
    'accessibility', a.accessibility, 'languages', a.languages, 'private_address', a.private_address
  )
$$;

create or replace function private.asset_content_keys() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['kind', 'name', 'description', 'categories', 'lat', 'lng', 'address', 'postcode',
               'phone', 'email', 'website', 'opening_hours', 'free', 'cost', 'age_groups',
               'accessibility', 'languages', 'private_address']
$$;

-- As in 20261202100800, with private_address checked as true or false.
create or replace function private.asset_input(input jsonb) returns jsonb
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
  v := input -> 'private_address';
  if v is not null and jsonb_typeof(v) not in ('boolean', 'null') then
    perform private.reject('assets_private_address_check', 'private_address',
      format('"Meets at a private address" must be true or false (got %s)', left(v::text, 40)));
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
    select coalesce(jsonb_object_agg(e.key, case when e.key = 'private_address' and e.value = 'null' then 'false' else e.value end), '{}'::jsonb)
    from jsonb_each(input) as e
    where e.key = any (private.asset_content_keys())
  );
end
$$;

-- Writes a merged row's content back to the listing; the triggers judge the change. `a` carries
-- the exact location (callers build it from private.locked_asset, which puts it back), so for a
-- private listing it goes to the private table as given, a cleared address included, and the
-- listing gets the general area.
create or replace function private.write_asset_content(target uuid, a app.assets) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  saved app.assets;
  hidden boolean := coalesce(a.private_address, false);
begin
  if hidden then
    insert into app.asset_private_locations as x (asset_id, lat, lng, address, postcode)
    values (target, a.lat, a.lng, a.address, private.normalise_postcode(a.postcode))
    on conflict (asset_id) do update set
      lat = excluded.lat, lng = excluded.lng, address = excluded.address, postcode = excluded.postcode,
      updated_at = now();
  else
    delete from app.asset_private_locations x where x.asset_id = target;
  end if;
  update app.assets t set
    kind = a.kind, name = a.name, description = a.description, categories = a.categories,
    lat = case when hidden then private.general_area_lat(a.lat) else a.lat end,
    lng = case when hidden then private.general_area_lng(a.lng) else a.lng end,
    address = case when hidden then null else a.address end,
    postcode = case when hidden then null else a.postcode end,
    phone = a.phone, email = a.email, website = a.website, opening_hours = a.opening_hours, free = a.free,
    cost = a.cost, age_groups = a.age_groups, accessibility = a.accessibility, languages = a.languages,
    private_address = hidden
  where t.id = target
  returning * into saved;
  return saved;
end
$$;

-- The listing the caller may change, locked, with its exact location: every edit, proposal and
-- approval starts from what the organisation and moderators see. As in 20261202100800 otherwise.
create or replace function private.locked_asset(id uuid, expected_version integer) returns app.assets
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
  return private.with_private_location(cur);
end
$$;

-- One listing as the Asset type; its organisation's members and moderators see the exact
-- location of a private listing, everyone else the general area. As in 20261202100800 otherwise.
create or replace function private.asset_json(a app.assets) returns jsonb
language sql stable
set search_path = ''
as $$
  select (to_jsonb(private.with_private_location(a)) - 'previous_status' - 'import_batch_id')
    || jsonb_build_object(
      'org_name', (select o.name from app.organisations o where o.id = a.org_id),
      'pending_changes', r.pending_changes,
      'review_note', r.review_note,
      'submitted_at', r.submitted_at)
  from (select 1) as one
  left join app.asset_reviews r on r.asset_id = a.id and private.can_manage(a.org_id)
$$;

-- As in 20261202100800, with the flag on a new listing, and a published listing's address hidden
-- at once when an organisation that waits for review ticks the box.
create or replace function api.save_asset(asset jsonb) returns jsonb
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
                            accessibility, languages, status, private_address)
    select new_org, coalesce(r.kind, 'place'), coalesce(r.name, ''), coalesce(r.description, ''),
           coalesce(r.categories, '{}'), r.lat, r.lng, r.address, r.postcode, r.phone, r.email,
           r.website, r.opening_hours, coalesce(r.free, false), r.cost, coalesce(r.age_groups, '{}'),
           coalesce(r.accessibility, '{}'), coalesce(r.languages, '{}'), 'draft', coalesce(r.private_address, false)
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
    -- Hiding the address does not wait for review (private.only_hides_location); the rest does.
    if proposed.private_address and not cur.private_address then
      cur := private.hide_location_now(cur);
      proposed := private.asset_with_changes(cur, input);
    end if;
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

-- As in 20261202100800; a proposed edit merged on restore starts from the exact location.
create or replace function api.restore_asset(id uuid, version integer default null) returns jsonb
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
      saved := private.write_asset_content(cur.id, private.asset_with_changes(private.with_private_location(saved), changes));
    end if;
  end if;
  return private.asset_json(saved);
end
$$;

-- As in 20261202101000, with the exact location in the diffs: the moderator judges what the
-- organisation gave, and the queue is for moderators only.
create or replace function api.review_queue() returns json
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
             -- (the flag only when set: "not private" is no news for a new listing)
             private.json_diff('{}', jsonb_strip_nulls(private.asset_content(private.with_private_location(a)))
                                     - case when a.private_address then '' else 'private_address' end) as diff,
             true as is_new
      from app.assets a
      left join app.organisations o on o.id = a.org_id
      left join app.asset_reviews r on r.asset_id = a.id
      where a.status = 'pending'
      union all
      select 'asset', a.id, a.name, a.org_id, o.name, a.version, r.submitted_at,
             private.pending_diff(private.with_private_location(a), r.pending_changes), false
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

-- As in 20261202140000, with the flag, so the map draws a private listing as an area and its
-- page says why there is no address. The point is already the general area's centre.
create or replace function api.published_assets() returns json
language sql stable security invoker
set search_path = ''
as $$
  select json_build_object(
    'type', 'FeatureCollection',
    'categories', api.categories(),
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
        'checked_by', a.checked_by,
        'imported_at', a.imported_at,
        'private_address', a.private_address,
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
  'Every published listing as one GeoJSON FeatureCollection, with the taxonomy they use: what residents see on the map, in the list and on a listing page. A listing that meets at a private address has only its general area (a grid cell centre) and no address.';

-- Hiding a published listing's address takes effect at once, for every organisation: it only
-- ever shows residents less, and a group that finds its home on the map should not wait for a
-- moderator to take it off. True when the only change is the flag turned on, with the listing
-- moved to the general area of where it was and its address and postcode gone.
create function private.only_hides_location(old app.assets, new app.assets) returns boolean
language sql immutable
set search_path = ''
as $$
  select new.private_address and not old.private_address
     and new.lat = private.general_area_lat(old.lat) and new.lng = private.general_area_lng(old.lng)
     and new.address is null and new.postcode is null
     and private.asset_content(new) - array['lat', 'lng', 'address', 'postcode', 'private_address']
         = private.asset_content(old) - array['lat', 'lng', 'address', 'postcode', 'private_address']
$$;

-- As in 20261202100600, with a change that only hides the location not counted as an edit that
-- waits for review (private.only_hides_location).
create or replace function private.assets_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  -- Judged by the organisation the listing belongs to now (a new one's, on insert).
  actor text := private.actor_for(case when tg_op = 'INSERT' then new.org_id else old.org_id end);
  importing boolean;
  step app.asset_transitions;
  content_changed boolean;
begin
  if actor = 'system' then
    return new;
  end if;
  if actor = 'stranger' then
    perform private.refuse('You can only change listings of an organisation you belong to', 'org_id');
  end if;

  if tg_op = 'INSERT' then
    importing := new.import_batch_id is not null;
    if importing and actor <> 'moderator' then
      perform private.refuse('Only moderators import partner data');
    elsif not importing and new.status <> 'draft' then
      perform private.refuse(format('A new listing starts as a draft (got "%s")', new.status), 'status');
    elsif new.status = 'taken_down' then
      perform private.refuse('A new listing cannot start taken down', 'status');
    elsif not importing and (new.source is not null or new.external_id is not null or new.last_verified_at is not null) then
      perform private.refuse('Partner ids and checked dates are set by imports, not by editors', 'external_id');
    end if;
    if new.status = 'published' and new.org_id is not null and private.org_status(new.org_id) <> 'verified' then
      perform private.refuse('Verify the organisation before publishing its listings', 'org_id');
    end if;
    return new;
  end if;

  importing := new.import_batch_id is distinct from old.import_batch_id;
  if importing and actor <> 'moderator' then
    perform private.refuse('Only moderators import partner data');
  end if;
  if new.org_id is distinct from old.org_id and actor <> 'moderator' then
    perform private.refuse('Ask a moderator to move a listing to another organisation', 'org_id');
  end if;
  if not importing and (new.source is distinct from old.source or new.external_id is distinct from old.external_id) then
    perform private.refuse('A listing''s partner name and id change only through an import', 'external_id');
  end if;
  if not importing and new.last_verified_at is distinct from old.last_verified_at and new.last_verified_at is distinct from now() then
    perform private.refuse('A listing is marked as checked with the time it was checked, now', 'last_verified_at');
  end if;

  content_changed := private.asset_content(new) is distinct from private.asset_content(old)
    and not private.only_hides_location(old, new);
  if new.status is distinct from old.status then
    if importing then
      if old.status = 'taken_down' or new.status = 'taken_down' then
        perform private.refuse('Imports never change a listing a moderator has taken down', 'status');
      end if;
    else
      step := private.asset_transition(old.status, new.status, actor, old.previous_status);
      if step is null then
        if old.status = 'taken_down' then
          perform private.refuse('A moderator took this listing down: only a moderator can reinstate it', 'status');
        elsif new.status = 'taken_down' then
          perform private.refuse('Only a moderator can take a listing down', 'status');
        elsif new.status = 'published' then
          perform private.refuse('Only a moderator can publish this listing', 'status');
        elsif new.status = 'rejected' then
          perform private.refuse('Only a moderator can reject a listing', 'status');
        else
          perform private.refuse(format('A listing cannot go from %s to %s', old.status, new.status), 'status');
        end if;
      end if;
      if content_changed then
        perform private.refuse('Change a listing''s details and its status in separate steps', 'status');
      end if;
    end if;
    if new.status = 'published' and new.org_id is not null and private.org_status(new.org_id) <> 'verified' then
      perform private.refuse('Verify the organisation before publishing its listings', 'org_id');
    end if;
  elsif content_changed and not importing and actor <> 'moderator' then
    if old.status = 'archived' then
      perform private.refuse('Restore this listing before editing it', 'status');
    elsif old.status = 'taken_down' then
      perform private.refuse('A moderator took this listing down: it cannot be edited until they reinstate it', 'status');
    elsif old.status = 'published' and actor <> 'trusted' then
      perform private.refuse('Changes to a published listing wait for review: save them with api.save_asset', 'status');
    end if;
  end if;
  return new;
end
$$;

-- Hides a published listing's location now, before the rest of an edit goes to review.
create function private.hide_location_now(cur app.assets) returns app.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  hidden app.assets := cur;
begin
  hidden.private_address := true;
  perform private.set_audit('updated', 'Address hidden: residents see only the general area');
  hidden := private.write_asset_content(cur.id, hidden);
  perform private.set_audit(null);
  return private.with_private_location(hidden);
end
$$;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
