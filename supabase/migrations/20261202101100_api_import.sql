-- Partner imports through `api` (moderators only): find candidates (re-imports and likely
-- duplicates), commit a whole file in one transaction, undo a batch, and keep column mappings
-- per partner. Writes are security definer because browser roles hold no write privilege on app
-- tables; the app.assets triggers check the caller is a moderator for every row.

alter table app.import_batches
  add constraint import_batches_partner_length_check check (length(partner) <= 200),
  add constraint import_batches_file_name_check check (length(file_name) <= 255),
  add constraint import_batches_report_size_check check (length(report::text) <= 20000000);
alter table app.import_batches enable row level security;

create policy "Moderators can read import batches"
  on app.import_batches for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.import_batches to authenticated, service_role;

alter table app.import_mappings
  add constraint import_mappings_partner_length_check check (length(partner) <= 200),
  add constraint import_mappings_size_check check (
    private.jsonb_key_count(mapping) <= 500 and private.jsonb_key_count(category_map) <= 2000
    and length(mapping::text) <= 100000 and length(category_map::text) <= 200000);
alter table app.import_mappings enable row level security;

create policy "Moderators can read saved mappings"
  on app.import_mappings for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.import_mappings to authenticated, service_role;

create function private.import_batch_json(b app.import_batches) returns jsonb
language sql stable
set search_path = ''
as $$
  select to_jsonb(b) - 'previous' - 'inserted_ids' - 'undone_by'
$$;
grant execute on function private.import_batch_json(app.import_batches) to authenticated, service_role;


-- For each incoming row: the asset with the same partner external_id (the row would update it),
-- and existing assets within 150 m whose names are similar (trigram similarity >= 0.5: below it,
-- names that only share "Sample" and a town, like a pantry and a mosque, came up), so the
-- moderator can decide. The radius uses the gist index through earth_box; search_path includes
-- `extensions` because earthdistance 1.1 (Postgres 15) resolves its own helpers through it.
create function api.import_candidates(partner text, rows jsonb) returns json
language plpgsql stable security invoker
set search_path = extensions, pg_catalog
as $$
begin
  perform private.require_moderator('check an import for duplicates');
  if rows is null or jsonb_typeof(rows) <> 'array' then
    raise exception 'Expected a list of rows' using errcode = '22023';
  end if;
  return (
    select coalesce(json_agg(json_build_object(
      'row', r."row", 'external_match', m.id, 'similar', coalesce(s.similar, '[]'::json)
    ) order by r."row"), '[]'::json)
    from jsonb_to_recordset(rows) as r ("row" integer, external_id text, name text, lat double precision, lng double precision)
    left join lateral (
      select a.id from app.assets a
      where a.source = btrim(import_candidates.partner) and a.external_id = btrim(r.external_id)
      limit 1
    ) as m on true
    left join lateral (
      select json_agg(json_build_object(
        'id', c.id, 'name', c.name, 'distance_m', round(c.d::numeric, 1), 'similarity', round(c.sim::numeric, 3)
      ) order by c.sim desc, c.d) as similar
      from (
        select a.id, a.name,
               earth_distance(private.earth_point(r.lat, r.lng), private.earth_point(a.lat, a.lng)) as d,
               similarity(a.name, r.name) as sim
        from app.assets a
        where r.lat is not null and r.lng is not null and r.name is not null
          and earth_box(private.earth_point(r.lat, r.lng), 150) @> private.earth_point(a.lat, a.lng)
          and a.id is distinct from m.id
          and a.status <> 'archived'
      ) as c
      where c.d <= 150 and c.sim >= 0.5
    ) as s on true
  );
end
$$;
-- One transaction: every row is inserted or updated, or nothing is. Imported rows are published
-- (a moderator is vouching for them) and stamped with the batch, which the audit trigger records
-- as 'imported'. A bad row raises "Row n: ..." with the constraint and column of the problem.
comment on function api.import_candidates(text, jsonb) is
  'For each incoming row: the listing with the same partner id (the row would update it) and listings within 150 m with a similar name, for the moderator to decide. Moderators only.';
grant execute on function api.import_candidates(text, jsonb) to authenticated;

