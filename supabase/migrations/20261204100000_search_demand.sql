-- Unmet demand (issue 17): searches on the find page that found nothing or little (fewer than 3
-- results), counted by ward and by a term from our own vocabulary, so planners see what people
-- look for and do not find, beside the coverage gaps.
--
-- What is kept, and for how long:
--   * a ward code (the browser works out the ward the search was centred in; nothing finer leaves
--     it), a term (a category slug or a word from app.demand_words, never the typed text), the day;
--   * for today only, a keyed hash of a random token the browser makes for each visit: the key is
--     a secret made each day (app.demand_keys), so hashes cannot be linked across days or back to
--     a token without the key. At the first call after midnight (and by pg_cron on a hosted
--     project, private.roll_up_search_demand()) yesterday's hashes become one count per ward and
--     term, and the hashes and the key are deleted: within a day;
--   * a count is kept only when at least 3 different visits asked (k-anonymity), and shown only
--     then. No IP address, no account, no typed text, no time finer than the day.
-- Browser roles hold no privilege on these tables: every read and write is an api function.

-- Words people search for that are not category names, so their searches can still be counted.
create table app.demand_words (
  word text primary key
    constraint demand_words_word_check check (word ~ '^[a-z][a-z ]{1,38}[a-z]$')
);
alter table app.demand_words enable row level security;
insert into app.demand_words (word) values
  ('addiction'), ('allotment'), ('art'), ('autism'), ('baby'), ('benefits'), ('bereavement'),
  ('carers'), ('clothes'), ('coffee morning'), ('computer'), ('counselling'), ('dance'), ('debt'),
  ('dementia'), ('disability'), ('domestic abuse'), ('employment'), ('energy'), ('english'),
  ('exercise'), ('furniture'), ('gambling'), ('gardening'), ('housing'), ('internet'), ('jobs'),
  ('legal advice'), ('loneliness'), ('music'), ('parents'), ('refugees'), ('shower'), ('singing'),
  ('sport'), ('swimming'), ('toddlers'), ('transport'), ('veterans'), ('volunteering'),
  ('walking'), ('warm space'), ('wifi'), ('youth club');

-- Today's secret, to hash visit tokens with; deleted with the hashes.
create table app.demand_keys (
  day date primary key,
  secret text not null constraint demand_keys_secret_check check (secret ~ '^[0-9a-f]{64}$')
);
alter table app.demand_keys enable row level security;

-- Today's searches: one row per visit, ward and term.
create table app.demand_visits (
  day date not null,
  ward_code text not null,
  term text not null,
  visit_hash text not null constraint demand_visits_visit_hash_check check (visit_hash ~ '^[0-9a-f]{64}$'),
  primary key (day, ward_code, term, visit_hash)
);
alter table app.demand_visits enable row level security;
create index demand_visits_visit_idx on app.demand_visits (visit_hash);

-- Past days: how many different visits asked, kept only when 3 or more did.
create table app.demand_daily (
  day date not null,
  ward_code text not null,
  term text not null,
  visits integer not null constraint demand_daily_visits_check check (visits >= 3),
  primary key (day, ward_code, term)
);
alter table app.demand_daily enable row level security;

-- The fewest different visits a figure needs before it is kept or shown.
create function private.demand_threshold() returns integer
language sql immutable
set search_path = ''
as $$
  select 3
$$;

-- How many different (ward, term) searches one visit may record in a day: enough for anyone
-- searching by hand, few enough that one script cannot fill the table.
create function private.demand_visit_daily_limit() returns integer
language sql immutable
set search_path = ''
as $$
  select 30
$$;

-- Turns every finished day's visits into counts (only those with at least 3 visits), then deletes
-- the visits and the keys of those days. Cheap when there is nothing to do, so every record and
-- read calls it; pg_cron calls it just after midnight on a hosted project. Definer: the tables
-- are readable by no browser role.
create function private.roll_up_search_demand() returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  today date := (now() at time zone 'UTC')::date;
  kept integer;
begin
  if not exists (select 1 from app.demand_visits v where v.day < today)
     and not exists (select 1 from app.demand_keys k where k.day < today) then
    return 0;
  end if;
  insert into app.demand_daily (day, ward_code, term, visits)
  select v.day, v.ward_code, v.term, count(*)::integer
  from app.demand_visits v
  where v.day < today
  group by v.day, v.ward_code, v.term
  having count(*) >= private.demand_threshold()
  on conflict (day, ward_code, term) do update set visits = app.demand_daily.visits + excluded.visits;
  get diagnostics kept = row_count;
  delete from app.demand_visits v where v.day < today;
  delete from app.demand_keys k where k.day < today;
  return kept;
end
$$;
comment on function private.roll_up_search_demand() is
  'Rolls finished days of search-demand visits into daily counts (kept only with at least 3 visits) and deletes the visit hashes and that day''s key. Called by every record and read, and by pg_cron on a hosted project.';

