-- Listings (assets): the places, groups and services residents find. Checked three ways:
--   1. check constraints, the backstop that holds whatever writes the row;
--   2. a trigger that normalises input and raises the same rules with a clear message, SQLSTATE
--      23514 and the constraint `assets_<field>_check`, so the UI can show it beside the field;
--   3. a trigger that runs the listing state machine (app.asset_transitions) and decides who may
--      change which column, judging the person behind the request whatever writes the row.
-- Browser roles read listings through RLS and write them only through `api` functions.

-- Rows of the first build that the stricter bounds below would refuse: lists keep each value
-- once and at most as many as a listing may have, so a database moving forward loses nothing
-- anyone could see (no trigger runs yet in this migration).
update app.assets set
  categories = (private.distinct_texts(categories, false))[1:10],
  age_groups = private.distinct_texts(age_groups, false),
  accessibility = private.distinct_texts(accessibility, false),
  languages = (select coalesce(array_agg(left(l, 60)), '{}') from unnest((private.distinct_texts(languages, true))[1:20]) as l)
where categories <> private.distinct_texts(categories, false)
   or age_groups <> private.distinct_texts(age_groups, false)
   or accessibility <> private.distinct_texts(accessibility, false)
   or languages <> (select coalesce(array_agg(left(l, 60)), '{}') from unnest((private.distinct_texts(languages, true))[1:20]) as l);

alter table app.assets drop constraint assets_status_check;
alter table app.assets add constraint assets_status_check
  check (status in ('draft', 'pending', 'published', 'rejected', 'archived', 'taken_down'));
alter table app.assets drop constraint if exists assets_archived_from_check;
alter table app.assets add constraint assets_previous_status_check
  check (previous_status in ('draft', 'pending', 'published', 'rejected', 'archived'));
alter table app.assets drop constraint assets_categories_check;
alter table app.assets add constraint assets_categories_check
  check (cardinality(categories) between 1 and 10 and private.tidy_text_array(categories, 10, 64));
alter table app.assets drop constraint assets_age_groups_check;
alter table app.assets add constraint assets_age_groups_check
  check (age_groups <@ array['children', 'young_people', 'adults', 'older_people'] and private.tidy_text_array(age_groups, 4, 20));
alter table app.assets drop constraint assets_accessibility_check;
alter table app.assets add constraint assets_accessibility_check
  check (accessibility <@ array['step_free', 'accessible_toilet', 'hearing_loop', 'accessible_parking',
                                'bsl', 'large_print', 'quiet_space', 'assistance_dogs']
         and private.tidy_text_array(accessibility, 8, 20));
alter table app.assets
  add constraint assets_languages_check check (private.tidy_text_array(languages, 20, 60)),
  add constraint assets_email_length_check check (length(email) <= 254),
  add constraint assets_website_length_check check (length(website) <= 2048),
  add constraint assets_source_check check (source = btrim(source) and source <> '' and length(source) <= 200),
  add constraint assets_external_id_check check (length(external_id) <= 200),
  add constraint assets_ward_check check (length(ward) <= 200);
alter table app.assets enable row level security;

create index assets_earth_idx on app.assets using gist (private.earth_point(lat, lng));

create policy "Anyone can read published listings of organisations that are not rejected"
  on app.assets for select
  to anon, authenticated
  using (
    status = 'published'
    and (org_id is null or not (org_id = any ((select private.rejected_org_ids())::uuid[])))
  );

create policy "Members can read their organisation's listings"
  on app.assets for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every listing"
  on app.assets for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.assets to anon, authenticated, service_role;

-- The fields an editor writes (AssetInput in src/domain/types.ts): diffs, proposed edits and
-- the published-listing guard all compare exactly these.
create function private.asset_content(a app.assets) returns jsonb
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
grant execute on function private.asset_content(app.assets) to authenticated, service_role;

create function private.asset_content_keys() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['kind', 'name', 'description', 'categories', 'lat', 'lng', 'address', 'postcode',
               'phone', 'email', 'website', 'opening_hours', 'free', 'cost', 'age_groups',
               'accessibility', 'languages']
$$;

-- 'wn3 2ab' and 'WN32AB' are the same postcode; store one spelling so lookups and the format
-- check agree. Anything that is not a postcode is left as typed, so the error message shows it.
create function private.normalise_postcode(postcode text) returns text
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

create function private.normalise_asset(a app.assets) returns app.assets
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
  a.categories := private.distinct_texts(a.categories, false);
  a.age_groups := private.distinct_texts(a.age_groups, false);
  a.accessibility := private.distinct_texts(a.accessibility, false);
  a.languages := private.distinct_texts(a.languages, true);
  a.external_id := nullif(btrim(a.external_id), '');
  a.source := nullif(btrim(a.source), '');
  return a;
