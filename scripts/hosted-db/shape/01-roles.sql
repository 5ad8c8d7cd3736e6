-- The roles of a hosted Supabase project, as its image creates them (supabase/postgres
-- migrations/db: init-scripts and demote-postgres). Runs as `supabase_admin`, the bootstrap
-- superuser (initdb -U supabase_admin). psql variables: postgres_password, authenticator_password.

-- `postgres` is what a project's owner (and `supabase db push`) connects as. It is NOT a
-- superuser on a hosted project: migrations must work without superuser rights.
create role postgres login createrole createdb replication bypassrls password :'postgres_password';

-- The three API roles PostgREST switches to per request (`set local role`), from the JWT's role.
create role anon nologin noinherit;
create role authenticated nologin noinherit;
-- The server's own key: bypasses RLS, never given to a browser.
create role service_role nologin noinherit bypassrls;

-- PostgREST logs in as authenticator, which may become any API role but holds no rights itself.
create role authenticator login noinherit password :'authenticator_password';
grant anon, authenticated, service_role to authenticator;

-- The project owner may act as the API roles (the SQL editor's "run as" and pgTAP tests do).
grant anon, authenticated, service_role to postgres;

-- Owners of the Auth and Storage services' schemas. Hosted projects no longer make postgres a
-- member of these (revoke_admin_roles_from_postgres), so postgres cannot alter their tables.
create role supabase_auth_admin login noinherit noreplication;
create role supabase_storage_admin login noinherit noreplication;

-- The project's database belongs to postgres, which therefore owns schema public (Postgres 15:
-- public is owned by pg_database_owner) and may create schemas.
alter database postgres owner to postgres;

alter role postgres set search_path = "$user", public, extensions;
alter role supabase_admin set search_path = "$user", public, auth, extensions;
-- Hosted projects cap API requests; role settings apply when a role logs in (PostgREST applies
-- the API roles' own settings per request itself).
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
