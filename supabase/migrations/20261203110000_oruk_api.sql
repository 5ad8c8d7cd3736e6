-- Open Referral UK (ORUK, HSDS 3.0 UK profile): the published listings as an ORUK API. Postgres
-- builds the JSON (api.oruk_*); a thin HTTP handler (supabase/functions/oruk/) maps paths and
-- query parameters onto these functions. Shapes follow tests/fixtures/oruk/schemas.
--
-- Mapping (details beside each builder below):
--   listing        -> service (id = listing id), its point -> location + service_at_location
--   organisation   -> organization (id = organisation id)
--   categories, sub-categories, kinds, age groups -> three taxonomies of terms, and one
--                     attribute per term on each service
--   opening_hours  -> schedules (private.oruk_schedules)
-- Every other id (location, term, schedule...) is a UUID derived from the listing id or a slug,
-- so it is the same on every call and every copy of the database.
--
-- Public functions show published listings only, whoever calls (the same rule as
-- api.published_assets); api.oruk_export shows whatever the caller may read. A listing that meets
-- at a private address holds only its general area in app.assets (20261203100000); nothing here
-- reads app.asset_private_locations.
--
-- Bad query parameters raise SQLSTATE 22023 with a message naming the parameter (HTTP 400).

-- ---------------------------------------------------------------------------------------------
-- Postcode centroids, for the `postcode` + `proximity` filters. Reference data a project loads
-- (the demo seed fills it from data/postcodes.csv); public, like the postcodes themselves.
create table app.postcode_points (
  postcode text primary key
    constraint postcode_points_postcode_check check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  lat double precision not null constraint postcode_points_lat_check check (lat between -90 and 90),
  lng double precision not null constraint postcode_points_lng_check check (lng between -180 and 180)
);
comment on table app.postcode_points is
  'Postcode centroids for the ORUK postcode and proximity filters. Loaded by a project (the demo seed loads data/postcodes.csv).';
alter table app.postcode_points enable row level security;
create policy "Anyone can read postcode centroids"
  on app.postcode_points for select
  to anon, authenticated
  using (true);
revoke all on app.postcode_points from public, anon, authenticated, service_role;
grant select on app.postcode_points to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- The builders (ids, terms, locations, services) carry no `set search_path`: a function with a
-- SET clause is never inlined and switches the setting on every call, and they are called tens
-- of times per service (a page of nested services took three times as long with it). Every name in them is schema-qualified, and
-- they run inside the api.oruk_* functions, which pin search_path to ''.

-- ---------------------------------------------------------------------------------------------
-- Ids

-- A deterministic UUID for an ORUK record we have no row for (a location, a term...): MD5 of a
-- namespaced name, laid out as a name-based (version 3) UUID so strict validators accept it.
create function private.oruk_id(variadic parts text[]) returns uuid
language sql immutable parallel safe
as $$
  -- One expression, no FROM, so the planner inlines it (md5 of a short text costs less than a call).
  select overlay(overlay(md5('common-ground/oruk/' || array_to_string(parts, '/')) placing '3' from 13 for 1)
                 placing translate(substr(md5('common-ground/oruk/' || array_to_string(parts, '/')), 17, 1),
                                   '0123456789abcdef', '89ab89ab89ab89ab') from 17 for 1)::uuid
$$;

