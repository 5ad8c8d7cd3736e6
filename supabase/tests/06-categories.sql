-- The two-level taxonomy (issue 13) on native Postgres 15: sub-categories sit under a top-level
-- category, two levels only; listings may name a sub-category; the published set names them.
begin;
select plan(7);

select is((select parent from app.categories where slug = 'library'), 'learning', 'Library is a sub-category of Learning');
select is((select kind from app.categories where slug = 'gp-practice'), 'place', 'A GP practice is a place');
select throws_ok($$ insert into app.categories (slug, label, parent) values ('mobile-library', 'Mobile library', 'library') $$,
  '23514', null, 'A sub-category cannot have sub-categories of its own');
select throws_ok($$ update app.categories set parent = 'care' where slug = 'health' $$,
  '23514', null, 'A category with sub-categories cannot become one');

insert into app.assets (org_id, kind, name, categories, lat, lng, status)
values ('0a000000-0000-4000-8000-00000000000a', 'place', 'Sample: pgTAP Library', array['library'], 53.54, -2.63, 'published');
select ok(
  (select api.published_assets()::jsonb -> 'features') @> '[{"properties": {"name": "Sample: pgTAP Library", "categories": ["library"]}}]',
  'A listing of a sub-category is published with it');
select is(
  (select jsonb_array_length(api.published_assets()::jsonb -> 'categories')),
  (select count(*)::int from app.categories),
  'The published set carries the whole taxonomy');
select is(
  (select c ->> 'slug' from jsonb_array_elements(api.categories()::jsonb) with ordinality as t(c, i)
   where i = (select i + 1 from jsonb_array_elements(api.categories()::jsonb) with ordinality as u(c, i) where c ->> 'slug' = 'health')),
  'gp-practice', 'A category is listed first, then its sub-categories');

select * from finish();
rollback;
