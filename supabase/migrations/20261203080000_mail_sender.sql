-- Delivering the outbox. A sender (supabase/functions/send-mail) claims due messages, hands each
-- to the mail service and records what happened. A claim is a lease: the row is 'sending' until
-- the lease ends, so two senders running at once never take the same message, and a sender that
-- dies mid-run leaves its messages to be claimed again once the lease is over. Failures back off
-- (1 minute, 5, 30, 2 hours, 12 hours); after the last try, or at once when the service refuses the
-- message outright, it is 'dead' and the moderators see it with the reason, and can send it again.
--
-- The sender connects as the database owner (SUPABASE_DB_URL), so these are private functions
-- that no browser role may execute.

-- The unsubscribe address of an optional message, for the List-Unsubscribe header mail programs
-- show as their own "unsubscribe" button.
alter table app.outbox add column unsubscribe_url text;

-- As before, and keeps the unsubscribe address beside the bodies.
create or replace function private.enqueue_message(
  kind text, to_email text, subject text, paragraphs text[], links jsonb, dedupe_key text,
  optional boolean default false, asset_id uuid default null, org_id uuid default null
) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  site text := (select s.url from app.site_settings s);
  recipient text := lower(btrim(to_email));
  full_links jsonb;
  unsubscribe text;
  text_body text;
  html_body text;
  message_id uuid;
begin
  if optional and exists (select 1 from app.mail_opt_outs o where o.email = recipient and o.message_kind = kind) then
    return null;
  end if;
  select coalesce(jsonb_agg(jsonb_build_object('label', l ->> 'label', 'url', site || (l ->> 'path')) order by n), '[]')
  into full_links
  from jsonb_array_elements(coalesce(links, '[]')) with ordinality as x (l, n);
  if optional then
    unsubscribe := site || '/unsubscribe?token=' || private.issue_link('unsubscribe', recipient, null, message_kind => kind);
  end if;

  text_body := array_to_string(paragraphs, E'\n\n')
    || coalesce(E'\n\n' || (select string_agg((l ->> 'label') || ': ' || (l ->> 'url'), E'\n') from jsonb_array_elements(full_links) l), '')
    || E'\n\n-- \nCommon Ground, the neighbourhood map for Wigan borough.'
    || coalesce(E'\nYou can stop these e-mails: ' || unsubscribe, '');
  html_body := '<!doctype html><html lang="en"><body style="font-family: sans-serif; line-height: 1.5">'
    || (select string_agg('<p>' || private.html_escape(p) || '</p>', '') from unnest(paragraphs) p)
    || coalesce((select string_agg('<p><a href="' || private.html_escape(l ->> 'url') || '">' || private.html_escape(l ->> 'label') || '</a></p>', '')
                 from jsonb_array_elements(full_links) l), '')
    || '<p style="color: #555">Common Ground, the neighbourhood map for Wigan borough.'
    || coalesce(' <a href="' || private.html_escape(unsubscribe) || '">Stop these e-mails</a>.', '')
    || '</p></body></html>';

  insert into app.outbox (kind, to_email, subject, text_body, html_body, links, optional, dedupe_key, asset_id, org_id, unsubscribe_url)
  values (kind, recipient, subject, text_body, html_body, full_links, optional, dedupe_key, asset_id, org_id, unsubscribe)
  on conflict on constraint outbox_dedupe_key_unique do nothing
  returning id into message_id;
  return message_id;
end
$$;
revoke all on function private.enqueue_message(text, text, text, text[], jsonb, text, boolean, uuid, uuid) from public;

-- How many times a message is tried before it is dead, and how long to wait after each failure.
create function private.mail_retry_after(attempts integer) returns interval
language sql immutable
set search_path = ''
as $$
  select (array[interval '1 minute', interval '5 minutes', interval '30 minutes', interval '2 hours', interval '12 hours'])[attempts]
$$;
create function private.mail_max_attempts() returns integer
language sql immutable
set search_path = ''
as $$ select 6 $$;

-- Whether a sender has anything to do: the schedule calls the function only then.
create function private.mail_due() returns boolean
language sql stable
set search_path = ''
as $$
  select exists (
    select 1 from app.outbox o
    where (o.status = 'queued' and o.next_attempt_at <= now())
       or (o.status = 'sending' and o.locked_until < now())
  )
$$;

-- Takes up to `batch` due messages for `lease`, oldest first, skipping any another sender holds.
-- A message whose sender died while holding it comes back here once the lease is over; one that
-- has used its last try that way is dead instead.
create function private.claim_outbox(batch integer default 50, lease interval default interval '5 minutes')
returns table (id uuid, to_email text, subject text, text_body text, html_body text, unsubscribe_url text, attempts integer)
language plpgsql volatile
set search_path = ''
as $$
begin
  update app.outbox o
  set status = 'dead', locked_until = null,
      last_error = coalesce(o.last_error || ' / ', '') || 'The sender stopped while sending, on its last try'
  where o.status = 'sending' and o.locked_until < now() and o.attempts >= private.mail_max_attempts();

  return query
  with due as (
    select o.id from app.outbox o
    where ((o.status = 'queued' and o.next_attempt_at <= now()) or (o.status = 'sending' and o.locked_until < now()))
    order by o.next_attempt_at, o.created_at
    limit greatest(batch, 0)
    for update skip locked
  )
  update app.outbox o
  set status = 'sending', locked_until = now() + lease, attempts = o.attempts + 1
  from due
  where o.id = due.id
  returning o.id, o.to_email, o.subject, o.text_body, o.html_body, o.unsubscribe_url, o.attempts;