-- The id of a listing's location or service-at-location: the listing id XOR a mask per kind.
-- Deterministic like oruk_id, and its own inverse, so /service_at_locations/{id} finds the
-- listing by its primary key. The masks leave the version and variant bits as they were.
create function private.oruk_linked_id(listing_id uuid, kind text) returns uuid
language sql immutable parallel safe
as $$
  select (lpad(to_hex((('x' || substr(h, 1, 16))::bit(64) # ('x' || substr(m, 1, 16))::bit(64))::bigint), 16, '0')
          || lpad(to_hex((('x' || substr(h, 17, 16))::bit(64) # ('x' || substr(m, 17, 16))::bit(64))::bigint), 16, '0'))::uuid
  from (select replace(listing_id::text, '-', '') as h,
               case kind when 'location' then '6c1f3e8a2d4b00093a7e5c1d9f2b4e6a'
                         when 'service_at_location' then 'b3e7092c5a1d000e17c4f8a36d0b9e25' end as m) as t
$$;

-- An id from a URL path: the UUID, or null for anything that is not one (the handler says 404).
create function private.oruk_uuid(value text) returns uuid
language sql immutable
as $$
  select case when value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then value::uuid end
$$;

-- ---------------------------------------------------------------------------------------------
-- Query parameters. The handler passes the query string as a JSON object of strings; each
-- reader returns null when the parameter is absent or empty and raises 22023 when it is bad.

create function private.oruk_bad_param(name text, expected text, got text) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  raise exception using errcode = '22023',
    message = format('Parameter %s must be %s (got "%s")', name, expected, left(got, 100));
end
$$;

create function private.oruk_text_param(params jsonb, name text) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v jsonb := coalesce(params, '{}'::jsonb) -> name;
begin
  if v is null or jsonb_typeof(v) = 'null' then
    return null;
  end if;
  if jsonb_typeof(v) not in ('string', 'number', 'boolean') then
    perform private.oruk_bad_param(name, 'a single value', v::text);
  end if;
  return nullif(btrim(v #>> '{}'), '');
end
$$;

create function private.oruk_int_param(params jsonb, name text, lo integer, hi integer) returns integer
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := private.oruk_text_param(params, name);
begin
  if v is null then
    return null;
  end if;
  if v !~ '^[+-]?[0-9]{1,9}$' or v::integer not between lo and hi then
    perform private.oruk_bad_param(name, format('a whole number from %s to %s', lo, hi), v);
  end if;
  return v::integer;
end
$$;

create function private.oruk_uuid_param(params jsonb, name text) returns uuid
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := private.oruk_text_param(params, name);
begin
  if v is not null and private.oruk_uuid(v) is null then
    perform private.oruk_bad_param(name, 'a UUID', v);
  end if;
  return private.oruk_uuid(v);
end
$$;

create function private.oruk_bool_param(params jsonb, name text) returns boolean
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := lower(private.oruk_text_param(params, name));
begin
  if v is null then
    return null;
  end if;
  if v not in ('true', 'false', '1', '0') then
    perform private.oruk_bad_param(name, 'true or false', v);
  end if;
  return v in ('true', '1');
end
$$;

-- A time of day as 'HH:MM:SS', the form schedules use, so times compare as text.
create function private.oruk_time_param(params jsonb, name text) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := private.oruk_text_param(params, name);
  m text[] := regexp_match(v, '^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$');
begin
  if v is null then
    return null;
  end if;
  if m is null or m[1]::integer > 23 or m[2]::integer > 59 or coalesce(m[3], '0')::integer > 59 then
    perform private.oruk_bad_param(name, 'a time of day such as 09:30', v);
  end if;
  return lpad(m[1], 2, '0') || ':' || m[2] || ':' || coalesce(m[3], '00');
end
$$;

create function private.oruk_timestamp_param(params jsonb, name text) returns timestamptz
language plpgsql stable
set search_path = ''
as $$
declare
  v text := private.oruk_text_param(params, name);
begin
  if v is null then
    return null;
  end if;
  if v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$' then
    perform private.oruk_bad_param(name, 'a date or date-time such as 2026-01-31T09:00:00Z', v);
  end if;
  -- A date-time without a zone is read as UTC, whatever the session's zone.
  return (case when v ~ '(Z|[+-][0-9]{2}(:?[0-9]{2})?)$' and v ~ '[T ]' then v else v || ' UTC' end)::timestamptz;
exception when datetime_field_overflow or invalid_datetime_format then
  perform private.oruk_bad_param(name, 'a date or date-time such as 2026-01-31T09:00:00Z', v);
  return null;
end
$$;

-- ORUK weekday code ('MO'...'SU') of the `day` filter.
create function private.oruk_day_param(params jsonb, name text) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  v text := upper(private.oruk_text_param(params, name));
begin
  if v is not null and v not in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU') then
    perform private.oruk_bad_param(name, 'a day code: MO, TU, WE, TH, FR, SA or SU', v);
  end if;
  return v;
end
$$;

-- The point of a `postcode` parameter, from app.postcode_points.
create function private.oruk_postcode_param(params jsonb, name text) returns double precision[]
language plpgsql stable
set search_path = ''
as $$
declare
  v text := private.oruk_text_param(params, name);
  compact text := upper(regexp_replace(v, '\s+', '', 'g'));
  pc text := left(compact, -3) || ' ' || right(compact, 3); -- the one spelling stored: 'WN1 1XX'
  p double precision[];
begin
  if v is null then
    return null;
  end if;
  if pc !~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$' then
    perform private.oruk_bad_param(name, 'a full UK postcode such as WN1 1XX', v);
  end if;
  select array[x.lat, x.lng] into p from app.postcode_points x where x.postcode = pc;
  if p is null then
    raise exception using errcode = '22023',
      message = format('Parameter %s: postcode "%s" is not one this directory knows', name, pc);
  end if;
  return p;
end
$$;

-- The page envelope around one page of contents (Page in the ORUK OpenAPI). `size` is the
-- number of items on this page.
create function private.oruk_page(contents jsonb, total_items bigint, page integer, per_page integer) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'total_items', total_items,
    'total_pages', ceil(total_items::numeric / per_page)::bigint,
    'page_number', page,
    'size', jsonb_array_length(contents),
    'first_page', page = 1,
    'last_page', page >= ceil(total_items::numeric / per_page),
    'empty', jsonb_array_length(contents) = 0,
    'contents', contents
  )
$$;

-- ---------------------------------------------------------------------------------------------
-- Opening hours: OpenStreetMap `opening_hours` -> ORUK schedules. One job: turn the rules the
-- editor and imports write into RRULE-style rows; anything else keeps its meaning in words.
--
--   Mo-Fr 09:00-17:00           WEEKLY, byday MO,TU,WE,TH,FR, opens_at 09:00:00, closes_at 17:00:00
--   Mo-Fr 09:00-12:00,13:00-17:00  one schedule per time span
--   Tu[2] 10:00-12:00           MONTHLY, byday 2TU (Fr[-1]: -1FR; We[1,3]: 1WE,3WE)
--   Apr-Sep 08:00-21:00         every day, valid_from/valid_to = the current (or next) April to
--                               September, and a description saying it is every year
--   24/7                        every day 00:00:00-23:59:59, described as open 24 hours
--   PH off, anything else       a schedule with only a description (with the rule's text)
-- A later weekly rule replaces an earlier one on the days it names (as in OSM), so
-- "Mo-Fr 09:00-16:00; Th 09:00-19:00" gives Thursday one span, 09:00-19:00.
-- `today` places month ranges in a year; passing it keeps this function immutable.
create function private.oruk_schedules(hours text, today date) returns jsonb
language plpgsql immutable
set search_path = ''
as $$
declare
  days constant text[] := array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  months constant text[] := array['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  month_names constant text[] := array['January', 'February', 'March', 'April', 'May', 'June', 'July',
                                       'August', 'September', 'October', 'November', 'December'];
  rules text[];
  rule text;
  i integer;
  tokens text[];
  m text[];
  item text;
  month_from integer;
  month_to integer;
  valid_from date;
  valid_to date;
  weekly text[];       -- plain days of this rule
  monthly text[];      -- nth days of this rule (2TU, -1FR)
  later text[];        -- days named by later plain weekly rules, which replace this rule's
  span text;
  d integer;
  d_to integer;
  nth text;
  words text;
  opens text;
  closes text;
  out jsonb := '[]'::jsonb;
begin
  hours := btrim(hours);
  if hours is null or hours = '' then
    return out;
  end if;
  if hours = '24/7' then
    return jsonb_build_array(jsonb_build_object('freq', 'WEEKLY', 'interval', 1, 'byday', array_to_string(days, ','),
      'opens_at', '00:00:00', 'closes_at', '23:59:59', 'description', 'Open 24 hours a day, every day'));
  end if;
  select array_agg(btrim(r) order by n) into rules
  from unnest(string_to_array(hours, ';')) with ordinality as x (r, n) where btrim(r) <> '';

  for i in 1 .. coalesce(array_length(rules, 1), 0) loop
    rule := rules[i];
    tokens := regexp_split_to_array(regexp_replace(rule, '\s*,\s*', ',', 'g'), '\s+');
    month_from := null; month_to := null; valid_from := null; valid_to := null; words := null;
    weekly := '{}'; monthly := '{}';

    -- 1. an optional month or month range
    m := regexp_match(tokens[1], '^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?$');
    if m is not null then
      month_from := array_position(months, m[1]);
      month_to := array_position(months, coalesce(m[2], m[1]));
      tokens := tokens[2:];
      valid_from := make_date(extract(year from today)::integer, month_from, 1);
      valid_to := (make_date(extract(year from today)::integer + (month_to < month_from)::integer, month_to, 1) + interval '1 month - 1 day')::date;
      if valid_to < today then
        valid_from := (valid_from + interval '1 year')::date;
        valid_to := (make_date(extract(year from valid_to)::integer + 1, month_to, 1) + interval '1 month - 1 day')::date;
      end if;
      words := case when month_from = month_to then format('Every year in %s', month_names[month_from])
                    else format('Every year from %s to %s', month_names[month_from], month_names[month_to]) end;
    end if;

    -- 2. an optional weekday selector: Mo, Mo-Fr, Sa-Mo, Tu[2], Fr[-1], We[1,3], in a list
    if cardinality(tokens) = 2 then
      foreach item in array regexp_split_to_array(tokens[1], ',(?![^\[]*\])') loop
        m := regexp_match(item, '^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?(?:\[(-?[1-5](?:,-?[1-5])*)\])?$');
        if m is null or (m[2] is not null and m[3] is not null) then
          weekly := null;
          exit;
        end if;
        d := array_position(days, upper(m[1]));
        d_to := array_position(days, upper(coalesce(m[2], m[1])));
        loop
          if m[3] is null then
            weekly := weekly || days[d];
          else
            foreach nth in array string_to_array(m[3], ',') loop
              monthly := monthly || (nth || days[d]);
            end loop;
          end if;
          exit when d = d_to;
          d := d % 7 + 1;
        end loop;
      end loop;
      tokens := tokens[2:];
    elsif cardinality(tokens) = 1 then
      weekly := days; -- times alone: every day
    else
      weekly := null;
    end if;

    -- 3. the time spans
    if weekly is not null and tokens[1] ~ '^[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}(,[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2})*$' then
      -- A later plain weekly rule replaces this one on its days (not across month ranges).
      if month_from is null then
        select coalesce(array_agg(distinct x), '{}') into later
        from unnest(rules[i + 1:]) as r (r),
             lateral unnest(private.oruk_schedule_days(r)) as x;
        weekly := array(select x from unnest(weekly) as x where x <> all (later));
        monthly := array(select x from unnest(monthly) as x where right(x, 2) <> all (later));
      end if;
      foreach span in array string_to_array(tokens[1], ',') loop
        m := regexp_match(span, '^([0-9]{1,2}):([0-9]{2})-([0-9]{1,2}):([0-9]{2})$');
        opens := lpad(m[1], 2, '0') || ':' || m[2] || ':00';
        closes := case when m[3]::integer = 24 then '23:59:59' else lpad(m[3], 2, '0') || ':' || m[4] || ':00' end;
        out := out || (
          select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                   'freq', f.freq, 'interval', 1, 'byday', f.byday, 'opens_at', opens, 'closes_at', closes,
                   'valid_from', valid_from, 'valid_to', valid_to,
                   'description', words || format(' (opening hours rule: %s)', rule))) order by f.n), '[]'::jsonb)
          from (values (1, 'WEEKLY', array_to_string(weekly, ',')), (2, 'MONTHLY', array_to_string(monthly, ','))) as f (n, freq, byday)
          where f.byday <> '');
      end loop;
    elsif weekly is not null and tokens[1] in ('off', 'closed') and month_from is null then
      -- Closed days: taken out of the earlier rules above; nothing of their own to schedule.
      null;
    else
      out := out || jsonb_build_object('description', case
        when rule ~ '^PH\s+(off|closed)$' then 'Closed on public holidays'
        when rule ~ '\s(off|closed)$' then 'Closed: ' || rule
        else 'Opening hours: ' || rule end || format(' (opening hours rule: %s)', rule));
    end if;
  end loop;
  return out;
end
$$;

-- The weekdays a plain weekly rule names ('Th 09:00-19:00' -> {TH}; 'We off' -> {WE}); empty
-- for a rule with a month range, nth days or anything else, which replaces no other rule.
create function private.oruk_schedule_days(rule text) returns text[]
language plpgsql immutable
set search_path = ''
as $$
declare
  days constant text[] := array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  tokens text[] := regexp_split_to_array(regexp_replace(btrim(rule), '\s*,\s*', ',', 'g'), '\s+');
  out text[] := '{}';
  item text;
  m text[];
  d integer;
  d_to integer;
begin
  if cardinality(tokens) <> 2
     or tokens[2] !~ '^([0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}(,[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2})*|off|closed)$' then
    return out;
  end if;
  foreach item in array string_to_array(tokens[1], ',') loop
    m := regexp_match(item, '^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$');
    if m is null then
      return '{}';
    end if;
    d := array_position(days, upper(m[1]));
    d_to := array_position(days, upper(coalesce(m[2], m[1])));
    loop
      out := out || days[d];
      exit when d = d_to;
      d := d % 7 + 1;
    end loop;
  end loop;
  return out;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Taxonomies and terms

-- The three taxonomies: categories (two levels), listing kinds, age groups.
create function private.oruk_taxonomy_rows() returns table (key text, id uuid, name text, description text, sort integer)
language sql immutable
as $$
  values
    ('category', private.oruk_id('taxonomy', 'category'), 'Common Ground categories',
     'What a listing is about: top-level categories, and sub-categories (the types of place or service) under them.', 1),
    ('kind', private.oruk_id('taxonomy', 'kind'), 'Common Ground listing kinds',
     'Whether a listing is a place, a group or a service.', 2),
    ('age_group', private.oruk_id('taxonomy', 'age_group'), 'Common Ground age groups',
     'The ages a listing is for.', 3)
$$;

create function private.oruk_taxonomy_json(id uuid, name text, description text) returns jsonb
language sql immutable
as $$
  select jsonb_build_object('id', id, 'name', name, 'description', description, 'version', '1')
$$;

-- The terms that are not categories: listing kinds, and age groups (names and bounds from
-- AGE_GROUPS in src/domain/types.ts).
create function private.oruk_fixed_terms() returns table (taxonomy_key text, code text, name text, description text, n integer)
language sql immutable
as $$
  values
    ('kind', 'place', 'Place', 'A place people go to: a building, a park, a venue.', 1),
    ('kind', 'group', 'Group', 'A group people join: a club, a class, a support group.', 2),
    ('kind', 'service', 'Service', 'A service people use: advice, support, lending, visits.', 3),
    ('age_group', 'children', 'Children (0–11)', 'For children aged 0 to 11.', 1),
    ('age_group', 'young_people', 'Young people (12–25)', 'For young people aged 12 to 25.', 2),
    ('age_group', 'adults', 'Adults (18–64)', 'For adults aged 18 to 64.', 3),
    ('age_group', 'older_people', 'Older people (65+)', 'For older people aged 65 and over.', 4)
$$;

-- One term as ORUK JSON with its taxonomy, or null: a category (or sub-category, whose parent_id
-- is its category's term) by slug, or a fixed term by code. `code` is what the ORUK importer
-- recognises a term by.
create function private.oruk_term_json(taxonomy_key text, code text) returns jsonb
language sql stable
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'id', private.oruk_id('term', r.taxonomy_key, r.code),
    'name', r.name,
    'description', r.description,
    'code', r.code,
    'parent_id', case when r.parent is not null then private.oruk_id('term', r.taxonomy_key, r.parent) end,
    'taxonomy', t.name,
    'taxonomy_id', t.id,
    'term_uri', r.term_uri,
    'taxonomy_detail', private.oruk_taxonomy_json(t.id, t.name, t.description)))
  from (select 'category' as taxonomy_key, c.slug as code, c.label as name, c.description, c.parent, c.term_uri
        from app.categories c
        where oruk_term_json.taxonomy_key = 'category' and c.slug = oruk_term_json.code
        union all
        select f.taxonomy_key, f.code, f.name, f.description, null, null
        from private.oruk_fixed_terms() f
        where f.taxonomy_key = oruk_term_json.taxonomy_key and f.code = oruk_term_json.code) as r
  join private.oruk_taxonomy_rows() t on t.key = r.taxonomy_key
$$;

-- Every term, in taxonomy order and, for categories, each category followed by its sub-categories.
create function private.oruk_term_rows()
returns table (id uuid, taxonomy_key text, code text, parent_id uuid, sort text, term jsonb)
language sql stable
set search_path = ''
as $$
  select private.oruk_id('term', r.taxonomy_key, r.code),
         r.taxonomy_key,
         r.code,
         case when r.parent is not null then private.oruk_id('term', r.taxonomy_key, r.parent) end,
         lpad(t.sort::text, 2, '0') || lpad(r.n::text, 10, '0'),
         private.oruk_term_json(r.taxonomy_key, r.code)
  from (select 'category' as taxonomy_key, c.slug as code, c.parent,
               coalesce(p.sort, c.sort) * 10000 + case when c.parent is null then 0 else c.sort + 1 end as n
        from app.categories c
        left join app.categories p on p.slug = c.parent
        union all
        select f.taxonomy_key, f.code, null, f.n from private.oruk_fixed_terms() f) as r
  join private.oruk_taxonomy_rows() t on t.key = r.taxonomy_key
$$;

-- ---------------------------------------------------------------------------------------------
-- Records

create function private.oruk_organization_json(o app.organisations) returns jsonb
language sql immutable
as $$
  select case when o.id is not null then jsonb_strip_nulls(jsonb_build_object(
    'id', o.id, 'name', o.name, 'description', o.description, 'email', o.email, 'website', o.website))
  end
$$;

-- A language of a listing (a code such as 'ur', or a name someone typed) as ORUK's {name, code}:
-- codes are ISO 639 (British Sign Language is 'bfi'; listings store 'bsl').
create function private.oruk_language(value text) returns jsonb
language sql immutable
as $$
  select coalesce(
    (select jsonb_build_object('name', l.name, 'code', l.code)
     from (values ('en', 'en', 'English'), ('bsl', 'bfi', 'British Sign Language'), ('ar', 'ar', 'Arabic'),
                  ('bn', 'bn', 'Bengali'), ('zh', 'zh', 'Chinese'), ('fr', 'fr', 'French'), ('de', 'de', 'German'),
                  ('gu', 'gu', 'Gujarati'), ('hi', 'hi', 'Hindi'), ('it', 'it', 'Italian'), ('ku', 'ku', 'Kurdish'),
                  ('lt', 'lt', 'Lithuanian'), ('fa', 'fa', 'Persian'), ('pl', 'pl', 'Polish'), ('pt', 'pt', 'Portuguese'),
                  ('pa', 'pa', 'Punjabi'), ('ro', 'ro', 'Romanian'), ('ru', 'ru', 'Russian'), ('so', 'so', 'Somali'),
                  ('es', 'es', 'Spanish'), ('ta', 'ta', 'Tamil'), ('ti', 'ti', 'Tigrinya'), ('tr', 'tr', 'Turkish'),
                  ('uk', 'uk', 'Ukrainian'), ('ur', 'ur', 'Urdu'), ('cy', 'cy', 'Welsh')) as l (ours, code, name)
     where lower(value) in (l.ours, l.code, lower(l.name))),
    jsonb_build_object('name', value))
$$;

-- The listing's point as an ORUK location. The address is split at its last comma into
-- address_1 and city (the importer joins them back). A listing at a private address has only
-- its general area (app.assets holds nothing else) and says so.
create function private.oruk_location_json(a app.assets) returns jsonb
language sql immutable
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'id', private.oruk_linked_id(a.id, 'location'),
    'location_type', 'physical',
    'name', a.name,
    'description', case when a.private_address
      then 'General area only: this listing meets at a private address, so the point is the centre of the area (about 1 km across) it is in.' end,
    'latitude', a.lat,
    'longitude', a.lng,
    'addresses', case when not a.private_address and (a.address is not null or a.postcode is not null) then
      jsonb_build_array(jsonb_build_object(
        'id', private.oruk_id('address', a.id::text),
        'location_id', private.oruk_linked_id(a.id, 'location'),
        'address_1', coalesce(btrim(case when a.address like '%,%' then regexp_replace(a.address, ',[^,]*$', '') else a.address end), ''),
        'city', coalesce(btrim(substring(a.address from ',([^,]*)$')), ''),
        'state_province', '',
        'postal_code', coalesce(a.postcode, ''),
        'country', 'GB',
        'address_type', 'physical'))
      else '[]'::jsonb end,
    'accessibility', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'id', private.oruk_id('accessibility', a.id::text, f),
        'location_id', private.oruk_linked_id(a.id, 'location'),
        'description', case f
          when 'step_free' then 'Step-free access'
          when 'accessible_toilet' then 'Accessible toilet'
          when 'hearing_loop' then 'Hearing loop'
          when 'accessible_parking' then 'Accessible parking'
          when 'bsl' then 'British Sign Language'
          when 'large_print' then 'Large print information'
          when 'quiet_space' then 'Quiet space'
          when 'assistance_dogs' then 'Assistance dogs welcome'
          else f end) order by n), '[]'::jsonb)
      from unnest(a.accessibility) with ordinality as x (f, n))
  ))
