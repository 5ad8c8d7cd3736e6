// The local database: PGlite in a dedicated worker, under PGliteWorker so several tabs share one
// leader. A new database starts from the snapshot the build made (migrations + seed already in it:
// initdb alone costs 2–2.5 s in a browser); migrations added since then apply on top.
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';
import { applyMigrations } from './migrate';
import { AUTH_SHIM, MIGRATIONS } from './migrations';
import { PGLITE_EXTENSIONS } from './extensions';
import { databaseExists, pickStorage, storageOptions } from './storage';
import { carryPgErrors } from './carryPgErrors';

export type WorkerStatus =
  | { type: 'cg-status'; phase: 'opening' | 'loading-snapshot' | 'migrating' | 'ready'; storage: string; applied?: string[] }
  | { type: 'cg-init-error'; message: string }
  /** Sent by the transport, not the worker: the database has not answered for a long time. */
  | { type: 'cg-slow'; seconds: number };

const post = (m: WorkerStatus) => (self as unknown as Worker).postMessage(m);
const base = import.meta.env.BASE_URL;

async function fetchBlob(path: string): Promise<Blob | undefined> {
  try {
    const res = await fetch(`${base}${path}`);
    return res.ok ? await res.blob() : undefined;
  } catch {
    return undefined;
  }
}

async function isOurs(db: PGlite): Promise<boolean> {
  const r = await db.query<{ ok: boolean }>(`select to_regclass('local_meta.schema_migrations') is not null as ok`);
  return r.rows[0]?.ok === true;
}

void worker({
  async init() {
    const storage = pickStorage();
    try {
      const exists = await databaseExists(storage);
      post({ type: 'cg-status', phase: exists ? 'opening' : 'loading-snapshot', storage });
      const snapshot = exists ? undefined : await fetchBlob('generated/db-snapshot.tar.gz');
      const db = await PGlite.create({
        ...(await storageOptions(storage)),
        extensions: PGLITE_EXTENSIONS,
        loadDataDir: snapshot,
      });
      if (exists && !(await isOurs(db))) {
        // A damaged store can come back empty (OPFS resets unreadable state): never run on it
        // silently, or the person would see a database with none of their data.
        throw new Error('The copy stored in this browser is damaged or incomplete.');
      }
      post({ type: 'cg-status', phase: 'migrating', storage });
      const { applied } = await applyMigrations(db, [AUTH_SHIM, ...MIGRATIONS]);
      if (!exists && !snapshot) {
        // No snapshot (a dev server that skipped the build step): seed from SQL instead.
        const seed = await fetchBlob('generated/seed.sql');
        if (seed) await db.exec(await seed.text());
      }
      post({ type: 'cg-status', phase: 'ready', storage, applied });
      // After start-up, so migrations still see PGlite's own DatabaseError.
      return carryPgErrors(db);
    } catch (e) {
      post({ type: 'cg-init-error', message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  },
});
