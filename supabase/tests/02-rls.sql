-- Row level security per role, on the tables themselves and through the api (the same rules as
-- tests/sql/rls.test.ts).
begin;
select plan(17);

create temp table fx as select
  (select id from app.assets where org_id = '0a000000-0000-4000-8000-00000000000a' and status = 'draft' order by name limit 1) as draft_a,
  (select id from app.assets where org_id = '0b000000-0000-4000-8000-00000000000b' and status <> 'published' order by name limit 1) as draft_b,
  (select id from app.assets where org_id = '0b000000-0000-4000-8000-00000000000b' and status = 'published' order by name limit 1) as published_b,
  (select id from app.assets where org_id = '0a000000-0000-4000-8000-00000000000a' and status = 'published' order by name limit 1) as published_a,
  (select count(*)::int from app.assets where status = 'published') as published_count;
grant select on fx to public;

select tests.clear_authentication();
select results_eq($$ select distinct status from app.assets $$, array['published'], 'Residents see only published assets');
select is((select json_array_length(api.published_assets() -> 'features')), (select published_count from fx), 'published_assets() returns every published asset');
select is(api.asset((select draft_a from fx)), null, 'Residents cannot read a draft through the API');
select throws_ok($$ update app.assets set name = 'Hacked' $$, '42501', null, 'Residents cannot update assets');
select throws_ok($$ insert into app.organisations (name) values ('Sample: Anon') $$, '42501', null, 'Residents cannot register organisations');
select throws_ok($$ select * from app.asset_events $$, '42501', null, 'Residents cannot read the audit trail');

select tests.authenticate_as('editor-a');
select is_empty($$ select id from app.assets where id = (select draft_b from fx) $$, 'An editor of A cannot read drafts of B');
select throws_ok($$ update app.assets set name = 'Sample: Taken over' where id = (select published_b from fx) $$,
  '42501', 'permission denied for table assets', 'An editor cannot write listings directly');
select throws_ok(format($$ select api.save_asset(%L) $$, (select jsonb_build_object('id', published_b, 'version', 1, 'name', 'Sample: Taken over') from fx)),
  '42501', 'Listing not found, or you may not change it', 'An editor of A cannot save listings of B');
select throws_ok($$ insert into app.assets (org_id, name, categories, lat, lng) values ('0b000000-0000-4000-8000-00000000000b', 'Sample: Sneaky', '{youth}', 53.5, -2.6) $$,
  '42501', 'permission denied for table assets', 'An editor cannot insert listings directly');
select throws_ok($$ update app.assets set status = 'published' where id = (select draft_a from fx) $$,
  '42501', 'permission denied for table assets', 'Editors cannot publish by writing the table');
select throws_ok($$ truncate app.asset_events $$, '42501', 'permission denied for table asset_events', 'Nobody signed in can empty the audit trail');
select throws_ok($$ update app.organisations set status = 'verified', auto_publish = true where id = '0a000000-0000-4000-8000-00000000000a' $$,
  '42501', 'permission denied for table organisations', 'An organisation cannot verify itself');
select throws_ok($$ select api.approve_asset((select draft_a from fx), 1) $$, '42501', 'Only moderators can approve listings', 'Editors cannot approve');

select tests.authenticate_as('editor-b');
select is(json_array_length(api.asset_events((select draft_a from fx))), 0, 'Members of B do not see events of A''s assets');

select tests.authenticate_as('editor-a');
select api.submit_asset((select draft_a from fx), (select version from app.assets where id = (select draft_a from fx)));
select tests.authenticate_as('moderator');
select is(api.approve_asset((select draft_a from fx), (select version from app.assets where id = (select draft_a from fx))) ->> 'status', 'published', 'Moderators publish');
select tests.authenticate_as('editor-a');
select ok(json_array_length(api.asset_events((select draft_a from fx))) > 0, 'Members see the events of their own assets');

select * from finish();
rollback;
