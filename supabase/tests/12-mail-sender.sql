-- Delivering the outbox on native Postgres 15 (as tests/sql/mailSender.test.ts): claims are
-- leases no second sender shares, failures back off and end dead, moderators retry the dead.
begin;
select plan(8);

select tests.as_owner();
update app.outbox set status = 'sent';
create temp table m (k text primary key, v uuid);
insert into m values ('a', private.enqueue_message('decision', 'a@example.org', 'Approved', array['On the map.'], '[]', 'pgtap-send-a'));
insert into m values ('b', private.enqueue_message('decision', 'b@example.org', 'Approved', array['On the map.'], '[]', 'pgtap-send-b'));

select is((select count(*)::int from private.claim_outbox(10)), 2, 'A sender takes every due message');
select is((select count(*)::int from private.claim_outbox(10)), 0, 'A second sender takes none of them while they are held');
select ok(private.outbox_delivered((select v from m where k = 'a'), 'id-1'), 'A delivery is recorded');
select is(private.outbox_failed((select v from m where k = 'b'), '451 busy'), 'queued', 'A temporary failure goes back to the queue');
select ok((select next_attempt_at > now() + interval '59 seconds' from app.outbox where id = (select v from m where k = 'b')), 'and waits a minute before the next try');
update app.outbox set next_attempt_at = now() - interval '1 second' where id = (select v from m where k = 'b');
select private.claim_outbox(10);
select is(private.outbox_failed((select v from m where k = 'b'), '550 no such user', true), 'dead', 'A refusal is final');

select tests.authenticate_as('moderator');
select is((select count(*)::int from jsonb_array_elements(api.mail_problems()) p where p ->> 'to_email' = 'b@example.org' and p ->> 'status' = 'dead'), 1,
  'Moderators see the dead message');
select tests.authenticate_as('editor-a');
select throws_ok($$ select api.mail_problems() $$, '42501', null, 'Nobody else does');

select * from finish();
rollback;
