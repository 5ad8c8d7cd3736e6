-- Organisations: the VCFSE groups that run listings. Anyone signed in may register one; it is
-- pending until a moderator verifies it, and until then only its members and moderators can
-- read it (its contact details are not public). Once verified, profile edits by its owners wait
-- for review like listing edits, unless a moderator trusts the organisation (auto_publish).
-- Every rule is a trigger, so it holds whatever writes the row.

alter table app.organisations
  add constraint organisations_email_length_check check (length(email) <= 254),
  add constraint organisations_website_length_check check (length(website) <= 2048);
alter table app.organisations enable row level security;

create policy "Anyone can read verified organisations"
  on app.organisations for select
  to anon, authenticated
  using (status = 'verified');

create policy "Members can read their own organisation"
  on app.organisations for select
  to authenticated
  using (id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every organisation"
  on app.organisations for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.organisations to anon, authenticated, service_role;

-- The profile fields people edit (OrganisationInput in src/domain/types.ts).
create function private.organisation_content(o app.organisations) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object('name', o.name, 'description', o.description, 'email', o.email,
                            'website', o.website, 'phone', o.phone)
$$;
grant execute on function private.organisation_content(app.organisations) to authenticated, service_role;

create function private.normalise_organisation(o app.organisations) returns app.organisations
language plpgsql immutable
set search_path = ''
as $$
begin
  o.name := btrim(coalesce(o.name, ''));
  o.description := btrim(coalesce(o.description, ''));
  o.email := nullif(lower(btrim(o.email)), '');
  o.website := nullif(btrim(o.website), '');
  o.phone := nullif(btrim(o.phone), '');
  return o;
end
$$;

-- Every rule a person can break while editing a profile, each with a message saying what was
-- expected. Used by the trigger and on proposed edits, which no constraint can see.
create function private.check_organisation(o app.organisations) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  if o.name = '' then
    perform private.reject('organisations_name_check', 'name', 'Give the organisation a name');
  elsif length(o.name) > 200 then
    perform private.reject('organisations_name_check', 'name', 'Organisation names are at most 200 characters');
  end if;
  if length(o.description) > 5000 then
    perform private.reject('organisations_description_check', 'description', 'Descriptions are at most 5,000 characters');
  end if;
  if o.email is not null and (length(o.email) > 254 or o.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
    perform private.reject('organisations_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', left(o.email, 80)));
  end if;
  if o.website is not null and (length(o.website) > 2048 or o.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$') then
    perform private.reject('organisations_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', left(o.website, 80)));
  end if;
  if o.phone is not null and o.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('organisations_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', left(o.phone, 40)));
  end if;
end
$$;

create function private.organisations_prepare() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new := private.normalise_organisation(new);
  perform private.check_organisation(new);
  if tg_op = 'UPDATE' then
    new.id := old.id;
    new.created_at := old.created_at;
    new.version := old.version + 1;
    new.updated_at := now();
  else
    new.version := 1;
  end if;
  return new;
end
$$;

-- Who may change what. The system (migrations, seed, service role) may do anything; a
-- moderator may verify, reject and trust, and edit any profile; an owner may edit the profile
-- of a pending organisation or a trusted one; nobody else may change anything.
create function private.organisations_guard() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  actor text;
begin
  if private.is_trusted_backend() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if auth.uid() is null then
      perform private.refuse('Sign in to register an organisation');
    end if;
    if new.status <> 'pending' or new.auto_publish then
      perform private.refuse('A new organisation starts as pending: only a moderator can verify it', 'status');
    end if;
    return new;
  end if;

  actor := case
    when private.is_staff('moderator') then 'moderator'
    when private.is_member(old.id, 'owner') then 'owner'
    when private.is_member(old.id) then 'editor'
    else 'stranger'
  end;
  if actor = 'moderator' then
    return new;
  end if;
  if new.status is distinct from old.status or new.auto_publish is distinct from old.auto_publish then
    perform private.refuse('Only a moderator can verify, reject or trust an organisation', 'status');
  end if;
  if private.organisation_content(new) is distinct from private.organisation_content(old) then
    if actor <> 'owner' then
      perform private.refuse('Only an owner of the organisation can change its profile');
    elsif old.status = 'rejected' then
      perform private.refuse('This organisation was not verified: its profile cannot be changed');
    elsif old.status = 'verified' and not old.auto_publish then
      perform private.refuse('Profile changes of a verified organisation wait for review: save them with api.update_organisation');
    end if;
  end if;
  return new;
end
$$;

-- Definer: the trail must be written whoever edits, and no browser role may write it.
create function private.organisations_audit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  diff jsonb;
begin
  if tg_op = 'INSERT' then
    perform private.log_organisation_event(new.id, 'registered',
      private.json_diff('{}', jsonb_strip_nulls(private.organisation_content(new))), private.audit_note());
    return null;
  end if;
  if new.status is distinct from old.status then
    perform private.log_organisation_event(new.id, case new.status when 'verified' then 'verified' else 'rejected' end,
      jsonb_build_object('status', jsonb_build_object('from', old.status, 'to', new.status)), private.audit_note());
  end if;
  if new.auto_publish is distinct from old.auto_publish and new.status = old.status then
    perform private.log_organisation_event(new.id, case when new.auto_publish then 'trusted' else 'untrusted' end,
      jsonb_build_object('auto_publish', jsonb_build_object('from', old.auto_publish, 'to', new.auto_publish)), private.audit_note());
  end if;
  diff := private.json_diff(private.organisation_content(old), private.organisation_content(new));
  if diff <> '{}' then
    perform private.log_organisation_event(new.id, coalesce(private.audit_action(), 'updated'), diff, private.audit_note());
  end if;
  return null;
end
$$;

create trigger organisations_10_prepare
  before insert or update on app.organisations
  for each row execute function private.organisations_prepare();

create trigger organisations_20_guard
  before insert or update on app.organisations
  for each row execute function private.organisations_guard();

create trigger organisations_90_audit
  after insert or update on app.organisations
  for each row execute function private.organisations_audit();

-- Proposed profile edits and the moderator's notes: members and moderators only.
alter table app.organisation_reviews
  add constraint organisation_reviews_pending_changes_check check (
    jsonb_typeof(pending_changes) = 'object'
    and (pending_changes - array['name', 'description', 'email', 'website', 'phone']) = '{}'::jsonb),
  add constraint organisation_reviews_review_note_check check (length(review_note) <= 2000);
alter table app.organisation_reviews enable row level security;

create policy "Members can read their organisation's review"
  on app.organisation_reviews for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every organisation's review"
  on app.organisation_reviews for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.organisation_reviews to anon, authenticated, service_role;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
