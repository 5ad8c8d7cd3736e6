-- What the Data API (PostgREST, and pg_graphql's endpoint) finds on a hosted project.

-- Schema public: usable by the API roles, and the older ALL-privileges default for everything
-- postgres or supabase_admin creates there, TRUNCATE, REFERENCES and TRIGGER included. Kept on
-- purpose: the migrations must be safe even under it (RLS never applies to TRUNCATE).
grant usage on schema public to postgres, anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on tables to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on sequences to anon, authenticated, service_role;
alter default privileges for role postgres in schema public
  grant all on functions to anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on sequences to postgres, anon, authenticated, service_role;
alter default privileges for role supabase_admin in schema public
  grant all on functions to postgres, anon, authenticated, service_role;

-- Exposed by default on hosted projects, for GraphQL. pg_graphql itself is not packaged for
-- Debian, so only the schema exists here (its `graphql()` entry point does not).
create schema graphql_public;
grant usage on schema graphql_public to postgres, anon, authenticated, service_role;

-- PostgREST's in-database configuration, as a hosted project's API settings record it: the
-- exposed schemas (the dashboard's default) and the extra search path. Tests read these to know
-- which schemas a hosted project exposes before anyone changes its settings.
alter role authenticator set pgrst.db_schemas = 'public, graphql_public';
alter role authenticator set pgrst.db_extra_search_path = 'public, extensions';
