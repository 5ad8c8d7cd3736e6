-- "Download every listing" (issue 16): moderators take away every listing in every status as
-- CSV or GeoJSON, built in the browser (src/domain/export/). One flat row per listing, the
-- published file's properties plus its status and dates. Invoker: moderators read every
-- listing through row-level security anyway. The location is app.assets' own, as everything
-- that leaves the database: a listing at a private address has only its general area (a grid
-- cell centre) and no address or postcode; app.asset_private_locations is never read, because a
-- downloaded file is passed on beyond the people allowed to see the exact place.
create function api.listings_export() returns json
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  perform private.require_moderator('download every listing');
  return (
    select coalesce(json_agg(json_build_object(
      'id', a.id,
      'status', a.status,
      'kind', a.kind,
      'name', a.name,
      'description', a.description,
      'categories', a.categories,
      'org_id', a.org_id,
      'org_name', o.name,
      'ward', a.ward,
      'lat', a.lat,
      'lng', a.lng,
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
      'private_address', a.private_address,
      'source', a.source,
      'external_id', a.external_id,
      'created_at', a.created_at,
      'updated_at', a.updated_at
    ) order by a.name, a.id), '[]'::json)
    from app.assets a
    left join app.organisations o on o.id = a.org_id
  );
end
$$;
comment on function api.listings_export() is
  'Every listing in every status, one flat object each (the published file''s properties with status, partner id and dates), ordered by name: what a moderator''s "Download every listing" writes as CSV or GeoJSON. Moderators only. A listing at a private address has only its general area, never the exact place.';
grant execute on function api.listings_export() to authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
