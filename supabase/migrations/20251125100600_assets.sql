-- Assets: the places, groups and services residents find. Organisations keep their own; only
-- moderators (or organisations trusted with auto_publish) make them public. Checked three ways:
--   1. check constraints, the backstop that holds whatever writes the row;
--   2. a trigger that normalises input and raises the same rules with a clear message, SQLSTATE
--      23514 and the constraint `assets_<field>_check`, so the UI can show it beside the field;
--   3. a trigger that guards status transitions, so no browser role can publish by writing the
--      table directly.

create table public.assets (
  id uuid primary key default gen_random_uuid(),
  org_id uuid references public.organisations (id),
  kind text not null default 'place'
    constraint assets_kind_check check (kind in ('place', 'group', 'service')),
  name text not null
    constraint assets_name_check check (name = btrim(name) and name <> '' and length(name) <= 200),
  description text not null default ''
    constraint assets_description_check check (length(description) <= 10000),
  -- Category slugs; the first is the primary one (map colour). Existence is checked by trigger.
  categories text[] not null default '{}'
    constraint assets_categories_check check (cardinality(categories) between 1 and 10),
  lat double precision not null
    constraint assets_lat_check check (lat between -90 and 90),
  lng double precision not null
    constraint assets_lng_check check (lng between -180 and 180),
  address text
    constraint assets_address_check check (length(address) <= 500),
  postcode text
    constraint assets_postcode_check check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  phone text
    constraint assets_phone_check check (phone ~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$'),
  email text
    constraint assets_email_check check (email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  website text
    constraint assets_website_check check (website ~* '^https?://[^[:space:]/]+\.[^[:space:]]+$'),
  -- OpenStreetMap opening_hours syntax; its grammar is checked in the client (opening_hours).
  opening_hours text
    constraint assets_opening_hours_check check (length(opening_hours) <= 500),
  free boolean not null default false,
  cost text
    constraint assets_cost_check check (length(cost) <= 500),
  -- Value sets from src/domain/types.ts (AGE_GROUPS, ACCESSIBILITY).
  age_groups text[] not null default '{}'
    constraint assets_age_groups_check check (age_groups <@ array['children', 'young_people', 'adults', 'older_people']),
  accessibility text[] not null default '{}'
    constraint assets_accessibility_check check (accessibility <@ array[
      'step_free', 'accessible_toilet', 'hearing_loop', 'accessible_parking',
      'bsl', 'large_print', 'quiet_space', 'assistance_dogs']),
  languages text[] not null default '{}',
  -- Ward name, stamped from `areas` when the location changes (see the areas migration).
  ward text,
  status text not null default 'draft'
    constraint assets_status_check check (status in ('draft', 'pending', 'published', 'rejected', 'archived')),
  -- What `restore` returns an archived asset to; kept by the prepare trigger, not by callers.
  archived_from text
    constraint assets_archived_from_check check (archived_from in ('draft', 'pending', 'published', 'rejected')),
  last_verified_at timestamptz,
  -- The partner's own key, so a re-import updates instead of duplicating.
  source text,
  external_id text,
  version integer not null default 1,
  -- Edits to a published asset waiting for review: field -> proposed value. Residents keep
  -- seeing the published columns until a moderator approves.
  pending_changes jsonb
    constraint assets_pending_changes_check check (jsonb_typeof(pending_changes) = 'object'),
  review_note text,
  submitted_at timestamptz,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid default auth.uid(),
  updated_at timestamptz not null default now(),
  updated_by uuid,
  constraint assets_external_id_key unique (source, external_id)
);
alter table public.assets enable row level security;

create index assets_earth_idx on public.assets using gist (private.earth_point(lat, lng));
create index assets_name_trgm_idx on public.assets using gin (name extensions.gin_trgm_ops);
create index assets_status_idx on public.assets (status);
create index assets_org_id_idx on public.assets (org_id);

create policy "Anyone can read published assets of non-rejected organisations"
  on public.assets for select
  to anon, authenticated
  using (
    status = 'published'
    and (org_id is null or not (org_id = any ((select private.rejected_org_ids())::uuid[])))
  );

create policy "Members can read their organisation's assets"
  on public.assets for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every asset"
  on public.assets for select
  to authenticated
  using ((select private.is_staff('moderator')));

create policy "Members can add assets to their organisation"
  on public.assets for insert
  to authenticated
  with check (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Members can update their organisation's assets"
  on public.assets for update
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]))
  with check (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can add any asset"
  on public.assets for insert
  to authenticated
  with check ((select private.is_staff('moderator')));

create policy "Moderators can update any asset"
  on public.assets for update
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

-- Assets are archived, never deleted; the one exception is undoing an import, which removes the
-- rows that import created.
create policy "Moderators can delete assets when undoing an import"
  on public.assets for delete
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on public.assets to anon, authenticated;
grant insert, update, delete on public.assets to authenticated;
grant all on public.assets to service_role;

-- The fields an editor writes (AssetInput in src/domain/types.ts): diffs, pending changes and the
-- published-asset guard all compare exactly these.
create or replace function private.asset_content(a public.assets) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'kind', a.kind, 'name', a.name, 'description', a.description, 'categories', a.categories,
    'lat', a.lat, 'lng', a.lng, 'address', a.address, 'postcode', a.postcode,
    'phone', a.phone, 'email', a.email, 'website', a.website, 'opening_hours', a.opening_hours,
    'free', a.free, 'cost', a.cost, 'age_groups', a.age_groups,
    'accessibility', a.accessibility, 'languages', a.languages
  )
