-- Residents tell the council about the map (issue 15, items 4 and 5):
--   * "Report a problem" on any published listing: a reason, what is wrong, and an address for a
--     reply if they want one. Open reports wait in the moderators' queue, one row per listing;
--     a moderator resolves, forwards to the listing's organisation, or dismisses them, with a
--     note. Until then residents see "Someone reported a problem on <date>" on the listing.
--   * "Suggest a group": something a resident knows that is not on the map. A moderator turns it
--     into a draft listing, invites the organisation to join, or declines it.
-- Both are open to anyone, signed in or not, so both are guarded the same way: a honeypot field
-- (filled only by robots: the answer looks like success and nothing is stored), field limits
-- (src/domain/limits.ts), and at most 5 a client an hour. A client is known only by a salted
-- hash of its address, the salt replaced every day and the hashes deleted after a day: no
-- address is ever stored. Reply addresses are kept only until the report or suggestion is
-- handled, and cleared in the same transaction that queues the reply.

-- ---------------------------------------------------------------------------------------------
-- One rate limit for every public form.

-- Today's salt (and yesterday's, so an hour that crosses midnight still counts).
create table app.rate_salts (
  day date primary key,
  salt text not null constraint rate_salts_salt_check check (salt ~ '^[0-9a-f]{64}$')
);
alter table app.rate_salts enable row level security;

create table app.rate_hits (
  client_hash text not null constraint rate_hits_client_hash_check check (client_hash ~ '^[0-9a-f]{64}$'),
  purpose text not null constraint rate_hits_purpose_check check (purpose in ('report', 'suggestion')),
  at timestamptz not null default now()
);
alter table app.rate_hits enable row level security;
create index rate_hits_client_idx on app.rate_hits (client_hash, purpose, at);

-- The address a request came from, from the request's headers PostgREST passes on. In local mode (PGlite in the
-- browser) there are no headers and only one client, so every request is 'local'. Never stored:
-- only its salted hash is.
create function private.client_address() returns text
language plpgsql stable
set search_path = ''
as $$
declare
  headers json;
begin
  begin
    headers := nullif(current_setting('request.headers', true), '')::json;
  exception when others then
    headers := null;
  end;
  -- A hosted project sits behind Cloudflare, which sets cf-connecting-ip itself, replacing any a
  -- client sends. X-Forwarded-For's first entry is only what the client claims: used without
  -- Cloudflare, where the proxy in front must set it.
  return coalesce(
    nullif(btrim(headers ->> 'cf-connecting-ip'), ''),
    nullif(btrim(split_part(coalesce(headers ->> 'x-forwarded-for', ''), ',', 1)), ''),
    'local');
end
$$;
revoke all on function private.client_address() from public;

-- How many of one public form a client may send in an hour.
create function private.public_form_hourly_limit() returns integer
language sql immutable
set search_path = ''
as $$
  select 5
$$;
revoke all on function private.public_form_hourly_limit() from public;

-- Counts one submission of a public form against the client's hourly allowance, or refuses it
-- (SQLSTATE 54000) with a sentence saying when to try again. Deletes hits older than a day and
-- salts older than yesterday on the way. Definer: the rate tables are readable by no browser role.
create function private.take_rate_slot(purpose text) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  today date := (now() at time zone 'UTC')::date;
  address text := private.client_address();
  hashes text[];
  used integer;
  oldest timestamptz;
begin
  delete from app.rate_hits h where h.at < now() - interval '1 day';
  delete from app.rate_salts s where s.day < today - 1;
  insert into app.rate_salts (day, salt)
  values (today, encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))
  on conflict (day) do nothing;
  select array_agg(encode(sha256(convert_to(s.salt || ':' || address, 'UTF8')), 'hex') order by s.day desc)
  into hashes
  from app.rate_salts s where s.day >= today - 1;
  -- Two submissions from one client at once are counted one after the other.
  perform pg_advisory_xact_lock(hashtext(hashes[1]));
  select count(*), min(h.at) into used, oldest
  from app.rate_hits h
  where h.client_hash = any (hashes) and h.purpose = take_rate_slot.purpose and h.at > now() - interval '1 hour';
  if used >= private.public_form_hourly_limit() then
    raise exception '%', format('You have sent %s %s in the last hour, which is as many as we take from one place. Please try again after %s',
        private.public_form_hourly_limit(), case purpose when 'report' then 'reports' else 'suggestions' end,
        to_char((oldest + interval '1 hour') at time zone 'Europe/London', 'HH24:MI'))
      using errcode = '54000', hint = 'Nothing was sent. This limit keeps the map free of automated messages.';
  end if;
  insert into app.rate_hits (client_hash, purpose) values (hashes[1], purpose);
