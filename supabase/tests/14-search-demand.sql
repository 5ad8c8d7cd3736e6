-- Searches that found little (as tests/sql/searchDemand.test.ts): anyone records a ward and a
-- term from our vocabulary; a figure shows only once 3 different visits asked, to planners and
-- moderators only; the roll-up keeps daily counts of 3 or more and deletes the hashes.
begin;
select plan(14);

select tests.authenticate_as('resident');
select throws_ok($$ select api.record_search_demand('E99999999', 'food-bank', 'pgtap-visit-00000001') $$,
  '22023', '"E99999999" is not a ward on the map', 'An unknown ward is refused by name');
select throws_like($$ select api.record_search_demand('E05014989', 'help with my rent at 12 Acacia Road', 'pgtap-visit-00000001') $$,
  '%not a category or a word we count%', 'Typed text is refused: only our vocabulary is counted');
select throws_ok($$ select api.record_search_demand('E05014989', 'food-bank', 'short') $$,
  '22023', null, 'A token that is not one of ours is refused');
select lives_ok($$ select api.record_search_demand('E05014989', 'food-bank', 'pgtap-visit-00000001'),
                          api.record_search_demand('E05014989', 'food-bank', 'pgtap-visit-00000001'),
                          api.record_search_demand('E05014989', 'food-bank', 'pgtap-visit-00000002') $$,
  'A resident records searches that found little, twice from one visit');
select throws_ok('select * from app.demand_visits', '42501', null, 'Residents cannot read the visits');

select tests.authenticate_as('planner');
select is(api.search_demand(), '[]'::jsonb, 'Two different visits show nothing');
select throws_ok('select * from app.demand_daily', '42501', null, 'Planners cannot read the tables directly either');

select tests.authenticate_as('resident');
select lives_ok($$ select api.record_search_demand('E05014989', 'food-bank', 'pgtap-visit-00000003') $$, 'A third visit asks');

select tests.authenticate_as('planner');
select is((api.search_demand() -> 0 ->> 'visits')::int, 3, 'Three different visits show the count to planners');
select is(api.search_demand() -> 0 ->> 'ward_name', 'Abram', 'named by its ward');
select tests.authenticate_as('moderator');
select is((api.search_demand(28, 'E05014989') -> 0 ->> 'visits')::int, 3, 'Moderators see it too, for one ward');
select tests.authenticate_as('editor-a');
select throws_ok('select api.search_demand()', '42501', 'Only planners and moderators can see searches that found little', 'Editors do not');

select tests.as_owner();
update app.demand_visits set day = day - 1;
update app.demand_keys set day = day - 1;
select is(private.roll_up_search_demand(), 1, 'Yesterday becomes one daily count');
select ok(not exists (select 1 from app.demand_visits) and not exists (select 1 from app.demand_keys)
  and (select visits from app.demand_daily where ward_code = 'E05014989' and term = 'food-bank') = 3,
  'and its hashes and key are deleted');

select * from finish();
rollback;
