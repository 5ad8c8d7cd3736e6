-- Committing a partner file at the speed of the file: 100k rows in seconds, not the ten minutes
-- and more that row-by-row writing took (tests/bench/import-commit.bench.ts). What it cost, per
-- row: the loop itself and a statement per row; the ward stamp's point-in-polygon over JSON
-- coordinates (0.5 ms); the audit trigger's diff and insert; the guard's checks, which for a
-- moderator's import only ever ask "is the organisation verified?"; and a trigram index on names
-- that no query uses (three quarters of a bare insert's time).
-- Now commit_import checks the whole file in a few set-based queries, writes its inserts in one
-- statement and its updates in another, and writes their audit events in one more. The row
-- triggers that normalise and check every listing still run for every row: one set of rules
-- whatever writes the row.

drop index app.assets_name_trgm_idx;

-- Two helpers every listing write calls several times (four check constraints, normalising four
-- lists), as loops: the same answers at a third of the cost of the set-based SQL they replace.
create or replace function private.tidy_text_array(a text[], max_items integer, max_length integer) returns boolean
language plpgsql immutable
set search_path = ''
as $$
declare
  x text;
  i integer := 0;
begin
  if cardinality(a) > max_items then
    return false;
  end if;
  foreach x in array coalesce(a, '{}') loop
    i := i + 1;
    if x is null or x = '' or x <> btrim(x) or length(x) > max_length or x = any (a[1:i - 1]) then
      return false;
    end if;
  end loop;
  return true;
end
$$;

create or replace function private.distinct_texts(a text[], ignore_case boolean) returns text[]
language plpgsql immutable
set search_path = ''
as $$
declare
  x text;
  t text;
  k text;
  seen text[] := '{}';
  kept text[] := '{}';
begin
  foreach x in array coalesce(a, '{}') loop
    t := btrim(x);
    continue when t is null or t = '';
    k := case when ignore_case then lower(t) else t end;
    continue when k = any (seen);
    seen := seen || k;
    kept := kept || t;
  end loop;
  return kept;
end
$$;

-- Each ward's rings as native polygons, so "which ward is this point in?" is a few C calls, not
-- a walk over JSON. Even-odd over the rings, as private.point_in_geometry did: holes and
-- multipolygons need no special case.
create function private.geometry_polygons(geometry jsonb) returns polygon[]
language sql immutable
set search_path = ''
as $$
  select coalesce(array_agg(p), '{}')
  from (
    select ('(' || string_agg(format('(%s,%s)', c ->> 0, c ->> 1), ',' order by i) || ')')::polygon as p
    from private.geometry_rings(geometry) with ordinality as r (ring, n),
         jsonb_array_elements(r.ring) with ordinality as e (c, i)
    group by r.n
  ) as rings
$$;

alter table app.areas add column rings polygon[] generated always as (private.geometry_polygons(geometry)) stored;

create or replace function private.ward_at(lat double precision, lng double precision) returns text
language sql stable
set search_path = ''
as $$
  select a.name
  from app.areas a
  where a.kind = 'ward'
    and ward_at.lat between a.min_lat and a.max_lat
    and ward_at.lng between a.min_lng and a.max_lng
    and (select count(*) from unnest(a.rings) as r where r operator(pg_catalog.@>) point(ward_at.lng, ward_at.lat)) % 2 = 1
  order by a.code
  limit 1
$$;

-- What the audit trail records of a listing: its content, status, organisation and checked date.
create function private.asset_tracked(a app.assets) returns jsonb
language sql immutable
set search_path = ''
as $$
  select private.asset_content(a) || jsonb_build_object(
    'status', a.status, 'org_id', a.org_id, 'last_verified_at', a.last_verified_at)
$$;

-- As in 20261202100600, with the tracked fields from private.asset_tracked.
create or replace function private.assets_audit() returns trigger
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

  tracked_new := private.asset_tracked(new);
  if tg_op = 'INSERT' then
    perform private.log_asset_event(new.id, new.org_id,
      coalesce(action, case when new.import_batch_id is not null then 'imported' else 'created' end),
      private.json_diff('{}', jsonb_strip_nulls(tracked_new)), private.audit_note());
    return null;
  end if;

  tracked_old := private.asset_tracked(old);
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

-- app.bulk_import names the batch commit_import is writing in bulk. Only commit_import sets it,
-- for its own two statements (only definer functions write listings at all); the guard and audit
-- triggers step aside for that batch's rows because commit_import does their work for the whole
-- set at once. (current_setting, not a helper of ours: any role that writes may evaluate it.)

drop trigger assets_20_guard on app.assets;
create trigger assets_20_guard
  before insert or update on app.assets
  for each row
  when (new.import_batch_id is null or new.import_batch_id::text is distinct from current_setting('app.bulk_import', true))
  execute function private.assets_guard();

drop trigger assets_90_audit on app.assets;
create trigger assets_90_audit
  after insert or update or delete on app.assets
  for each row
  when (coalesce(current_setting('app.bulk_import', true), '') = '')
  execute function private.assets_audit();

-- The first rule a row of the file breaks that the set-based checks below cannot name
-- themselves: a value of the wrong JSON type (private.asset_input says which), or a listing the
-- row triggers refuse (private.check_asset says why). Null when every row is fine. Only run when
-- a bulk write has failed, so it may take its time.
create function private.import_row_problem(r jsonb, source_name text, batch_org uuid) returns text
language plpgsql volatile
set search_path = ''
as $$
declare
  input jsonb;
  cur app.assets;
  candidate app.assets;
begin
  input := private.asset_input(r -> 'asset');
  if r ->> 'target' is not null then
    select * into cur from app.assets a where a.id = (r ->> 'target')::uuid;
    candidate := private.asset_with_changes(cur, input);
  else
    candidate := private.normalise_asset(jsonb_populate_record(null::app.assets, input || jsonb_build_object(
      'status', 'published', 'source', source_name,
      'org_id', coalesce(nullif(r -> 'asset' ->> 'org_id', '')::uuid, batch_org))));
    candidate.kind := coalesce(candidate.kind, 'place');
    candidate.free := coalesce(candidate.free, false);
  end if;
  perform private.check_asset(candidate);
  return null;
exception when others then
  return sqlerrm;
end
$$;

-- One transaction: every row is inserted or updated, or nothing is. Imported rows are published
-- (a moderator is vouching for them) and stamped with the batch and the import time; each keeps
-- the partner's own last-checked date when the file gave one (checked by 'partner'), else it is
-- imported and not yet confirmed (no checked date) — unless the import left its details as they
-- were and someone checked them later than the partner did (private.assets_checked keeps that
-- check). A bad row raises "Row n: ..." with the constraint and column of the problem.
create or replace function api.commit_import(partner text, file_name text, org_id uuid, rows jsonb, report jsonb)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  source_name text := btrim(partner);
  batch app.import_batches;
  bad record;
  problem text;
  msg text;
  state text;
  con text;
  col text;
  actor uuid;
  label text;
begin
  perform private.require_moderator('import partner data');
  perform private.set_audit(null);
  if nullif(source_name, '') is null then
    perform private.reject('import_batches_partner_check', 'partner', 'Name the partner this file comes from');
  end if;
  if rows is null or jsonb_typeof(rows) <> 'array' then
    raise exception 'Expected a list of rows' using errcode = '22023';
  end if;
  if report is not null and jsonb_typeof(report) <> 'array' then
    raise exception 'Expected the report as a list of { row, reason }' using errcode = '22023';
  end if;
  if commit_import.org_id is not null and not exists (select 1 from app.organisations o where o.id = commit_import.org_id) then
    perform private.reject('import_batches_org_id_check', 'org_id', 'The organisation chosen for this import does not exist');
  end if;

  insert into app.import_batches (partner, file_name, org_id, report, rejected)
  values (source_name, coalesce(file_name, ''), commit_import.org_id, coalesce(report, '[]'),
          jsonb_array_length(coalesce(report, '[]')))
  returning * into batch;

  -- The file's shape: each row an object with a row number, an action and an asset object.
  select e.ordinality as n, e.value into bad
  from jsonb_array_elements(rows) with ordinality as e
  where jsonb_typeof(e.value) <> 'object'
     or jsonb_typeof(e.value -> 'asset') is distinct from 'object'
     or (e.value ? 'row' and coalesce(e.value ->> 'row', '') !~ '^[0-9]{1,9}$')
     or coalesce(e.value ->> 'action', 'insert') not in ('insert', 'update', 'skip')
     or coalesce(e.value ->> 'target_id', '') !~ '^([0-9a-fA-F-]{36})?$'
  order by e.ordinality
  limit 1;
  if found then
    raise exception 'Row %: each row needs a row number, an action (insert, update or skip) and an asset (got %)',
      coalesce(bad.value ->> 'row', bad.n::text), left(bad.value::text, 120)
      using errcode = '22023';
  end if;

  -- The partner's last-checked date: a date (or a full timestamp), not after today.
  select coalesce(e.value ->> 'row', e.ordinality::text) as "row", e.value -> 'asset' ->> 'last_verified_at' as checked_text into bad
  from jsonb_array_elements(rows) with ordinality as e
  where coalesce(e.value ->> 'action', 'insert') <> 'skip'
    and nullif(btrim(e.value -> 'asset' ->> 'last_verified_at'), '') !~ '^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$'
  order by e.ordinality limit 1;
  if found then
    raise exception 'Row %: the last checked date "%" is not a date (expected YYYY-MM-DD, like 2025-03-14)', bad."row", left(bad.checked_text, 40)
      using errcode = '22007', column = 'last_verified_at';
  end if;

  -- Every row typed once, with the listing it updates; the steps below read this. An update
  -- keeps its asset JSON too (which fields it gives). Statements below never name `rows`: a
  -- query that does gets the whole file as a constant in its plan, 600 MB at 30k rows in PGlite.
  drop table if exists pg_temp.import_rows;
  begin
    create temp table import_rows on commit drop as
    select e.ordinality::integer as ord,
           coalesce((e.value ->> 'row')::integer, e.ordinality::integer) as "row",
           coalesce(e.value ->> 'action', 'insert') as action,
           x.ext, x.row_org, t.target,
           case when t.target is not null then e.value -> 'asset' end as given,
           x.checked_text,
           case when x.checked_text ~ '^\d{4}-\d{2}-\d{2}$' then (x.checked_text || 'T00:00:00Z')::timestamptz
                else x.checked_text::timestamptz end as checked_on,
           c.kind, c.name, c.description, c.categories, c.lat, c.lng, c.address, c.postcode, c.phone,
           c.email, c.website, c.opening_hours, c.free, c.cost, c.age_groups, c.accessibility, c.languages
    from jsonb_array_elements(rows) with ordinality as e
    cross join lateral (select
      nullif(btrim(e.value -> 'asset' ->> 'external_id'), '') as ext,
      coalesce(nullif(e.value -> 'asset' ->> 'org_id', '')::uuid, commit_import.org_id) as row_org,
      nullif(btrim(e.value -> 'asset' ->> 'last_verified_at'), '') as checked_text) as x
    cross join lateral (select coalesce(nullif(e.value ->> 'target_id', '')::uuid,
      (select a.id from app.assets a where a.source = source_name and a.external_id = x.ext)) as target) as t
    cross join lateral jsonb_to_record(e.value -> 'asset') as c (kind text, name text, description text,
      categories text[], lat double precision, lng double precision, address text, postcode text,
      phone text, email text, website text, opening_hours text, free boolean, cost text,
      age_groups text[], accessibility text[], languages text[]);
  exception when others then
    get stacked diagnostics msg = message_text, state = returned_sqlstate;
    -- A date not on the calendar, or a value of the wrong type: name the first row.
    for bad in select coalesce(e.value ->> 'row', e.ordinality::text) as "row", e.value as item
               from jsonb_array_elements(rows) with ordinality as e order by e.ordinality loop
      begin
        perform (nullif(btrim(bad.item -> 'asset' ->> 'last_verified_at'), '') || 'T00:00:00Z')::timestamptz
        where bad.item -> 'asset' ->> 'last_verified_at' ~ '^\s*\d{4}-\d{2}-\d{2}\s*$';
        perform (bad.item -> 'asset' ->> 'last_verified_at')::timestamptz;
      exception when others then
        raise exception 'Row %: the last checked date "%" is not a date on the calendar', bad."row", left(bad.item -> 'asset' ->> 'last_verified_at', 40)
          using errcode = '22007', column = 'last_verified_at';
      end;
      problem := private.import_row_problem(bad.item, source_name, commit_import.org_id);
      if problem is not null then
        raise exception 'Row %: %', bad."row", problem using errcode = '22023';
      end if;
    end loop;
    raise exception 'Row ?: %', msg using errcode = state;
  end;
  analyze pg_temp.import_rows;

  select d."row", d.ext into bad from (
    select r."row", r.ext, r.ord, row_number() over (partition by r.ext order by r.ord) as nth
    from pg_temp.import_rows r where r.action <> 'skip' and r.ext is not null
  ) as d
  where d.nth = 2
  order by d.ord limit 1;
  if found then
    raise exception 'Row %: external id "%" appears twice in this file or already belongs to another asset', bad."row", bad.ext
      using errcode = '23505', constraint = 'assets_external_id_key', column = 'external_id';
  end if;

  select r."row", r.ext, r.target, r.action into bad from pg_temp.import_rows r
  where r.action <> 'skip'
    and ((r.action = 'update' and r.target is null)
         or (r.target is not null and not exists (select 1 from app.assets a where a.id = r.target)))
  order by r.ord limit 1;
  if found then
    if bad.target is null then
      raise exception 'Row %: there is no existing asset to update (no target_id, and external id "%" is new)', bad."row", bad.ext
        using errcode = 'P0002';
    end if;
    raise exception 'Row %: the asset to update (%) was not found', bad."row", bad.target using errcode = 'P0002';
  end if;

  -- A day's grace: a partner in the UK may date a check "today" an hour before UTC does.
  select r."row", r.checked_text into bad from pg_temp.import_rows r
  where r.action <> 'skip' and r.checked_on > now() + interval '1 day'
  order by r.ord limit 1;
  if found then
    raise exception 'Row %: the last checked date % is in the future', bad."row", bad.checked_text
      using errcode = '23514', constraint = 'assets_last_verified_at_check', column = 'last_verified_at';
  end if;

  -- The rule the guard would apply to each row: only verified organisations' listings go live.
  select r."row" into bad from pg_temp.import_rows r
  where r.action <> 'skip' and r.row_org is not null
    and coalesce((select o.status from app.organisations o where o.id = r.row_org), '') <> 'verified'
  order by r.ord limit 1;
  if found then
    raise exception 'Row %: Verify the organisation before publishing its listings', bad."row"
      using errcode = '42501', column = 'org_id';
  end if;

  -- The rows this batch updates, as they were: for undo, and for the audit trail's diffs.
  drop table if exists pg_temp.import_before;
  create temp table import_before on commit drop as
  select a.id, to_jsonb(a) as whole, private.asset_tracked(a) as tracked
  from app.assets a
  where a.id in (select r.target from pg_temp.import_rows r where r.action <> 'skip' and r.target is not null);
  update app.import_batches b
  set previous = (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'before', p.whole)), '[]') from pg_temp.import_before p)
  where b.id = batch.id;

  begin
    perform set_config('app.bulk_import', batch.id::text, true);
    insert into app.assets (org_id, kind, name, description, categories, lat, lng, address, postcode,
                            phone, email, website, opening_hours, free, cost, age_groups,
                            accessibility, languages, status, source, external_id,
                            import_batch_id, imported_at, last_verified_at, checked_by)
    select r.row_org, coalesce(r.kind, 'place'), coalesce(r.name, ''), coalesce(r.description, ''),
           coalesce(r.categories, '{}'), r.lat, r.lng, r.address, r.postcode, r.phone, r.email,
           r.website, r.opening_hours, coalesce(r.free, false), r.cost, coalesce(r.age_groups, '{}'),
           coalesce(r.accessibility, '{}'), coalesce(r.languages, '{}'), 'published', source_name, r.ext,
           batch.id, now(), r.checked_on, case when r.checked_on is not null then 'partner' end
    from pg_temp.import_rows r
    where r.action <> 'skip' and r.target is null
    order by r.ord;

    -- Updates change what the row gives and keep the rest, as private.asset_with_changes does.
    update app.assets t set
      kind = case when g.asset ? 'kind' then r.kind else t.kind end,
      name = case when g.asset ? 'name' then r.name else t.name end,
      description = case when g.asset ? 'description' then r.description else t.description end,
      categories = case when g.asset ? 'categories' then r.categories else t.categories end,
      lat = case when g.asset ? 'lat' then r.lat else t.lat end,
      lng = case when g.asset ? 'lng' then r.lng else t.lng end,
      address = case when g.asset ? 'address' then r.address else t.address end,
      postcode = case when g.asset ? 'postcode' then r.postcode else t.postcode end,
      phone = case when g.asset ? 'phone' then r.phone else t.phone end,
      email = case when g.asset ? 'email' then r.email else t.email end,
      website = case when g.asset ? 'website' then r.website else t.website end,
      opening_hours = case when g.asset ? 'opening_hours' then r.opening_hours else t.opening_hours end,
      free = case when g.asset ? 'free' then coalesce(r.free, false) else t.free end,
      cost = case when g.asset ? 'cost' then r.cost else t.cost end,
      age_groups = case when g.asset ? 'age_groups' then coalesce(r.age_groups, '{}') else t.age_groups end,
      accessibility = case when g.asset ? 'accessibility' then coalesce(r.accessibility, '{}') else t.accessibility end,
      languages = case when g.asset ? 'languages' then coalesce(r.languages, '{}') else t.languages end,
      org_id = coalesce(r.row_org, t.org_id),
      status = case when t.status in ('archived', 'taken_down') then t.status else 'published' end,
      source = source_name,
      external_id = coalesce(r.ext, t.external_id),
      import_batch_id = batch.id,
      imported_at = now(),
      last_verified_at = r.checked_on,
      checked_by = case when r.checked_on is not null then 'partner' end
    from pg_temp.import_rows r
    cross join lateral (select r.given as asset) as g
    where r.action <> 'skip' and r.target = t.id;
    perform set_config('app.bulk_import', '', true);
  exception when others then
    get stacked diagnostics msg = message_text, state = returned_sqlstate, con = constraint_name, col = column_name;
    perform set_config('app.bulk_import', '', true);
    -- Nothing was written (the block's writes are undone); find the row to name.
    for bad in select r."row", jsonb_build_object('asset', e.value -> 'asset', 'target', r.target) as item
               from pg_temp.import_rows r
               join jsonb_array_elements(rows) with ordinality as e on e.ordinality = r.ord
               where r.action <> 'skip' order by r.ord loop
      problem := private.import_row_problem(bad.item, source_name, commit_import.org_id);
      if problem is not null then
        raise exception 'Row %: %', bad."row", problem using errcode = state, constraint = con, column = col;
      end if;
    end loop;
    raise exception 'Row ?: %', msg using errcode = state, constraint = con, column = col;
  end;

  -- The audit trail, as the audit trigger would have written it row by row: an insert's diff
  -- of its non-null fields from nothing, an update's from the row as it was. For inserts that is
  -- private.json_diff('{}', ...) written out: a call per row costs six times as much (its SET
  -- search_path clause keeps Postgres from inlining it).
  actor := auth.uid();
  label := private.actor_label();
  insert into app.asset_events (asset_id, org_id, actor, actor_label, action, diff, note)
  select a.id, a.org_id, actor, label, 'imported',
         case when p.id is null
              then (select coalesce(jsonb_object_agg(e.key, jsonb_build_object('from', null, 'to', e.value)), '{}')
                    from jsonb_each(jsonb_strip_nulls(private.asset_tracked(a))) as e)
              else private.json_diff(p.tracked, private.asset_tracked(a)) end,
         null
  from app.assets a
  left join pg_temp.import_before p on p.id = a.id
  where a.import_batch_id = batch.id;

  update app.import_batches b set
    inserted = (select count(*) from pg_temp.import_rows r where r.action <> 'skip' and r.target is null),
    updated = (select count(*) from pg_temp.import_rows r where r.action <> 'skip' and r.target is not null),
    skipped = (select count(*) from pg_temp.import_rows r where r.action = 'skip'),
    inserted_ids = array(
      select a.id from app.assets a
      where a.import_batch_id = batch.id
        and not exists (select 1 from pg_temp.import_rows r where r.target = a.id))
  where b.id = batch.id
  returning * into batch;
  drop table pg_temp.import_rows;
  drop table pg_temp.import_before;
  return private.import_batch_json(batch);
end
$$;
comment on function api.commit_import(text, text, uuid, jsonb, jsonb) is
  'A moderator commits a checked partner file in one transaction: every row inserted or updated (published, keeping archived and taken-down listings as they are), or nothing; a bad row raises "Row n: ..." with its field. Definer: writes partner ids, import batches and statuses, which browser roles cannot; the app.assets triggers normalise and check every row.';

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role.
revoke execute on all functions in schema api, private from public;
