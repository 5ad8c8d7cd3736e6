-- Areas: ward, LSOA and custom boundaries with population and deprivation, for planners. The
-- geometry stays GeoJSON (the client draws and analyses it with Turf); a bounding box beside it
-- lets SQL find candidates quickly, and a small point-in-polygon test stamps each listing's ward.
-- Anyone may read areas; planners load them through api.load_areas.

alter table app.areas
  add constraint areas_parent_code_check check (length(parent_code) <= 64),
  add constraint areas_geometry_size_check check (length(geometry::text) <= 5000000);
alter table app.areas enable row level security;

create policy "Anyone can read areas"
  on app.areas for select
  to anon, authenticated
  using (true);

grant select on app.areas to anon, authenticated, service_role;

-- Every ring of a Polygon or MultiPolygon, as arrays of [lng, lat] positions.
create function private.geometry_rings(geometry jsonb) returns setof jsonb
language sql immutable
set search_path = ''
as $$
  select r
  from jsonb_path_query(
    geometry,
    case geometry ->> 'type' when 'MultiPolygon' then '$.coordinates[*][*]' else '$.coordinates[*]' end::jsonpath
  ) as r
  where jsonb_typeof(r) = 'array'
$$;

create function private.areas_prepare() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  bad jsonb;
begin
  if new.geometry ->> 'type' not in ('Polygon', 'MultiPolygon') or new.geometry ->> 'type' is null then
    perform private.reject('areas_geometry_check', 'geometry',
      format('Geometry must be a Polygon or MultiPolygon (got %s)', coalesce(new.geometry ->> 'type', 'none')));
  end if;
  select p into bad
  from private.geometry_rings(new.geometry) as r, jsonb_array_elements(r) as p
  where jsonb_typeof(p) <> 'array' or jsonb_typeof(p -> 0) <> 'number' or jsonb_typeof(p -> 1) <> 'number'
  limit 1;
  if bad is not null then
    perform private.reject('areas_geometry_check', 'geometry',
      format('Geometry positions must be [longitude, latitude] numbers (got %s)', left(bad::text, 60)));
  end if;
  select min((p ->> 1)::float8), max((p ->> 1)::float8), min((p ->> 0)::float8), max((p ->> 0)::float8)
  into new.min_lat, new.max_lat, new.min_lng, new.max_lng
  from private.geometry_rings(new.geometry) as r, jsonb_array_elements(r) as p;
  if new.min_lat is null then
    perform private.reject('areas_geometry_check', 'geometry', 'Geometry has no coordinates');
  end if;
  new.updated_at := now();
  return new;
end
$$;

create trigger areas_10_prepare
  before insert or update on app.areas
  for each row execute function private.areas_prepare();

-- Even-odd ray casting over every ring, so holes and multipolygons need no special case.
create function private.point_in_geometry(lat double precision, lng double precision, geometry jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(sum(
    case when ((y1 > lat) <> (y2 > lat)) and lng < (x2 - x1) * (lat - y1) / (y2 - y1) + x1 then 1 else 0 end
  ) % 2 = 1, false)
  from (
    select
      (p ->> 0)::float8 as x1, (p ->> 1)::float8 as y1,
      (lead(p) over w ->> 0)::float8 as x2, (lead(p) over w ->> 1)::float8 as y2
    from (select r, row_number() over () as ring from private.geometry_rings(geometry) as r) as rings,
      jsonb_array_elements(rings.r) with ordinality as e (p, i)
    window w as (partition by rings.ring order by e.i)
  ) as edges
  where x2 is not null
$$;

create function private.ward_at(lat double precision, lng double precision) returns text
language sql stable
set search_path = ''
as $$
  select a.name
  from app.areas a
  where a.kind = 'ward'
    and ward_at.lat between a.min_lat and a.max_lat
    and ward_at.lng between a.min_lng and a.max_lng
    and private.point_in_geometry(ward_at.lat, ward_at.lng, a.geometry)
  order by a.code
  limit 1
$$;

-- A listing's ward follows its location. Rows the system writes with a ward (the seed) keep it;
-- loading new wards does not restamp existing listings until they move.
create function private.assets_stamp_ward() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' and new.ward is not null then
    return new;
  end if;
  if tg_op = 'UPDATE' and new.lat = old.lat and new.lng = old.lng then
    return new;
  end if;
  if exists (select 1 from app.areas where kind = 'ward') then
    new.ward := private.ward_at(new.lat, new.lng);
  end if;
  return new;
end
$$;

create trigger assets_30_stamp_ward
  before insert or update of lat, lng on app.assets
  for each row execute function private.assets_stamp_ward();

create function api.areas(kind text default null) returns json
language sql stable security invoker
set search_path = ''
as $$
  select json_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'geometry', a.geometry,
      'properties', json_build_object(
        'code', a.code, 'name', a.name, 'kind', a.kind, 'parent_code', a.parent_code,
        'population', a.population, 'imd_decile', a.imd_decile, 'imd_rank', a.imd_rank
      )
    ) order by a.kind, a.code), '[]'::json)
  )
  from app.areas a
  where areas.kind is null or a.kind = areas.kind
