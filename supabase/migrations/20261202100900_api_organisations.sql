-- Organisations through `api`: register, read, edit the profile (reviewed once verified, unless
-- trusted), and membership by invitation. Writes are security definer because browser roles hold
-- no write privilege on app tables; the triggers on app.organisations apply the rules as the
-- caller.

-- An organisation as the Organisation type. Its contact details are public only once it is
-- verified; its proposed edit and review note are for its members and moderators.
create function private.organisation_json(o app.organisations) returns jsonb
language sql stable
set search_path = ''
as $$
  select to_jsonb(o)
    || jsonb_build_object(
      'pending_changes', r.pending_changes,
      'review_note', r.review_note,
      'submitted_at', r.submitted_at)
  from (select 1) as one
  left join app.organisation_reviews r on r.org_id = o.id and private.can_manage(o.id)
$$;
grant execute on function private.organisation_json(app.organisations) to anon, authenticated, service_role;

-- Definer: members' e-mail addresses live in auth.users, which browsers cannot read. Only the
-- organisation's own members and moderators get them; owners also see open invitations.
create function private.org_members(org_id uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if not private.can_manage(org_id) then
    return '[]'::jsonb;
  end if;
  return coalesce((
    select jsonb_agg(jsonb_build_object('user_id', m.user_id, 'email', u.email, 'role', m.role)
                     order by m.role desc, u.email)
    from app.memberships m
    left join auth.users u on u.id = m.user_id
    where m.org_id = org_members.org_id
  ), '[]'::jsonb);
end
$$;
grant execute on function private.org_members(uuid) to anon, authenticated, service_role;

create function private.invitation_json(i app.invitations) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', i.id, 'org_id', i.org_id, 'email', i.email, 'role', i.role, 'created_at', i.created_at,
    'expires_at', i.expires_at,
    'org_name', (select o.name from app.organisations o where o.id = i.org_id))
$$;
grant execute on function private.invitation_json(app.invitations) to anon, authenticated, service_role;

create function private.open_invitations(org_id uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(private.invitation_json(i) order by i.created_at desc), '[]'::jsonb)
  from app.invitations i
  where i.org_id = open_invitations.org_id
    and i.accepted_at is null and i.declined_at is null and i.revoked_at is null and i.expires_at > now()
$$;
grant execute on function private.open_invitations(uuid) to anon, authenticated, service_role;