create function api.commit_import(partner text, file_name text, org_id uuid, rows jsonb, report jsonb)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  source_name text := btrim(partner);
  batch app.import_batches;
  plan jsonb;
  step jsonb;
  input jsonb;
  target uuid;
  ext text;
  row_org uuid;
  cur app.assets;
  proposed app.assets;
  current_row integer;
  n_inserted integer := 0;
  n_updated integer := 0;
  n_skipped integer := 0;
  msg text;
  state text;
  con text;
  col text;
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

  begin
    -- Resolve every row's target first, so the previous values of updated rows can be saved in
    -- one set-based query rather than appended row by row.
    plan := (
      select coalesce(jsonb_agg(jsonb_build_object(
        'row', coalesce(e.value -> 'row', to_jsonb(e.ordinality)),
        'action', coalesce(e.value ->> 'action', 'insert'),
        'asset', e.value -> 'asset',
        'target', coalesce(
          nullif(e.value ->> 'target_id', ''),
          (select a.id::text from app.assets a
           where a.source = source_name and a.external_id = nullif(btrim(e.value -> 'asset' ->> 'external_id'), '')))
      ) order by e.ordinality), '[]')
      from jsonb_array_elements(rows) with ordinality as e
    );
    update app.import_batches b
    set previous = (
      select coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'before', to_jsonb(a))), '[]')
      from app.assets a
      where a.id in (select (p ->> 'target')::uuid from jsonb_array_elements(plan) as p
                     where p ->> 'action' <> 'skip' and p ->> 'target' is not null)
    )
    where b.id = batch.id;

    for step in select p from jsonb_array_elements(plan) as p loop
      current_row := (step ->> 'row')::integer;
      if step ->> 'action' = 'skip' then
        n_skipped := n_skipped + 1;
        continue;
      elsif step ->> 'action' not in ('insert', 'update') then
        raise exception 'action must be insert, update or skip (got "%")', step ->> 'action' using errcode = '22023';
      end if;
      input := private.asset_input(step -> 'asset');
      ext := nullif(btrim(step -> 'asset' ->> 'external_id'), '');
      row_org := coalesce(nullif(step -> 'asset' ->> 'org_id', '')::uuid, commit_import.org_id);
      target := (step ->> 'target')::uuid;

      if target is null then
        if step ->> 'action' = 'update' then
          raise exception 'there is no existing asset to update (no target_id, and external id "%" is new)', ext
            using errcode = 'P0002';
        end if;
        insert into app.assets (org_id, kind, name, description, categories, lat, lng, address, postcode,
                                   phone, email, website, opening_hours, free, cost, age_groups,
                                   accessibility, languages, status, source, external_id,
                                   import_batch_id, last_verified_at)
        select row_org, coalesce(r.kind, 'place'), coalesce(r.name, ''), coalesce(r.description, ''),
               coalesce(r.categories, '{}'), r.lat, r.lng, r.address, r.postcode, r.phone, r.email,
               r.website, r.opening_hours, coalesce(r.free, false), r.cost, coalesce(r.age_groups, '{}'),
               coalesce(r.accessibility, '{}'), coalesce(r.languages, '{}'), 'published', source_name, ext,
               batch.id, now()
        from jsonb_populate_record(null::app.assets, input) as r;
        n_inserted := n_inserted + 1;
      else
        select * into cur from app.assets a where a.id = target for update;
        if not found then
          raise exception 'the asset to update (%) was not found', target using errcode = 'P0002';
        end if;
        proposed := private.asset_with_changes(cur, input);
        update app.assets t set
          kind = proposed.kind, name = proposed.name, description = proposed.description,
          categories = proposed.categories, lat = proposed.lat, lng = proposed.lng,
          address = proposed.address, postcode = proposed.postcode, phone = proposed.phone,
          email = proposed.email, website = proposed.website, opening_hours = proposed.opening_hours,
          free = proposed.free, cost = proposed.cost, age_groups = proposed.age_groups,
          accessibility = proposed.accessibility, languages = proposed.languages,
          org_id = coalesce(row_org, t.org_id),
          status = case when t.status in ('archived', 'taken_down') then t.status else 'published' end,
          source = source_name,
          external_id = coalesce(ext, t.external_id),
          import_batch_id = batch.id,
          last_verified_at = now()
        where t.id = target;
        n_updated := n_updated + 1;
      end if;
    end loop;
  exception when others then
    get stacked diagnostics msg = message_text, state = returned_sqlstate, con = constraint_name, col = column_name;
    if state = '23505' and con = 'assets_external_id_key' then
      msg := format('external id "%s" appears twice in this file or already belongs to another asset', ext);
      col := 'external_id';
    end if;
    raise exception 'Row %: %', coalesce(current_row::text, '?'), msg
      using errcode = state, constraint = con, column = col;
  end;

  update app.import_batches b set
    inserted = n_inserted, updated = n_updated, skipped = n_skipped,
    inserted_ids = array(
      select a.id from app.assets a
      where a.import_batch_id = batch.id
        and not exists (select 1 from jsonb_array_elements(b.previous) as p where (p ->> 'id')::uuid = a.id))
  where b.id = batch.id
  returning * into batch;
  return private.import_batch_json(batch);
end
$$;
comment on function api.commit_import(text, text, uuid, jsonb, jsonb) is
  'A moderator commits a checked partner file in one transaction: every row inserted or updated (published, keeping archived and taken-down listings as they are), or nothing; a bad row raises "Row n: ..." with its field. Definer: writes partner ids, import batches and statuses, which browser roles cannot; the app.assets triggers check the caller is a moderator.';
grant execute on function api.commit_import(text, text, uuid, jsonb, jsonb) to authenticated;

-- Puts back the previous values of the rows a batch updated and removes the listings it added.
-- Refuses, changing nothing, when any of them changed since the import (a later import, an edit,
-- an approval: anything in the audit trail but imports and undos), since undoing would lose that
-- work. The audit trail keeps every step, undo included.
create function api.undo_import(batch_id uuid) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  b app.import_batches;
  changed text;
