// Migrations travel inside the bundle as text, so the browser database runs exactly the SQL that
// `supabase db push` sends. The auth shim stands in for Supabase's own auth schema, locally only.
import authShim from '../../../supabase/local/auth_shim.sql?raw';

const files = import.meta.glob('../../../supabase/migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export const MIGRATIONS = Object.entries(files)
  .map(([path, sql]) => ({ name: path.split('/').pop()!.replace(/\.sql$/, ''), sql }))
  .sort((a, b) => a.name.localeCompare(b.name));

export const AUTH_SHIM = { name: '00000000000000_local_auth_shim', sql: authShim };