create function api.organisation(id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select private.organisation_json(o)
    || jsonb_build_object(
      'members', private.org_members(o.id),
      'invitations', case when private.is_member(o.id, 'owner') or private.is_staff('moderator')
                          then private.open_invitations(o.id) else '[]'::jsonb end)
  from app.organisations o
  where o.id = organisation.id
$$;
comment on function api.organisation(uuid) is
  'One organisation, or null when the caller may not see it: verified organisations are public; a pending or rejected one only to its members and moderators. Members also get the member list, owners the open invitations.';
grant execute on function api.organisation(uuid) to anon, authenticated, service_role;

create function api.register_organisation(org jsonb) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  created app.organisations;
begin
  if auth.uid() is null then
    perform private.refuse('Sign in to register an organisation');
  end if;
  if org is null or jsonb_typeof(org) <> 'object' then
    raise exception 'Expected an organisation as a JSON object' using errcode = '22023';
  end if;
  perform private.set_audit(null);
  insert into app.organisations (name, description, email, website, phone)
  values (coalesce(org ->> 'name', ''), coalesce(org ->> 'description', ''),
          org ->> 'email', org ->> 'website', org ->> 'phone')
  returning * into created;
  insert into app.memberships (org_id, user_id, role) values (created.id, auth.uid(), 'owner');
  return private.organisation_json(created);
end
$$;
comment on function api.register_organisation(jsonb) is
  'Registers an organisation as pending, with the caller as its first owner. Until a moderator verifies it, only its members and moderators can see it. Definer: browser roles hold no write privilege on app tables; the organisations triggers check the caller is signed in and the row starts pending.';
grant execute on function api.register_organisation(jsonb) to authenticated;

-- Owners edit the profile. A pending organisation (not public yet) and a trusted one change at
-- once; a verified one proposes the edit for review, so a new name never reaches residents'
-- "Run by" unreviewed.
create function api.update_organisation(id uuid, patch jsonb, version integer default null) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  cur app.organisations;
  proposed app.organisations;
  saved app.organisations;
  changes jsonb;
begin
  select * into cur from app.organisations o where o.id = update_organisation.id for update;
  if not found or not (private.is_member(cur.id, 'owner') or private.is_staff('moderator')) then
    perform private.refuse('Only an owner of the organisation can change its profile');
  end if;
  perform private.require_version('organisation', update_organisation.version, cur.version);
  if patch is null or jsonb_typeof(patch) <> 'object' then
    raise exception 'Expected the changes as a JSON object' using errcode = '22023';
  end if;
  perform private.set_audit(null);
  proposed := private.normalise_organisation(jsonb_populate_record(cur,
    patch - (select coalesce(array_agg(k), '{}') from jsonb_object_keys(patch) as k
             where k not in ('name', 'description', 'email', 'website', 'phone'))));
  if cur.status = 'verified' and not cur.auto_publish and not private.is_staff('moderator') then
    perform private.check_organisation(proposed);
    changes := (
      select jsonb_object_agg(e.key, e.value)
      from jsonb_each(private.organisation_content(proposed)) as e
      where e.value is distinct from private.organisation_content(cur) -> e.key
    );
    insert into app.organisation_reviews as r (org_id, pending_changes, submitted_at)
    values (cur.id, changes, case when changes is not null then now() end)
    on conflict (org_id) do update set
      pending_changes = excluded.pending_changes, submitted_at = excluded.submitted_at, updated_at = now();
    perform private.log_organisation_event(cur.id, case when changes is null then 'updated' else 'change_proposed' end,
      coalesce((select jsonb_object_agg(k, jsonb_build_object('from', private.organisation_content(cur) -> k, 'to', changes -> k))
                from jsonb_object_keys(changes) as k), '{}'),
      case when changes is null then 'Proposed changes withdrawn' end);
    -- The version moves with the proposal, so a moderator's approval names what they read.
    update app.organisations o set updated_at = now() where o.id = cur.id returning * into saved;
  else
    update app.organisations o set
      name = proposed.name, description = proposed.description, email = proposed.email,
      website = proposed.website, phone = proposed.phone
    where o.id = cur.id
    returning * into saved;
  end if;
  return private.organisation_json(saved);
end
$$;
comment on function api.update_organisation(uuid, jsonb, integer) is
  'An owner edits the profile, naming the version they read (stale raises 40001). A verified organisation without auto-publish proposes the edit for review; a pending or trusted one changes at once. Definer: browser roles hold no write privilege on app tables; the organisations triggers apply the same rules as the caller.';
grant execute on function api.update_organisation(uuid, jsonb, integer) to authenticated;

-- Invitations. The answer is the same whether or not the address has an account, so an owner
-- cannot use it to learn who uses the service; the invitee decides.
create function api.invite_member(org_id uuid, email text, role text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  address text := lower(btrim(coalesce(email, '')));
  invited app.invitations;
begin
  if not (private.is_member(invite_member.org_id, 'owner') or private.is_staff('moderator')) then
    perform private.refuse('Only an owner of the organisation can invite members');
  end if;
  if private.org_status(invite_member.org_id) <> 'verified' and not private.is_staff('moderator') then
    perform private.refuse('Your organisation can invite members once a moderator has verified it');
  end if;
  if invite_member.role is null or invite_member.role not in ('owner', 'editor') then
    perform private.reject('invitations_role_check', 'role', format('Role must be owner or editor (got "%s")', left(invite_member.role, 40)));
  end if;
  if address = '' or length(address) > 254 or address !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    perform private.reject('invitations_email_check', 'email', format('Email must look like name@example.org (got "%s")', left(address, 80)));
  end if;
  if exists (select 1 from app.memberships m join auth.users u on u.id = m.user_id
             where m.org_id = invite_member.org_id and lower(u.email) = address) then
    perform private.reject('invitations_email_check', 'email', format('%s is already a member of this organisation', address));
  end if;
  update app.invitations i set revoked_at = now()
  where i.org_id = invite_member.org_id and i.email = address
    and i.accepted_at is null and i.declined_at is null and i.revoked_at is null;
  insert into app.invitations (org_id, email, role, invited_by)
  values (invite_member.org_id, address, invite_member.role, auth.uid())
  returning * into invited;
  perform private.log_organisation_event(invite_member.org_id, 'member_invited',
    jsonb_build_object('email', jsonb_build_object('from', null, 'to', address), 'role', jsonb_build_object('from', null, 'to', invite_member.role)));
  return private.invitation_json(invited);
end
$$;
comment on function api.invite_member(uuid, text, text) is
  'An owner of a verified organisation (or a moderator) invites an e-mail address as owner or editor; inviting again renews the invitation. Says nothing about whether the address has an account. Definer: writes app.invitations and reads auth.users (only to refuse an address that is already a member), which browsers cannot.';
grant execute on function api.invite_member(uuid, text, text) to authenticated;

create function api.revoke_invitation(id uuid) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  inv app.invitations;
begin
  select * into inv from app.invitations i where i.id = revoke_invitation.id for update;
  if not found or not (private.is_member(inv.org_id, 'owner') or private.is_staff('moderator')) then
    perform private.refuse('Only an owner of the organisation can withdraw its invitations');
  end if;
  if inv.accepted_at is not null or inv.declined_at is not null or inv.revoked_at is not null then
    raise exception 'This invitation was already answered or withdrawn' using errcode = '55000';
  end if;
  update app.invitations i set revoked_at = now() where i.id = inv.id;
  perform private.log_organisation_event(inv.org_id, 'invitation_revoked',
    jsonb_build_object('email', jsonb_build_object('from', inv.email, 'to', null)));
end
$$;
comment on function api.revoke_invitation(uuid) is
  'An owner (or a moderator) withdraws an open invitation. Definer: writes app.invitations, which browsers cannot.';
grant execute on function api.revoke_invitation(uuid) to authenticated;

create function api.my_invitations() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(jsonb_agg(private.invitation_json(i) order by i.created_at desc), '[]'::jsonb)
  from app.invitations i
  where i.email = lower(auth.jwt() ->> 'email')
    and i.accepted_at is null and i.declined_at is null and i.revoked_at is null and i.expires_at > now()
$$;
comment on function api.my_invitations() is
  'Open invitations addressed to the signed-in person''s e-mail address.';
grant execute on function api.my_invitations() to authenticated;

-- The invitation the caller may answer: addressed to their own (verified, signed-in) e-mail.
create function private.my_open_invitation(id uuid) returns app.invitations
language plpgsql volatile
set search_path = ''
as $$
declare
  inv app.invitations;
begin
  select * into inv from app.invitations i where i.id = my_open_invitation.id for update;
  if not found or inv.email is distinct from lower(auth.jwt() ->> 'email') then
    perform private.refuse('This invitation is not addressed to you: sign in with the address it was sent to');
  end if;
  if inv.accepted_at is not null or inv.declined_at is not null then
    raise exception 'You have already answered this invitation' using errcode = '55000';
  elsif inv.revoked_at is not null then
    raise exception 'This invitation was withdrawn: ask the organisation to invite you again' using errcode = '55000';
  elsif inv.expires_at <= now() then
    raise exception 'This invitation has expired: ask the organisation to invite you again' using errcode = '55000';
  end if;
  return inv;
end
$$;

create function api.accept_invitation(id uuid) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  inv app.invitations := private.my_open_invitation(accept_invitation.id);
begin
  insert into app.memberships (org_id, user_id, role)
  values (inv.org_id, auth.uid(), inv.role)
  on conflict (org_id, user_id) do nothing;
  update app.invitations i set accepted_at = now(), accepted_by = auth.uid() where i.id = inv.id;
  perform private.log_organisation_event(inv.org_id, 'member_joined',
    jsonb_build_object('email', jsonb_build_object('from', null, 'to', inv.email), 'role', jsonb_build_object('from', null, 'to', inv.role)));
  return jsonb_build_object('org_id', inv.org_id, 'role', inv.role,
    'org_name', (select o.name from app.organisations o where o.id = inv.org_id));
end
$$;
comment on function api.accept_invitation(uuid) is
  'The invitee joins the organisation with the role they were invited to. Only the person signed in with the invited address can accept, once, before it expires. Definer: writes app.memberships, which browsers cannot.';
grant execute on function api.accept_invitation(uuid) to authenticated;

create function api.decline_invitation(id uuid) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  inv app.invitations := private.my_open_invitation(decline_invitation.id);
begin
  update app.invitations i set declined_at = now() where i.id = inv.id;
  perform private.log_organisation_event(inv.org_id, 'invitation_declined',
    jsonb_build_object('email', jsonb_build_object('from', inv.email, 'to', null)));
end
$$;
comment on function api.decline_invitation(uuid) is
  'The invitee says no. Definer: writes app.invitations, which browsers cannot.';
grant execute on function api.decline_invitation(uuid) to authenticated;

create function api.set_member_role(org_id uuid, user_id uuid, role text) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  before text;
begin
  if not (private.is_member(set_member_role.org_id, 'owner') or private.is_staff('moderator')) then
    perform private.refuse('Only an owner of the organisation can change members'' roles');
  end if;
  if set_member_role.role is null or set_member_role.role not in ('owner', 'editor') then
    perform private.reject('memberships_role_check', 'role', format('Role must be owner or editor (got "%s")', left(set_member_role.role, 40)));
  end if;
  select m.role into before from app.memberships m
  where m.org_id = set_member_role.org_id and m.user_id = set_member_role.user_id for update;
  if not found then
    raise exception 'That person is not a member of this organisation' using errcode = 'P0002';
  end if;
  update app.memberships m set role = set_member_role.role
  where m.org_id = set_member_role.org_id and m.user_id = set_member_role.user_id;
  if before <> set_member_role.role then
    perform private.log_organisation_event(set_member_role.org_id, 'member_role_changed',
      jsonb_build_object('role', jsonb_build_object('from', before, 'to', set_member_role.role), 'user_id', to_jsonb(set_member_role.user_id)));
  end if;
end
$$;
comment on function api.set_member_role(uuid, uuid, text) is
  'An owner (or a moderator) makes a member an owner or an editor; an organisation always keeps one owner. Definer: writes app.memberships, which browsers cannot.';
grant execute on function api.set_member_role(uuid, uuid, text) to authenticated;

create function api.remove_member(org_id uuid, user_id uuid) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  leaving boolean := remove_member.user_id = auth.uid();
begin
  if not (leaving or private.is_member(remove_member.org_id, 'owner') or private.is_staff('moderator')) then
    perform private.refuse('Only an owner can remove members (or you can leave yourself)');
  end if;
  delete from app.memberships m where m.org_id = remove_member.org_id and m.user_id = remove_member.user_id;
  if not found then
    raise exception 'That person is not a member of this organisation' using errcode = 'P0002';
  end if;
  perform private.log_organisation_event(remove_member.org_id, case when leaving then 'member_left' else 'member_removed' end,
    jsonb_build_object('user_id', to_jsonb(remove_member.user_id)));
end
$$;
comment on function api.remove_member(uuid, uuid) is
  'An owner (or a moderator) removes a member, or a member leaves; an organisation always keeps one owner. Definer: writes app.memberships, which browsers cannot.';
grant execute on function api.remove_member(uuid, uuid) to authenticated;

create function api.organisation_events(org_id uuid) returns json
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(json_agg(json_build_object(
    'id', e.id, 'org_id', e.org_id, 'actor', e.actor, 'actor_label', e.actor_label,
    'action', e.action, 'diff', e.diff, 'note', e.note, 'at', e.at
  ) order by e.at desc, e.id desc), '[]'::json)
  from app.organisation_events e
  where e.org_id = organisation_events.org_id
$$;
comment on function api.organisation_events(uuid) is
  'An organisation''s audit trail (profile, review decisions, members), newest first: for its members and moderators.';
grant execute on function api.organisation_events(uuid) to authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
