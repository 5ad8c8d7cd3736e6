-- Planners analyse one layer of the published listings: one partner dataset, one import batch,
-- or everything but the demo's sample listings (src/features/plan/chooseAssets.ts). The published
-- features therefore also carry each listing's source (the partner dataset's name), its import
-- batch and whether it is sample data. The body is 20261202100800_api_listings.sql's plus those
-- three properties.
--
-- A listing is sample data when its source starts with 'Sample: ': the demo seed
-- (scripts/seed-sql.ts, from data/assets.json) gives every one of its listings such a source, and
-- only an import sets a source, under the partner name a moderator typed.
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
  'Every published listing as one GeoJSON FeatureCollection: what residents see on the map, in the list and on a listing page.';
grant execute on function api.published_assets() to anon, authenticated, service_role;