end
$$;
revoke all on function private.take_rate_slot(text) from public;

-- Characters no one types (control characters other than tab and new line): refused, so what is
-- stored prints as it was written.
create function private.has_control_characters(t text) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(t ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]', false)
$$;
revoke all on function private.has_control_characters(text) from public;

-- A piece of free text from a public form, trimmed, with Windows line ends made plain, or a
-- refusal beside its field when it is too long or holds control characters.
create function private.public_text(value text, max_length integer, constraint_name text, field text, what text) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  t text := btrim(replace(coalesce(value, ''), E'\r\n', E'\n'), E' \t\n\r');
begin
  if length(t) > max_length then
    perform private.reject(constraint_name, field,
      format('%s is at most %s characters (this has %s): please shorten it', what, to_char(max_length, 'FM999,999'), to_char(length(t), 'FM999,999,999')));
  end if;
  if private.has_control_characters(t) then
    perform private.reject(constraint_name, field,
      format('%s holds characters that cannot be shown (control characters): please type it again', what));
  end if;
  return t;
end
$$;
revoke all on function private.public_text(text, integer, text, text, text) from public;

-- An optional address for a reply: null when left empty, otherwise lower case and valid.
create function private.reply_email(value text, constraint_name text) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  e text := nullif(lower(btrim(coalesce(value, ''))), '');
begin
  if e is not null and (length(e) > 254 or e !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or private.has_control_characters(e)) then
    perform private.reject(constraint_name, 'email',
      case when length(e) > 254 then 'E-mail addresses are at most 254 characters'
           else format('That does not look like an e-mail address (got "%s"): leave it empty if you do not want a reply', left(e, 80)) end);
  end if;
  return e;
end
$$;
revoke all on function private.reply_email(text, text) from public;

-- The honeypot: a field people never see (it is off screen and hidden from screen readers), so
-- anything in it was typed by a robot.
create function private.is_robot(honeypot text) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(btrim(honeypot), '') <> ''
$$;
revoke all on function private.is_robot(text) from public;

-- ---------------------------------------------------------------------------------------------
-- Reports of a problem with a listing.

