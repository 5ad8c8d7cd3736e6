-- Messages are rows. Every e-mail the system owes someone is written to app.outbox in the same
-- transaction as the event that causes it, so a message exists exactly when its cause does. A
-- sender (supabase/functions/send-mail on a hosted project; the Outbox page in local mode) reads
-- the rows; nothing here talks to the network.
--
-- One-click links (confirm a listing, accept an invitation, unsubscribe) are rows in
-- app.signed_links, named in the message by a token: the row id and an HMAC-SHA256 of it under a
-- secret that never leaves the database. The row says what the link may do, until when, and
-- whether it was used; the signature makes a token impossible to guess or edit.

-- The app's public address, put before every link in a message. Empty (local mode): links are
-- paths, which the Outbox page opens on the same origin. A hosted project sets it once:
--   update app.site_settings set url = 'https://map.example.gov.uk';
create table app.site_settings (
  id boolean primary key default true check (id),
  url text not null default ''
    constraint site_settings_url_check check (url = '' or url ~ '^https?://[^[:space:]/]+(/[^[:space:]]*[^/[:space:]])?$'),
  updated_at timestamptz not null default now()
);
insert into app.site_settings default values;
alter table app.site_settings enable row level security;

-- Built with the only hash every Postgres has (sha256, no pgcrypto): the secret is 64 random
-- bytes, kept with its inner and outer pads so signing is two hashes.
create table app.link_secret (
  id boolean primary key default true check (id),
  inner_key bytea not null,
  outer_key bytea not null,
  created_at timestamptz not null default now()
);
alter table app.link_secret enable row level security;

do $$
declare
  k bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
  i bytea := k;
  o bytea := k;
