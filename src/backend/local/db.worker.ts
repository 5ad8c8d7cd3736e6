// The local database: PGlite in a dedicated worker, under PGliteWorker so several tabs share one
// leader. A new database starts from the snapshot the build made (migrations + seed already in it:
// initdb alone costs 2–2.5 s in a browser); migrations added since then apply on top.
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';
import { applyMigrations } from './migrate';
import { AUTH_SHIM, MIGRATIONS } from './migrations';
import { PGLITE_EXTENSIONS } from './extensions';
import { databaseExists, pickStorage, storageOptions } from './storage';

export type WorkerStatus =
  | { type: 'cg-status'; phase: 'opening' | 'loading-snapshot' | 'migrating' | 'ready'; storage: string; applied?: string[] }
  | { type: 'cg-init-error'; message: string };

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
      post({ type: 'cg-status', phase: 'migrating', storage });
      const { applied } = await applyMigrations(db, [AUTH_SHIM, ...MIGRATIONS]);
      if (!exists && !snapshot) {
        // No snapshot (a dev server that skipped the build step): seed from SQL instead.
        const seed = await fetchBlob('generated/seed.sql');
        if (seed) await db.exec(await seed.text());
      }
      post({ type: 'cg-status', phase: 'ready', storage, applied });
      return db;
    } catch (e) {
      post({ type: 'cg-init-error', message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  },
});
