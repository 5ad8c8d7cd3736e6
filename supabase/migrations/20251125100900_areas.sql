-- Areas: ward, LSOA and custom boundaries with population and deprivation, for planners. The
-- geometry stays GeoJSON (the client draws and analyses it with Turf); a bounding box beside it
-- lets SQL find candidates quickly, and a small point-in-polygon test stamps each asset's ward.

create table public.areas (
  kind text not null
    constraint areas_kind_check check (kind in ('ward', 'lsoa', 'custom')),
  code text not null
    constraint areas_code_check check (code = btrim(code) and code <> '' and length(code) <= 64),
  name text not null
    constraint areas_name_check check (name = btrim(name) and name <> '' and length(name) <= 200),
  -- The ward an LSOA lies in.
  parent_code text,
  population integer not null default 0
    constraint areas_population_check check (population >= 0),
  -- 1 = most deprived 10% in England (IMD 2019).
  imd_decile smallint
    constraint areas_imd_decile_check check (imd_decile between 1 and 10),
  imd_rank integer
    constraint areas_imd_rank_check check (imd_rank >= 1),
  geometry jsonb not null
    constraint areas_geometry_check check (
      geometry ->> 'type' in ('Polygon', 'MultiPolygon')
      and jsonb_typeof(geometry -> 'coordinates') = 'array'),
  min_lat double precision,
  min_lng double precision,
  max_lat double precision,
  max_lng double precision,
  updated_at timestamptz not null default now(),
  primary key (kind, code)
);
alter table public.areas enable row level security;

create index areas_bbox_idx on public.areas (kind, min_lat, max_lat);

create policy "Anyone can read areas"
  on public.areas for select
  to anon, authenticated
  using (true);

create policy "Planners can load areas"
  on public.areas for insert
  to authenticated
  with check ((select private.is_staff('planner')));

create policy "Planners can update areas"
  on public.areas for update
  to authenticated
  using ((select private.is_staff('planner')))
  with check ((select private.is_staff('planner')));

create policy "Planners can remove areas"
  on public.areas for delete
  to authenticated
  using ((select private.is_staff('planner')));

grant select on public.areas to anon, authenticated;
grant insert, update, delete on public.areas to authenticated;
grant all on public.areas to service_role;

-- Every ring of a Polygon or MultiPolygon, as arrays of [lng, lat] positions.
create or replace function private.geometry_rings(geometry jsonb) returns setof jsonb
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

create or replace function private.areas_prepare() returns trigger
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
  before insert or update on public.areas
  for each row execute function private.areas_prepare();

-- Even-odd ray casting over every ring, so holes and multipolygons need no special case.
create or replace function private.point_in_geometry(lat double precision, lng double precision, geometry jsonb) returns boolean
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

create or replace function private.ward_at(lat double precision, lng double precision) returns text
language sql stable
set search_path = ''
as $$
  select a.name
  from public.areas a
  where a.kind = 'ward'
    and ward_at.lat between a.min_lat and a.max_lat
    and ward_at.lng between a.min_lng and a.max_lng
    and private.point_in_geometry(ward_at.lat, ward_at.lng, a.geometry)
  order by a.code
  limit 1
$$;

-- An asset's ward follows its location. Rows that arrive with a ward (the seed, imports that
-- know it) keep it; loading new wards does not restamp existing assets until they are saved.
create or replace function private.assets_stamp_ward() returns trigger
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
  if exists (select 1 from public.areas where kind = 'ward') then
    new.ward := private.ward_at(new.lat, new.lng);
  end if;
  return new;
end
$$;

create trigger assets_30_stamp_ward
  before insert or update of lat, lng on public.assets
  for each row execute function private.assets_stamp_ward();

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
