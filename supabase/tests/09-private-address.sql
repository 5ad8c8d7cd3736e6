-- A listing that meets at a private address: residents and other organisations get only its
-- general area (a grid cell centre, no address or postcode) from the published file, api.asset
-- and the tables; its organisation and moderators get the exact location; clearing the flag
-- puts it back (as tests/sql/privateAddress.test.ts).
begin;
select plan(20);

create temp table ids (k text primary key, v uuid);
grant all on ids to public;

-- Organisation B publishes without review.
select tests.authenticate_as('editor-b');
insert into ids (k, v) select 'home', (api.save_asset(jsonb_build_object(
  'org_id', '0b000000-0000-4000-8000-00000000000b', 'kind', 'group', 'name', 'Sample: pgTAP Home Group',
  'categories', jsonb_build_array('older-people'), 'lat', 53.541237, 'lng', -2.591853,
  'address', '14 Quietwater Close, Hindley (sample home)', 'postcode', 'WN2 9QX',
  'free', true, 'private_address', true)) ->> 'id')::uuid;
select api.submit_asset((select v from ids where k = 'home'), (select version from app.assets where id = (select v from ids where k = 'home')));

select tests.as_owner();
select is((select array[lat, lng] from app.assets where id = (select v from ids where k = 'home')),
  array[private.general_area_lat(53.541237), private.general_area_lng(-2.591853)],
  'The listing holds the centre of its grid cell');
select is((select array[lat, lng] from app.assets where id = (select v from ids where k = 'home')), array[53.5455, -2.5875]::float8[],
  'which is 53.5455, -2.5875 for this home');
select is((select count(*)::int from app.assets where id = (select v from ids where k = 'home') and address is null and postcode is null and status = 'published'), 1,
  'and no address or postcode, published');

select tests.authenticate_as('resident');
select ok(position('Quietwater' in api.published_assets()::text) = 0 and position('53.541237' in api.published_assets()::text) = 0
          and position('-2.591853' in api.published_assets()::text) = 0 and position('WN2 9QX' in api.published_assets()::text) = 0,
  'The published file holds neither the point nor the address');
select ok((select bool_or((f -> 'properties' ->> 'private_address')::boolean) from json_array_elements(api.published_assets() -> 'features') as f
           where f -> 'properties' ->> 'id' = (select v from ids where k = 'home')::text),
  'and marks the listing as meeting at a private address');
select is((select api.asset((select v from ids where k = 'home')) ->> 'address'), null, 'A resident gets no address from api.asset');
select is((select (api.asset((select v from ids where k = 'home')) ->> 'lat')::float8), 53.5455::float8, 'and only the general area');
select throws_ok($$ select * from app.asset_private_locations $$, '42501', null, 'A resident cannot read the private table at all');

select tests.authenticate_as('editor-a');
select is((select api.asset((select v from ids where k = 'home')) ->> 'address'), null, 'Another organisation''s member gets no address');
select is((select count(*)::int from app.asset_private_locations), 0, 'nor any row of the private table');
select tests.authenticate_as('planner');
select ok(position('Quietwater' in api.published_assets()::text) = 0, 'A planner''s published set has no address either');
select is((select count(*)::int from app.asset_private_locations), 0, 'nor the private table');

select tests.authenticate_as('editor-b');
select is((select api.asset((select v from ids where k = 'home')) ->> 'address'), '14 Quietwater Close, Hindley (sample home)',
  'The organisation''s member sees the exact address');
select is((select (api.asset((select v from ids where k = 'home')) ->> 'lat')::float8), 53.541237::float8, 'and the exact point');
select tests.authenticate_as('moderator');
select is((select postcode from app.asset_private_locations where asset_id = (select v from ids where k = 'home')), 'WN2 9QX',
  'A moderator reads the exact location');

-- Clearing the flag puts the exact location back for everyone.
select tests.authenticate_as('editor-b');
select api.save_asset(api.asset((select v from ids where k = 'home')) || '{"private_address": false}');
select tests.authenticate_as('resident');
select is((select api.asset((select v from ids where k = 'home')) ->> 'address'), '14 Quietwater Close, Hindley (sample home)',
  'Turned off, residents see the address again');
select is((select (api.asset((select v from ids where k = 'home')) ->> 'lng')::float8), -2.591853::float8, 'and the exact point');
select tests.as_owner();
select is((select count(*)::int from app.asset_private_locations where asset_id = (select v from ids where k = 'home')), 0,
  'and the private row is gone');

-- Organisation A's edits wait for review, but hiding the address does not.
select tests.authenticate_as('editor-a');
insert into ids (k, v) select 'craft', (api.save_asset(jsonb_build_object(
  'org_id', '0a000000-0000-4000-8000-00000000000a', 'kind', 'group', 'name', 'Sample: pgTAP Craft Circle',
  'categories', jsonb_build_array('older-people'), 'lat', 53.538811, 'lng', -2.583306,
  'address', '2 Lantern Yard, Hindley (sample home)', 'free', true)) ->> 'id')::uuid;
select api.submit_asset((select v from ids where k = 'craft'), (select version from app.assets where id = (select v from ids where k = 'craft')));
select tests.authenticate_as('moderator');
select api.approve_asset((select v from ids where k = 'craft'), (select version from app.assets where id = (select v from ids where k = 'craft')));
select tests.authenticate_as('editor-a');
select api.save_asset(api.asset((select v from ids where k = 'craft')) || '{"private_address": true, "name": "Sample: pgTAP Craft Circle (Thursdays)"}');
select tests.authenticate_as('resident');
select is((select api.asset((select v from ids where k = 'craft')) ->> 'address'), null,
  'An organisation whose edits wait for review hides its address at once');
select is((select api.asset((select v from ids where k = 'craft')) ->> 'name'), 'Sample: pgTAP Craft Circle',
  'while the rest of its edit waits for review');

select * from finish();
rollback;