$$;

-- One clear message for the first bad feature: which one (1-based, with its code when it has
-- one), which field, what was expected. Raising aborts the call, so nothing is loaded.
create function private.area_problem(i integer, feature jsonb) returns void
language plpgsql immutable
set search_path = ''
as $$
declare
  p jsonb := feature -> 'properties';
  label text;
  v jsonb;
begin
  label := format('Feature %s', i)
    || case when nullif(btrim(p ->> 'code'), '') is not null then format(' (code %s)', btrim(p ->> 'code')) else '' end;
  if jsonb_typeof(feature) <> 'object' or feature ->> 'type' is distinct from 'Feature' then
    perform private.reject('areas_geometry_check', 'geometry', format('%s: expected a GeoJSON Feature', label));
  end if;
  if p is null or jsonb_typeof(p) <> 'object' then
    perform private.reject('areas_code_check', 'code', format('%s: properties are missing', label));
  end if;
  if nullif(btrim(p ->> 'code'), '') is null or jsonb_typeof(p -> 'code') not in ('string', 'number') then
    perform private.reject('areas_code_check', 'code', format('%s: code is missing', label));
  end if;
  if nullif(btrim(p ->> 'name'), '') is null or jsonb_typeof(p -> 'name') not in ('string', 'number') then
    perform private.reject('areas_name_check', 'name', format('%s: name is missing', label));
  end if;
  v := p -> 'population';
  if v is null or jsonb_typeof(v) <> 'number' or (v #>> '{}')::numeric < 0
     or (v #>> '{}')::numeric <> trunc((v #>> '{}')::numeric) then
    perform private.reject('areas_population_check', 'population',
      format('%s: population must be a whole number of people, 0 or more (got %s)', label, coalesce(v::text, 'nothing')));
  end if;
  v := p -> 'imd_decile';
  if v is not null and jsonb_typeof(v) <> 'null'
     and (jsonb_typeof(v) <> 'number' or (v #>> '{}')::numeric not in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) then
    perform private.reject('areas_imd_decile_check', 'imd_decile',
      format('%s: imd_decile must be a whole number from 1 to 10, or empty (got %s)', label, v::text));
  end if;
  v := p -> 'imd_rank';
  if v is not null and jsonb_typeof(v) <> 'null'
     and (jsonb_typeof(v) <> 'number' or (v #>> '{}')::numeric < 1
          or (v #>> '{}')::numeric <> trunc((v #>> '{}')::numeric)) then
    perform private.reject('areas_imd_rank_check', 'imd_rank',
      format('%s: imd_rank must be a whole number, 1 or more, or empty (got %s)', label, v::text));
  end if;
  if feature -> 'geometry' ->> 'type' is null or feature -> 'geometry' ->> 'type' not in ('Polygon', 'MultiPolygon')
     or jsonb_typeof(feature -> 'geometry' -> 'coordinates') is distinct from 'array' then
    perform private.reject('areas_geometry_check', 'geometry',
      format('%s: geometry must be a Polygon or MultiPolygon (got %s)', label,
             coalesce(feature -> 'geometry' ->> 'type', 'none')));
  end if;
end
$$;

create function api.load_areas(kind text, areas jsonb, replace boolean default false) returns json
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  feature jsonb;
  i integer := 0;
  label text;
  twice text;
  msg text;
  state text;
  con text;
  col text;
begin
  if not private.is_staff('planner') then
    raise exception 'Only planners can load areas' using errcode = '42501';
  end if;
  if load_areas.kind is null or load_areas.kind not in ('ward', 'lsoa', 'custom') then
    perform private.reject('areas_kind_check', 'kind',
      format('Kind must be ward, lsoa or custom (got "%s")', load_areas.kind));
  end if;
  if areas is null or jsonb_typeof(areas) <> 'object' or areas ->> 'type' is distinct from 'FeatureCollection'
     or jsonb_typeof(areas -> 'features') is distinct from 'array' then
    raise exception 'Expected a GeoJSON FeatureCollection' using errcode = '22023';
  end if;
  if jsonb_array_length(areas -> 'features') = 0 then
    raise exception 'The file has no features to load' using errcode = '22023';
  end if;

  for feature, i in select f.value, f.ordinality::integer from jsonb_array_elements(areas -> 'features') with ordinality as f loop
    perform private.area_problem(i, feature);
  end loop;
  select btrim(f.value -> 'properties' ->> 'code') into twice
  from jsonb_array_elements(areas -> 'features') as f
  group by 1 having count(*) > 1 limit 1;
  if twice is not null then
    perform private.reject('areas_code_check', 'code', format('Code %s appears more than once in the file', twice));
  end if;

  if replace then
    delete from app.areas a where a.kind = load_areas.kind;
  end if;

  -- Row by row so a problem the table finds (e.g. a malformed position) still names its feature.
  begin
    for feature, i in select f.value, f.ordinality::integer from jsonb_array_elements(areas -> 'features') with ordinality as f loop
      label := format('Feature %s (code %s)', i, btrim(feature -> 'properties' ->> 'code'));
      insert into app.areas as a (kind, code, name, parent_code, population, imd_decile, imd_rank, geometry)
      values (
        load_areas.kind,
        btrim(feature -> 'properties' ->> 'code'),
        btrim(feature -> 'properties' ->> 'name'),
        nullif(btrim(feature -> 'properties' ->> 'parent_code'), ''),
        (feature -> 'properties' ->> 'population')::numeric::integer,
        (feature -> 'properties' ->> 'imd_decile')::numeric::smallint,
        (feature -> 'properties' ->> 'imd_rank')::numeric::integer,
        feature -> 'geometry'
      )
      on conflict on constraint areas_pkey do update set
        name = excluded.name, parent_code = excluded.parent_code, population = excluded.population,
        imd_decile = excluded.imd_decile, imd_rank = excluded.imd_rank, geometry = excluded.geometry;
    end loop;
  exception when others then
    get stacked diagnostics msg = message_text, state = returned_sqlstate, con = constraint_name, col = column_name;
    raise exception '%: %', label, msg using errcode = state, constraint = con, column = col;
  end;
  return json_build_object('loaded', i);
end
$$;

comment on function api.areas(text) is
  'Areas of one kind (ward, lsoa, custom; all when null) as a GeoJSON FeatureCollection with population and IMD 2019 deprivation. Anyone may read them.';
comment on function api.load_areas(text, jsonb, boolean) is
  'Planners load a FeatureCollection of areas, all or nothing; replace=true first removes the areas of that kind. Definer: browser roles hold no write privilege on app.areas; the function checks the caller is a planner.';
grant execute on function api.areas(text) to anon, authenticated, service_role;
grant execute on function api.load_areas(text, jsonb, boolean) to authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