$$;

-- Age bounds of a listing's age groups (AGE_GROUPS in src/domain/types.ts): the youngest
-- group's minimum and the oldest group's maximum; older people have no maximum, and a listing
-- with no age groups has neither. One expression each, so filters over every listing inline them.
create function private.oruk_minimum_age(age_groups text[]) returns integer
language sql immutable
as $$
  select case when 'children' = any (age_groups) then 0 when 'young_people' = any (age_groups) then 12
              when 'adults' = any (age_groups) then 18 when 'older_people' = any (age_groups) then 65 end
$$;

create function private.oruk_maximum_age(age_groups text[]) returns integer
language sql immutable
as $$
  select case when 'older_people' = any (age_groups) then null when 'adults' = any (age_groups) then 64
              when 'young_people' = any (age_groups) then 25 when 'children' = any (age_groups) then 11 end
$$;

-- One service. `nested` adds everything nested (the /services/{id} shape); without it, the list
-- item shape (the service's own fields and its organization).
create function private.oruk_service_json(a app.assets, o app.organisations, today date, nested boolean) returns jsonb
language sql immutable
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'id', a.id,
    'organization_id', o.id,
    'name', a.name,
    'description', a.description,
    'url', a.website,
    'email', a.email,
    'status', case when a.status = 'published' then 'active' else 'inactive' end,
    'minimum_age', private.oruk_minimum_age(a.age_groups),
    'maximum_age', private.oruk_maximum_age(a.age_groups),
    'assured_date', to_char(a.last_verified_at at time zone 'Europe/London', 'YYYY-MM-DD'),
    'last_modified', to_char(a.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'organization', private.oruk_organization_json(o)
  ) || case when nested then jsonb_build_object(
    'phones', case when a.phone is not null then jsonb_build_array(jsonb_build_object(
      'id', private.oruk_id('phone', a.id::text), 'service_id', a.id, 'number', a.phone)) else '[]'::jsonb end,
    'contacts', '[]'::jsonb,
    'languages', (
      select coalesce(jsonb_agg(private.oruk_language(l) || jsonb_build_object(
        'id', private.oruk_id('language', a.id::text, lower(l)), 'service_id', a.id) order by n), '[]'::jsonb)
      from unnest(a.languages) with ordinality as x (l, n)),
    'cost_options', (
      select coalesce(jsonb_agg(c order by n), '[]'::jsonb)
      from (
        select 1 as n, jsonb_build_object('id', private.oruk_id('cost_option', a.id::text, 'free'), 'service_id', a.id,
                                          'option', 'Free', 'amount', 0, 'currency', 'GBP') as c
        where a.free
        union all
        -- A cost with exactly one "£3" or "£3.50" figure gives that amount as well as the words.
        select 2, jsonb_build_object('id', private.oruk_id('cost_option', a.id::text, 'cost'), 'service_id', a.id,
                                     'amount_description', a.cost)
                  || case when a.cost ~ '^[^£]*£[0-9]+(\.[0-9]{2})?([^0-9.£][^£]*)?$'
                          then jsonb_build_object('amount', (substring(a.cost from '£([0-9]+(\.[0-9]{2})?)'))::numeric, 'currency', 'GBP')
                          else '{}'::jsonb end
        where a.cost is not null
      ) as x),
    'schedules', (
      select coalesce(jsonb_agg(s || jsonb_build_object('id', private.oruk_id('schedule', a.id::text, n::text), 'service_id', a.id) order by n), '[]'::jsonb)
      from jsonb_array_elements(private.oruk_schedules(a.opening_hours, today)) with ordinality as x (s, n)),
    'service_at_locations', jsonb_build_array(jsonb_build_object(
      'id', private.oruk_linked_id(a.id, 'service_at_location'),
      'service_id', a.id,
      'location_id', private.oruk_linked_id(a.id, 'location'),
      'location', private.oruk_location_json(a))),
    'service_areas', '[]'::jsonb,
    'funding', '[]'::jsonb,
    'attributes', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'id', private.oruk_id('attribute', a.id::text, k.taxonomy_key, k.code),
        'link_id', a.id,
        'link_type', 'service',
        'link_entity', 'service',
        'taxonomy_term_id', tt -> 'id',
        'taxonomy_term', tt) order by k.n), '[]'::jsonb)
      from (select 'category', c, n from unnest(a.categories) with ordinality as x (c, n)
            union all select 'kind', a.kind, 100
            union all select 'age_group', g, 200 + n from unnest(a.age_groups) with ordinality as y (g, n)) as k (taxonomy_key, code, n)
      cross join lateral private.oruk_term_json(k.taxonomy_key, k.code) as tt
      where tt is not null)
  ) else '{}'::jsonb end)
