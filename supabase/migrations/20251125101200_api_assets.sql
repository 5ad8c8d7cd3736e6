-- The asset lifecycle for organisations (issue 4): save (with optimistic concurrency), submit,
-- verify, archive, restore, and the audit trail. Status rules are enforced by the guard trigger
-- on assets; these functions add the workflow and clear messages.

-- The editable fields of an AssetInput, type-checked so a wrong JSON type gets a message about
-- that field instead of Postgres' "invalid input syntax".
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
    raise exception 'Expected an asset as a JSON object' using errcode = '22023';
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
    where e.key in ('kind', 'name', 'description', 'categories', 'lat', 'lng', 'address', 'postcode',
                    'phone', 'email', 'website', 'opening_hours', 'free', 'cost', 'age_groups',
                    'accessibility', 'languages')
  );
end
$$;

create or replace function private.version_conflict(expected integer, current integer) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception 'This asset was changed by someone else since you opened it'
    using errcode = '40001',
          detail = format('You started from version %s; it is now at version %s.', expected, current),
          hint = 'Your text is kept: reload to see their changes, then save again.';
end
$$;

-- A published asset's proposed edit merged into its row (what residents would see).
create or replace function private.asset_with_changes(a public.assets, changes jsonb) returns public.assets
language sql stable
set search_path = ''
as $$
  select private.normalise_asset(jsonb_populate_record(a, coalesce(changes, '{}')))
$$;

-- Writes a merged row's editable fields back to the table.
create or replace function private.write_asset_content(target uuid, a public.assets, extra jsonb default '{}')
returns public.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  saved public.assets;
begin
  update public.assets t set
    kind = a.kind, name = a.name, description = a.description, categories = a.categories,
    lat = a.lat, lng = a.lng, address = a.address, postcode = a.postcode, phone = a.phone,
    email = a.email, website = a.website, opening_hours = a.opening_hours, free = a.free,
    cost = a.cost, age_groups = a.age_groups, accessibility = a.accessibility, languages = a.languages,
    org_id = a.org_id,
    status = coalesce(extra ->> 'status', t.status),
    pending_changes = case when extra ? 'pending_changes' then nullif(extra -> 'pending_changes', 'null'::jsonb) else t.pending_changes end,
    submitted_at = case when extra ? 'pending_changes' and extra -> 'pending_changes' = 'null' then null else t.submitted_at end,
    review_note = case when extra ? 'review_note' then extra ->> 'review_note' else t.review_note end
  where t.id = target
  returning * into saved;
  return saved;
end
$$;

create or replace function private.locked_asset(id uuid) returns public.assets
language plpgsql volatile
set search_path = ''
as $$
declare
  cur public.assets;
begin
  -- FOR UPDATE also applies the update policies, so rows the caller may only read are not found.
  select * into cur from public.assets a where a.id = locked_asset.id for update;
  if not found then
    raise exception 'Asset not found, or you may not change it' using errcode = '42501';
  end if;
  return cur;
end
$$;