-- A visit records that a search centred in a ward found little. Definer: residents are not
-- signed in and no browser role may touch the demand tables. Refuses (22023, naming the field) an
-- unknown ward or term or a token that is not one of ours, so bad calls store nothing.
create function api.record_search_demand(ward_code text, term text, visit_token text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  today date := (now() at time zone 'UTC')::date;
  key text;
  hash text;
  used integer;
begin
  if visit_token is null or visit_token !~ '^[A-Za-z0-9_-]{16,64}$' then
    raise exception 'The visit token must be 16 to 64 letters, digits, - or _ (the app makes one for each visit)'
      using errcode = '22023', column = 'visit_token';
  end if;
  if ward_code is null or not exists (select 1 from app.areas a where a.kind = 'ward' and a.code = record_search_demand.ward_code) then
    raise exception '%', format('"%s" is not a ward on the map', left(coalesce(ward_code, ''), 64))
      using errcode = '22023', column = 'ward_code';
  end if;
  if term is null or not (exists (select 1 from app.categories c where c.slug = record_search_demand.term)
                          or exists (select 1 from app.demand_words w where w.word = record_search_demand.term)) then
    raise exception '%', format('"%s" is not a category or a word we count (only our own vocabulary is counted, never typed text)', left(coalesce(term, ''), 64))
      using errcode = '22023', column = 'term';
  end if;
  perform private.roll_up_search_demand();
  insert into app.demand_keys (day, secret)
  values (today, encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))
  on conflict (day) do nothing;
  select k.secret into key from app.demand_keys k where k.day = today;
  -- Keyed with the day's secret (sha256 over secret and token: the one hash every Postgres has).
  hash := encode(sha256(convert_to(key || ':' || visit_token, 'UTF8')), 'hex');
  select count(*) into used from app.demand_visits v where v.visit_hash = hash;
  if used >= private.demand_visit_daily_limit() then
    raise exception 'This visit has recorded as many searches as we count in a day'
      using errcode = '54000', hint = 'Nothing was recorded. The limit keeps one visit from weighing more than others.';
  end if;
  insert into app.demand_visits (day, ward_code, term, visit_hash)
  values (today, record_search_demand.ward_code, record_search_demand.term, hash)
  on conflict do nothing;
  return jsonb_build_object('recorded', true);
end
$$;
comment on function api.record_search_demand(text, text, text) is
  'A visit records that a search centred in a ward (its code) for a category slug or a counted word found fewer than 3 results. Only a keyed hash of the visit token is kept, until the day ends; unknown wards, terms or tokens are refused. Definer: anyone may record, and no browser role may touch the demand tables.';
grant execute on function api.record_search_demand(text, text, text) to anon, authenticated;

-- Searches that found little, per ward and term, over the last `days` days (today included),
-- only where at least 3 different visits asked: planners and moderators only. A ward code
-- narrows it to one ward. Definer: the demand tables are readable by no browser role.
create function api.search_demand(days integer default 28, ward_code text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  today date := (now() at time zone 'UTC')::date;
  since date;
begin
  if not (private.is_staff('planner') or private.is_staff('moderator')) then
    raise exception 'Only planners and moderators can see searches that found little'
      using errcode = '42501';
  end if;
  if days is null or days < 1 or days > 366 then
    raise exception '%', format('Days must be from 1 to 366 (got %s)', coalesce(days::text, 'nothing'))
      using errcode = '22023', column = 'days';
  end if;
  since := today - (days - 1);
  perform private.roll_up_search_demand();
  return coalesce((
    select jsonb_agg(jsonb_build_object(
        'ward_code', d.ward_code, 'ward_name', a.name, 'term', d.term,
        'label', coalesce(c.label, d.term), 'visits', d.visits)
      order by d.visits desc, a.name, d.term)
    from (
      select x.ward_code, x.term, sum(x.visits)::integer as visits
      from (
        select dd.ward_code, dd.term, dd.visits from app.demand_daily dd where dd.day >= since
        union all
        select v.ward_code, v.term, count(*)::integer from app.demand_visits v where v.day = today
        group by v.ward_code, v.term having count(*) >= private.demand_threshold()
      ) x
      where search_demand.ward_code is null or x.ward_code = search_demand.ward_code
      group by x.ward_code, x.term
    ) d
    join app.areas a on a.kind = 'ward' and a.code = d.ward_code
    left join app.categories c on c.slug = d.term
  ), '[]'::jsonb);
end
$$;
comment on function api.search_demand(integer, text) is
  'Searches that found little over the last days (default 28), per ward and term, each with the number of different visits that asked, only where 3 or more did. Planners and moderators only. Definer: the demand tables are readable by no browser role.';
grant execute on function api.search_demand(integer, text) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
