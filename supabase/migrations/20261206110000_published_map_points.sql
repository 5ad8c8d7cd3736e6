-- The published listings as the map draws them, for publishing vector tiles (issue 18): only the
-- fields a map marker needs, one row per listing, so a region's half a million listings can be
-- read without building api.published_assets()'s JSON of every field. Same visibility rule as
-- api.published_assets(): published, and not of an organisation that was rejected. A listing
-- that meets at a private address already has its general area's centre in app.assets.

create function private.published_count() returns bigint
language sql stable security definer
set search_path = ''
as $$
  select count(*)
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  where a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;
comment on function private.published_count() is
  'How many listings api.published_assets() holds; the publish step uses vector tiles above a threshold.';

create function private.published_map_points()
returns table (id uuid, lng double precision, lat double precision, name text, primary_category text, kind text, area boolean)
language sql stable security definer
set search_path = ''
as $$
  -- The first category's top-level category sets the marker (a sub-category names its parent).
  select a.id, a.lng, a.lat, a.name, coalesce(c.parent, a.categories[1], ''), a.kind::text, a.private_address
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  left join app.categories c on c.slug = a.categories[1]
  where a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
  order by a.id
$$;
comment on function private.published_map_points() is
  'Every published listing as a map point (id, general-area point for a private address, name, top-level category, kind, whether it is an area), in id order so the tiles come out the same each time.';

-- Definer, like the other publish functions: only the publish step (service_role) calls them.
revoke all on function private.published_count() from public;
revoke all on function private.published_map_points() from public;
grant execute on function private.published_count() to service_role;
grant execute on function private.published_map_points() to service_role;
