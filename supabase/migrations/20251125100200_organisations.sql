-- Organisations: the VCFSE groups that own assets. They register themselves (pending) and only a
-- moderator can verify or reject them, enforced here by a trigger, not only in api functions.

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null
    constraint organisations_name_check check (name = btrim(name) and name <> '' and length(name) <= 200),
  description text not null default ''
    constraint organisations_description_check check (length(description) <= 5000),
  email text
    constraint organisations_email_check check (email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  website text
    constraint organisations_website_check check (website ~* '^https?://[^[:space:]/]+\.[^[:space:]]+$'),
  phone text
    constraint organisations_phone_check check (phone ~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$'),
  status text not null default 'pending'
    constraint organisations_status_check check (status in ('pending', 'verified', 'rejected')),
  -- A verified organisation may be trusted to publish edits without review.
  auto_publish boolean not null default false
    constraint organisations_auto_publish_check check (not auto_publish or status = 'verified'),
  review_note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid default auth.uid(),
  updated_at timestamptz not null default now()
);
alter table public.organisations enable row level security;

create index organisations_status_idx on public.organisations (status);

create policy "Anyone can read organisations that are not rejected"
  on public.organisations for select
  to anon, authenticated
  using (status <> 'rejected');

create policy "Members can read their own organisation"
  on public.organisations for select
  to authenticated
  using (id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every organisation"
  on public.organisations for select
  to authenticated
  using ((select private.is_staff('moderator')));

create policy "Signed-in people can register an organisation"
  on public.organisations for insert
  to authenticated
  with check ((select auth.uid()) is not null);

create policy "Members can update their organisation's profile"
  on public.organisations for update
  to authenticated
  using (id = any ((select private.member_org_ids())::uuid[]))
  with check (id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can update any organisation"
  on public.organisations for update
  to authenticated
  using ((select private.is_staff('moderator')))
  with check ((select private.is_staff('moderator')));

grant select on public.organisations to anon, authenticated;
grant insert, update on public.organisations to authenticated;
grant all on public.organisations to service_role;

-- Clear messages beside the right field; the check constraints above stay as the backstop.
create or replace function private.organisations_prepare() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.name := btrim(coalesce(new.name, ''));
  new.description := btrim(coalesce(new.description, ''));
  new.email := nullif(lower(btrim(new.email)), '');
  new.website := nullif(btrim(new.website), '');
  new.phone := nullif(btrim(new.phone), '');

  if new.name = '' then
    perform private.reject('organisations_name_check', 'name', 'Give the organisation a name');
  elsif length(new.name) > 200 then
    perform private.reject('organisations_name_check', 'name', 'Organisation names are at most 200 characters');
  end if;
  if new.email is not null and new.email !~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    perform private.reject('organisations_email_check', 'email',
      format('Email must look like name@example.org (got "%s")', new.email));
  end if;
  if new.website is not null and new.website !~* '^https?://[^[:space:]/]+\.[^[:space:]]+$' then
    perform private.reject('organisations_website_check', 'website',
      format('Website must be a full http:// or https:// address (got "%s")', new.website));
  end if;
  if new.phone is not null and new.phone !~ '^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$' then
    perform private.reject('organisations_phone_check', 'phone',
      format('Phone numbers use digits, spaces and brackets, with an optional leading + (got "%s")', new.phone));
  end if;

  if tg_op = 'UPDATE' then
    new.version := old.version + 1;
    new.updated_at := now();
  end if;
  return new;
end
$$;

-- Organisations can never publish or verify themselves: status, auto_publish and the review
-- note change only when a moderator (or the trusted backend) makes the change.
create or replace function private.organisations_guard_status() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_trusted_backend() or private.is_staff('moderator') then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.status <> 'pending' or new.auto_publish or new.review_note is not null then
      raise exception 'A new organisation starts as pending: only a moderator can verify it'
        using errcode = '42501', column = 'status';
    end if;
  elsif new.status is distinct from old.status
     or new.auto_publish is distinct from old.auto_publish
     or new.review_note is distinct from old.review_note then
    raise exception 'Only a moderator can verify or reject an organisation'
      using errcode = '42501', column = 'status';
  end if;
  return new;
end
$$;

-- Definer: whoever registers an organisation becomes its first owner, and nobody may insert an
-- owner membership for an organisation they do not yet own, so the caller cannot do it alone.
create or replace function private.organisations_add_creator() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if auth.uid() is not null and not private.is_staff('moderator')
     and exists (select 1 from auth.users u where u.id = auth.uid()) then
    insert into public.memberships (org_id, user_id, role)
    values (new.id, auth.uid(), 'owner')
    on conflict do nothing;
  end if;
  return null;
end
$$;

-- Triggers of one kind fire in name order: guard, then prepare.
create trigger organisations_10_guard_status
  before insert or update on public.organisations
  for each row execute function private.organisations_guard_status();

create trigger organisations_20_prepare
  before insert or update on public.organisations
  for each row execute function private.organisations_prepare();

create trigger organisations_90_add_creator
  after insert on public.organisations
  for each row execute function private.organisations_add_creator();