create table app.problem_reports (
  id uuid primary key default gen_random_uuid(),
  asset_id uuid not null references app.assets (id) on delete cascade,
  reason text not null
    constraint problem_reports_reason_check check (reason in ('closed_or_moved', 'wrong_contact', 'wrong_times', 'wrong_place', 'not_real', 'other')),
  details text not null default ''
    constraint problem_reports_details_check check (length(details) <= 2000 and not private.has_control_characters(details)),
  -- Kept only while the report is open: cleared when the reply is queued.
  reply_email text
    constraint problem_reports_reply_email_check check (length(reply_email) <= 254 and reply_email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  -- open: waiting for a moderator; forwarded: the organisation's to deal with; resolved,
  -- dismissed: a moderator closed it; dealt_with: the organisation closed a forwarded one.
  status text not null default 'open'
    constraint problem_reports_status_check check (status in ('open', 'forwarded', 'resolved', 'dismissed', 'dealt_with')),
  created_at timestamptz not null default now(),
  handled_at timestamptz,
  handled_by uuid,
  note text constraint problem_reports_note_check check (length(note) <= 2000 and not private.has_control_characters(note)),
  dealt_with_at timestamptz,
  dealt_with_by uuid,
  dealt_with_note text constraint problem_reports_dealt_with_note_check check (length(dealt_with_note) <= 2000 and not private.has_control_characters(dealt_with_note)),
  constraint problem_reports_reply_cleared_check check (status = 'open' or reply_email is null)
);
alter table app.problem_reports enable row level security;
create index problem_reports_asset_idx on app.problem_reports (asset_id, created_at) where status in ('open', 'forwarded');

create function private.report_reason_words(reason text) returns text
language sql immutable
set search_path = ''
as $$
  select case reason
    when 'closed_or_moved' then 'It has closed or moved'
    when 'wrong_contact' then 'The contact details are wrong'
    when 'wrong_times' then 'The times are wrong'
    when 'wrong_place' then 'It is in the wrong place on the map'
    when 'not_real' then 'It is not a real service'
    else 'Something else'
  end
$$;
revoke all on function private.report_reason_words(text) from public;

-- Residents report a problem with a published listing. Definer: residents are usually not signed
-- in and browser roles hold no privilege on app.problem_reports; the function checks every field,
-- the honeypot and the client's hourly allowance before it stores anything.
create function api.report_problem(asset_id uuid, reason text, details text default '', email text default null, honeypot text default null)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  a app.assets;
  clean_details text;
  reply text;
begin
  if private.is_robot(honeypot) then
    return jsonb_build_object('received', true);
  end if;
  select * into a from app.assets x where x.id = report_problem.asset_id;
  if not found or a.status <> 'published' or (a.org_id is not null and private.org_status(a.org_id) = 'rejected') then
    raise exception 'This listing is not on the map any more, so there is nothing to report'
      using errcode = '22023', column = 'asset_id';
  end if;
  if reason is null or reason not in ('closed_or_moved', 'wrong_contact', 'wrong_times', 'wrong_place', 'not_real', 'other') then
    perform private.reject('problem_reports_reason_check', 'reason', 'Choose what is wrong with the listing');
  end if;
  clean_details := private.public_text(details, 2000, 'problem_reports_details_check', 'details', 'What is wrong');
  if reason = 'other' and clean_details = '' then
    perform private.reject('problem_reports_details_check', 'details', 'Say what is wrong with the listing');
  end if;
  reply := private.reply_email(email, 'problem_reports_reply_email_check');
  perform private.take_rate_slot('report');
  insert into app.problem_reports (asset_id, reason, details, reply_email)
  values (a.id, reason, clean_details, reply);
  return jsonb_build_object('received', true);
end
$$;
comment on function api.report_problem(uuid, text, text, text, text) is
  'A resident reports a problem with a published listing (a reason, what is wrong, an optional address for a reply). Robots filling the honeypot get the same answer and nothing is stored; a client may send 5 an hour. Definer: anyone may report, signed in or not, and no browser role may write reports.';
grant execute on function api.report_problem(uuid, text, text, text, text) to anon, authenticated;

-- Moderators hear of a new report; several about one listing on one day make one message.
create function private.problem_reports_owe_message() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  a app.assets;
  email text;
begin
  select * into a from app.assets x where x.id = new.asset_id;
  foreach email in array array(select private.moderator_emails()) loop
    perform private.enqueue_message('report_received', email,
      format('Problem reported: %s', left(a.name, 150)),
      array['Hello,', format('A resident reported a problem with “%s” on %s: %s.', a.name, private.london_date(new.created_at), lower(private.report_reason_words(new.reason)))],
      jsonb_build_array(jsonb_build_object('label', 'Open the reported problems', 'path', '/review/reports')),
      format('report:%s:%s:%s', a.id, private.london_date(new.created_at), email), optional => true, asset_id => a.id, org_id => a.org_id);
  end loop;
  return null;
end
$$;
revoke all on function private.problem_reports_owe_message() from public;
create trigger problem_reports_90_owe_message
  after insert on app.problem_reports
  for each row execute function private.problem_reports_owe_message();

-- The date residents see on a listing with a problem waiting: the first report not yet dealt
-- with, as a London date, and nothing of what it says. Definer: reads app.problem_reports; only
-- for published listings, which anyone may see.
create function private.reported_on(asset_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select to_char(min(r.created_at) at time zone 'Europe/London', 'YYYY-MM-DD')
  from app.problem_reports r join app.assets a on a.id = r.asset_id
  where r.asset_id = reported_on.asset_id and r.status in ('open', 'forwarded') and a.status = 'published'
$$;
revoke all on function private.reported_on(uuid) from public;
grant execute on function private.reported_on(uuid) to anon, authenticated;

-- One listing, as in 20261202100800, now saying since when a problem reported with it has waited.
create or replace function api.asset(id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.asset_json(a) || jsonb_build_object('reported_on', private.reported_on(a.id))
  from app.assets a where a.id = asset.id
$$;
comment on function api.asset(uuid) is
  'One listing, or null when the caller may not see it (residents see published listings only; its organisation and moderators also see drafts, proposed edits and review notes), with reported_on: the date of the first reported problem not yet dealt with, or null.';

-- The moderators' queue: one row per listing with open reports, oldest first, with how many,
-- why, when, and each report (never the reporter's address: only whether they left one).
create function api.report_queue() returns json
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_moderator('see reported problems');
  return (
    select coalesce(json_agg(g order by g.first_at, g.asset_id), '[]'::json)
    from (
      select r.asset_id, a.name as asset_name, a.status as asset_status, a.org_id, o.name as org_name,
             count(*)::integer as count,
             min(r.created_at) as first_at, max(r.created_at) as last_at,
             (select json_agg(json_build_object('reason', x.reason, 'count', x.n) order by x.n desc, x.reason)
              from (select r2.reason, count(*)::integer as n from app.problem_reports r2
                    where r2.asset_id = r.asset_id and r2.status = 'open' group by r2.reason) as x) as reasons,
             json_agg(json_build_object('id', r.id, 'reason', r.reason, 'details', r.details, 'created_at', r.created_at,
                                        'wants_reply', r.reply_email is not null) order by r.created_at) as reports
      from app.problem_reports r
      join app.assets a on a.id = r.asset_id
      left join app.organisations o on o.id = a.org_id
      where r.status = 'open'
      group by r.asset_id, a.name, a.status, a.org_id, o.name
    ) as g
  );
end
$$;
comment on function api.report_queue() is
  'Open reports of problems, one row per listing (count, reasons, first and last dates, each report), oldest first: for moderators. Definer: reads app.problem_reports, which browsers cannot.';
grant execute on function api.report_queue() to authenticated;

-- A moderator handles every open report about one listing at once: resolve (fixed), forward
-- (the organisation's to fix: its members get the reports by e-mail and on their pages) or
-- dismiss (nothing wrong), with a note. `report_ids` are the reports the moderator read: a
-- report that arrived since, or one handled meanwhile, refuses with 40001. Reporters who left an
-- address are told, and their address is cleared.
create function api.handle_reports(asset_id uuid, report_ids jsonb, action text, note text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  a app.assets;
  clean_note text;
  open_ids uuid[];
  r app.problem_reports;
  email text;
  new_status text;
  said text[];
begin
  perform private.require_moderator('handle reported problems');
  if action is null or action not in ('resolve', 'forward', 'dismiss') then
    raise exception 'Choose to resolve, forward or dismiss the reports' using errcode = '22023', column = 'action';
  end if;
  clean_note := nullif(private.public_text(note, 2000, 'problem_reports_note_check', 'note', 'Your note'), '');
  select * into a from app.assets x where x.id = handle_reports.asset_id;
  if not found then
    raise exception 'This listing does not exist any more' using errcode = 'P0002', column = 'asset_id';
  end if;
  perform 1 from app.problem_reports p where p.asset_id = a.id and p.status = 'open' for update;
  select coalesce(array_agg(p.id order by p.id), '{}') into open_ids
  from app.problem_reports p where p.asset_id = a.id and p.status = 'open';
  if jsonb_typeof(report_ids) is distinct from 'array' or exists (
       select 1 from jsonb_array_elements(report_ids) as x
       where jsonb_typeof(x) <> 'string' or x #>> '{}' !~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$') then
    raise exception 'Say which reports you read, by their ids' using errcode = '22023', column = 'report_ids';
  end if;
  if open_ids = '{}' or open_ids is distinct from (select array_agg(distinct (x #>> '{}')::uuid order by (x #>> '{}')::uuid) from jsonb_array_elements(report_ids) as x) then
    raise exception 'The reports about this listing changed since you opened them (a new one arrived, or another moderator handled them)'
      using errcode = '40001', hint = 'Look at them again before deciding.';
  end if;
  if action = 'forward' and a.org_id is null then
    raise exception 'This listing has no organisation to forward the reports to: resolve it yourself, or dismiss the reports'
      using errcode = '55000', column = 'action';
  end if;
  new_status := case action when 'resolve' then 'resolved' when 'forward' then 'forwarded' else 'dismissed' end;

  if action = 'forward' then
    said := array['Hello,',
      format('Residents reported %s with “%s” on Common Ground. A council moderator passed %s on to you to check and put right.',
             case when cardinality(open_ids) = 1 then 'a problem' else cardinality(open_ids) || ' problems' end, a.name,
             case when cardinality(open_ids) = 1 then 'it' else 'them' end)]
      || array(select format('%s, %s%s', private.london_date(p.created_at), lower(private.report_reason_words(p.reason)),
                             case when p.details <> '' then ': ' || p.details else '' end)
               from app.problem_reports p where p.id = any (open_ids) order by p.created_at)
      || coalesce(array[format('The moderator''s note: %s', clean_note)], '{}')
      || array['Once the listing is right, mark the report as dealt with on your organisation''s page. Until then residents see that a problem was reported.'];
    foreach email in array array(select private.org_contact_emails(a.org_id)) loop
      perform private.enqueue_message('report_forwarded', email,
        format('Problem reported: %s', left(a.name, 150)), said,
        jsonb_build_array(jsonb_build_object('label', 'Open your listings', 'path', format('/organisation/%s', a.org_id))),
        format('report-forward:%s:%s', open_ids[1], email), asset_id => a.id, org_id => a.org_id);
    end loop;
  end if;

  for r in select * from app.problem_reports p where p.id = any (open_ids) and p.reply_email is not null loop
    perform private.enqueue_message('report_resolved', r.reply_email,
      format('Your report about “%s”', left(a.name, 150)),
      array['Hello,',
            format('Thank you for telling us about a problem with “%s” on %s.', a.name, private.london_date(r.created_at)),
            case action
              when 'resolve' then 'A council moderator has looked into it and the listing has been put right.'
              when 'forward' then 'A council moderator has passed it on to the organisation that runs the listing, so they can put it right.'
              else 'A council moderator looked into it and found nothing that needs changing.'
            end]
        || coalesce(array[format('Their note: %s', clean_note)], '{}')
        || array['We do not keep your e-mail address now that we have replied.'],
      jsonb_build_array(jsonb_build_object('label', 'Open the listing', 'path', format('/asset/%s', a.id))),
      format('report-reply:%s', r.id), asset_id => a.id, org_id => a.org_id);
  end loop;

  update app.problem_reports p
  set status = new_status, handled_at = now(), handled_by = auth.uid(), note = clean_note, reply_email = null
  where p.id = any (open_ids);
  return jsonb_build_object('asset_id', a.id, 'status', new_status, 'handled', cardinality(open_ids));
end
$$;
comment on function api.handle_reports(uuid, jsonb, text, text) is
  'A moderator resolves, forwards to the organisation, or dismisses every open report about one listing (report_ids: a JSON array of the ones they read; 40001 if that changed), with a note; the organisation (forward) and reporters who left an address are e-mailed, and those addresses cleared. Definer: writes app.problem_reports and the outbox, which browsers cannot.';
grant execute on function api.handle_reports(uuid, jsonb, text, text) to authenticated;

-- The problems a moderator forwarded to an organisation that it has not yet marked dealt with.
create function api.org_reports(org_id uuid) returns json
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not (private.is_member(org_id) or private.is_staff('moderator')) then
    perform private.refuse('Only the organisation''s members see the problems reported with its listings');
  end if;
  return (
    select coalesce(json_agg(json_build_object(
      'id', r.id, 'asset_id', r.asset_id, 'asset_name', a.name, 'reason', r.reason, 'details', r.details,
      'created_at', r.created_at, 'forwarded_at', r.handled_at, 'note', r.note
    ) order by r.created_at, r.id), '[]'::json)
    from app.problem_reports r join app.assets a on a.id = r.asset_id
    where a.org_id = org_reports.org_id and r.status = 'forwarded'
  );
end
$$;
comment on function api.org_reports(uuid) is
  'Problems reported with an organisation''s listings that a moderator forwarded to it and it has not yet dealt with (reason, what was said, dates, the moderator''s note): for its members and moderators. Definer: reads app.problem_reports, which browsers cannot.';
grant execute on function api.org_reports(uuid) to authenticated;

-- The organisation says a forwarded problem is dealt with: residents stop seeing the notice once
-- no other problem waits.
create function api.mark_report_dealt_with(id uuid, note text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  r app.problem_reports;
  org uuid;
  clean_note text;
begin
  select * into r from app.problem_reports p where p.id = mark_report_dealt_with.id for update;
  org := (select a.org_id from app.assets a where a.id = r.asset_id);
  if r.id is null or org is null or not (private.is_member(org) or private.is_staff('moderator')) then
    perform private.refuse('Only the listing''s organisation can mark a reported problem as dealt with');
  end if;
  if r.status <> 'forwarded' then
    raise exception 'This problem was already dealt with' using errcode = '55000';
  end if;
  clean_note := nullif(private.public_text(note, 2000, 'problem_reports_dealt_with_note_check', 'note', 'Your note'), '');
  update app.problem_reports p
  set status = 'dealt_with', dealt_with_at = now(), dealt_with_by = auth.uid(), dealt_with_note = clean_note
  where p.id = r.id;
  return jsonb_build_object('id', r.id, 'status', 'dealt_with');
end
$$;
comment on function api.mark_report_dealt_with(uuid, text) is
  'The listing''s organisation (or a moderator) marks a forwarded problem as dealt with. Definer: writes app.problem_reports, which browsers cannot; checks the caller belongs to the organisation.';
grant execute on function api.mark_report_dealt_with(uuid, text) to authenticated;

-- ---------------------------------------------------------------------------------------------
-- Suggestions of a group, place or service that is not on the map.

create table app.suggestions (
  id uuid primary key default gen_random_uuid(),
  name text not null
    constraint suggestions_name_check check (length(name) between 1 and 200 and not private.has_control_characters(name)),
  description text not null default ''
    constraint suggestions_description_check check (length(description) <= 2000 and not private.has_control_characters(description)),
  place text not null default ''
    constraint suggestions_place_check check (length(place) <= 500 and not private.has_control_characters(place)),
  times text not null default ''
    constraint suggestions_times_check check (length(times) <= 500 and not private.has_control_characters(times)),
  contact text not null default ''
    constraint suggestions_contact_check check (length(contact) <= 500 and not private.has_control_characters(contact)),
  -- Kept only until the suggestion is handled.
  reply_email text
    constraint suggestions_reply_email_check check (length(reply_email) <= 254 and reply_email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  status text not null default 'open'
    constraint suggestions_status_check check (status in ('open', 'drafted', 'invited', 'declined')),
  created_at timestamptz not null default now(),
  handled_at timestamptz,
  handled_by uuid,
  note text constraint suggestions_note_check check (length(note) <= 2000 and not private.has_control_characters(note)),
  -- The draft listing made from it.
  asset_id uuid references app.assets (id) on delete set null,
  -- The address a moderator invited to register the organisation.
  invited_email text constraint suggestions_invited_email_check check (length(invited_email) <= 254),
  constraint suggestions_reply_cleared_check check (status = 'open' or reply_email is null)
);
alter table app.suggestions enable row level security;
create index suggestions_open_idx on app.suggestions (created_at) where status = 'open';

-- Residents suggest something for the map. Definer, like api.report_problem: anyone may
-- suggest, signed in or not, and no browser role may write suggestions.
create function api.suggest_group(
  name text, description text default '', place text default '', times text default '', contact text default '',
  email text default null, honeypot text default null
) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  clean_name text;
  clean_description text;
  clean_place text;
  clean_times text;
  clean_contact text;
  reply text;
begin
  if private.is_robot(honeypot) then
    return jsonb_build_object('received', true);
  end if;
  clean_name := private.public_text(name, 200, 'suggestions_name_check', 'name', 'The name');
  if clean_name = '' then
    perform private.reject('suggestions_name_check', 'name', 'Give the name of the group, place or service');
  end if;
  clean_description := private.public_text(description, 2000, 'suggestions_description_check', 'description', 'What it is');
  clean_place := private.public_text(place, 500, 'suggestions_place_check', 'place', 'Where it is');
  clean_times := private.public_text(times, 500, 'suggestions_times_check', 'times', 'When it happens');
  clean_contact := private.public_text(contact, 500, 'suggestions_contact_check', 'contact', 'How to contact it');
  reply := private.reply_email(email, 'suggestions_reply_email_check');
  perform private.take_rate_slot('suggestion');
  insert into app.suggestions (name, description, place, times, contact, reply_email)
  values (clean_name, clean_description, clean_place, clean_times, clean_contact, reply);
  return jsonb_build_object('received', true);
end
$$;
comment on function api.suggest_group(text, text, text, text, text, text, text) is
  'A resident suggests a group, place or service for the map (what, where, when, how to contact it, an optional address to hear back). Robots filling the honeypot get the same answer and nothing is stored; a client may send 5 an hour. Definer: anyone may suggest, signed in or not, and no browser role may write suggestions.';
grant execute on function api.suggest_group(text, text, text, text, text, text, text) to anon, authenticated;

create function private.suggestions_owe_message() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  email text;
begin
  foreach email in array array(select private.moderator_emails()) loop
    perform private.enqueue_message('suggestion_received', email,
      format('Suggested for the map: %s', left(new.name, 150)),
      array['Hello,', format('A resident suggested “%s” for the map on %s.', new.name, private.london_date(new.created_at))],
      jsonb_build_array(jsonb_build_object('label', 'Open the suggestions', 'path', '/review/suggestions')),
      format('suggestion:%s:%s', new.id, email), optional => true);
  end loop;
  return null;
end
$$;
revoke all on function private.suggestions_owe_message() from public;
create trigger suggestions_90_owe_message
  after insert on app.suggestions
  for each row execute function private.suggestions_owe_message();

create function api.suggestion_queue() returns json
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_moderator('see suggestions');
  return (
    select coalesce(json_agg(json_build_object(
      'id', s.id, 'name', s.name, 'description', s.description, 'place', s.place, 'times', s.times,
      'contact', s.contact, 'wants_reply', s.reply_email is not null, 'created_at', s.created_at
    ) order by s.created_at, s.id), '[]'::json)
    from app.suggestions s where s.status = 'open'
  );
end
$$;
comment on function api.suggestion_queue() is
  'Suggestions from residents waiting for a moderator, oldest first (never the suggester''s address: only whether they left one). Definer: reads app.suggestions, which browsers cannot.';
grant execute on function api.suggestion_queue() to authenticated;

-- The organisations a moderator may put a draft listing under (any not rejected), by name.
create function api.organisation_choices() returns json
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_moderator('list every organisation');
  return (
    select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'status', o.status) order by lower(o.name), o.id), '[]'::json)
    from app.organisations o where o.status <> 'rejected'
  );
end
$$;
comment on function api.organisation_choices() is
  'Every organisation that is not rejected (id, name, status), by name: for a moderator choosing whose draft a suggestion becomes. Definer: one list for moderators, without the profile fields the organisation row holds.';
grant execute on function api.organisation_choices() to authenticated;

-- A moderator handles a suggestion:
--   'draft':   a draft listing from what the resident said, under `org_id` if given, in
--              `category`, pinned at the borough's centre until the moderator places it;
--   'invite':  an e-mail to `invite_email` asking the organisation to register and list itself;
--   'decline': nothing more, with a note.
-- The suggester, if they left an address, hears what happened; the address is then cleared.
create function api.handle_suggestion(id uuid, action text, note text default null, org_id uuid default null,
                                      category text default null, invite_email text default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  s app.suggestions;
  clean_note text;
  invitee text;
  draft app.assets;
  postcode text;
begin
  perform private.require_moderator('handle suggestions');
  if action is null or action not in ('draft', 'invite', 'decline') then
    raise exception 'Choose to make a draft listing, invite the organisation, or decline' using errcode = '22023', column = 'action';
  end if;
  clean_note := nullif(private.public_text(note, 2000, 'suggestions_note_check', 'note', 'Your note'), '');
  select * into s from app.suggestions x where x.id = handle_suggestion.id for update;
  if not found then
    raise exception 'This suggestion does not exist' using errcode = 'P0002';
  end if;
  if s.status <> 'open' then
    raise exception 'This suggestion was already handled' using errcode = '40001', hint = 'Look at the suggestions again.';
  end if;

  if action = 'draft' then
    if category is null or not exists (select 1 from app.categories c where c.slug = category) then
      perform private.reject('assets_categories_check', 'category', 'Choose a category for the listing');
    end if;
    if org_id is not null and not exists (select 1 from app.organisations o where o.id = handle_suggestion.org_id) then
      perform private.reject('assets_org_id_check', 'org_id', 'That organisation does not exist');
    end if;
    postcode := upper((regexp_match(s.place, '([A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2})'))[1]);
    perform private.set_audit(null);
    insert into app.assets (org_id, kind, name, description, categories, lat, lng, address, postcode, opening_hours, free, status)
    values (handle_suggestion.org_id, 'group', s.name,
            left(concat_ws(E'\n\n', nullif(s.description, ''),
                           case when s.times <> '' then 'When (as the resident said): ' || s.times end,
                           case when s.contact <> '' then 'Contact (as the resident said): ' || s.contact end), 10000),
            array[category], 53.5451, -2.6325, nullif(s.place, ''), postcode, null, false, 'draft')
    returning * into draft;
  elsif action = 'invite' then
    invitee := nullif(lower(btrim(coalesce(invite_email, ''))), '');
    if invitee is null or length(invitee) > 254 or invitee !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
      perform private.reject('suggestions_invited_email_check', 'invite_email', 'Give the organisation''s e-mail address, such as name@example.org');
    end if;
    perform private.enqueue_message('invitation', invitee,
      format('Put %s on Common Ground', left(s.name, 150)),
      array['Hello,',
            format('A resident suggested “%s” for Common Ground, the neighbourhood map for Wigan borough, so that people nearby can find it.', s.name),
            'It is free. Register your organisation, then add your groups, places and services; a council moderator checks each listing before it appears on the map.']
        || coalesce(array[format('A note from the council moderator: %s', clean_note)], '{}')
        || array['If this is not for you, you can ignore this e-mail.'],
      jsonb_build_array(jsonb_build_object('label', 'Register your organisation', 'path', '/organisation/register')),
      format('suggestion-invite:%s', s.id));
  end if;

  if s.reply_email is not null then
    perform private.enqueue_message('suggestion_handled', s.reply_email,
      format('Your suggestion: %s', left(s.name, 150)),
      array['Hello,',
            format('Thank you for suggesting “%s” for the map on %s.', s.name, private.london_date(s.created_at)),
            case action
              when 'draft' then 'A council moderator is preparing a listing for it. It appears on the map once it has been checked.'
              when 'invite' then 'A council moderator has invited the people who run it to list it themselves.'
              else 'A council moderator looked at it and will not add it to the map.'
            end]
        || coalesce(array[format('Their note: %s', clean_note)], '{}')
        || array['We do not keep your e-mail address now that we have replied.'],
      '[]'::jsonb, format('suggestion-reply:%s', s.id));
  end if;

  update app.suggestions x
  set status = case action when 'draft' then 'drafted' when 'invite' then 'invited' else 'declined' end,
      handled_at = now(), handled_by = auth.uid(), note = clean_note, reply_email = null,
      asset_id = draft.id, invited_email = invitee
  where x.id = s.id;
  return jsonb_build_object('id', s.id, 'status', case action when 'draft' then 'drafted' when 'invite' then 'invited' else 'declined' end,
                            'asset_id', draft.id, 'org_id', draft.org_id);
end
$$;
comment on function api.handle_suggestion(uuid, text, text, uuid, text, text) is
  'A moderator turns a resident''s suggestion into a draft listing, invites the organisation by e-mail, or declines it, with a note; the suggester hears back if they left an address, which is then cleared. Definer: reads and writes app.suggestions and the outbox, which browsers cannot; the draft is inserted as the moderator, so the listing rules apply.';
grant execute on function api.handle_suggestion(uuid, text, text, uuid, text, text) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