end
$$;

-- Every rule a person can break while editing, each with a message that says what was expected.
-- Used by the trigger and by save_asset on proposed edits (which live in app.asset_reviews,
-- where no constraint can see them). The limits equal src/domain/limits.ts.
create function private.check_asset(a app.assets) returns void
language plpgsql stable
set search_path = ''
as $$
declare
  unknown text;
begin
  if a.name is null or a.name = '' then
    perform private.reject('assets_name_check', 'name', 'Give the listing a name');
  elsif length(a.name) > 200 then
    perform private.reject('assets_name_check', 'name', 'Names are at most 200 characters');
  end if;
  if a.kind is null or a.kind not in ('place', 'group', 'service') then
    perform private.reject('assets_kind_check', 'kind',
      format('Kind must be place, group or service (got "%s")', left(a.kind, 40)));
  end if;
  if a.lat is null then
    perform private.reject('assets_lat_check', 'lat', 'Place the listing on the map: latitude is missing');
  elsif a.lat not between -90 and 90 then
    perform private.reject('assets_lat_check', 'lat', format('Latitude must be between -90 and 90 (got %s)', a.lat));
  end if;
  if a.lng is null then
    perform private.reject('assets_lng_check', 'lng', 'Place the listing on the map: longitude is missing');
  elsif a.lng not between -180 and 180 then
    perform private.reject('assets_lng_check', 'lng', format('Longitude must be between -180 and 180 (got %s)', a.lng));
  end if;
  if a.status is null or a.status not in ('draft', 'pending', 'published', 'rejected', 'archived', 'taken_down') then
    perform private.reject('assets_status_check', 'status',
      format('Status must be draft, pending, published, rejected, archived or taken_down (got "%s")', left(a.status, 40)));
  end if;
  if cardinality(a.categories) = 0 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at least one category');
  elsif cardinality(a.categories) > 10 then
    perform private.reject('assets_categories_check', 'categories', 'Choose at most 10 categories');
  end if;
  select string_agg(format('"%s"', left(c, 40)), ', ') into unknown
  from unnest(a.categories) as c
  where not exists (select 1 from app.categories k where k.slug = c);
  if unknown is not null then
    perform private.reject('assets_categories_check', 'categories',
      format('Unknown category %s: choose from the category list', unknown));
  end if;
  if a.postcode is not null and a.postcode !~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' then
    perform private.reject('assets_postcode_check', 'postcode',
      format('Postcode must be a UK postcode such as WN1 1AA (got "%s")', left(a.postcode, 40)));
  end if;
  if a.email is not null and (length(a.email) > 254 or a.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
    perform private.reject('assets_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', left(a.email, 80)));
  end if;
  if a.website is not null and (length(a.website) > 2048 or a.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$') then
    perform private.reject('assets_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', left(a.website, 80)));
  end if;
  if a.phone is not null and a.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('assets_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', left(a.phone, 40)));
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
  select string_agg(format('"%s"', left(g, 40)), ', ') into unknown
  from unnest(a.age_groups) as g
  where g not in ('children', 'young_people', 'adults', 'older_people');
  if unknown is not null then
    perform private.reject('assets_age_groups_check', 'age_groups',
      format('Unknown age group %s: expected children, young_people, adults or older_people', unknown));
  end if;
  select string_agg(format('"%s"', left(f, 40)), ', ') into unknown
  from unnest(a.accessibility) as f
  where f not in ('step_free', 'accessible_toilet', 'hearing_loop', 'accessible_parking',
                  'bsl', 'large_print', 'quiet_space', 'assistance_dogs');
  if unknown is not null then
    perform private.reject('assets_accessibility_check', 'accessibility',
      format('Unknown accessibility feature %s: expected step_free, accessible_toilet, hearing_loop, '
             'accessible_parking, bsl, large_print, quiet_space or assistance_dogs', unknown));
  end if;
  if cardinality(a.languages) > 20 then
    perform private.reject('assets_languages_check', 'languages', 'List at most 20 languages');
  elsif exists (select 1 from unnest(a.languages) as l where length(l) > 60) then
    perform private.reject('assets_languages_check', 'languages', 'Each language is at most 60 characters');
  end if;
  if length(a.external_id) > 200 then
    perform private.reject('assets_external_id_check', 'external_id', 'Partner ids are at most 200 characters');
  end if;
  if length(a.source) > 200 then
    perform private.reject('assets_source_check', 'source', 'Partner names are at most 200 characters');
  end if;
end
$$;

