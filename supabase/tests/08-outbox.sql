-- Messages are rows written with their cause, and one-click links work once (as
-- tests/sql/outbox.test.ts and tests/sql/owedMessages.test.ts).
begin;
select plan(9);

create temp table ids (k text primary key, v uuid, t text);
grant all on ids to public;

select tests.authenticate_as('editor-a');
insert into ids (k, v) select 'club', (api.save_asset(jsonb_build_object(
  'org_id', '0a000000-0000-4000-8000-00000000000a', 'kind', 'group', 'name', 'Sample: pgTAP Outbox Club',
  'categories', jsonb_build_array('older-people'), 'lat', 53.5405, 'lng', -2.5915, 'free', true)) ->> 'id')::uuid;
select api.submit_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.authenticate_as('moderator');
select api.reject_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')), 'Needs a contact');
select throws_ok($$ select count(*) from app.outbox $$, '42501', null, 'Moderators cannot read message bodies directly');

select tests.as_owner();
select is((select count(*)::int from app.outbox where asset_id = (select v from ids where k = 'club') and kind = 'submission_received'), 1,
  'A submission queues a message to each moderator');
select ok((select bool_and(text_body like '%Their note: Needs a contact%') from app.outbox where asset_id = (select v from ids where k = 'club') and kind = 'decision'),
  'A rejection queues its reason to the organisation');
select is((select count(*)::int from app.outbox where asset_id = (select v from ids where k = 'club') and kind = 'decision'),
  (select count(*)::int from app.memberships where org_id = '0a000000-0000-4000-8000-00000000000a'), 'One decision message per member');

select tests.authenticate_as('editor-a');
select api.submit_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.authenticate_as('moderator');
select api.approve_asset((select v from ids where k = 'club'), (select version from app.assets where id = (select v from ids where k = 'club')));
select tests.as_owner();
select private.queue_check_reminders(now() + interval '7 months');
update ids set t = (select substring(links -> 0 ->> 'url' from 'token=(.*)$') from app.outbox
                    where asset_id = (select v from ids where k = 'club') and kind = 'check_due' limit 1) where k = 'club';
select ok((select t from ids where k = 'club') ~ '^[0-9a-f-]{36}\.[0-9a-f]{32}$', 'A due check queues a reminder with a signed link');

select tests.authenticate_as('resident');
select throws_like(format($$ select api.confirm_listing(%L) $$, (select left(t, -1) || 'x' from ids where k = 'club')), 'This link is not valid%', 'An edited link is refused');
select lives_ok(format($$ select api.confirm_listing(%L) $$, (select t from ids where k = 'club')), 'The link confirms the listing without signing in');
select throws_like(format($$ select api.confirm_listing(%L) $$, (select t from ids where k = 'club')), 'This link was already used on%', 'A second click says it was used');
select tests.as_owner();
-- (Who checked is asserted in tests/sql/owedMessages.test.ts: here the approval and the
-- confirmation share one transaction's now(), so the date does not move.)
select is((select count(*)::int from app.signed_links where asset_id = (select v from ids where k = 'club') and purpose = 'confirm_listing' and used_at is null), 0,
  'Every member''s copy of the link is used up with it');

select * from finish();
rollback;