$$;

-- field -> { from, to } for every key whose value differs between two objects.
create or replace function private.json_diff(before jsonb, after jsonb) returns jsonb
language sql immutable
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(k, jsonb_build_object('from', before -> k, 'to', after -> k)), '{}'::jsonb)
  from (select jsonb_object_keys(coalesce(before, '{}')) union select jsonb_object_keys(coalesce(after, '{}'))) as keys (k)
  where (before -> k) is distinct from (after -> k)
$$;

-- 'wn3 2ab' and 'WN32AB' are the same postcode; store one spelling so lookups and the format
-- check agree. Anything that is not a postcode is left as typed, so the error message shows it.
create or replace function private.normalise_postcode(postcode text) returns text
language sql immutable
set search_path = ''
as $$
  select case
    when s = '' then null
    when s ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$' then left(s, -3) || ' ' || right(s, 3)
    else btrim(postcode)
  end
  from (select upper(regexp_replace(coalesce(postcode, ''), '[[:space:]]+', '', 'g')) as s) as t
$$;

create or replace function private.normalise_asset(a public.assets) returns public.assets
language plpgsql immutable
set search_path = ''
as $$
begin
  a.name := btrim(coalesce(a.name, ''));
  a.description := btrim(coalesce(a.description, ''));
  a.address := nullif(btrim(a.address), '');
  a.postcode := private.normalise_postcode(a.postcode);
  a.phone := nullif(btrim(a.phone), '');
  a.email := nullif(lower(btrim(a.email)), '');
  a.website := nullif(btrim(a.website), '');
  a.opening_hours := nullif(btrim(a.opening_hours), '');
  a.cost := nullif(btrim(a.cost), '');
  a.free := coalesce(a.free, false);
  a.categories := coalesce(a.categories, '{}');
  a.age_groups := coalesce(a.age_groups, '{}');
  a.accessibility := coalesce(a.accessibility, '{}');
  a.languages := coalesce(a.languages, '{}');
  a.external_id := nullif(btrim(a.external_id), '');
  return a;
end
$$;