-- The listing state machine: who may move a listing from one status to another, and what the
-- audit trail calls the step. `actor` is as private.actor_for names it; a 'trusted' member may
-- also take the 'member' steps. `when_previous` restricts a step to listings that were, or were
-- not, published before they were archived or taken down. Imports (a moderator committing
-- partner data, or undoing it) and the system are not bound by this table, but never move a
-- listing into or out of 'taken_down'.
create table app.asset_transitions (
  from_status text not null,
  to_status text not null,
  actor text not null constraint asset_transitions_actor_check check (actor in ('member', 'trusted', 'moderator')),
  when_previous text constraint asset_transitions_when_previous_check check (when_previous in ('published', 'not_published')),
  action text not null,
  primary key (from_status, to_status, actor)
);
alter table app.asset_transitions enable row level security;
create policy "Anyone can read the listing state machine"
  on app.asset_transitions for select
  to anon, authenticated
  using (true);
grant select on app.asset_transitions to anon, authenticated, service_role;

insert into app.asset_transitions (from_status, to_status, actor, when_previous, action) values
  -- organisations submit and withdraw; trusted ones publish at once
  ('draft', 'pending', 'member', null, 'submitted'),
  ('rejected', 'pending', 'member', null, 'submitted'),
  ('pending', 'draft', 'member', null, 'withdrawn'),
  ('draft', 'published', 'trusted', null, 'published'),
  ('rejected', 'published', 'trusted', null, 'published'),
  ('pending', 'published', 'trusted', null, 'published'),
  -- organisations archive their own listings and bring them back; a listing that was published
  -- goes back through review unless the organisation is trusted
  ('draft', 'archived', 'member', null, 'archived'),
  ('pending', 'archived', 'member', null, 'archived'),
  ('rejected', 'archived', 'member', null, 'archived'),
  ('published', 'archived', 'member', null, 'archived'),
  ('archived', 'draft', 'member', 'not_published', 'restored'),
  ('archived', 'pending', 'member', 'published', 'restored'),
  ('archived', 'published', 'trusted', 'published', 'restored'),
  -- moderators review
  ('pending', 'published', 'moderator', null, 'published'),
  ('pending', 'rejected', 'moderator', null, 'rejected'),
  ('pending', 'draft', 'moderator', null, 'changes_requested'),
  -- moderators archive and restore like an organisation does
  ('draft', 'archived', 'moderator', null, 'archived'),
  ('pending', 'archived', 'moderator', null, 'archived'),
  ('rejected', 'archived', 'moderator', null, 'archived'),
  ('published', 'archived', 'moderator', null, 'archived'),
  ('archived', 'draft', 'moderator', 'not_published', 'restored'),
  ('archived', 'published', 'moderator', 'published', 'restored'),
  -- moderators take listings down, and only they bring them back
  ('draft', 'taken_down', 'moderator', null, 'taken_down'),
  ('pending', 'taken_down', 'moderator', null, 'taken_down'),
  ('published', 'taken_down', 'moderator', null, 'taken_down'),
  ('rejected', 'taken_down', 'moderator', null, 'taken_down'),
  ('archived', 'taken_down', 'moderator', null, 'taken_down'),
  ('taken_down', 'published', 'moderator', 'published', 'reinstated'),
  ('taken_down', 'draft', 'moderator', null, 'reinstated');

-- The step a person may take from old to new, or null when they may not.
create function private.asset_transition(from_status text, to_status text, actor text, previous_status text)
returns app.asset_transitions
language sql stable
set search_path = ''
as $$
  select t from app.asset_transitions t
  where t.from_status = asset_transition.from_status
    and t.to_status = asset_transition.to_status
    and t.actor in (asset_transition.actor, case when asset_transition.actor = 'trusted' then 'member' end)
    and (t.when_previous is null
         or (t.when_previous = 'published') = (asset_transition.previous_status is not distinct from 'published'))
  order by t.actor = asset_transition.actor desc
  limit 1
$$;

create function private.assets_prepare() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  system boolean := private.is_trusted_backend();
begin
  new := private.normalise_asset(new);
  perform private.check_asset(new);

  if tg_op = 'INSERT' then
    new.version := 1;
    if not system then
      new.ward := null; -- stamped from the location by assets_30_stamp_ward
      new.created_at := now();
      new.updated_at := now();
    end if;
    new.previous_status := case when new.status in ('archived', 'taken_down') then coalesce(new.previous_status, 'draft') end;
    if new.status = 'published' then
      new.published_at := coalesce(new.published_at, now());
    end if;
    return new;
  end if;

  new.id := old.id;
  new.created_at := old.created_at;
  new.version := old.version + 1;
  new.updated_at := now();
  if not system then
    new.ward := old.ward;
  end if;
  -- Only a status change decides where restoring or reinstating returns to; callers cannot set it.
  new.previous_status := case
    when new.status in ('archived', 'taken_down') and new.status is distinct from old.status then old.status
    when new.status in ('archived', 'taken_down') then old.previous_status
  end;
  if new.status = 'published' and old.status is distinct from 'published' then
    new.published_at := coalesce(old.published_at, now());
  end if;
  return new;
