-- The messages events owe, written by triggers on the rows that record the events, so every
-- path that causes one (an api function, an import, a moderator's tool) queues it in the same
-- transaction:
--   a listing sent for review        -> each moderator (optional)
--   a moderator's decision on it     -> its organisation's members, with the reason
--   a decision on an organisation    -> its members
--   an invitation                    -> the address invited
-- Reminders to check a listing are queued by private.queue_check_reminders(), run on a schedule.

create function private.london_date(t timestamptz) returns text
language sql stable
set search_path = ''
as $$
  select to_char(t at time zone 'Europe/London', 'FMDD FMMonth YYYY')
$$;
revoke all on function private.london_date(timestamptz) from public;

create function private.asset_events_owe_messages() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  a app.assets;
  by_moderator boolean := exists (select 1 from app.staff s where s.user_id = new.actor and s.role in ('moderator', 'admin'));
  subject text;
  said text[];
  email text;
begin
  select * into a from app.assets x where x.id = new.asset_id;
  if not found then
    return null;
  end if;

  if new.action = 'submitted' then
    foreach email in array array(select private.moderator_emails()) loop
      perform private.enqueue_message('submission_received', email,
        format('To review: %s', left(a.name, 150)),
        array['Hello,', format('“%s” was sent for review on %s.', a.name, private.london_date(new.at))],
        jsonb_build_array(jsonb_build_object('label', 'Open the review queue', 'path', '/review')),
        format('event:%s:%s', new.id, email), optional => true, asset_id => a.id, org_id => a.org_id);
    end loop;
    return null;
  end if;

  if a.org_id is null or not (by_moderator and new.action in ('published', 'rejected', 'changes_requested', 'taken_down')) then
    return null;
  end if;
  subject := case new.action
    when 'published' then format('Published: %s', left(a.name, 150))
    when 'rejected' then format('Not published: %s', left(a.name, 150))
    when 'changes_requested' then format('Changes needed: %s', left(a.name, 150))
    else format('Taken off the map: %s', left(a.name, 150))
  end;
  said := array['Hello,', case new.action
    when 'published' then format('A council moderator approved “%s”. Residents can find it on the map now.', a.name)
    when 'rejected' then format('A council moderator did not publish “%s”.', a.name)
    when 'changes_requested' then format('A council moderator asked for changes to “%s” before it can be published.', a.name)
    else format('A council moderator took “%s” off the map.', a.name)
  end];
  if new.note is not null then
    said := said || format('Their note: %s', new.note);
  end if;
  foreach email in array array(select private.org_contact_emails(a.org_id)) loop
    perform private.enqueue_message('decision', email, subject, said,
      jsonb_build_array(jsonb_build_object('label', 'Open the listing', 'path', format('/organisation/%s/assets/%s', a.org_id, a.id))),
      format('event:%s:%s', new.id, email), asset_id => a.id, org_id => a.org_id);
  end loop;
  return null;
end
$$;

create trigger asset_events_90_owe_messages
  after insert on app.asset_events
  for each row execute function private.asset_events_owe_messages();

create function private.organisation_events_owe_messages() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  o app.organisations;
  said text;
  email text;
begin
  if new.action not in ('verified', 'rejected', 'change_approved', 'change_rejected') then
    return null;
  end if;
  select * into o from app.organisations x where x.id = new.org_id;
  if not found then
    return null;
  end if;
  said := case new.action
    when 'verified' then format('A council moderator verified %s. Your listings can now be published.', o.name)
    when 'rejected' then format('A council moderator could not verify %s.', o.name)
    when 'change_approved' then format('A council moderator approved the changes to %s''s profile.', o.name)
    else format('A council moderator did not approve the changes to %s''s profile.', o.name)
  end;
  foreach email in array array(select private.org_contact_emails(o.id)) loop
    perform private.enqueue_message('decision', email,
      case when new.action in ('verified', 'change_approved') then format('Approved: %s', left(o.name, 150)) else format('Not approved: %s', left(o.name, 150)) end,
      array['Hello,', said] || coalesce(array[format('Their note: %s', new.note)], '{}'),
      jsonb_build_array(jsonb_build_object('label', 'Open your organisation', 'path', format('/organisation/%s', o.id))),
      format('org-event:%s:%s', new.id, email), org_id => o.id);
  end loop;
  return null;
end
$$;

create trigger organisation_events_90_owe_messages
  after insert on app.organisation_events
  for each row execute function private.organisation_events_owe_messages();

-- The invitee learns who invited them and where to say yes; accepting needs them signed in with
-- this address, so the link itself grants nothing.
create function private.invitations_owe_message() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  org_name text := (select o.name from app.organisations o where o.id = new.org_id);
  inviter text := (select u.email from auth.users u where u.id = new.invited_by);
begin
  perform private.enqueue_message('invitation', new.email,
    format('Join %s on Common Ground', left(org_name, 150)),
    array['Hello,',
          format('%s invited you to help keep %s''s listings up to date on Common Ground, as %s.',
                 coalesce(inviter, 'A council moderator'), org_name, case when new.role = 'owner' then 'an owner' else 'an editor' end),
          format('Sign in with this e-mail address (%s) to accept or decline. The invitation lasts until %s.', new.email, private.london_date(new.expires_at)),
          'If you were not expecting this, you can ignore it.'],
    jsonb_build_array(jsonb_build_object('label', 'Accept or decline', 'path', '/organisation')),
    format('invitation:%s', new.id), org_id => new.org_id);
  return null;
end
$$;

create trigger invitations_90_owe_message
  after insert on app.invitations
  for each row execute function private.invitations_owe_message();

-- How often a listing's organisation wants to be asked whether it is still right. No row: every
-- 6 months. 24 is "rarely changes".
create table app.asset_check_plans (
  asset_id uuid primary key references app.assets (id) on delete cascade,
  every_months integer not null constraint asset_check_plans_every_months_check check (every_months in (1, 3, 6, 12, 24)),
  updated_at timestamptz not null default now()
);
alter table app.asset_check_plans enable row level security;

-- The reminders sent about one check date of a listing (`since`: when it was last checked, or
-- imported, or listed). A new check starts a new series.
create table app.check_reminders (
  asset_id uuid not null references app.assets (id) on delete cascade,
  since timestamptz not null,
  round integer not null constraint check_reminders_round_check check (round in (1, 2)),
  sent_at timestamptz not null default now(),
  primary key (asset_id, since, round)
);
alter table app.check_reminders enable row level security;

create function private.check_since(a app.assets) returns timestamptz
language sql immutable
set search_path = ''
as $$
  select coalesce(a.last_verified_at, a.imported_at, a.created_at)
$$;
revoke all on function private.check_since(app.assets) from public;

-- The days between a first and a second reminder, and after the second before the listing is
-- the moderators' to chase.
create function private.reminder_gap() returns interval
language sql immutable
set search_path = ''
as $$
  select interval '14 days'
$$;
revoke all on function private.reminder_gap() from public;

-- Queues the reminders due at `at`: a first one when a published listing's check is due, a
-- second one a reminder gap later if nobody answered. Each of the organisation's members gets
-- their own one-click "Still correct" link (30 days, this version of the listing only) and an
-- "Update it" link to the editor. Safe to run as often as you like: a round is sent once.
-- Returns the number of messages queued.
create function private.queue_check_reminders(at timestamptz default now()) returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  d record;
  email text;
  token text;
  queued integer := 0;
begin
  for d in
    select a.*, coalesce(p.every_months, 6) as every_months, private.check_since(a) as since,
           coalesce((select max(r.round) from app.check_reminders r where r.asset_id = a.id and r.since = private.check_since(a)), 0) as sent_rounds,
           (select max(r.sent_at) from app.check_reminders r where r.asset_id = a.id and r.since = private.check_since(a)) as last_sent
    from app.assets a
    join app.organisations o on o.id = a.org_id and o.status = 'verified'
    left join app.asset_check_plans p on p.asset_id = a.id
    where a.status = 'published'
      and private.check_since(a) + make_interval(months => coalesce(p.every_months, 6)) <= queue_check_reminders.at
    order by a.id
    for update of a
  loop
    continue when d.sent_rounds >= 2 or (d.sent_rounds = 1 and d.last_sent > queue_check_reminders.at - private.reminder_gap());
    insert into app.check_reminders (asset_id, since, round, sent_at) values (d.id, d.since, d.sent_rounds + 1, queue_check_reminders.at);
    foreach email in array array(select private.org_contact_emails(d.org_id)) loop
      token := private.issue_link('confirm_listing', email, interval '30 days', asset_id => d.id, asset_version => d.version, org_id => d.org_id);
      if private.enqueue_message('check_due', email,
        format('%sIs “%s” still right?', case when d.sent_rounds = 1 then 'Second reminder: ' else '' end, left(d.name, 140)),
        array['Hello,',
              format('Residents find “%s” on Common Ground, the neighbourhood map for Wigan borough. It was last checked on %s, and its organisation asked to be reminded every %s.',
                     d.name, private.london_date(d.since), case d.every_months when 1 then 'month' when 24 then 'two years' else d.every_months || ' months' end),
              'If nothing has changed, one click confirms it: you do not need to sign in. If something has changed, sign in and update it.',
              format('The “Still correct” link works once, until %s.', private.london_date(queue_check_reminders.at + interval '30 days'))]
          || case when d.sent_rounds = 1 then array['This is the second reminder. If we do not hear from you, a council moderator will get in touch.'] else '{}' end,
        jsonb_build_array(
          jsonb_build_object('label', 'Still correct', 'path', '/confirm?token=' || token),
          jsonb_build_object('label', 'Update it', 'path', format('/organisation/%s/assets/%s', d.org_id, d.id))),
        format('check:%s:%s:%s:%s', d.id, d.since, d.sent_rounds + 1, email),
        optional => true, asset_id => d.id, org_id => d.org_id) is not null then
        queued := queued + 1;
      end if;
    end loop;
  end loop;
  return queued;
end
$$;
revoke all on function private.queue_check_reminders(timestamptz) from public;

-- Who acts when someone follows a one-click link: the organisation the link was sent for, but
-- only inside the function that redeemed it. The setting names the transaction and is signed,
-- so nobody can set it by hand to act for an organisation.
create function private.link_acts_for(org_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(current_setting('app.link_actor', true), '') = org_id::text || ':' || private.sign(org_id::text || ':' || txid_current()::text)
$$;
revoke all on function private.link_acts_for(uuid) from public;

create or replace function private.actor_for(org_id uuid) returns text
language sql stable
set search_path = ''
as $$
  select case
    when private.is_trusted_backend() then 'system'
    when org_id is not null and coalesce(current_setting('app.link_actor', true), '') <> '' and private.link_acts_for(org_id) then 'member'
    when auth.uid() is null then 'stranger'
    when private.is_staff('moderator') then 'moderator'
    when org_id is not null and private.is_member(org_id) then
      case when private.org_auto_publishes(org_id) then 'trusted' else 'member' end
    else 'stranger'
  end
$$;

-- "Still correct" from a reminder: marks the listing checked now, by its organisation, without
-- signing in. Only the version the reminder was about: a listing changed since must be looked
-- at again. Every other copy of the link (sent to the organisation's other members) is used up
-- with it.
create function api.confirm_listing(token text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  link app.signed_links := private.redeem_link(token, 'confirm_listing');
  cur app.assets;
  saved app.assets;
  claims text := current_setting('request.jwt.claims', true);
begin
  select * into cur from app.assets a where a.id = link.asset_id for update;
  if not found or cur.status <> 'published' then
    raise exception 'This listing is not on the map any more, so there is nothing to confirm'
      using errcode = '22023', column = 'token';
  end if;
  if cur.version <> link.asset_version then
    raise exception 'This listing changed on % after the reminder was sent, so this link cannot confirm it', private.london_date(cur.updated_at)
      using errcode = '22023', column = 'token', hint = 'Sign in to check the listing as it is now.';
  end if;
  update app.signed_links l set used_at = now()
  where l.asset_id = cur.id and l.purpose = 'confirm_listing' and l.used_at is null;
  -- The trail names the address the link was sent to.
  perform set_config('request.jwt.claims', jsonb_build_object('role', 'anon', 'email', 'e-mail link to ' || link.email)::text, true);
  perform set_config('app.link_actor', cur.org_id::text || ':' || private.sign(cur.org_id::text || ':' || txid_current()::text), true);
  perform private.set_audit(null);
  update app.assets a set last_verified_at = now() where a.id = cur.id returning * into saved;
  perform set_config('app.link_actor', '', true);
  perform set_config('request.jwt.claims', coalesce(claims, ''), true);
  return jsonb_build_object('id', saved.id, 'name', saved.name, 'org_id', saved.org_id, 'last_verified_at', saved.last_verified_at);
end
$$;
comment on function api.confirm_listing(text) is
  'Marks a listing as still correct from the signed, single-use link in a reminder, without signing in. Definer: the caller is not signed in; the link says which listing, version and organisation.';
grant execute on function api.confirm_listing(text) to anon, authenticated;

-- The check plan of a listing its organisation (or a moderator) can see: how often, when the
-- next check is due and the reminders sent about the current one.
create function api.check_plan(asset_id uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  a app.assets;
  every_months integer;
begin
  select * into a from app.assets x where x.id = check_plan.asset_id;
  if not found or not (private.is_member(a.org_id) or private.is_staff('moderator')) then
    perform private.refuse('Only the listing''s organisation and moderators see its check plan');
  end if;
  every_months := coalesce((select p.every_months from app.asset_check_plans p where p.asset_id = a.id), 6);
  return jsonb_build_object(
    'asset_id', a.id, 'every_months', every_months,
    'due_at', private.check_since(a) + make_interval(months => every_months),
    'reminders', coalesce((select jsonb_agg(jsonb_build_object('round', r.round, 'sent_at', r.sent_at) order by r.round)
                           from app.check_reminders r where r.asset_id = a.id and r.since = private.check_since(a)), '[]'));
end
$$;
comment on function api.check_plan(uuid) is
  'How often a listing''s organisation is reminded to check it, when the next check is due, and the reminders sent about it. Definer: reads the plan and reminder tables, which browsers cannot.';
grant execute on function api.check_plan(uuid) to authenticated;

create function api.set_check_plan(asset_id uuid, every_months integer) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  org uuid := (select a.org_id from app.assets a where a.id = set_check_plan.asset_id);
begin
  if org is null or not (private.is_member(org) or private.is_staff('moderator')) then
    perform private.refuse('Only the listing''s organisation can choose how often it is checked');
  end if;
  if every_months is null or every_months not in (1, 3, 6, 12, 24) then
    perform private.reject('asset_check_plans_every_months_check', 'every_months', 'Choose every month, 3, 6 or 12 months, or "rarely changes"');
  end if;
  insert into app.asset_check_plans (asset_id, every_months) values (set_check_plan.asset_id, every_months)
  on conflict on constraint asset_check_plans_pkey do update set every_months = excluded.every_months, updated_at = now();
  return api.check_plan(set_check_plan.asset_id);
end
$$;
comment on function api.set_check_plan(uuid, integer) is
  'A listing''s organisation chooses how often it is reminded to check it (1, 3, 6, 12 months or 24 for "rarely changes"). Definer: writes app.asset_check_plans, which browsers cannot.';
grant execute on function api.set_check_plan(uuid, integer) to authenticated;

-- The reminders sent about a listing's current check date, and its organisation's members'
-- addresses. Definer: reads tables browsers cannot; answers only moderators and the
-- organisation's own members, the people the staleness report is for.
create function private.reminders_about(asset_id uuid, since timestamptz)
returns table (sent integer, last timestamptz, contacts json)
language sql stable security definer
set search_path = ''
as $$
  select count(r.round)::integer, max(r.sent_at),
         (select coalesce(json_agg(e), '[]'::json) from private.org_contact_emails(a.org_id) e)
  from app.assets a
  left join app.check_reminders r on r.asset_id = a.id and r.since = reminders_about.since
  where a.id = reminders_about.asset_id
    and (private.is_staff('moderator') or private.is_member(a.org_id))
  group by a.org_id
$$;
revoke all on function private.reminders_about(uuid, timestamptz) from public;
grant execute on function private.reminders_about(uuid, timestamptz) to authenticated;
grant execute on function private.check_since(app.assets) to authenticated;
grant execute on function private.reminder_gap() to authenticated;

-- Listings whose second reminder went unanswered for a reminder gap: the moderators' to chase,
-- however short the listing's cadence. Definer: reads app.check_reminders; gives only ids.
create function private.unanswered_asset_ids() returns uuid[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(array_agg(a.id), '{}')
  from app.check_reminders r join app.assets a on a.id = r.asset_id
  where r.round = 2 and r.since = private.check_since(a) and r.sent_at <= now() - private.reminder_gap()
$$;
revoke all on function private.unanswered_asset_ids() from public;
grant execute on function private.unanswered_asset_ids() to authenticated;

-- The staleness report, now also saying who was reminded about each listing, how often and when
-- last, and whom a moderator should chase (the organisation's members) once two reminders went
-- unanswered. Otherwise as in 20261202150000.
create or replace function api.staleness_report(months integer) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', s.id, 'name', s.name, 'org_id', s.org_id, 'org_name', s.org_name,
    'last_verified_at', s.last_verified_at, 'checked_by', s.checked_by,
    'imported_at', s.imported_at, 'import_batch_id', s.import_batch_id, 'source', s.source,
    'months_since', s.months_since,
    'reminders_sent', coalesce(s.reminders_sent, 0), 'last_reminded_at', s.last_reminded_at,
    'unanswered', s.unanswered,
    'contacts', case when s.unanswered then s.contacts else '[]'::json end
  ) order by s.unanswered desc, s.months_since desc, s.name), '[]'::json)
  from (
    select a.id, a.name, a.org_id, o.name as org_name, a.last_verified_at, a.checked_by,
           a.imported_at, a.import_batch_id, a.source,
           floor(extract(epoch from now() - c.since) / (86400 * 30.436875))::integer as months_since,
           r.sent as reminders_sent, r.last as last_reminded_at, r.contacts,
           coalesce(r.sent >= 2 and r.last <= now() - private.reminder_gap(), false) as unanswered
    from app.assets a
    cross join lateral (select private.check_since(a) as since) as c
    left join lateral private.reminders_about(a.id, c.since) as r on true
    left join app.organisations o on o.id = a.org_id
    where a.status not in ('archived', 'taken_down')
      and (private.is_staff('moderator') or a.org_id = any (private.member_org_ids()))
      and (c.since < now() - make_interval(months => greatest(0, least(staleness_report.months, 1200)))
           or a.id = any (private.unanswered_asset_ids()))
  ) as s
$$;
comment on function api.staleness_report(integer) is
  'Listings not checked for the given number of months, and any whose two reminders went unanswered (unconfirmed imports count from the import, listings never checked from when they were listed), with the reminders sent about each; listings whose two reminders went unanswered come first, with the addresses to chase. Every organisation''s for moderators, their own for members.';
grant execute on function api.staleness_report(integer) to authenticated;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
