// Connections to the hosted-shape database, and `asRole`, which runs a block the way PostgREST
// runs a request: logged in as authenticator, in one transaction, `role` and
// `request.jwt.claims` set for that transaction only, the search path PostgREST would use.
import postgres, { type Sql, type TransactionSql } from 'postgres';
import { inject } from 'vitest';
import type { HostedRole } from '../../scripts/hosted-db/hostedDb';

/** A JWT's claims. `role` picks the database role (anon when absent), as PostgREST does. */
export interface Claims {
  role?: 'anon' | 'authenticated' | 'service_role' | (string & {});
  sub?: string;
  email?: string;
  [claim: string]: unknown;
}

export interface AsRoleOptions {
  /** Commit instead of rolling back (default: roll back, so tests leave no trace). */
  commit?: boolean;
  /** The schema the request names (Accept-Profile / `supabase.schema(...)`); default `public`. */
  schema?: string;
}

const connections = new Map<HostedRole, Sql>();

/** One shared connection pool per login role, closed by tests/hosted/setup.ts after each file. */
export function connect(role: HostedRole): Sql {
  let sql = connections.get(role);
  if (!sql) {
    const info = inject('hostedDb');
    sql = postgres({
      host: info.host,
      port: info.port,
      database: info.database,
      username: role,
      password: info.passwords[role],
      max: 2,
      onnotice: () => {},
    });
    connections.set(role, sql);
  }
  return sql;
}

/** The project owner: runs migrations, owns the tables, is not a superuser. */
export function owner(): Sql {
  return connect('postgres');
}

/** The bootstrap superuser, for tests that inspect what postgres itself may not. */
export function superuser(): Sql {
  return connect('supabase_admin');
}

export async function closeConnections(): Promise<void> {
  await Promise.all([...connections.values()].map((sql) => sql.end({ timeout: 5 })));
  connections.clear();
}

class Rollback {
  constructor(readonly value: unknown) {}
}

/** Runs fn in a transaction that is always rolled back, and returns what fn returned. */
export async function rolledBack<T>(sql: Sql, fn: (tx: TransactionSql) => Promise<T>): Promise<T> {
  try {
    await sql.begin(async (tx) => {
      throw new Rollback(await fn(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error('unreachable: the transaction always throws');
}

export async function asRole<T>(claims: Claims, fn: (tx: TransactionSql) => Promise<T>, options: AsRoleOptions = {}): Promise<T> {
  const sql = connect('authenticator');
  const searchPath = [options.schema ?? 'public', ...(await extraSearchPath())].map((s) => `"${s}"`).join(', ');
  const request = async (tx: TransactionSql) => {
    await tx`select set_config('search_path', ${searchPath}, true),
                    set_config('role', ${claims.role ?? 'anon'}, true),
                    set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`;
    return fn(tx);
  };
  return options.commit ? ((await sql.begin(request)) as T) : rolledBack(sql, request);
}

let extraPath: Promise<string[]> | undefined;

/** `pgrst.db_extra_search_path`, read from the authenticator's settings like PostgREST reads it. */
function extraSearchPath(): Promise<string[]> {
  extraPath ??= owner()`
    select coalesce((select split_part(s, '=', 2) from pg_db_role_setting, unnest(setconfig) s
                     where setrole = 'authenticator'::regrole and s like 'pgrst.db_extra_search_path=%'), '') as path`.then(([row]) =>
    String(row.path)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return extraPath;
}