-- Insert (no id) or update (id). An update from an editor who started from an older version
-- raises 40001 and changes nothing. Edits to a published asset by an organisation without
-- auto_publish go to pending_changes for review; residents keep seeing the published row.
create or replace function api.save_asset(asset jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  input jsonb := private.asset_input(asset);
  target uuid := nullif(asset ->> 'id', '')::uuid;
  expected integer := nullif(asset ->> 'version', '')::integer;
  new_org uuid := nullif(asset ->> 'org_id', '')::uuid;
  cur public.assets;
  proposed public.assets;
  saved public.assets;
  changes jsonb;
begin
  if auth.uid() is null then
    raise exception 'Sign in to save an asset' using errcode = '42501';
  end if;

  if target is null then
    if new_org is null then
      perform private.reject('assets_org_id_check', 'org_id', 'Choose the organisation this asset belongs to');
    end if;
    if not private.can_manage(new_org) then
      raise exception 'You can only add assets to an organisation you belong to' using errcode = '42501', column = 'org_id';
    end if;
    insert into public.assets (org_id, kind, name, description, categories, lat, lng, address, postcode,
                               phone, email, website, opening_hours, free, cost, age_groups,
                               accessibility, languages, status)
    select new_org, coalesce(r.kind, 'place'), coalesce(r.name, ''), coalesce(r.description, ''),
           coalesce(r.categories, '{}'), r.lat, r.lng, r.address, r.postcode, r.phone, r.email,
           r.website, r.opening_hours, coalesce(r.free, false), r.cost, coalesce(r.age_groups, '{}'),
           coalesce(r.accessibility, '{}'), coalesce(r.languages, '{}'), 'draft'
    from jsonb_populate_record(null::public.assets, input) as r
    returning * into saved;
    return private.asset_json(saved);
  end if;

  cur := private.locked_asset(target);
  if expected is not null and expected <> cur.version then
    perform private.version_conflict(expected, cur.version);
  end if;
  if cur.status = 'archived' then
    raise exception 'Restore this asset before editing it' using errcode = '55000', column = 'status';
  end if;

  proposed := private.asset_with_changes(cur, input);
  proposed.org_id := coalesce(new_org, cur.org_id);

  if cur.status = 'published'
     and not (private.is_staff('moderator') or private.org_auto_publishes(cur.org_id)) then
    perform private.check_asset(proposed);
    if proposed.org_id is distinct from cur.org_id then
      raise exception 'Ask a moderator to move a published asset to another organisation'
        using errcode = '42501', column = 'org_id';
    end if;
    changes := (
      select jsonb_object_agg(e.key, e.value)
      from jsonb_each(private.asset_content(proposed)) as e
      where e.value is distinct from private.asset_content(cur) -> e.key
    );
    update public.assets a
    set pending_changes = changes,
        submitted_at = case when changes is null then null else now() end
    where a.id = cur.id
    returning * into saved;
  else
    saved := private.write_asset_content(cur.id, proposed);
  end if;
  return private.asset_json(saved);
end
$$;

-- Draft or rejected -> pending (or straight to published for a trusted organisation).
create or replace function api.submit_asset(id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets := private.locked_asset(submit_asset.id);
  trusted boolean := private.org_auto_publishes(cur.org_id);
  saved public.assets;
begin
  if cur.status in ('draft', 'rejected') then
    update public.assets a set status = case when trusted then 'published' else 'pending' end
    where a.id = cur.id returning * into saved;
  elsif cur.status = 'published' and cur.pending_changes is not null then
    if trusted then
      saved := private.write_asset_content(cur.id, private.asset_with_changes(cur, cur.pending_changes),
                                           '{"pending_changes": null}');
    else
      update public.assets a set submitted_at = now() where a.id = cur.id returning * into saved;
    end if;
  elsif cur.status = 'pending' then
    saved := cur;
  else
    raise exception 'Only drafts and rejected assets can be submitted for review (this one is %)', cur.status
      using errcode = '55000', column = 'status';
  end if;
  return private.asset_json(saved);
end
$$;

create or replace function api.verify_asset(id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets := private.locked_asset(verify_asset.id);
  saved public.assets;
begin
  update public.assets a set last_verified_at = now() where a.id = cur.id returning * into saved;
  return private.asset_json(saved);
end
$$;

create or replace function api.archive_asset(id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets := private.locked_asset(archive_asset.id);
  saved public.assets := cur;
begin
  if cur.status <> 'archived' then
    update public.assets a set status = 'archived' where a.id = cur.id returning * into saved;
  end if;
  return private.asset_json(saved);
end
$$;

-- Back to where it was: published if it was published, otherwise a draft to be resubmitted.
create or replace function api.restore_asset(id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  cur public.assets := private.locked_asset(restore_asset.id);
  saved public.assets := cur;
begin
  if cur.status = 'archived' then
    update public.assets a
    set status = case when cur.archived_from = 'published' then 'published' else 'draft' end
    where a.id = cur.id
    returning * into saved;
  end if;
  return private.asset_json(saved);
end
$$;

create or replace function api.asset_events(asset_id uuid) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', e.id, 'asset_id', e.asset_id, 'actor', e.actor, 'actor_label', e.actor_label,
    'action', e.action, 'diff', e.diff, 'note', e.note, 'at', e.at
  ) order by e.at desc, e.id desc), '[]'::json)
  from public.asset_events e
  where e.asset_id = asset_events.asset_id
$$;

grant execute on all functions in schema api to anon, authenticated, service_role;
revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