begin
  perform private.require_moderator('undo imports');
  select * into b from app.import_batches x where x.id = undo_import.batch_id for update;
  if not found then
    raise exception 'Import not found' using errcode = 'P0002';
  end if;
  if b.undone_at is not null then
    raise exception 'This import was already undone on %', to_char(b.undone_at, 'DD Mon YYYY HH24:MI')
      using errcode = '55000';
  end if;
  if exists (
    select 1 from app.assets a
    where (a.id = any (b.inserted_ids) or a.id in (select (p ->> 'id')::uuid from jsonb_array_elements(b.previous) as p))
      and a.import_batch_id is distinct from b.id
  ) then
    raise exception 'Some of these listings were changed by a later import: undo that import first'
      using errcode = '55000';
  end if;
  select string_agg(format('"%s"', a.name), ', ' order by a.name) into changed
  from app.assets a
  where (a.id = any (b.inserted_ids) or a.id in (select (p ->> 'id')::uuid from jsonb_array_elements(b.previous) as p))
    and exists (select 1 from app.asset_events e
                where e.asset_id = a.id and e.at > b.created_at and e.action not in ('imported', 'import_undone'));
  if changed is not null then
    raise exception 'These listings were changed after this import, so undoing it would lose that work: %', left(changed, 1000)
      using errcode = '55000',
            hint = 'Change those listings back by hand, or leave the import in place.';
  end if;

  update app.import_batches x set undone_at = now(), undone_by = auth.uid()
  where x.id = b.id
  returning * into b;

  perform private.set_audit('import_undone');
  update app.assets t set
    (kind, name, description, categories, lat, lng, address, postcode, phone, email, website,
     opening_hours, free, cost, age_groups, accessibility, languages, org_id, status, source,
     external_id, last_verified_at, import_batch_id) =
    (p.kind, p.name, p.description, p.categories, p.lat, p.lng, p.address, p.postcode, p.phone,
     p.email, p.website, p.opening_hours, p.free, p.cost, p.age_groups, p.accessibility, p.languages,
     p.org_id, p.status, p.source, p.external_id, p.last_verified_at, p.import_batch_id)
  from jsonb_array_elements(b.previous) as e
  cross join lateral jsonb_populate_record(null::app.assets, e.value -> 'before') as p
  where t.id = p.id;

  delete from app.assets a where a.id = any (b.inserted_ids) and a.import_batch_id = b.id;
  perform private.set_audit(null);
  return private.import_batch_json(b);
end
$$;
comment on function api.undo_import(uuid) is
  'A moderator undoes an import: listings it updated get their previous values back and listings it added are removed, unless any changed since (then nothing changes and the message names them). Definer: deletes and rewrites listings, which browser roles cannot.';
grant execute on function api.undo_import(uuid) to authenticated;

create function api.import_batches() returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  perform private.require_moderator('see imports');
  return (
    select coalesce(jsonb_agg(private.import_batch_json(b) order by b.created_at desc), '[]'::jsonb)
    from app.import_batches b
  );
end
$$;

comment on function api.import_batches() is 'Every import batch, newest first, with its counts and report: for moderators.';
grant execute on function api.import_batches() to authenticated;

create function api.saved_mappings() returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  perform private.require_moderator('see saved mappings');
  return (
    select coalesce(jsonb_agg(jsonb_build_object(
      'partner', m.partner, 'mapping', m.mapping, 'category_map', m.category_map, 'updated_at', m.updated_at
    ) order by m.partner), '[]'::jsonb)
    from app.import_mappings m
  );
end
$$;

comment on function api.saved_mappings() is 'The saved column and category mappings per partner: for moderators.';
grant execute on function api.saved_mappings() to authenticated;

create function api.save_mapping(partner text, mapping jsonb, category_map jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  saved app.import_mappings;
begin
  perform private.require_moderator('save mappings');
  if nullif(btrim(partner), '') is null then
    perform private.reject('import_mappings_partner_check', 'partner', 'Name the partner this mapping is for');
  end if;
  if mapping is null or jsonb_typeof(mapping) <> 'object' then
    perform private.reject('import_mappings_mapping_check', 'mapping', 'The mapping must be an object of column -> field');
  end if;
  if category_map is not null and jsonb_typeof(category_map) <> 'object' then
    perform private.reject('import_mappings_category_map_check', 'category_map',
      'The category map must be an object of partner category -> our category');
  end if;
  insert into app.import_mappings as m (partner, mapping, category_map, updated_at, updated_by)
  values (btrim(partner), mapping, coalesce(category_map, '{}'), now(), auth.uid())
  on conflict on constraint import_mappings_pkey do update set
    mapping = excluded.mapping, category_map = excluded.category_map,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by
  returning * into saved;
  return jsonb_build_object('partner', saved.partner, 'mapping', saved.mapping,
                            'category_map', saved.category_map, 'updated_at', saved.updated_at);
end
$$;
comment on function api.save_mapping(text, jsonb, jsonb) is
  'A moderator saves the column and category mapping for a partner''s files. Definer: writes app.import_mappings, which browser roles cannot.';
grant execute on function api.save_mapping(text, jsonb, jsonb) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