$$;

-- A service at location: the link, its location, and the service (list item shape in lists,
-- full on its own).
create function private.oruk_service_at_location_json(a app.assets, o app.organisations, today date, nested boolean) returns jsonb
language sql immutable
as $$
  select jsonb_build_object(
    'id', private.oruk_linked_id(a.id, 'service_at_location'),
    'service_id', a.id,
    'location_id', private.oruk_linked_id(a.id, 'location'),
    'location', private.oruk_location_json(a) - case when nested then '' else 'addresses' end - case when nested then '' else 'accessibility' end,
    'service', private.oruk_service_json(a, o, today, nested))
$$;

-- ---------------------------------------------------------------------------------------------
-- Published listings, filtered and paged: the body of /services and /service_at_locations.
-- Distances from a postcode are great-circle metres on earthdistance's sphere, in plain
-- arithmetic: earth_distance costs a function call with its own search path per listing, and
-- ordering every listing by distance needs them all. A latitude/longitude box first keeps the
-- proximity filter to the listings near enough to matter.
create function private.oruk_listing_page(params jsonb, shape text) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  p_page integer := coalesce(private.oruk_int_param(params, 'page', 1, 1000000), 1);
  p_per_page integer := coalesce(private.oruk_int_param(params, 'per_page', 1, 200), 50);
  p_text text := coalesce(private.oruk_text_param(params, 'text'), private.oruk_text_param(params, 'search'));
  p_term uuid := private.oruk_uuid_param(params, 'taxonomy_term_id');
  p_taxonomy uuid := private.oruk_uuid_param(params, 'taxonomy_id');
  p_org uuid := private.oruk_uuid_param(params, 'organization_id');
  p_min_age integer := private.oruk_int_param(params, 'minimum_age', 0, 150);
  p_max_age integer := private.oruk_int_param(params, 'maximum_age', 0, 150);
  p_day text := private.oruk_day_param(params, 'day');
  p_start text := private.oruk_time_param(params, 'start_time');
  p_end text := private.oruk_time_param(params, 'end_time');
  p_modified timestamptz := private.oruk_timestamp_param(params, 'modified_after');
  p_point double precision[] := private.oruk_postcode_param(params, 'postcode');
  p_proximity integer := private.oruk_int_param(params, 'proximity', 1, 100000);
  p_full boolean := coalesce(private.oruk_bool_param(params, 'full'), false);
  words text[];
  term_slugs text[];
  term_kind text;
  term_age text;
  centre_lat double precision := p_point[1];
  centre_lng double precision := p_point[2];
  today date := (now() at time zone 'Europe/London')::date;
  total bigint;
  contents jsonb;