end
$$;

-- Who may change what on a listing (see app.asset_transitions for statuses). The system may do
-- anything. Everyone else: a listing's organisation, partner source and id, import batch and
-- last-checked date change only in the ways their owning functions change them; a status change
-- carries no change of content; published listings of organisations without auto-publish change
-- only through review; archived and taken-down listings do not change at all.
create function private.assets_guard() returns trigger
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

  content_changed := private.asset_content(new) is distinct from private.asset_content(old);
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

-- Definer: the trail must be written whoever edits, and no browser role may write it. The
-- action is the one the writing function declared, else the state machine's name for the step,
-- else what the row change shows.
create function private.assets_audit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  action text := private.audit_action();
  tracked_old jsonb;
  tracked_new jsonb;
  diff jsonb;
begin
  if tg_op = 'DELETE' then
    perform private.log_asset_event(old.id, old.org_id, coalesce(action, 'import_undone'),
      jsonb_build_object('status', jsonb_build_object('from', old.status, 'to', null)), private.audit_note());
    return null;
  end if;

  tracked_new := private.asset_content(new) || jsonb_build_object(
    'status', new.status, 'org_id', new.org_id, 'last_verified_at', new.last_verified_at);
  if tg_op = 'INSERT' then
    perform private.log_asset_event(new.id, new.org_id,
      coalesce(action, case when new.import_batch_id is not null then 'imported' else 'created' end),
      private.json_diff('{}', jsonb_strip_nulls(tracked_new)), private.audit_note());
    return null;
  end if;

  tracked_old := private.asset_content(old) || jsonb_build_object(
    'status', old.status, 'org_id', old.org_id, 'last_verified_at', old.last_verified_at);
  diff := private.json_diff(tracked_old, tracked_new);
  action := coalesce(action, case
    when new.import_batch_id is distinct from old.import_batch_id then
      case when new.import_batch_id is not null then 'imported' else 'import_undone' end
    when new.status is distinct from old.status then
      coalesce((private.asset_transition(old.status, new.status,
                  private.actor_for(new.org_id), old.previous_status)).action, 'updated')
    when new.last_verified_at is distinct from old.last_verified_at
         and private.asset_content(new) is not distinct from private.asset_content(old) then 'verified'
    else 'updated'
  end);
  if action = 'updated' and diff = '{}' then
    return null; -- nothing a person would call a change (a save with no edits, a proposal's bump)
  end if;
  perform private.log_asset_event(new.id, new.org_id, action, diff, private.audit_note());
  return null;
end
$$;

-- Deleting a listing is an import's undo and nothing else; everything else archives.
create function private.assets_guard_delete() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_trusted_backend() then
    return old;
  end if;
  if not private.is_staff('moderator')
     or not exists (select 1 from app.import_batches b where b.id = old.import_batch_id and b.undone_at is not null) then
    perform private.refuse('Listings are archived, never deleted; only undoing an import removes the listings it added');
  end if;
  return old;
end
$$;

-- Triggers of one kind fire in name order: prepare (normalise, check, stamp), guard, then the
-- ward stamp (in the areas migration).
create trigger assets_10_prepare
  before insert or update on app.assets
  for each row execute function private.assets_prepare();

create trigger assets_20_guard
  before insert or update on app.assets
  for each row execute function private.assets_guard();

create trigger assets_20_guard_delete
  before delete on app.assets
  for each row execute function private.assets_guard_delete();

create trigger assets_90_audit
  after insert or update or delete on app.assets
  for each row execute function private.assets_audit();

-- A listing's working state: the proposed edit of a published listing, the moderator's last
-- note, when it last went to review. Members and moderators only.
alter table app.asset_reviews
  add constraint asset_reviews_pending_changes_check check (
    jsonb_typeof(pending_changes) = 'object'
    and (pending_changes - private.asset_content_keys()) = '{}'::jsonb
    and length(pending_changes::text) <= 20000),
  add constraint asset_reviews_review_note_check check (length(review_note) <= 2000);
alter table app.asset_reviews enable row level security;

create policy "Members and moderators can read a listing's review"
  on app.asset_reviews for select
  to authenticated
  using (exists (
    select 1 from app.assets a
    where a.id = asset_id
      and (a.org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff('moderator')))
  ));

grant select on app.asset_reviews to anon, authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