-- Every rule a person can break while editing, each with a message that says what was expected.
-- Used by the trigger and by save_asset on proposed edits (which live in pending_changes, where
-- no constraint can see them).
create or replace function private.check_asset(a public.assets) returns void
language plpgsql stable
set search_path = ''
as $$
declare
  unknown text;
begin
  if a.name is null or a.name = '' then
    perform private.reject('assets_name_check', 'name', 'Give the asset a name');
  elsif length(a.name) > 200 then
    perform private.reject('assets_name_check', 'name', 'Names are at most 200 characters');
  end if;
  if a.kind is null or a.kind not in ('place', 'group', 'service') then
    perform private.reject('assets_kind_check', 'kind',
      format('Kind must be place, group or service (got "%s")', a.kind));
  end if;
  if a.lat is null then
    perform private.reject('assets_lat_check', 'lat', 'Place the asset on the map: latitude is missing');
  elsif a.lat not between -90 and 90 then
    perform private.reject('assets_lat_check', 'lat',
      format('Latitude must be between -90 and 90 (got %s)', a.lat));
  end if;
  if a.lng is null then
    perform private.reject('assets_lng_check', 'lng', 'Place the asset on the map: longitude is missing');
  elsif a.lng not between -180 and 180 then
    perform private.reject('assets_lng_check', 'lng',
      format('Longitude must be between -180 and 180 (got %s)', a.lng));
  end if;
  if a.status is null or a.status not in ('draft', 'pending', 'published', 'rejected', 'archived') then
    perform private.reject('assets_status_check', 'status',
      format('Status must be draft, pending, published, rejected or archived (got "%s")', a.status));
  end if;
  if cardinality(a.categories) = 0 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at least one category');
  elsif cardinality(a.categories) > 10 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at most 10 categories');
  end if;
  select string_agg(format('"%s"', c), ', ') into unknown
  from unnest(a.categories) as c
  where not exists (select 1 from public.categories k where k.slug = c);
  if unknown is not null then
    perform private.reject('assets_categories_check', 'categories',
      format('Unknown category %s: choose from the category list', unknown));
  end if;
  if a.postcode is not null and a.postcode !~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' then
    perform private.reject('assets_postcode_check', 'postcode',
      format('Postcode must be a UK postcode such as WN1 1AA (got "%s")', a.postcode));
  end if;
  if a.email is not null and a.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    perform private.reject('assets_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', a.email));
  end if;
  if a.website is not null and a.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$' then
    perform private.reject('assets_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', a.website));
  end if;
  if a.phone is not null and a.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('assets_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', a.phone));
  end if;
  if length(a.description) > 10000 then
    perform private.reject('assets_description_check', 'description', 'Descriptions are at most 10,000 characters');
  end if;
  if length(a.address) > 500 then
    perform private.reject('assets_address_check', 'address', 'Addresses are at most 500 characters');
  end if;
  if length(a.opening_hours) > 500 then
    perform private.reject('assets_opening_hours_check', 'opening_hours', 'Opening hours are at most 500 characters');
  end if;
  if length(a.cost) > 500 then
    perform private.reject('assets_cost_check', 'cost', 'Cost is at most 500 characters');
  end if;
  select string_agg(format('"%s"', g), ', ') into unknown
  from unnest(a.age_groups) as g
  where g not in ('children', 'young_people', 'adults', 'older_people');
  if unknown is not null then
    perform private.reject('assets_age_groups_check', 'age_groups',
      format('Unknown age group %s: expected children, young_people, adults or older_people', unknown));
  end if;
  select string_agg(format('"%s"', f), ', ') into unknown
  from unnest(a.accessibility) as f
  where f not in ('step_free', 'accessible_toilet', 'hearing_loop', 'accessible_parking',
                  'bsl', 'large_print', 'quiet_space', 'assistance_dogs');
  if unknown is not null then
    perform private.reject('assets_accessibility_check', 'accessibility',
      format('Unknown accessibility feature %s: expected step_free, accessible_toilet, hearing_loop, '
             'accessible_parking, bsl, large_print, quiet_space or assistance_dogs', unknown));
  end if;
