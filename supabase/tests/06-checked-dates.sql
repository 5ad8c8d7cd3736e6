-- Checked dates: a moderator's approval is a check, an import keeps the partner's own date and
-- otherwise says the listing was imported and not yet confirmed (as tests/sql/checkedDates.test.ts).
begin;
select plan(7);

create temp table ids (k text primary key, v uuid);
grant all on ids to public;

select tests.authenticate_as('editor-a');
insert into ids select 'club', (api.save_asset(jsonb_build_object(
  'org_id', '0a000000-0000-4000-8000-00000000000a', 'kind', 'group', 'name', 'Sample: pgTAP Checked Club',
  'categories', jsonb_build_array('older-people'), 'lat', 53.5405, 'lng', -2.5915, 'free', true)) ->> 'id')::uuid;
select api.submit_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.authenticate_as('moderator');
select api.approve_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select is((select checked_by from app.assets where id = (select v from ids where k = 'club')), 'moderator', 'Approving a listing is a moderator''s check');
select ok((select last_verified_at > now() - interval '1 minute' from app.assets where id = (select v from ids where k = 'club')), 'The approval is the checked date');

select api.commit_import('pgTAP dated partner', 'd.csv', null, jsonb_build_array(
  jsonb_build_object('row', 2, 'action', 'insert', 'asset', jsonb_build_object('kind', 'service', 'name', 'Sample: pgTAP dated',
    'categories', jsonb_build_array('advice-money'), 'lat', 53.54, 'lng', -2.63, 'external_id', 'CD-1', 'last_verified_at', '2025-03-14')),
  jsonb_build_object('row', 3, 'action', 'insert', 'asset', jsonb_build_object('kind', 'service', 'name', 'Sample: pgTAP undated',
    'categories', jsonb_build_array('advice-money'), 'lat', 53.55, 'lng', -2.63, 'external_id', 'CD-2'))), '[]');
select is((select (last_verified_at at time zone 'UTC')::date::text || ' ' || checked_by from app.assets where external_id = 'CD-1'), '2025-03-14 partner',
  'An import keeps the partner''s own checked date');
select is((select last_verified_at from app.assets where external_id = 'CD-2'), null, 'An import without a date is not a check');
select ok((select imported_at is not null from app.assets where external_id = 'CD-2'), 'It says when it was imported');
select throws_ok($$ select api.commit_import('pgTAP dated partner', 'd.csv', null, jsonb_build_array(
  jsonb_build_object('row', 7, 'action', 'insert', 'asset', jsonb_build_object('kind', 'service', 'name', 'Sample: pgTAP future',
    'categories', jsonb_build_array('advice-money'), 'lat', 53.56, 'lng', -2.63, 'last_verified_at', '2999-01-01'))), '[]') $$,
  '23514', 'Row 7: the last checked date 2999-01-01 is in the future', 'A checked date in the future is refused, naming the row');

select tests.clear_authentication();
select is((select count(*)::int from json_array_elements(api.published_assets() -> 'features') f
           where f -> 'properties' ->> 'name' = 'Sample: pgTAP undated' and f -> 'properties' ->> 'imported_at' is not null
             and f -> 'properties' ->> 'last_verified_at' is null), 1, 'Residents can tell an unconfirmed import');

select * from finish();
rollback;
