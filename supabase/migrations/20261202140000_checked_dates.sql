-- Checked dates that mean something. A listing's last_verified_at is when someone last confirmed
-- its details, and checked_by says who: its organisation ("Still correct", or publishing its own
-- listing), a moderator (approving it, or "Still correct"), or the partner whose file it came
-- from (the file's own last-checked date, ORUK assured_date). An import without such a date is
-- no check: the listing says when it was imported (imported_at) and that nobody has confirmed it
-- since. Before this, approvals left listings "not checked" and imports stamped every row as
-- checked at the moment of the import, however old the partner's data.

alter table app.assets
  add column checked_by text,
  add column imported_at timestamptz,
  add constraint assets_checked_by_check check (
    checked_by is null or (checked_by in ('organisation', 'moderator', 'partner') and last_verified_at is not null));
comment on column app.assets.checked_by is
  'Who last confirmed the details: organisation, moderator or partner (the date came from the partner''s file). Null with a date: an organisation''s check recorded before this was kept (the demo seed, older rows).';
comment on column app.assets.imported_at is
  'When the listing''s details last arrived through an import (null when never imported).';

-- What earlier builds wrote, told truthfully. Corrections, not edits by anyone: the audit trigger
-- is off for them, as it is for the seed.
alter table app.assets disable trigger assets_90_audit;

update app.assets a set imported_at = b.created_at
from app.import_batches b
where b.id = a.import_batch_id;

-- Every import stamped its rows with its own time (the same transaction time as the batch).
update app.assets a set last_verified_at = null
from app.import_batches b
where b.id = a.import_batch_id and a.last_verified_at = b.created_at;

-- A listing published by a moderator's approval, or by its trusted organisation, was checked
-- then, unless a later check or import came after.
update app.assets a set
  last_verified_at = p.at,
  checked_by = case when p.by_staff then 'moderator' else 'organisation' end
from (
  select distinct on (e.asset_id) e.asset_id, e.at,
         exists (select 1 from app.staff s where s.user_id = e.actor and s.role in ('moderator', 'admin')) as by_staff
  from app.asset_events e
  where e.action = 'published'
  order by e.asset_id, e.at desc
) as p
where p.asset_id = a.id
  and p.at > coalesce(a.last_verified_at, '-infinity')
  and p.at > coalesce(a.imported_at, '-infinity');

alter table app.assets enable trigger assets_90_audit;

-- Publishing a listing's details is a check of them: a moderator approving a new listing or a
-- proposed edit, or a trusted organisation publishing its own. Restoring or reinstating brings
-- back details nobody looked at again, so it is not. Whoever sets a new checked date (these
-- steps, "Still correct") is recorded as its source. Imports say what the file knows
-- (commit_import), except that an import which leaves a listing's details as they were does not
-- undo a later check of them; undoing an import puts back what was there, and the system writes
-- what it is given. Runs after the guard, which keeps anyone else from setting a date, and after
-- assets_10_prepare, so it compares normalised details.
create function private.assets_checked() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  actor text;
begin
  if tg_op = 'UPDATE'
     and new.import_batch_id is not distinct from old.import_batch_id
     and not private.is_trusted_backend() then
    actor := private.actor_for(new.org_id);
    if new.status = 'published'
       and (old.status in ('draft', 'pending', 'rejected')
            or (old.status = 'published' and private.audit_action() = 'published')) then
      new.last_verified_at := now();
    end if;
    if new.last_verified_at is distinct from old.last_verified_at and new.last_verified_at is not null then
      new.checked_by := case when actor = 'moderator' then 'moderator' else 'organisation' end;
    end if;
  elsif tg_op = 'UPDATE'
     and new.import_batch_id is not null and new.import_batch_id is distinct from old.import_batch_id
     and private.audit_action() is distinct from 'import_undone'
     and old.last_verified_at >= coalesce(new.last_verified_at, '-infinity')
     and private.asset_content(new) = private.asset_content(old) then
    new.last_verified_at := old.last_verified_at;
    new.checked_by := old.checked_by;
  end if;
  if new.last_verified_at is null then
    new.checked_by := null;
  end if;
  return new;
end
$$;

create trigger assets_25_checked
  before insert or update on app.assets
  for each row execute function private.assets_checked();

-- The resident map's payload, now with who checked each listing and when it was imported, so
-- residents read honest wording (src/domain/stale.ts), and with the taxonomy its listings use (a
-- GeoJSON foreign member), so a resident's copy of the file can always name and group every
-- category in it, whichever build of the site reads it. Otherwise as in 20261202100800.
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
  'Every published listing as one GeoJSON FeatureCollection, with the taxonomy they use: what residents see on the map, in the list and on a listing page.';

-- Puts back the previous values of the rows a batch updated (their checked date and its source,
-- and when they were imported, included) and removes the listings it added. Otherwise as in
-- 20261202101100.
create or replace function api.undo_import(batch_id uuid) returns jsonb
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
     external_id, last_verified_at, checked_by, imported_at, import_batch_id) =
    (p.kind, p.name, p.description, p.categories, p.lat, p.lng, p.address, p.postcode, p.phone,
     p.email, p.website, p.opening_hours, p.free, p.cost, p.age_groups, p.accessibility, p.languages,
     p.org_id, p.status, p.source, p.external_id,
     -- A snapshot taken before checked dates had a source carries an earlier import's stamp.
     case when e.value -> 'before' ? 'checked_by' or p.last_verified_at is distinct from pb.created_at then p.last_verified_at end,
     p.checked_by, coalesce(p.imported_at, pb.created_at), p.import_batch_id)
  from jsonb_array_elements(b.previous) as e
  cross join lateral jsonb_populate_record(null::app.assets, e.value -> 'before') as p
  left join app.import_batches pb on pb.id = p.import_batch_id
  where t.id = p.id;

  delete from app.assets a where a.id = any (b.inserted_ids) and a.import_batch_id = b.id;
  perform private.set_audit(null);
  return private.import_batch_json(b);
end
$$;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role.
revoke execute on all functions in schema api, private from public;
