-- The asset lifecycle, pending changes, version conflicts and the audit trail (the same rules as
-- tests/sql/lifecycle.test.ts).
begin;
select plan(14);

create temp table ids (k text primary key, v uuid);
grant all on ids to public;
create temp table input as select jsonb_build_object(
  'org_id', '0a000000-0000-4000-8000-00000000000a', 'kind', 'group', 'name', 'Sample: pgTAP Club',
  'categories', jsonb_build_array('older-people'), 'lat', 53.5405, 'lng', -2.5915, 'free', true) as j;
grant select on input to public;

select tests.authenticate_as('editor-a');
insert into ids select 'club', (api.save_asset((select j from input)) ->> 'id')::uuid;
select is((select status from app.assets where id = (select v from ids where k = 'club')), 'draft', 'A new asset is a draft');
select is(
  api.save_asset((select j from input) || jsonb_build_object('id', (select v from ids where k = 'club'), 'version', 1, 'name', 'Sample: pgTAP Club (Wed)')) ->> 'version',
  '2', 'Saving bumps the version');
select throws_ok(
  format($$ select api.save_asset(%L::jsonb) $$, (select j from input) || jsonb_build_object('id', (select v from ids where k = 'club'), 'version', 1, 'name', 'late')),
  '40001', 'This listing was changed by someone else since you opened it', 'A save from a stale version raises 40001');
select is((select name from app.assets where id = (select v from ids where k = 'club')), 'Sample: pgTAP Club (Wed)', 'The stale save changed nothing');
select is(api.submit_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club'))) ->> 'status', 'pending', 'Submitting sends a draft for review');

select tests.authenticate_as('moderator');
select ok((select count(*) from json_array_elements(api.review_queue()) q where q ->> 'id' = (select v from ids where k = 'club')::text) = 1, 'The moderator sees it in the review queue');
select is(api.request_changes((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')), 'Add a room') ->> 'status', 'draft', 'Requesting changes returns it to draft');
select tests.authenticate_as('editor-a');
select api.submit_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.authenticate_as('moderator');
select is(api.approve_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club'))) ->> 'status', 'published', 'Approving publishes');

select tests.authenticate_as('editor-a');
select is(
  api.save_asset((select j from input) || jsonb_build_object('id', (select v from ids where k = 'club'), 'version', (select version from app.assets where id = (select v from ids where k = 'club')), 'name', 'Sample: pgTAP Club (new hall)')) -> 'pending_changes' ->> 'name',
  'Sample: pgTAP Club (new hall)', 'An edit of a published asset waits in pending_changes');
select tests.clear_authentication();
select is(api.asset((select v from ids where k = 'club')) ->> 'name', 'Sample: pgTAP Club (Wed)', 'Residents still see the published text');
select tests.authenticate_as('moderator');
select api.approve_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.clear_authentication();
select is(api.asset((select v from ids where k = 'club')) ->> 'name', 'Sample: pgTAP Club (new hall)', 'Approval merges the edit');

select tests.authenticate_as('editor-a');
select is(api.archive_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club'))) ->> 'status', 'archived', 'Assets are archived, not deleted');
select is(api.restore_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club'))) ->> 'status', 'pending', 'Restoring a formerly published listing sends it back to review');
select results_eq(
  format($$ select e ->> 'action' from json_array_elements(api.asset_events(%L)) as e $$, (select v from ids where k = 'club')),
  array['restored', 'archived', 'published', 'submitted', 'published', 'submitted', 'changes_requested', 'submitted', 'updated', 'created'],
  'Every step is in the audit trail, newest first');

select * from finish();
rollback;
