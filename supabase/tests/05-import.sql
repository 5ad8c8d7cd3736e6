-- Partner import: one transaction, a bad row writes nothing, undo restores (as tests/sql/import.test.ts).
begin;
select plan(15);

create temp table rows_in as select jsonb_build_array(
  jsonb_build_object('row', 2, 'action', 'insert', 'asset', jsonb_build_object('kind', 'service', 'name', 'Sample: pgTAP advice', 'categories', jsonb_build_array('advice-money'), 'lat', 53.54, 'lng', -2.63, 'external_id', 'T-1')),
  jsonb_build_object('row', 3, 'action', 'insert', 'asset', jsonb_build_object('kind', 'service', 'name', 'Sample: pgTAP debt', 'categories', jsonb_build_array('advice-money'), 'lat', 53.55, 'lng', -2.63, 'external_id', 'T-2'))
) as good;
grant select on rows_in to public;
create temp table batch (id uuid);
grant all on batch to public;

select tests.authenticate_as('moderator');
select throws_ok(
  format($$ select api.commit_import('pgTAP partner', 'x.csv', null, %L::jsonb, '[]') $$,
         jsonb_set((select good from rows_in), '{1,asset,lat}', '95')),
  '23514', 'Row 3: Latitude must be between -90 and 90 (got 95)', 'A bad row is named and stops the import');
select is((select count(*)::int from app.assets where source = 'pgTAP partner'), 0, 'Nothing from the failed import was written');
insert into batch select (api.commit_import('pgTAP partner', 'x.csv', null, (select good from rows_in), '[]') ->> 'id')::uuid;
select is((select count(*)::int from app.assets where source = 'pgTAP partner' and status = 'published'), 2, 'Imported rows are published');
select is(api.preview_import('pgTAP partner', null, (select good from rows_in)) -> 'unchanged', '[2, 3]'::jsonb, 'The preview knows a re-import of the same file would change nothing');
select is(api.commit_import('pgTAP partner', 'x.csv', null, (select good from rows_in), '[]') ->> 'unchanged', '2', 'Re-importing the same file changes nothing and says so');
select is((api.commit_import('pgTAP partner', 'x.csv', null,
           (select jsonb_agg(jsonb_set(r, '{asset,name}', to_jsonb((r -> 'asset' ->> 'name') || ' (renamed)'))) from jsonb_array_elements((select good from rows_in)) as r),
           '[]') ->> 'updated')::int, 2, 'Re-importing the same external ids with new details updates');
select is((select count(*)::int from app.assets where source = 'pgTAP partner'), 2, 'No duplicates after a re-import');

select tests.authenticate_as('editor-a');
select throws_ok($$ select api.commit_import('pgTAP partner', 'x.csv', null, '[]', '[]') $$, '42501', 'Only moderators can import partner data', 'Only moderators import');
select throws_ok($$ select api.preview_import('pgTAP partner', null, '[]') $$, '42501', 'Only moderators can import partner data', 'Only moderators preview an import');

select tests.authenticate_as('moderator');
select throws_ok($$ select api.undo_import((select id from batch)) $$, '55000',
  'Some of these listings were changed by a later import: undo that import first', 'An older batch waits until the later one is undone');
select lives_ok(
  $$ select api.undo_import(b.id) from app.import_batches b
     where b.partner = 'pgTAP partner' and b.id <> (select id from batch) and b.updated > 0 $$,
  'The later batch can be undone');
select api.undo_import((select id from batch));
select is((select count(*)::int from app.assets where source = 'pgTAP partner'), 0, 'Undoing the first batch removes what it inserted');

select tests.as_owner();
insert into app.assets (org_id, kind, name, description, categories, lat, lng) values
  ('0a000000-0000-4000-8000-00000000000a', 'place', 'Sample: Wigan Mosque', 'A mosque', '{faith}', 53.5601, -2.7001),
  ('0a000000-0000-4000-8000-00000000000a', 'place', 'Sample: Wigan Town Pantry', 'A pantry', '{food-support}', 53.5601, -2.7006);
select tests.authenticate_as('moderator');
select is(
  (select json_agg(s ->> 'name')::text from json_array_elements(
    api.import_candidates('pgTAP partner', '[{"row": 2, "name": "Sample Wigan Town Pantry", "lat": 53.5601, "lng": -2.7001}]') -> 0 -> 'similar') as s),
  '["Sample: Wigan Town Pantry"]',
  'A nearby name that only shares "Sample" and the town is not a possible duplicate');
select ok(
  (select bool_or(l ->> 1 = 'Sample: Wigan Town Pantry' and (l ->> 2)::float8 = 53.5601)
   from json_array_elements(api.import_listings('pgTAP partner') -> 'listings') as l),
  'The listings a check runs against carry their name and place (src/features/import/candidateIndex.ts)');
select tests.authenticate_as('editor-a');
select throws_ok($$ select api.import_listings('pgTAP partner') $$, '42501', null, 'Only moderators read the listings for a check');

select * from finish();
rollback;