end
$$;

create or replace function private.assets_prepare() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new := private.normalise_asset(new);
  perform private.check_asset(new);

  if tg_op = 'INSERT' then
    new.archived_from := case when new.status = 'archived' then coalesce(new.archived_from, 'draft') end;
    if new.status = 'pending' then
      new.submitted_at := coalesce(new.submitted_at, now());
    elsif new.status = 'published' then
      new.published_at := coalesce(new.published_at, now());
    end if;
    return new;
  end if;

  new.version := old.version + 1;
  new.updated_at := now();
  new.updated_by := auth.uid();
  -- Only a status change decides what restore returns to; callers cannot set it.
  new.archived_from := case
    when new.status = 'archived' and old.status <> 'archived' then old.status
    when new.status = 'archived' then old.archived_from
  end;
  if new.status is distinct from old.status then
    if new.status = 'pending' then
      new.submitted_at := now();
    elsif new.status = 'published' then
      new.published_at := coalesce(new.published_at, now());
    end if;
  end if;
  return new;
end
$$;

-- Status rules for browser roles. Moderators and the trusted backend may do anything; members
-- may submit, withdraw, archive and restore, and publish only when their organisation is
-- verified with auto_publish. Edits to a published asset must wait in pending_changes.
create or replace function private.assets_guard_status() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  trusted_org boolean;
begin
  if private.is_trusted_backend() or private.is_staff('moderator') then
    return new;
  end if;
  trusted_org := private.org_auto_publishes(new.org_id);

  if tg_op = 'INSERT' then
    if new.status = 'published' and not trusted_org then
      raise exception 'Only a moderator can publish an asset' using errcode = '42501', column = 'status';
    elsif new.status not in ('draft', 'pending', 'published') then
      raise exception 'A new asset starts as a draft (got "%")', new.status using errcode = '42501', column = 'status';
    elsif new.review_note is not null then
      raise exception 'Only a moderator can write a review note' using errcode = '42501', column = 'review_note';
    end if;
    return new;
  end if;

  if new.review_note is distinct from old.review_note then
    raise exception 'Only a moderator can write a review note' using errcode = '42501', column = 'review_note';
  end if;

  if new.status is distinct from old.status and not (
       (old.status in ('draft', 'rejected') and new.status = 'pending')
    or (old.status = 'pending' and new.status = 'draft')
    or (old.status <> 'archived' and new.status = 'archived')
    or (old.status = 'archived' and new.status = 'draft')
    or (old.status = 'archived' and new.status = 'published' and old.archived_from = 'published')
    or (old.status in ('draft', 'pending', 'rejected') and new.status = 'published' and trusted_org)
  ) then
    if new.status = 'published' then
      raise exception 'Only a moderator can publish an asset' using errcode = '42501', column = 'status';
    elsif new.status = 'rejected' then
      raise exception 'Only a moderator can reject an asset' using errcode = '42501', column = 'status';
    else
      raise exception 'An asset cannot go from % to %', old.status, new.status using errcode = '42501', column = 'status';
    end if;
  end if;

  if old.status in ('published', 'archived') and new.status = old.status and not trusted_org
     and private.asset_content(new) is distinct from private.asset_content(old) then
    if old.status = 'archived' then
      raise exception 'Restore this asset before editing it' using errcode = '42501';
    end if;
    raise exception 'Changes to a published asset wait for review: save them with api.save_asset'
      using errcode = '42501';
  end if;
  return new;
end
$$;

-- Triggers of one kind fire in name order: prepare (normalise, check, stamp), then guard.
create trigger assets_10_prepare
  before insert or update on public.assets
  for each row execute function private.assets_prepare();

create trigger assets_20_guard_status
  before insert or update on public.assets
  for each row execute function private.assets_guard_status();

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
