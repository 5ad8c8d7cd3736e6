-- Test helpers, loaded first (pg_prove runs files in name order). They stay installed in schema
-- `tests` for the other files; each file itself is one transaction that rolls back.
-- Switching identity works like PostgREST: `role` and `request.jwt.claims` for the transaction.

create schema if not exists tests;
grant usage on schema tests to anon, authenticated;

create table if not exists tests.personas (
  id text primary key,
  user_id uuid,
  email text
);
-- The same fixed ids as src/backend/personas.ts and the seed.
insert into tests.personas (id, user_id, email) values
  ('resident', null, null),
  ('editor-a', 'e0000000-0000-4000-8000-0000000000a1', 'editor.a@example.org'),
  ('editor-b', 'e0000000-0000-4000-8000-0000000000b1', 'editor.b@example.org'),
  ('newcomer', 'e0000000-0000-4000-8000-0000000000c1', 'newcomer@example.org'),
  ('moderator', 'd0000000-0000-4000-8000-000000000001', 'moderator@example.gov.uk'),
  ('planner', 'f0000000-0000-4000-8000-000000000001', 'planner@example.gov.uk')
on conflict (id) do update set user_id = excluded.user_id, email = excluded.email;
grant select on tests.personas to anon, authenticated;

-- Act as a persona for the rest of the transaction (resident = anon).
create or replace function tests.authenticate_as(persona text) returns void
language plpgsql
as $$
declare
  p tests.personas;
begin
  select * into p from tests.personas where id = persona;
  if not found then
    raise exception 'Unknown persona %', persona;
  end if;
  if p.user_id is null then
    perform tests.clear_authentication();
    return;
  end if;
  perform set_config('role', 'authenticated', true);
  perform set_config('request.jwt.claims', json_build_object(
    'sub', p.user_id, 'email', p.email, 'role', 'authenticated', 'aud', 'authenticated')::text, true);
end
$$;

create or replace function tests.clear_authentication() returns void
language plpgsql
as $$
begin
  perform set_config('role', 'anon', true);
  perform set_config('request.jwt.claims', '{"role": "anon"}', true);
end
$$;

-- Back to the database owner, e.g. to arrange data a test needs.
create or replace function tests.as_owner() returns void
language plpgsql
as $$
begin
  perform set_config('role', 'none', true);
  perform set_config('request.jwt.claims', '', true);
end
$$;

grant execute on all functions in schema tests to anon, authenticated;

begin;
select plan(3);
select has_function('tests', 'authenticate_as', array['text'], 'tests.authenticate_as(persona) exists');
select tests.authenticate_as('editor-a');
select is(auth.uid(), 'e0000000-0000-4000-8000-0000000000a1'::uuid, 'authenticate_as sets the JWT subject');
select tests.clear_authentication();
select is(current_user::text, 'anon', 'clear_authentication switches to anon');
select * from finish();
rollback;
