-- The Open Referral UK API (api.oruk_*) on native Postgres 15: residents may call every function
-- but read no private table; the answers show published listings only and never the exact
-- location of a listing at a private address (as tests/sql/oruk.test.ts).
begin;
select plan(15);

select tests.as_owner();
select ok(
  (select bool_and(has_function_privilege('anon', p.oid, 'execute') and has_function_privilege('authenticated', p.oid, 'execute'))
   from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'api' and p.proname like 'oruk\_%'),
  'Residents and signed-in people may execute every api.oruk_* function');
select is((select count(*)::int from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'api' and p.proname like 'oruk\_%'), 12, 'There are twelve of them');
select is((select count(*)::int from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'api' and p.proname like 'oruk\_%' and (p.prosecdef or p.proconfig is distinct from array['search_path=""'])),
  0, 'All run as the caller, with an empty search path');

create temp table ids (k text primary key, v uuid);
grant all on ids to public;
insert into ids
select 'draft', id from app.assets where status = 'draft' order by name limit 1;
insert into ids
select 'home', id from app.assets where status = 'published' and not private_address order by name offset 3 limit 1;
update app.assets set private_address = true where id = (select v from ids where k = 'home');

select tests.authenticate_as('resident');
select throws_ok($$ select * from app.asset_private_locations $$, '42501', null, 'A resident cannot read the private locations');
select throws_ok($$ select * from app.asset_events $$, '42501', null, 'nor the audit trail');
select is((api.oruk_services('{"per_page": "1"}') ->> 'total_items')::int,
  (select count(*)::int from app.assets where status = 'published'), 'Services count the published listings');
select is(api.oruk_service((select v from ids where k = 'draft')::text), null, 'A draft is not a service');
select is(api.oruk_service('not-a-uuid'), null, 'An id that is not a UUID is none');
select throws_ok($$ select api.oruk_services('{"per_page": "0"}') $$, '22023',
  'Parameter per_page must be a whole number from 1 to 200 (got "0")', 'A bad page size is refused, naming the parameter');
select throws_ok($$ select api.oruk_services('{"postcode": "SW1A 1AA"}') $$, '22023', null, 'An unknown postcode is refused');
select ok((api.oruk_services('{"postcode": "WN1 1XX", "proximity": "2000"}') ->> 'total_items')::int > 0,
  'Services near a postcode are found');
select is(
  (select jsonb_array_length(api.oruk_service((select v from ids where k = 'home')::text) -> 'service_at_locations' -> 0 -> 'location' -> 'addresses')),
  0, 'A listing at a private address has no address lines');

select tests.as_owner();
create temp table exact as
select p.lat, p.postcode from app.asset_private_locations p where p.asset_id = (select v from ids where k = 'home');
grant select on exact to public;
select tests.authenticate_as('resident');
select ok(position((select lat::text from exact) in api.oruk_service((select v from ids where k = 'home')::text)::text) = 0
          and position((select postcode from exact) in api.oruk_service((select v from ids where k = 'home')::text)::text) = 0,
  'nor its exact point or postcode');

select is((select count(*)::int from jsonb_array_elements(api.oruk_export(array[(select v from ids where k = 'draft')]))), 0,
  'A resident''s export leaves out the draft');
select tests.authenticate_as('moderator');
select is((select api.oruk_export(array[(select v from ids where k = 'draft')]) -> 0 ->> 'status'), 'inactive',
  'A moderator''s export has it, as inactive');

select * from finish();
rollback;
