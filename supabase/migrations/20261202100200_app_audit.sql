-- The audit trails: every change to a listing or an organisation, who made it, when, what
-- changed and why. Append-only for everyone, the database owner included: no update, delete
-- or truncate, and no foreign keys, so undoing an import or deleting a listing cannot take its
-- history with it. Browsers read them through api functions; nobody writes them but the
-- triggers and the functions in this schema.

create function private.refuse_rewrite() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'The audit trail is append-only: % on %.% is not allowed', tg_op, tg_table_schema, tg_table_name
    using errcode = '42501';
end
$$;

alter table app.asset_events drop constraint asset_events_action_check;
alter table app.asset_events add constraint asset_events_action_check check (action in (
  'created', 'updated', 'submitted', 'withdrawn', 'published', 'rejected', 'changes_requested',
  'verified', 'archived', 'restored', 'taken_down', 'reinstated', 'imported', 'import_undone'));
alter table app.asset_events add constraint asset_events_note_check check (length(note) <= 2000);
alter table app.asset_events add constraint asset_events_actor_label_check check (length(actor_label) <= 320);
alter table app.asset_events enable row level security;

create policy "Members can read their organisation's listing history"
  on app.asset_events for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every listing's history"
  on app.asset_events for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.asset_events to authenticated, service_role;

create trigger asset_events_append_only
  before update or delete on app.asset_events
  for each row execute function private.refuse_rewrite();
create trigger asset_events_no_truncate
  before truncate on app.asset_events
  for each statement execute function private.refuse_rewrite();

create table app.organisation_events (
  id bigint generated always as identity primary key,
  org_id uuid not null,
  actor uuid,
  actor_label text constraint organisation_events_actor_label_check check (length(actor_label) <= 320),
  action text not null
    constraint organisation_events_action_check check (action in (
      'registered', 'updated', 'change_proposed', 'change_approved', 'change_rejected',
      'verified', 'rejected', 'trusted', 'untrusted',
      'member_invited', 'invitation_revoked', 'invitation_declined', 'member_joined',
      'member_role_changed', 'member_removed', 'member_left')),
  -- field -> { from, to }
  diff jsonb not null default '{}',
  note text constraint organisation_events_note_check check (length(note) <= 2000),
  at timestamptz not null default now()
);
alter table app.organisation_events enable row level security;
create index organisation_events_org_id_idx on app.organisation_events (org_id, at);

create policy "Members can read their organisation's history"
  on app.organisation_events for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every organisation's history"
  on app.organisation_events for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on app.organisation_events to authenticated, service_role;

create trigger organisation_events_append_only
  before update or delete on app.organisation_events
  for each row execute function private.refuse_rewrite();
create trigger organisation_events_no_truncate
  before truncate on app.organisation_events
  for each statement execute function private.refuse_rewrite();

-- Who to name in the trail: the signed-in person's e-mail, or "system" for the backend.
create function private.actor_label() returns text
language sql stable
set search_path = ''
as $$
  select left(coalesce(auth.jwt() ->> 'email', case when auth.uid() is null then 'system' end), 320)
$$;

create function private.log_asset_event(asset_id uuid, org_id uuid, action text, diff jsonb, note text) returns void
language sql volatile
set search_path = ''
as $$
  insert into app.asset_events (asset_id, org_id, actor, actor_label, action, diff, note)
  values (asset_id, org_id, auth.uid(), private.actor_label(), action, coalesce(diff, '{}'), left(note, 2000))
$$;

create function private.log_organisation_event(org_id uuid, action text, diff jsonb default '{}', note text default null) returns void
language sql volatile
set search_path = ''
as $$
  insert into app.organisation_events (org_id, actor, actor_label, action, diff, note)
  values (org_id, auth.uid(), private.actor_label(), action, coalesce(diff, '{}'), left(note, 2000))
$$;

-- Postgres gives EXECUTE to PUBLIC on every new function; ours are granted role by role above.
revoke execute on all functions in schema api, private from public;
