-- Loading areas: all or nothing, with the feature and field named (as tests/sql/areas.test.ts).
begin;
select plan(5);

create temp table fc as select
  '{"type":"FeatureCollection","features":[
    {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-2.6,53.5],[-2.59,53.5],[-2.59,53.51],[-2.6,53.5]]]},
     "properties":{"code":"C1","name":"Custom one","population":100,"imd_decile":2,"imd_rank":null}},
    {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-2.5,53.5],[-2.49,53.5],[-2.49,53.51],[-2.5,53.5]]]},
     "properties":{"code":"C2","name":"Custom two","population":-5,"imd_decile":null,"imd_rank":null}}]}'::jsonb as bad;
grant select on fc to public;

select tests.authenticate_as('planner');
select is(json_array_length(api.areas('ward') -> 'features'), 25, 'The sample wards are there');
select throws_ok($$ select api.load_areas('custom', (select bad from fc), false) $$,
  '23514', 'Feature 2 (code C2): population must be a whole number of people, 0 or more (got -5)', 'A bad feature is named with its field');
select is((select count(*)::int from app.areas where kind = 'custom'), 0, 'Nothing was loaded');
select is(api.load_areas('custom', jsonb_set((select bad from fc), '{features,1,properties,population}', '5'), false) ->> 'loaded', '2', 'A valid file loads');

select tests.authenticate_as('editor-a');
select throws_ok($$ select api.load_areas('custom', (select bad from fc), false) $$, '42501', 'Only planners can load areas', 'Only planners load areas');

select * from finish();
rollback;
