-- The preview knows which rows a re-import would leave unchanged before anything is written.
-- commit_import's two steps that decide it move into helpers, unchanged: staging the file's rows
-- typed and normalised in pg_temp.import_rows, and marking the rows that would change nothing of
-- their listing. commit_import (otherwise as in 20261202184000) calls them, and so does the new
-- api.preview_import, which writes nothing and answers with the rows the commit would leave
-- unchanged, so the wizard's counts before the commit are the batch's counts after it.

-- Every row typed once, with the listing it updates, in pg_temp.import_rows (dropped at the
-- transaction's end). An update keeps its asset JSON too (which fields it gives). Statements
-- after this never name the rows: a query that does gets the whole file as a constant in its
-- plan, 600 MB at 30k rows in PGlite.
create or replace function private.stage_import_rows(source_name text, org_id uuid, rows jsonb) returns void
language plpgsql volatile
set search_path = ''
as $$
declare
  bad record;
  problem text;
  msg text;
  state text;
begin
  drop table if exists pg_temp.import_rows;
  begin
    create temp table import_rows (
      ord integer, "row" integer, action text, ext text, row_org uuid, target uuid, given jsonb,
      checked_text text, checked_on timestamptz, kind text, name text, description text,
      categories text[], lat double precision, lng double precision, address text, postcode text,
      phone text, email text, website text, opening_hours text, free boolean, cost text,
      age_groups text[], accessibility text[], languages text[]
    ) on commit drop;
    insert into pg_temp.import_rows
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
      coalesce(nullif(e.value -> 'asset' ->> 'org_id', '')::uuid, stage_import_rows.org_id) as row_org,
      nullif(btrim(e.value -> 'asset' ->> 'last_verified_at'), '') as checked_text) as x
    cross join lateral (select coalesce(nullif(e.value ->> 'target_id', '')::uuid,
      (select a.id from app.assets a where a.source = source_name and a.external_id = x.ext)) as target) as t
    -- The listing's fields, typed and normalised as assets_10_prepare would (the insert below
    -- writes them without it); the keys a partner row may not set are not read.
    cross join lateral private.normalise_asset(jsonb_populate_record(null::app.assets,
      (e.value -> 'asset') - array['id', 'org_id', 'status', 'previous_status', 'version', 'ward', 'source',
        'external_id', 'import_batch_id', 'imported_at', 'last_verified_at', 'checked_by', 'created_at',
        'updated_at', 'published_at'])) as c;
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
      problem := private.import_row_problem(bad.item, source_name, stage_import_rows.org_id);
      if problem is not null then
        raise exception 'Row %: %', bad."row", problem using errcode = '22023';
      end if;
    end loop;
    raise exception 'Row ?: %', msg using errcode = state;
  end;
  analyze pg_temp.import_rows;
end
$$;

-- A row that would change nothing of its listing (each field it gives equal, the same
-- organisation and partner id, no later check, already published or deliberately hidden) becomes
-- 'unchanged' in pg_temp.import_rows: commit_import leaves its listing as it is, and
-- preview_import says so before the commit.
create or replace function private.mark_unchanged_import_rows(source_name text) returns void
language plpgsql volatile
set search_path = ''
as $$
begin
  update pg_temp.import_rows r set action = 'unchanged'
  from app.assets t
  where r.target = t.id and r.action not in ('skip', 'archive')
    and t.status in ('published', 'archived', 'taken_down')
    and t.source = source_name
    and (r.ext is null or r.ext = t.external_id)
    and (r.row_org is null or r.row_org is not distinct from t.org_id)
    and (r.checked_on is null or r.checked_on <= t.last_verified_at)
    and (not r.given ? 'kind' or r.kind is not distinct from t.kind)
    and (not r.given ? 'name' or r.name is not distinct from t.name)
    and (not r.given ? 'description' or r.description is not distinct from t.description)
    and (not r.given ? 'categories' or r.categories is not distinct from t.categories)
    and (not r.given ? 'lat' or r.lat is not distinct from t.lat)
    and (not r.given ? 'lng' or r.lng is not distinct from t.lng)
    and (not r.given ? 'address' or r.address is not distinct from t.address)
    and (not r.given ? 'postcode' or r.postcode is not distinct from t.postcode)
    and (not r.given ? 'phone' or r.phone is not distinct from t.phone)
    and (not r.given ? 'email' or r.email is not distinct from t.email)
    and (not r.given ? 'website' or r.website is not distinct from t.website)
    and (not r.given ? 'opening_hours' or r.opening_hours is not distinct from t.opening_hours)
    and (not r.given ? 'free' or r.free is not distinct from t.free)
    and (not r.given ? 'cost' or r.cost is not distinct from t.cost)
    and (not r.given ? 'age_groups' or r.age_groups is not distinct from t.age_groups)
    and (not r.given ? 'accessibility' or r.accessibility is not distinct from t.accessibility)
    and (not r.given ? 'languages' or r.languages is not distinct from t.languages);