begin
  if p_proximity is not null and p_point is null then
    perform private.oruk_bad_param('proximity', 'given with a postcode', p_proximity::text);
  end if;
  if p_min_age is not null and p_max_age is not null and p_min_age > p_max_age then
    perform private.oruk_bad_param('maximum_age', format('at least minimum_age (%s)', p_min_age), p_max_age::text);
  end if;
  if p_start is not null and p_end is not null and p_start >= p_end then
    perform private.oruk_bad_param('end_time', format('later than start_time (%s)', p_start), p_end);
  end if;
  -- Each word must appear in the name or description; % and _ are literal.
  words := array(select '%' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                 from regexp_split_to_table(p_text, '\s+') as w where w <> '');
  if p_term is not null then
    -- A category term also finds listings of its sub-categories; an unknown term finds nothing.
    select array_agg(t.code) filter (where t.taxonomy_key = 'category'),
           min(t.code) filter (where t.taxonomy_key = 'kind'),
           min(t.code) filter (where t.taxonomy_key = 'age_group')
      into term_slugs, term_kind, term_age
    from private.oruk_term_rows() t
    where t.id = p_term or (t.taxonomy_key = 'category' and t.parent_id = p_term);
  end if;

  with matching as (
    select a.id, a.name, a.opening_hours, d.distance
    from app.assets a
    left join app.organisations o on o.id = a.org_id
    cross join lateral (
      select 2 * 6378168 * asin(sqrt(power(sin(radians(a.lat - centre_lat) / 2), 2)
               + cos(radians(centre_lat)) * cos(radians(a.lat)) * power(sin(radians(a.lng - centre_lng) / 2), 2))) as distance
    ) as d
    where a.status = 'published'
      and (a.org_id is null or o.status is distinct from 'rejected')
      and (cardinality(words) = 0 or (a.name || ' ' || a.description) ilike all (words))
      and (p_term is null or a.categories && term_slugs or a.kind = term_kind or term_age = any (a.age_groups))
      and (p_taxonomy is null or p_taxonomy in (private.oruk_id('taxonomy', 'category'), private.oruk_id('taxonomy', 'kind'))
           or (p_taxonomy = private.oruk_id('taxonomy', 'age_group') and cardinality(a.age_groups) > 0))
      and (p_org is null or a.org_id = p_org)
      and (p_min_age is null or coalesce(private.oruk_maximum_age(a.age_groups), 150) >= p_min_age)
      and (p_max_age is null or coalesce(private.oruk_minimum_age(a.age_groups), 0) <= p_max_age)
      and (p_modified is null or a.updated_at >= p_modified)
      and (p_proximity is null
           or (a.lat between centre_lat - p_proximity / 110000.0 and centre_lat + p_proximity / 110000.0
               and a.lng between centre_lng - p_proximity / (110000.0 * cos(radians(centre_lat)))
                             and centre_lng + p_proximity / (110000.0 * cos(radians(centre_lat)))
               and d.distance <= p_proximity))
  ),
  -- Open on `day` (any week of the month, for a MONTHLY schedule) at some time between
  -- start_time and end_time, by the schedules the listing shows; description-only schedules
  -- never match. Hours are parsed once per distinct value, not once per listing.
  open_hours as (
    select h.opening_hours
    from (select distinct m.opening_hours from matching m where m.opening_hours is not null) as h
    where exists (
      select 1 from jsonb_array_elements(private.oruk_schedules(h.opening_hours, today)) as s
      where s ? 'opens_at'
        and (p_day is null or strpos(',' || translate(s ->> 'byday', '-0123456789', '') || ',', ',' || p_day || ',') > 0)
        and (p_end is null or s ->> 'opens_at' < p_end)
        and (p_start is null or s ->> 'closes_at' > p_start or s ->> 'closes_at' < s ->> 'opens_at'))
  ),
  kept as (
    select m.id, m.name, m.distance from matching m
    where (p_day is null and p_start is null and p_end is null)
       or m.opening_hours in (select opening_hours from open_hours)
  ),
  page as (
    select k.id, row_number() over (order by k.distance, k.name, k.id) as n
    from kept k
    order by k.distance, k.name, k.id
    limit p_per_page offset (p_page - 1)::bigint * p_per_page
  )
  select (select count(*) from kept),
         (select coalesce(jsonb_agg(
                   case when shape = 'service_at_location'
                        then private.oruk_service_at_location_json(a, o, today, p_full)
                        else private.oruk_service_json(a, o, today, p_full) end
                   order by pg.n), '[]'::jsonb)
          from page pg
          join app.assets a on a.id = pg.id
          left join app.organisations o on o.id = a.org_id)
    into total, contents;

  return private.oruk_page(contents, total, p_page, p_per_page);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- The API (GET paths in the ORUK OpenAPI, tests/fixtures/oruk/schemas/open_api.json)

