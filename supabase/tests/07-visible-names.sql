-- Names made only of invisible characters are refused with the reason, for listings and
-- organisations alike (the same checks as tests/sql/visibleNames.test.ts).
begin;
select plan(4);

create temp table good as select
  '0a000000-0000-4000-8000-00000000000a'::uuid as org_id, 'place'::text as kind,
  array['community-venues']::text[] as categories, 53.54::float8 as lat, -2.63::float8 as lng;

select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, U&'\200B\200C\200D', categories, lat, lng from good $$,
  '23514', 'The name has no visible characters (only invisible ones, such as zero-width spaces); give the listing a name people can read',
  'A listing name of zero-width characters is refused, saying why');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, U&'\00A0\FEFF\2060', categories, lat, lng from good $$,
  '23514', null, 'A listing name of a no-break space, a byte-order mark and a word joiner is refused');
select throws_ok($$ insert into app.organisations (name) values (U&'\200B') $$,
  '23514', 'The name has no visible characters (only invisible ones, such as zero-width spaces); give the organisation a name people can read',
  'An organisation name of a zero-width space is refused, saying why');
select lives_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, U&'Sample: Zo\00EB\200B Caf\00E9', categories, lat, lng from good $$,
  'A name with visible letters beside an invisible one is kept');

select * from finish();
rollback;