end
$$;

create or replace function api.commit_import(partner text, file_name text, org_id uuid, rows jsonb, report jsonb)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
set work_mem = '64MB'
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
  new_ids uuid[] := '{}';
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
     or coalesce(e.value ->> 'action', 'insert') not in ('insert', 'update', 'skip', 'archive')
     or coalesce(e.value ->> 'target_id', '') !~ '^([0-9a-fA-F-]{36})?$'
     or (e.value ->> 'action' = 'archive' and coalesce(e.value ->> 'target_id', '') = '')
  order by e.ordinality
  limit 1;
  if found then
    raise exception 'Row %: each row needs a row number, an action (insert, update, skip, or archive with a target_id) and an asset (got %)',
      coalesce(bad.value ->> 'row', bad.n::text), left(bad.value::text, 120)
      using errcode = '22023';
  end if;

  -- The partner's last-checked date: a date (or a full timestamp), not after today.
  select coalesce(e.value ->> 'row', e.ordinality::text) as "row", e.value -> 'asset' ->> 'last_verified_at' as checked_text into bad
  from jsonb_array_elements(rows) with ordinality as e
  where coalesce(e.value ->> 'action', 'insert') not in ('skip', 'archive')
    and nullif(btrim(e.value -> 'asset' ->> 'last_verified_at'), '') !~ '^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$'
  order by e.ordinality limit 1;
  if found then
    raise exception 'Row %: the last checked date "%" is not a date (expected YYYY-MM-DD, like 2025-03-14)', bad."row", left(bad.checked_text, 40)
      using errcode = '22007', column = 'last_verified_at';
  end if;

  -- Every row typed once, with the listing it updates; the steps below read this. An update
  -- keeps its asset JSON too (which fields it gives). Statements below never name `rows`: a
  -- query that does gets the whole file as a constant in its plan, 600 MB at 30k rows in PGlite.
  perform private.stage_import_rows(source_name, commit_import.org_id, rows);

  select d."row", d.ext into bad from (
    select r."row", r.ext, r.ord, row_number() over (partition by r.ext order by r.ord) as nth
    from pg_temp.import_rows r where r.action not in ('skip', 'archive') and r.ext is not null
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

  -- A listing archived as missing from the file is one of this partner's, and the file does not
  -- also update it.
  select r.target into bad from pg_temp.import_rows r
  where r.action = 'archive'
    and (not exists (select 1 from app.assets a where a.id = r.target and a.source = source_name)
         or exists (select 1 from pg_temp.import_rows u where u.target = r.target and u.action not in ('skip', 'archive')))
  limit 1;
  if found then
    raise exception 'Only the partner''s own listings that are not in this file can be archived as missing (got %)', bad.target
      using errcode = '22023';
  end if;

  -- A day's grace: a partner in the UK may date a check "today" an hour before UTC does.
  select r."row", r.checked_text into bad from pg_temp.import_rows r
  where r.action not in ('skip', 'archive') and r.checked_on > now() + interval '1 day'
  order by r.ord limit 1;
  if found then
    raise exception 'Row %: the last checked date % is in the future', bad."row", bad.checked_text
      using errcode = '23514', constraint = 'assets_last_verified_at_check', column = 'last_verified_at';
  end if;

  -- The rule the guard would apply to each row: only verified organisations' listings go live.
  select r."row" into bad from pg_temp.import_rows r
  where r.action not in ('skip', 'archive') and r.row_org is not null
    and coalesce((select o.status from app.organisations o where o.id = r.row_org), '') <> 'verified'
  order by r.ord limit 1;
  if found then
    raise exception 'Row %: Verify the organisation before publishing its listings', bad."row"
      using errcode = '42501', column = 'org_id';
  end if;

  -- The one rule of private.check_asset no constraint holds: categories come from the list. The
  -- constraints hold the rest for the inserts below; a row that breaks one is named by the
  -- handler after the writes, with check_asset's message.
  select r.ord into bad from pg_temp.import_rows r
  where r.action <> 'skip' and r.target is null
    and exists (select 1 from unnest(r.categories) as c where not exists (select 1 from app.categories k where k.slug = c))
  order by r.ord limit 1;
  if found then
    select coalesce(e.value ->> 'row', e.ordinality::text) as "row", e.value as item into bad
    from jsonb_array_elements(rows) with ordinality as e where e.ordinality = bad.ord;
    perform private.raise_import_row_problem(bad."row", bad.item, source_name, commit_import.org_id);
  end if;

  -- A row that would change nothing of its listing is left as it is: no new version, no audit
  -- event, not part of the batch's undo (private.mark_unchanged_import_rows, as the preview asks).
  perform private.mark_unchanged_import_rows(source_name);

  -- A missing listing that is already archived or taken down stays as it is, outside the batch.
  delete from pg_temp.import_rows r using app.assets t
  where r.action = 'archive' and r.target = t.id and t.status in ('archived', 'taken_down');

  -- The rows this batch updates, as they were: for undo, and for the audit trail's diffs.
  drop table if exists pg_temp.import_before;
  create temp table import_before (id uuid, whole jsonb, tracked jsonb) on commit drop;
  insert into pg_temp.import_before
  select a.id, to_jsonb(a) as whole, private.asset_tracked(a) as tracked
  from app.assets a
  where a.id in (select r.target from pg_temp.import_rows r where r.action not in ('skip', 'unchanged') and r.target is not null);
  update app.import_batches b
  set previous = (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'before', p.whole)), '[]') from pg_temp.import_before p)
  where b.id = batch.id;

  begin
    perform set_config('app.bulk_import', batch.id::text, true);
    -- New listings, with what the insert triggers would add: their ward, and published now.
    with written as (
      insert into app.assets (org_id, kind, name, description, categories, lat, lng, address, postcode,
                              phone, email, website, opening_hours, free, cost, age_groups,
                              accessibility, languages, status, source, external_id,
                              import_batch_id, imported_at, last_verified_at, checked_by,
                              ward, published_at)
      select r.row_org, coalesce(r.kind, 'place'), r.name, r.description, r.categories, r.lat, r.lng,
             r.address, r.postcode, r.phone, r.email, r.website, r.opening_hours, r.free, r.cost,
             r.age_groups, r.accessibility, r.languages, 'published', source_name, r.ext,
             batch.id, now(), r.checked_on, case when r.checked_on is not null then 'partner' end,
             private.ward_at(r.lat, r.lng), now()
      from pg_temp.import_rows r
      where r.action <> 'skip' and r.target is null
      order by r.ord
      returning id
    )
    select coalesce(array_agg(id), '{}') into new_ids from written;

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
    where r.action not in ('skip', 'unchanged', 'archive') and r.target = t.id;

    -- Listings missing from the partner's new file, archived as part of the batch (so undoing it
    -- puts them back).
    update app.assets t set status = 'archived', import_batch_id = batch.id
    from pg_temp.import_rows r
    where r.action = 'archive' and r.target = t.id;
    perform set_config('app.bulk_import', '', true);
  exception when others then
    get stacked diagnostics msg = message_text, state = returned_sqlstate, con = constraint_name, col = column_name;
    perform set_config('app.bulk_import', '', true);
    -- Nothing was written (the block's writes are undone); find the row to name.
    for bad in select r."row", jsonb_build_object('asset', e.value -> 'asset', 'target', r.target) as item
               from pg_temp.import_rows r
               join jsonb_array_elements(rows) with ordinality as e on e.ordinality = r.ord
               where r.action not in ('skip', 'archive') order by r.ord loop
      -- The row's own rule, with its message, constraint and field (a constraint names no field).
      perform private.raise_import_row_problem(bad."row"::text, bad.item, source_name, commit_import.org_id);
    end loop;
    raise exception 'Row ?: %', msg using errcode = state, constraint = con, column = col;
  end;

  -- The audit trail, as the audit trigger would have written it row by row: an insert's diff
  -- of its non-null fields from nothing, an update's from the row as it was. For inserts that is
  -- private.json_diff('{}', ...) written out: a call per row costs six times as much (its SET
  -- search_path clause keeps Postgres from inlining it).
  actor := auth.uid();
  label := private.actor_label();
  -- (Both driven from the rows this batch wrote: the table's statistics predate the batch, and a
  -- plan that expects one listing in it compares every new listing with every row of the file.)
  insert into app.asset_events (asset_id, org_id, actor, actor_label, action, diff, note)
  select a.id, a.org_id, actor, label, 'imported',
         (select coalesce(jsonb_object_agg(e.key, jsonb_build_object('from', null, 'to', e.value)), '{}')
          from jsonb_each(jsonb_strip_nulls(private.asset_tracked(a))) as e),
         null
  from app.assets a
  where a.id = any (new_ids);
  analyze pg_temp.import_before;
  insert into app.asset_events (asset_id, org_id, actor, actor_label, action, diff, note)
  select a.id, a.org_id, actor, label,
         case when missing then 'archived' else 'imported' end,
         private.json_diff(p.tracked, private.asset_tracked(a)),
         case when missing then 'Not in the partner''s new file' end
  from pg_temp.import_before p
  join app.assets a on a.id = p.id
  cross join lateral (select exists (select 1 from pg_temp.import_rows r where r.target = p.id and r.action = 'archive') as missing) as m;

  update app.import_batches b set
    inserted = (select count(*) from pg_temp.import_rows r where r.action <> 'skip' and r.target is null),
    updated = (select count(*) from pg_temp.import_rows r where r.action not in ('skip', 'unchanged', 'archive') and r.target is not null),
    archived = (select count(*) from pg_temp.import_rows r where r.action = 'archive'),
    unchanged = (select count(*) from pg_temp.import_rows r where r.action = 'unchanged'),
    skipped = (select count(*) from pg_temp.import_rows r where r.action = 'skip'),
    inserted_ids = new_ids
  where b.id = batch.id
  returning * into batch;
  drop table pg_temp.import_rows;
  drop table pg_temp.import_before;
  return private.import_batch_json(batch);
end
$$;
comment on function api.commit_import(text, text, uuid, jsonb, jsonb) is
  'A moderator commits a checked partner file in one transaction: every row inserted or updated (published, keeping archived and taken-down listings as they are), the partner''s listings missing from the file archived where the moderator chose to, or nothing; a bad row raises "Row n: ..." with its field. Definer: writes partner ids, import batches and statuses, which browser roles cannot; the app.assets triggers normalise and check every row.';

create or replace function api.preview_import(partner text, org_id uuid, rows jsonb)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
set work_mem = '64MB'
as $$
declare
  source_name text := btrim(partner);
  unchanged jsonb;
begin
  perform private.require_moderator('import partner data');
  if nullif(source_name, '') is null then
    perform private.reject('import_batches_partner_check', 'partner', 'Name the partner this file comes from');
  end if;
  if rows is null or jsonb_typeof(rows) <> 'array' then
    raise exception 'Expected a list of rows' using errcode = '22023';
  end if;
  if preview_import.org_id is not null and not exists (select 1 from app.organisations o where o.id = preview_import.org_id) then
    perform private.reject('import_batches_org_id_check', 'org_id', 'The organisation chosen for this import does not exist');
  end if;
  perform private.stage_import_rows(source_name, preview_import.org_id, rows);
  perform private.mark_unchanged_import_rows(source_name);
  select coalesce(jsonb_agg(r."row" order by r.ord), '[]') into unchanged
  from pg_temp.import_rows r where r.action = 'unchanged';
  drop table pg_temp.import_rows;
  return jsonb_build_object('unchanged', unchanged);
end
$$;
comment on function api.preview_import(text, uuid, jsonb) is
  'A moderator asks, before committing, which of the rows commit_import would take (the same payload) would change nothing of their listing: { unchanged: [row numbers] }, by the rule commit_import applies. Writes nothing. Definer: reads every listing of the partner, whatever its status, with the helpers commit_import uses.';

revoke execute on all functions in schema api, private from public;
grant execute on function api.commit_import(text, text, uuid, jsonb, jsonb) to authenticated;
grant execute on function api.preview_import(text, uuid, jsonb) to authenticated;
