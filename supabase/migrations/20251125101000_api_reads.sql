-- Schema `api`: the only surface the app calls (PostgREST's "API schema" pattern; the local
-- worker calls the same functions). Functions are security invoker, so the caller's RLS applies
-- to every table they read, and `set search_path = ''` with qualified names, so nothing a caller
-- puts on their path can change what they mean. Functions return json/jsonb shaped like
-- src/domain/types.ts.

create schema if not exists api;
grant usage on schema api to anon, authenticated, service_role;

-- True when the caller may see an organisation's private working (drafts, pending changes,
-- review notes, audit trail).
create or replace function private.can_manage(org_id uuid) returns boolean
language sql stable
set search_path = ''
as $$
  select private.is_member(org_id) or private.is_staff('moderator')
$$;

-- One asset as the Asset type. Proposed edits and review notes are the organisation's business:
-- residents who can read the published row do not see them.
create or replace function private.asset_json(a public.assets) returns jsonb
language sql stable
set search_path = ''
as $$
  select (to_jsonb(a) - 'created_by' - 'updated_by' - 'archived_from')
    || jsonb_build_object(
      'org_name', (select o.name from public.organisations o where o.id = a.org_id),
      'pending_changes', case when private.can_manage(a.org_id) then a.pending_changes end,
      'review_note', case when private.can_manage(a.org_id) then a.review_note end
    )
$$;

create or replace function private.organisation_json(o public.organisations) returns jsonb
language sql stable
set search_path = ''
as $$
  select to_jsonb(o) - 'created_by'
$$;

-- The resident map's whole payload: one GeoJSON FeatureCollection that MapLibre consumes as is.
-- Built in one pass with json (not jsonb) aggregation, which skips jsonb's re-parsing. No ORDER
-- BY: sorting 20k wide rows spills past work_mem and cost half the time (measured in
-- tests/bench/published-assets.bench.ts); the client orders results its own way anyway.
create or replace function api.published_assets() returns json
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
        'opening_hours', a.opening_hours,
        'free', a.free,
        'cost', a.cost,
        'age_groups', a.age_groups,
        'accessibility', a.accessibility,
        'last_verified_at', a.last_verified_at
      )
    )), '[]'::json)
  )
  from public.assets a
  left join public.organisations o on o.id = a.org_id
  where a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;

create or replace function api.asset(id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.asset_json(a) from public.assets a where a.id = asset.id
$$;

create or replace function api.categories() returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'slug', c.slug, 'label', c.label, 'parent', c.parent, 'colour', c.colour,
    'icon', c.icon, 'description', c.description
  ) order by c.sort, c.label), '[]'::json)
  from public.categories c
$$;

create or replace function api.me() returns json
language sql stable security invoker
set search_path = ''
as $$
  select json_build_object(
    'user_id', auth.uid(),
    'email', auth.jwt() ->> 'email',
    'staff_role', (select s.role from public.staff s where s.user_id = auth.uid()),
    'memberships', coalesce((
      select json_agg(json_build_object(
        'org_id', m.org_id, 'org_name', o.name, 'role', m.role, 'org_status', o.status
      ) order by o.name)
      from public.memberships m
      join public.organisations o on o.id = m.org_id
      where m.user_id = auth.uid()
    ), '[]'::json)
  )
$$;

grant execute on all functions in schema api to anon, authenticated, service_role;
revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