create function api.oruk_details() returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'version', 'HSDS-UK-3.0',
    'profile', 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
    'openapi_url', 'https://docs.openreferraluk.org/en/latest/openapi30.json',
    'name', 'Common Ground',
    'description', 'Community places, groups and services published on Common Ground, as Open Referral UK (HSDS 3.0 UK profile).')
$$;
comment on function api.oruk_details() is
  'ORUK GET /: the version and profile of this Open Referral UK API.';

create function api.oruk_services(params jsonb default '{}') returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_listing_page(params, 'service')
$$;
comment on function api.oruk_services(jsonb) is
  'ORUK GET /services: a page of published listings as services. params: the query string as JSON strings (text/search, taxonomy_term_id, taxonomy_id, organization_id, minimum_age, maximum_age, day, start_time, end_time, postcode, proximity, modified_after, full, page, per_page). A bad value raises 22023 naming the parameter.';

create function api.oruk_service(id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_service_json(a, o, (now() at time zone 'Europe/London')::date, true)
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  where a.id = private.oruk_uuid(oruk_service.id)
    and a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;
comment on function api.oruk_service(text) is
  'ORUK GET /services/{id}: one published listing as a fully nested service, or null when there is none (or the id is not a UUID).';

create function api.oruk_service_at_locations(params jsonb default '{}') returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_listing_page(params, 'service_at_location')
$$;
comment on function api.oruk_service_at_locations(jsonb) is
  'ORUK GET /service_at_locations: a page of published listings as service-at-locations; the same filters as api.oruk_services.';

create function api.oruk_service_at_location(id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_service_at_location_json(a, o, (now() at time zone 'Europe/London')::date, true)
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  where a.id = private.oruk_linked_id(private.oruk_uuid(oruk_service_at_location.id), 'service_at_location')
    and a.status = 'published'
    and (a.org_id is null or o.status is distinct from 'rejected')
$$;
comment on function api.oruk_service_at_location(text) is
  'ORUK GET /service_at_locations/{id}: one published listing''s service-at-location with its location and full service, or null.';

create function api.oruk_taxonomies(params jsonb default '{}') returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  p_page integer := coalesce(private.oruk_int_param(params, 'page', 1, 1000000), 1);
  p_per_page integer := coalesce(private.oruk_int_param(params, 'per_page', 1, 200), 50);
  p_search text := coalesce(private.oruk_text_param(params, 'search'), private.oruk_text_param(params, 'text'));
begin
  return (
    select private.oruk_page(
      coalesce((select jsonb_agg(private.oruk_taxonomy_json(t.id, t.name, t.description) order by t.sort)
                from (select * from private.oruk_taxonomy_rows() t
                      where p_search is null or strpos(lower(t.name || ' ' || t.description), lower(p_search)) > 0
                      order by t.sort limit p_per_page offset (p_page - 1)::bigint * p_per_page) as t), '[]'::jsonb),
      (select count(*) from private.oruk_taxonomy_rows() t
       where p_search is null or strpos(lower(t.name || ' ' || t.description), lower(p_search)) > 0),
      p_page, p_per_page));
end
$$;
comment on function api.oruk_taxonomies(jsonb) is
  'ORUK GET /taxonomies: the taxonomies listings are tagged with (categories, listing kinds, age groups). params: search, page, per_page.';

create function api.oruk_taxonomy(id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_taxonomy_json(t.id, t.name, t.description) || jsonb_build_object('taxonomy_terms',
    (select coalesce(jsonb_agg(r.term - 'taxonomy_detail' order by r.sort), '[]'::jsonb)
     from private.oruk_term_rows() r where r.taxonomy_key = t.key))
  from private.oruk_taxonomy_rows() t
  where t.id = private.oruk_uuid(oruk_taxonomy.id)
$$;
comment on function api.oruk_taxonomy(text) is
  'ORUK GET /taxonomies/{id}: one taxonomy with its terms, or null.';

create function api.oruk_taxonomy_terms(params jsonb default '{}') returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  p_page integer := coalesce(private.oruk_int_param(params, 'page', 1, 1000000), 1);
  p_per_page integer := coalesce(private.oruk_int_param(params, 'per_page', 1, 200), 50);
  p_search text := coalesce(private.oruk_text_param(params, 'search'), private.oruk_text_param(params, 'text'));
  p_taxonomy uuid := private.oruk_uuid_param(params, 'taxonomy_id');
  p_parent uuid := private.oruk_uuid_param(params, 'parent_id');
  p_top_only boolean := coalesce(private.oruk_bool_param(params, 'top_only'), false);
  total bigint;
  contents jsonb;
begin
  with matching as (
    select r.* from private.oruk_term_rows() r
    where (p_taxonomy is null or (r.term ->> 'taxonomy_id')::uuid = p_taxonomy)
      and (p_parent is null or r.parent_id = p_parent)
      and (not p_top_only or r.parent_id is null)
      and (p_search is null or strpos(lower((r.term ->> 'name') || ' ' || (r.term ->> 'description') || ' ' || r.code), lower(p_search)) > 0)
  )
  select (select count(*) from matching),
         coalesce((select jsonb_agg(x.term order by x.sort)
                   from (select m.term, m.sort from matching m order by m.sort
                         limit p_per_page offset (p_page - 1)::bigint * p_per_page) as x), '[]'::jsonb)
    into total, contents;
  return private.oruk_page(contents, total, p_page, p_per_page);
end
$$;
comment on function api.oruk_taxonomy_terms(jsonb) is
  'ORUK GET /taxonomy_terms: a page of terms. params: taxonomy_id, parent_id, top_only, search, page, per_page.';

create function api.oruk_taxonomy_term(id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select r.term from private.oruk_term_rows() r where r.id = private.oruk_uuid(oruk_taxonomy_term.id)
$$;
comment on function api.oruk_taxonomy_term(text) is
  'ORUK GET /taxonomy_terms/{id}: one term, or null.';

create function api.oruk_organizations(params jsonb default '{}') returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  p_page integer := coalesce(private.oruk_int_param(params, 'page', 1, 1000000), 1);
  p_per_page integer := coalesce(private.oruk_int_param(params, 'per_page', 1, 200), 50);
  p_search text := coalesce(private.oruk_text_param(params, 'search'), private.oruk_text_param(params, 'text'));
  total bigint;
  contents jsonb;
begin
  with matching as (
    select o from app.organisations o
    where o.status = 'verified'
      and (p_search is null or strpos(lower(o.name || ' ' || o.description), lower(p_search)) > 0)
  )
  select (select count(*) from matching),
         coalesce((select jsonb_agg(private.oruk_organization_json(x.o) order by (x.o).name, (x.o).id)
                   from (select m.o from matching m order by (m.o).name, (m.o).id
                         limit p_per_page offset (p_page - 1)::bigint * p_per_page) as x), '[]'::jsonb)
    into total, contents;
  return private.oruk_page(contents, total, p_page, p_per_page);
end
$$;
comment on function api.oruk_organizations(jsonb) is
  'ORUK GET /organizations: a page of verified organisations. params: search, page, per_page.';

create function api.oruk_organization(id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select private.oruk_organization_json(o) || jsonb_build_object('services', (
    select coalesce(jsonb_agg(private.oruk_service_json(a, o, (now() at time zone 'Europe/London')::date, false)
                              order by a.name, a.id), '[]'::jsonb)
    from app.assets a where a.org_id = o.id and a.status = 'published'))
  from app.organisations o
  where o.id = private.oruk_uuid(oruk_organization.id) and o.status = 'verified'
$$;
comment on function api.oruk_organization(text) is
  'ORUK GET /organizations/{id}: one verified organisation with its published listings as services, or null.';

create function api.oruk_export(ids uuid[] default null) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(private.oruk_service_json(a, o, (now() at time zone 'Europe/London')::date, true)
                            order by a.name, a.id), '[]'::jsonb)
  from app.assets a
  left join app.organisations o on o.id = a.org_id
  where ids is null or a.id = any (ids)
$$;
comment on function api.oruk_export(uuid[]) is
  'Fully nested ORUK services for the listings given, or for every listing the caller may read (moderators: all; a status other than published is "inactive"), ordered by name.';

grant execute on function
  private.oruk_id(text[]), private.oruk_linked_id(uuid, text), private.oruk_uuid(text), private.oruk_bad_param(text, text, text),
  private.oruk_text_param(jsonb, text), private.oruk_int_param(jsonb, text, integer, integer),
  private.oruk_uuid_param(jsonb, text), private.oruk_bool_param(jsonb, text), private.oruk_time_param(jsonb, text),
  private.oruk_timestamp_param(jsonb, text), private.oruk_day_param(jsonb, text), private.oruk_postcode_param(jsonb, text),
  private.oruk_page(jsonb, bigint, integer, integer), private.oruk_schedules(text, date), private.oruk_schedule_days(text),
  private.oruk_taxonomy_rows(), private.oruk_taxonomy_json(uuid, text, text),
  private.oruk_fixed_terms(), private.oruk_term_json(text, text), private.oruk_term_rows(),
  private.oruk_organization_json(app.organisations),
  private.oruk_language(text), private.oruk_location_json(app.assets), private.oruk_minimum_age(text[]), private.oruk_maximum_age(text[]),
  private.oruk_service_json(app.assets, app.organisations, date, boolean),
  private.oruk_service_at_location_json(app.assets, app.organisations, date, boolean),
  private.oruk_listing_page(jsonb, text)
to anon, authenticated, service_role;

grant execute on function
  api.oruk_details(), api.oruk_services(jsonb), api.oruk_service(text),
  api.oruk_service_at_locations(jsonb), api.oruk_service_at_location(text),
  api.oruk_taxonomies(jsonb), api.oruk_taxonomy(text), api.oruk_taxonomy_terms(jsonb), api.oruk_taxonomy_term(text),
  api.oruk_organizations(jsonb), api.oruk_organization(text), api.oruk_export(uuid[])
to anon, authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
