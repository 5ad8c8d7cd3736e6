-- The audit trail: every change to an asset, who made it, when, what changed and why. Written
-- only by a trigger, so no code path can forget it and nobody can write or rewrite it directly.

create table public.asset_events (
  id bigint generated always as identity primary key,
  asset_id uuid not null references public.assets (id) on delete cascade,
  -- The asset's organisation at the time, so its members can read the event.
  org_id uuid references public.organisations (id) on delete set null,
  actor uuid,
  actor_label text,
  action text not null
    constraint asset_events_action_check check (action in (
      'created', 'updated', 'submitted', 'published', 'rejected', 'changes_requested',
      'verified', 'archived', 'restored', 'imported', 'import_undone')),
  -- field -> { from, to }
  diff jsonb not null default '{}',
  note text,
  at timestamptz not null default now()
);
alter table public.asset_events enable row level security;

create index asset_events_asset_id_idx on public.asset_events (asset_id, at);
create index asset_events_org_id_idx on public.asset_events (org_id);

create policy "Members can read their organisation's asset events"
  on public.asset_events for select
  to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]));

create policy "Moderators can read every asset event"
  on public.asset_events for select
  to authenticated
  using ((select private.is_staff('moderator')));

grant select on public.asset_events to authenticated;
grant all on public.asset_events to service_role;

-- What a person would call the change, read from the row itself so that every writer (api
-- functions, imports, moderators, the service role) is described the same way.
create or replace function private.asset_event_action(old public.assets, new public.assets) returns text
language sql immutable
set search_path = ''
as $$
  select case
    when (to_jsonb(new) -> 'import_batch_id') is distinct from (to_jsonb(old) -> 'import_batch_id') then
      case when to_jsonb(new) ->> 'import_batch_id' is not null then 'imported' else 'import_undone' end
    when new.status is distinct from old.status then
      case
        when old.status = 'archived' then 'restored'
        when new.status = 'pending' then 'submitted'
        when new.status = 'published' then 'published'
        when new.status = 'rejected' then 'rejected'
        when new.status = 'archived' then 'archived'
        when new.status = 'draft' and new.review_note is not null
             and new.review_note is distinct from old.review_note then 'changes_requested'
        else 'updated'
      end
    when new.pending_changes is not null and new.pending_changes is distinct from old.pending_changes then 'submitted'
    when old.pending_changes is not null and new.pending_changes is null then
      case when private.asset_content(new) is distinct from private.asset_content(old) then 'published' else 'rejected' end
    when new.review_note is not null and new.review_note is distinct from old.review_note then 'changes_requested'
    when new.last_verified_at is distinct from old.last_verified_at
         and private.asset_content(new) is not distinct from private.asset_content(old) then 'verified'
    else 'updated'
  end
$$;

-- Definer: the audit trail must be written whoever edits, yet no browser role may insert into
-- it directly (there is no insert policy and no insert grant).
create or replace function private.assets_audit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  action text;
  diff jsonb;
  note text;
  tracked_old jsonb;
  tracked_new jsonb;
begin
  tracked_new := private.asset_content(new) || jsonb_build_object(
    'status', new.status, 'org_id', new.org_id, 'last_verified_at', new.last_verified_at);

  if tg_op = 'INSERT' then
    action := case when to_jsonb(new) ->> 'import_batch_id' is not null then 'imported' else 'created' end;
    diff := private.json_diff('{}', jsonb_strip_nulls(tracked_new));
  else
    action := private.asset_event_action(old, new);
    if action = 'submitted' and new.status = 'published' then
      -- A proposed edit of a published asset: show it against what residents see now.
      diff := (
        select coalesce(jsonb_object_agg(k, jsonb_build_object('from', private.asset_content(old) -> k, 'to', new.pending_changes -> k)), '{}')
        from jsonb_object_keys(new.pending_changes) as k
      );
    else
      tracked_old := private.asset_content(old) || jsonb_build_object(
        'status', old.status, 'org_id', old.org_id, 'last_verified_at', old.last_verified_at);
      diff := private.json_diff(tracked_old, tracked_new);
    end if;
    if action = 'updated' and diff = '{}' then
      return null; -- nothing a person would call a change (e.g. a save with no edits)
    end if;
    if new.review_note is distinct from old.review_note then
      note := new.review_note;
    end if;
  end if;

  insert into public.asset_events (asset_id, org_id, actor, actor_label, action, diff, note)
  values (
    new.id, new.org_id, auth.uid(),
    coalesce(auth.jwt() ->> 'email', case when auth.uid() is null then 'system' end),
    action, diff, note
  );
  return null;
end
$$;

create trigger assets_90_audit
  after insert or update on public.assets
  for each row execute function private.assets_audit();

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
