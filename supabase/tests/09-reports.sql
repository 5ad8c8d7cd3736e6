-- Residents report problems and suggest groups; moderators handle them (as
-- tests/sql/reports.test.ts and tests/sql/suggestions.test.ts).
begin;
select plan(22);

create temp table ids (k text primary key, v uuid);
grant all on ids to public;
insert into ids (k, v) select 'listing', id from app.assets
  where org_id = '0a000000-0000-4000-8000-00000000000a' and status = 'published' order by name limit 1;
insert into ids (k, v) select 'draft', id from app.assets where status = 'draft' limit 1;

-- A request from a client at an address, as PostgREST passes a hosted request's headers.

-- Reporting
select tests.authenticate_as('resident');
select set_config('request.headers', '{"x-forwarded-for": "203.0.113.50, 10.0.0.1"}', true);
select is(api.report_problem((select v from ids where k = 'listing'), 'wrong_times', 'Opens at 10 now', 'Reporter@example.org'),
  '{"received": true}'::jsonb, 'A resident reports a problem without signing in');
select is(api.report_problem((select v from ids where k = 'listing'), 'other', 'spam', null, 'http://spam.example'),
  '{"received": true}'::jsonb, 'The honeypot answers like success');
select throws_ok(format($$ select api.report_problem(%L, 'wrong_times', repeat('x', 100000)) $$, (select v from ids where k = 'listing')),
  '23514', 'What is wrong is at most 2,000 characters (this has 100,000): please shorten it', '100 kB of text is refused with a clear message');
select throws_like(format($$ select api.report_problem(%L, 'wrong_times', E'bad\x07bell') $$, (select v from ids where k = 'listing')),
  '%control characters%', 'Control characters are refused');
select throws_ok(format($$ select api.report_problem(%L, 'wrong_times') $$, (select v from ids where k = 'draft')),
  '22023', null, 'Only published listings can be reported');
select lives_ok(format($$ select api.report_problem(%L, 'wrong_contact', '<b>markup</b>') $$, (select v from ids where k = 'listing')), 'Markup is accepted as text');
select lives_ok(format($$ select api.report_problem(%L, 'wrong_times'), api.report_problem(%L, 'wrong_times'), api.report_problem(%L, 'wrong_times') $$,
  (select v from ids where k = 'listing'), (select v from ids where k = 'listing'), (select v from ids where k = 'listing')), 'Five reports in an hour are taken');
select throws_like(format($$ select api.report_problem(%L, 'wrong_times') $$, (select v from ids where k = 'listing')),
  'You have sent 5 reports in the last hour%', 'The 6th in an hour from one client is refused');
select set_config('request.headers', '{"x-forwarded-for": "203.0.113.51"}', true);
select lives_ok(format($$ select api.report_problem(%L, 'closed_or_moved') $$, (select v from ids where k = 'listing')), 'Another client may still report');
select is((api.asset((select v from ids where k = 'listing')) ->> 'reported_on'), to_char(now() at time zone 'Europe/London', 'YYYY-MM-DD'),
  'Residents see the date a problem was reported');

select tests.as_owner();
select is((select count(*)::int from app.problem_reports where asset_id = (select v from ids where k = 'listing')), 6, 'Six reports stored, none from the honeypot');
select is((select details from app.problem_reports where reason = 'wrong_contact' and asset_id = (select v from ids where k = 'listing')), '<b>markup</b>', 'Markup is stored as text');
select ok(not exists (select 1 from app.rate_hits h where h::text like '%203.0.113.%') and not exists (select 1 from app.problem_reports r where r::text like '%203.0.113.%'),
  'No client address is stored, only salted hashes');

-- The queue and forwarding
select tests.authenticate_as('editor-a');
select throws_ok('select api.report_queue()', '42501', 'Only moderators can see reported problems', 'Members do not see the queue');
select tests.authenticate_as('moderator');
select is((select json_array_length(api.report_queue())), 1, 'Reports on one listing are one row in the queue');
select is((select (api.report_queue() -> 0 ->> 'count')::int), 6, 'The row counts them');
select lives_ok(format($$ select api.handle_reports(%L, %L::jsonb, 'forward', 'Please check') $$, (select v from ids where k = 'listing'),
  (select json_agg(r -> 'id') from json_array_elements(api.report_queue() -> 0 -> 'reports') r)), 'A moderator forwards them to the organisation');
select tests.as_owner();
select is((select count(*)::int from app.outbox where kind = 'report_forwarded' and asset_id = (select v from ids where k = 'listing')),
  (select count(*)::int from private.org_contact_emails('0a000000-0000-4000-8000-00000000000a')), 'Each of the organisation''s members is e-mailed');
select ok(exists (select 1 from app.outbox where kind = 'report_resolved' and to_email = 'reporter@example.org')
  and not exists (select 1 from app.problem_reports where reply_email is not null), 'The reporter is told and their address cleared');
select tests.authenticate_as('editor-a');
select is((select json_array_length(api.org_reports('0a000000-0000-4000-8000-00000000000a'))), 6, 'The organisation''s members see the forwarded problems');

-- Suggestions
select tests.authenticate_as('resident');
select set_config('request.headers', '{"x-forwarded-for": "203.0.113.52"}', true);
select api.suggest_group('Sample: pgTAP Knit Club', 'Knitting', 'Scholes, WN1 3NN', 'Thursdays', 'At the desk', 'knit@example.org');
select tests.authenticate_as('moderator');
select is((select api.handle_suggestion((select (s ->> 'id')::uuid from json_array_elements(api.suggestion_queue()) s where s ->> 'name' = 'Sample: pgTAP Knit Club'),
  'draft', category => 'arts-culture') ->> 'status'), 'drafted', 'A moderator turns a suggestion into a draft listing');
select tests.as_owner();
select ok(exists (select 1 from app.assets where name = 'Sample: pgTAP Knit Club' and status = 'draft' and postcode = 'WN1 3NN')
  and exists (select 1 from app.outbox where kind = 'suggestion_handled' and to_email = 'knit@example.org')
  and not exists (select 1 from app.suggestions where reply_email is not null), 'The draft exists, the suggester is told and their address cleared');

select * from finish();
rollback;
