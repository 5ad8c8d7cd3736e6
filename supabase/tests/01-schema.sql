-- Schema: tables with RLS, indexes for the queries we run, and constraints that reject bad data
-- with a message a person can act on (the same checks as tests/sql/schema.test.ts).
begin;
select plan(19);

select is(
  (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'app' and c.relkind = 'r' and not c.relrowsecurity),
  0, 'Every table in app has row level security enabled');
select has_index('app', 'assets', 'assets_earth_idx', 'Assets have a radius (earthdistance) index');
select hasnt_index('app', 'assets', 'assets_name_trgm_idx', 'No trigram index on names: no query uses one, and it slowed imports fourfold');
select col_is_unique('app', 'assets', array['source', 'external_id'], 'A partner external id is unique per source');

create temp table good as select
  '0a000000-0000-4000-8000-00000000000a'::uuid as org_id, 'place'::text as kind, 'Sample: pgTAP Hall'::text as name,
  array['community-venues']::text[] as categories, 53.54::float8 as lat, -2.63::float8 as lng;

select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, name, categories, 91, lng from good $$,
  '23514', 'Latitude must be between -90 and 90 (got 91)', 'Latitude outside -90..90 is rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, name, categories, lat, 181 from good $$,
  '23514', 'Longitude must be between -180 and 180 (got 181)', 'Longitude outside -180..180 is rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, status) select org_id, kind, name, categories, lat, lng, 'live' from good $$,
  '23514', 'Status must be draft, pending, published, rejected, archived or taken_down (got "live")', 'Unknown statuses are rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, 'shop', name, categories, lat, lng from good $$,
  '23514', 'Kind must be place, group or service (got "shop")', 'Unknown kinds are rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, '   ', categories, lat, lng from good $$,
  '23514', 'Give the listing a name', 'Blank names are rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, email) select org_id, kind, name, categories, lat, lng, 'nope' from good $$,
  '23514', 'Email must look like name@example.org (got "nope")', 'Malformed emails are rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, website) select org_id, kind, name, categories, lat, lng, 'javascript:alert(1)' from good $$,
  '23514', 'Website must be a full http:// or https:// address (got "javascript:alert(1)")', 'Only http(s) websites are accepted');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, postcode) select org_id, kind, name, categories, lat, lng, 'NOT A CODE' from good $$,
  '23514', 'Postcode must be a UK postcode such as WN1 1AA (got "NOT A CODE")', 'Malformed postcodes are rejected');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng) select org_id, kind, name, array['knitting'], lat, lng from good $$,
  '23514', 'Unknown category "knitting": choose from the category list', 'Categories must exist');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, age_groups) select org_id, kind, name, categories, lat, lng, array['teens'] from good $$,
  '23514', 'Unknown age group "teens": expected children, young_people, adults or older_people', 'Age groups come from the fixed set');
select throws_ok($$ insert into app.assets (org_id, kind, name, categories, lat, lng, accessibility) select org_id, kind, name, categories, lat, lng, array['ramp'] from good $$,
  '23514', null, 'Accessibility features come from the fixed set');
insert into app.assets (org_id, kind, name, categories, lat, lng, postcode, email)
select org_id, kind, ' Sample: Tidy ', categories, lat, lng, 'wn11aa', ' A@Example.ORG ' from good;
select is(
  (select row(name, postcode, email)::text from app.assets where name = 'Sample: Tidy'),
  '("Sample: Tidy","WN1 1AA",a@example.org)', 'Names are trimmed, postcodes and emails normalised');
select throws_ok($$ insert into app.organisations (name, website) values ('Sample: Org', 'example.org') $$,
  '23514', 'Website must be a full http:// or https:// address (got "example.org")', 'Organisation websites must be http(s)');
select throws_ok($$ insert into app.areas (kind, code, name, population, geometry) values ('custom', 'T', 'T', -1, '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}') $$,
  '23514', null, 'Area population cannot be negative');
select throws_ok($$ insert into app.areas (kind, code, name, imd_decile, geometry) values ('custom', 'T', 'T', 11, '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}') $$,
  '23514', null, 'IMD decile is 1 to 10');

select * from finish();
rollback;
