// Applies SQL migrations to an embedded Postgres (PGlite) and remembers which ran, so an upgrade
// applies only the new ones. Pure: it takes the database and the migration texts as arguments,
// so the browser worker (migrations imported as text by Vite) and Node tests (read from disk)
// share it.

/** The part of PGlite (or any Postgres client) the runner needs. */
export interface MigrationDb {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(fn: (tx: MigrationTx) => Promise<T>): Promise<T>;
}

export interface MigrationTx {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Migration {
  /** File name, e.g. `20251125100600_assets.sql`; names sort in the order they must run. */
  name: string;
  sql: string;
}

/** Extensions the migrations create; PGlite must be started with each of them loaded. */
export const REQUIRED_EXTENSIONS = ['pg_trgm', 'cube', 'earthdistance', 'unaccent'] as const;
export type RequiredExtension = (typeof REQUIRED_EXTENSIONS)[number];

/** A migration that failed; the database is as it was before that migration started. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly pgMessage: string,
    /** 1-based line in the migration file where Postgres pointed, when it did. */
    readonly line: number | null,
    readonly code: string | null,
  ) {
    super(`Migration ${migration} failed${line ? ` at line ${line}` : ''}: ${pgMessage}`);
    this.name = 'MigrationError';
  }
}

const TRACKING = `
  create schema if not exists local_meta;
  create table if not exists local_meta.schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  );
  alter table local_meta.schema_migrations enable row level security;
`;

/**
 * Applies, in name order, every migration not yet recorded in `local_meta.schema_migrations`.
 * Each runs in its own transaction together with its tracking row, so a failure leaves no trace
 * of that migration and the next start tries it again. Throws MigrationError naming the file.
 */
export async function applyMigrations(db: MigrationDb, migrations: Migration[]): Promise<{ applied: string[] }> {
  const names = migrations.map((m) => m.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`Migration ${duplicate} is listed twice`);

  await db.exec(TRACKING);
  const done = new Set((await db.query<{ name: string }>('select name from local_meta.schema_migrations')).rows.map((r) => r.name));
  const pending = [...migrations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).filter((m) => !done.has(m.name));

  const applied: string[] = [];
  for (const m of pending) {
    try {
      await db.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query('insert into local_meta.schema_migrations (name) values ($1)', [m.name]);
      });
    } catch (e) {
      const err = e as { message?: string; position?: string | number; code?: string };
      const position = Number(err.position);
      const line = Number.isFinite(position) && position > 0 ? m.sql.slice(0, position - 1).split('\n').length : null;
      throw new MigrationError(m.name, err.message ?? String(e), line, err.code ?? null);
    }
    applied.push(m.name);
  }
  return { applied };
}
