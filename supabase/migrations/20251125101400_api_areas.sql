-- Areas for planners (issue 5): read as one FeatureCollection; load a FeatureCollection after
-- checking every feature, all or nothing.

create or replace function api.areas(kind text default null) returns json
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
  from public.areas a
  where areas.kind is null or a.kind = areas.kind
$$;

-- One clear message for the first bad feature: which one (1-based, with its code when it has
-- one), which field, what was expected. Raising aborts the call, so nothing is loaded.
create or replace function private.area_problem(i integer, feature jsonb) returns void
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

create or replace function api.load_areas(kind text, areas jsonb, replace boolean default false) returns json
language plpgsql volatile security invoker
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
    delete from public.areas a where a.kind = load_areas.kind;
  end if;

  -- Row by row so a problem the table finds (e.g. a malformed position) still names its feature.
  begin
    for feature, i in select f.value, f.ordinality::integer from jsonb_array_elements(areas -> 'features') with ordinality as f loop
      label := format('Feature %s (code %s)', i, btrim(feature -> 'properties' ->> 'code'));
      insert into public.areas as a (kind, code, name, parent_code, population, imd_decile, imd_rank, geometry)
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

grant execute on all functions in schema api to anon, authenticated, service_role;
revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
