-- The duplicate check on the moderator's machine (src/features/import/candidateIndex.ts): the
-- listings a file is matched against, read once per check instead of the database comparing
-- each row with its neighbours (api.import_candidates, kept: same answers, see
-- tests/sql/importCandidateIndex.test.ts). Compact arrays, since a borough holds tens of
-- thousands of listings: about 100 bytes each.
create or replace function api.import_listings(partner text) returns json
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_moderator('check an import for duplicates');
  return json_build_object(
    -- What a new row may duplicate: every listing not archived, with a place on the map.
    'listings', (select coalesce(json_agg(json_build_array(a.id, a.name, a.lat, a.lng)), '[]'::json)
                 from app.assets a
                 where a.status <> 'archived' and a.lat is not null and a.lng is not null),
    -- What a row updates: this partner's listings by their id, whatever their state.
    'partner_ids', (select coalesce(json_agg(json_build_array(a.external_id, a.id)), '[]'::json)
                    from app.assets a
                    where a.source = btrim(import_listings.partner) and a.external_id is not null)
  );
end
$$;
comment on function api.import_listings(text) is
  'The listings an import is checked against, read once: [id, name, lat, lng] of every listing not archived, and [external id, id] of the partner''s own. Moderators only. Definer: like api.import_candidates, whose answers the app now works out from these, it reads past row-level security; moderators may read every listing anyway.';

-- The database's own check, unchanged but for one thing: listings at the same distance with the
-- same similarity (two at one postcode's centre) come in the order of their ids, as the check on
-- the moderator's machine gives them, so the two answer alike to the last row.
create or replace function api.import_candidates(partner text, rows jsonb) returns json
language plpgsql stable security definer
-- earthdistance's own SQL functions name cube's unqualified, so its schema is on the path (after
-- pg_catalog, so nothing there can stand in for a built-in).
set search_path = pg_catalog, extensions
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
      ) order by c.sim desc, c.d, c.id) as similar
      from (
        select a.id, a.name,
               extensions.earth_distance(private.earth_point(r.lat, r.lng), private.earth_point(a.lat, a.lng)) as d,
               extensions.similarity(a.name, r.name) as sim
        from app.assets a
        where r.lat is not null and r.lng is not null and r.name is not null
          and extensions.earth_box(private.earth_point(r.lat, r.lng), 150) operator(extensions.@>) private.earth_point(a.lat, a.lng)
          and a.id is distinct from m.id
          and a.status <> 'archived'
      ) as c
      where c.d <= 150 and c.sim >= 0.5
    ) as s on true
  );
end
$$;

revoke execute on all functions in schema api, private from public;
grant execute on function api.import_listings(text) to authenticated;