begin
  for n in 0..63 loop
    i := set_byte(i, n, get_byte(k, n) # 54); -- 0x36
    o := set_byte(o, n, get_byte(k, n) # 92); -- 0x5c
  end loop;
  insert into app.link_secret (inner_key, outer_key) values (i, o);
end
$$;

-- Definer: the secret is readable by no role but the owner.
create function private.sign(message text) returns text
language sql stable security definer
set search_path = ''
as $$
  select encode(substring(sha256(s.outer_key || sha256(s.inner_key || convert_to(message, 'UTF8'))) from 1 for 16), 'hex')
  from app.link_secret s
$$;
revoke all on function private.sign(text) from public;

create table app.signed_links (
  id uuid primary key default gen_random_uuid(),
  purpose text not null
    constraint signed_links_purpose_check check (purpose in ('confirm_listing', 'update_listing', 'accept_invitation', 'unsubscribe')),
  email text not null constraint signed_links_email_check check (length(email) <= 254),
  asset_id uuid,
  -- The listing's version when the link was made: a listing changed since cannot be confirmed by it.
  asset_version integer,
  org_id uuid,
  invitation_id uuid,
  -- For 'unsubscribe': the kind of message it stops.
  message_kind text,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  used_at timestamptz
);
alter table app.signed_links enable row level security;
create index signed_links_asset_idx on app.signed_links (asset_id) where asset_id is not null;

-- A token for a new link. Definer: browsers never write links; the events that owe them do.
create function private.issue_link(
  purpose text, email text, lifetime interval,
  asset_id uuid default null, asset_version integer default null, org_id uuid default null,
  invitation_id uuid default null, message_kind text default null
) returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  link_id uuid;
begin
  insert into app.signed_links (purpose, email, asset_id, asset_version, org_id, invitation_id, message_kind, expires_at)
  values (purpose, lower(email), asset_id, asset_version, org_id, invitation_id, message_kind, now() + lifetime)
  returning id into link_id;
  return link_id::text || '.' || private.sign(link_id::text || ':' || purpose);
end
$$;
revoke all on function private.issue_link(text, text, interval, uuid, integer, uuid, uuid, text) from public;

-- The link a token names, if the token is genuine, for this purpose, unexpired and unused;
-- otherwise a sentence that says which of those it is not (SQLSTATE 22023, column 'token').
-- `consume` marks it used, in the caller's transaction. Definer, like issue_link.
create function private.redeem_link(token text, purpose text, consume boolean default true) returns app.signed_links
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  parts text[] := string_to_array(coalesce(btrim(token), ''), '.');
  link app.signed_links;
begin
  if cardinality(parts) <> 2 or parts[1] !~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
     or parts[2] <> private.sign(parts[1] || ':' || purpose) then
    raise exception 'This link is not valid: it may have been cut short when it was copied'
      using errcode = '22023', column = 'token', hint = 'Open the link from the e-mail again, or sign in and do it from the app.';
  end if;
  select * into link from app.signed_links l where l.id = parts[1]::uuid and l.purpose = redeem_link.purpose for update;
  if not found then
    raise exception 'This link is not valid any more' using errcode = '22023', column = 'token';
  end if;
  if link.used_at is not null and purpose <> 'unsubscribe' then
    raise exception 'This link was already used on %', to_char(link.used_at at time zone 'Europe/London', 'FMDD FMMonth YYYY "at" HH24:MI')
      using errcode = '22023', column = 'token', hint = 'Nothing more needs doing. Sign in to make other changes.';
  end if;
  if link.expires_at is not null and link.expires_at < now() then
    raise exception 'This link expired on %', to_char(link.expires_at at time zone 'Europe/London', 'FMDD FMMonth YYYY')
      using errcode = '22023', column = 'token', hint = 'Sign in to do it from the app instead.';
  end if;
  if consume then
    update app.signed_links l set used_at = coalesce(l.used_at, now()) where l.id = link.id returning * into link;
  end if;
  return link;
end
$$;
revoke all on function private.redeem_link(text, text, boolean) from public;

-- People who asked to stop a kind of optional message.
create table app.mail_opt_outs (
  email text not null,
  message_kind text not null,
  created_at timestamptz not null default now(),
  primary key (email, message_kind)
);
alter table app.mail_opt_outs enable row level security;

create table app.outbox (
  id uuid primary key default gen_random_uuid(),
  kind text not null
    constraint outbox_kind_check check (kind in (
      'submission_received', 'decision', 'invitation', 'check_due', 'check_overdue',
      'report_received', 'report_forwarded', 'report_resolved', 'suggestion_received', 'suggestion_handled')),
  to_email text not null
    constraint outbox_to_email_check check (length(to_email) <= 254 and to_email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  subject text not null constraint outbox_subject_check check (length(subject) between 1 and 200),
  text_body text not null,
  html_body text not null,
  -- [{label, url}] exactly as in the bodies, so the Outbox page can offer them as links.
  links jsonb not null default '[]',
  -- Optional messages carry an unsubscribe link and are not written to people who opted out.
  optional boolean not null default false,
  -- One event owes one message per recipient: the same event written twice (a retried
  -- transaction, a reminder job run twice) cannot queue it twice.
  dedupe_key text not null constraint outbox_dedupe_key_unique unique,
  -- What it is about, for the staleness report ("last reminded") and the moderators' view.
  asset_id uuid,
  org_id uuid,
  status text not null default 'queued'
    constraint outbox_status_check check (status in ('queued', 'sending', 'sent', 'dead')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  -- While a sender holds a message (status 'sending'), no other sender takes it.
  locked_until timestamptz,
  last_error text,
  -- The mail service's id for the message, when it gave one.
  provider_id text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
alter table app.outbox enable row level security;
create index outbox_due_idx on app.outbox (next_attempt_at) where status in ('queued', 'sending');
create index outbox_asset_idx on app.outbox (asset_id, created_at) where asset_id is not null;

-- No browser role reads the outbox: bodies hold one-click links meant for one person. The sender
-- and the moderators' view of failed messages go through functions that say what they need.

create function private.html_escape(t text) returns text
language sql immutable
set search_path = ''
as $$
  select replace(replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
$$;
revoke all on function private.html_escape(text) from public;

-- Queues one message, written as plain English paragraphs and links: the plain-text and HTML
-- bodies say the same. `links` is [{label, path}], a path in this app (it gets the site's address
-- in front). Returns the message id, or null when it was not queued: the recipient opted out of
-- this optional kind, or the same dedupe key was queued already. Definer: the events that owe
-- messages run as the person causing them, who may not read the outbox.
create function private.enqueue_message(
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

  insert into app.outbox (kind, to_email, subject, text_body, html_body, links, optional, dedupe_key, asset_id, org_id)
  values (kind, recipient, subject, text_body, html_body, full_links, optional, dedupe_key, asset_id, org_id)
  on conflict on constraint outbox_dedupe_key_unique do nothing
  returning id into message_id;
  return message_id;
end
$$;
revoke all on function private.enqueue_message(text, text, text, text[], jsonb, text, boolean, uuid, uuid) from public;

-- The addresses that speak for an organisation: its members (owners first).
create function private.org_contact_emails(org_id uuid) returns setof text
language sql stable security definer
set search_path = ''
as $$
  select distinct on (lower(u.email)) lower(u.email)
  from app.memberships m join auth.users u on u.id = m.user_id
  where m.org_id = org_contact_emails.org_id and u.email is not null
  order by lower(u.email)
$$;
revoke all on function private.org_contact_emails(uuid) from public;

-- Every moderator's address (admins moderate too).
create function private.moderator_emails() returns setof text
language sql stable security definer
set search_path = ''
as $$
  select distinct lower(u.email)
  from app.staff s join auth.users u on u.id = s.user_id
  where s.role in ('moderator', 'admin') and u.email is not null
$$;
revoke all on function private.moderator_emails() from public;

-- Stops one kind of optional message for the address the link was sent to. Anyone holding the
-- link may use it, as often as they like; it says what it stopped.
create function api.unsubscribe(token text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  link app.signed_links := private.redeem_link(token, 'unsubscribe');
begin
  insert into app.mail_opt_outs (email, message_kind) values (link.email, link.message_kind) on conflict do nothing;
  return jsonb_build_object('email', link.email, 'kind', link.message_kind);
end
$$;
comment on function api.unsubscribe(text) is 'Stops one kind of optional e-mail for the address a signed unsubscribe link was sent to. Definer: the caller is usually not signed in.';
revoke all on function api.unsubscribe(text) from public;
grant execute on function api.unsubscribe(text) to anon, authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