end
$$;

-- The mail service accepted the message. Only a message still held counts: a sender whose lease
-- ran out records nothing over the one that took the message on.
create function private.outbox_delivered(message_id uuid, provider_id text default null) returns boolean
language sql volatile
set search_path = ''
as $$
  with done as (
    update app.outbox o
    set status = 'sent', sent_at = now(), locked_until = null, provider_id = outbox_delivered.provider_id, last_error = null
    where o.id = message_id and o.status = 'sending'
    returning 1
  )
  select exists (select 1 from done)
$$;

-- The mail service did not take the message: try again later, or give up when the failure is
-- permanent (the service refused the address or the message) or the tries are used up.
create function private.outbox_failed(message_id uuid, error text, permanent boolean default false) returns text
language sql volatile
set search_path = ''
as $$
  update app.outbox o
  set status = case when permanent or o.attempts >= private.mail_max_attempts() then 'dead' else 'queued' end,
      next_attempt_at = case when permanent or o.attempts >= private.mail_max_attempts() then o.next_attempt_at
                             else now() + private.mail_retry_after(o.attempts) end,
      locked_until = null,
      last_error = left(error, 1000)
  where o.id = message_id and o.status = 'sending'
  returning o.status
$$;

-- Messages that could not be sent, or are still being retried after failing, for the moderators:
-- who, what about and why, never the body (its links are for the recipient alone).
create function api.mail_problems() returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  perform private.require_moderator('see the messages that could not be sent');
  return coalesce((
    select jsonb_agg(jsonb_build_object(
      'id', o.id, 'kind', o.kind, 'to_email', o.to_email, 'subject', o.subject, 'status', o.status,
      'attempts', o.attempts, 'last_error', o.last_error, 'next_attempt_at', o.next_attempt_at,
      'created_at', o.created_at, 'asset_id', o.asset_id, 'org_id', o.org_id)
      order by (o.status = 'dead') desc, o.created_at desc)
    from app.outbox o
    where o.status = 'dead' or (o.status in ('queued', 'sending') and o.attempts > 0 and o.last_error is not null)
  ), '[]'::jsonb);
end
$$;
comment on function api.mail_problems() is 'Moderators: messages that could not be sent (dead) or are being retried, with the reason; no bodies. Definer: no browser role reads the outbox.';

-- Sends a dead message again from the first try, e.g. after the address was corrected at the
-- recipient's end or the mail service was fixed.
create function api.retry_message(id uuid) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  m app.outbox;
begin
  perform private.require_moderator('send a message again');
  update app.outbox o
  set status = 'queued', attempts = 0, next_attempt_at = now(), locked_until = null
  where o.id = retry_message.id and o.status = 'dead'
  returning * into m;
  if not found then
    raise exception 'That message is not waiting to be sent again: it may have been sent meanwhile'
      using errcode = '40001';
  end if;
  return jsonb_build_object('id', m.id, 'status', m.status);
end
$$;
comment on function api.retry_message(uuid) is 'Moderators: queue a dead message to be sent again from its first try. Definer: no browser role writes the outbox.';

-- Local mode's Outbox page: every message the app would have sent, newest first, with its links.
-- Called by the browser's own database as its owner (never through the api: the bodies hold
-- one-click links meant for one person), so nothing is granted.
create function private.local_outbox(max_rows integer default 200) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', o.id, 'kind', o.kind, 'to_email', o.to_email, 'subject', o.subject, 'text_body', o.text_body,
    'links', o.links, 'unsubscribe_url', o.unsubscribe_url, 'optional', o.optional, 'status', o.status,
    'created_at', o.created_at) order by o.created_at desc, o.id), '[]'::jsonb)
  from (select * from app.outbox order by created_at desc, id limit max_rows) o
$$;

-- Keeps no more about mail than is needed: a delivered or dead message (its body holds links meant
-- for one person) is deleted 90 days on, and a one-click link 30 days after it expired, when it
-- can only say "not valid any more". Unsubscribe links never expire and stay. Run daily by the
-- schedule in supabase/deploy/schedule-reminders.sql; dedupe keys need no old rows, since each
-- event that owes a message happens once.
create function private.forget_old_mail(at timestamptz default now()) returns jsonb
language plpgsql volatile
set search_path = ''
as $$
declare
  messages integer;
  links integer;
begin
  delete from app.outbox o where o.status in ('sent', 'dead') and o.created_at < at - interval '90 days';
  get diagnostics messages = row_count;
  delete from app.signed_links l where l.expires_at < at - interval '30 days';
  get diagnostics links = row_count;
  return jsonb_build_object('messages', messages, 'links', links);
end
$$;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
grant execute on function api.mail_problems(), api.retry_message(uuid) to authenticated;
