-- Residents see an asset's phone, e-mail and website on its page: they travel with the published
-- data, so a resident never needs the database for them (issue 12). Throwaway: the same three
-- properties go into the redefinition of api.published_assets() in the `app` schema migrations,
-- which replace this file when the branches merge. Otherwise exactly as in 20251125101000_api_reads.sql.
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
        'last_verified_at', a.last_verified_at,
        'phone', a.phone,
        'email', a.email,
        'website', a.website
      )
    )), '[]'::json)
  )
  from public.assets a
  left join public.organisations o on o.id = a.org_id
  where a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;
