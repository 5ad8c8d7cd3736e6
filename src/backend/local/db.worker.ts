// The local database: PGlite in a dedicated worker, under PGliteWorker so several tabs share one
// leader. A new database starts from the snapshot the build made (migrations + seed already in it:
// initdb alone costs 2–2.5 s in a browser); migrations added since then apply on top.
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';
import { applyMigrations } from './migrate';
import { AUTH_SHIM, MIGRATIONS } from './migrations';
import { PGLITE_EXTENSIONS } from './extensions';
import { markStoreComplete, pickStorage, prepareStore, storageOptions } from './storage';
import { carryPgErrors } from './carryPgErrors';
import { StartError, classifyStartError, type StartFailure } from './startFailure';
import { dropAnswersToClosedTabs } from './dropAnswersToClosedTabs';

dropAnswersToClosedTabs();

/** Steps of a start, in order; a new copy downloads the sample, a stored one is opened. */
export type StartPhase = 'waiting' | 'checking' | 'loading-snapshot' | 'opening' | 'migrating' | 'ready';

export type WorkerStatus =
  | { type: 'cg-status'; phase: StartPhase; storage?: string; applied?: string[] }
  | { type: 'cg-init-error'; reason: StartFailure; detail: string }
  /** Sent by the transport, not the worker: the database has not answered for a long time. */
  | { type: 'cg-slow'; seconds: number }
  /** Sent by the transport: another tab reset the database, so this one let go of it. */
  | { type: 'cg-released' };

const post = (m: WorkerStatus) => (self as unknown as Worker).postMessage(m);
const base = import.meta.env.BASE_URL;

async function fetchBlob(path: string, required: boolean): Promise<Blob | undefined> {
  let res: Response;
  try {
    res = await fetch(`${base}${path}`);
  } catch (e) {
    if (required) throw new StartError('download', `${path}: ${(e as Error).message}`);
    return undefined;
  }
  if (res.ok) return res.blob();
  if (required && res.status !== 404) throw new StartError('download', `${path}: HTTP ${res.status}`);
  return undefined;
}

async function isOurs(db: PGlite): Promise<boolean> {
  const r = await db.query<{ ok: boolean }>(`select to_regclass('local_meta.schema_migrations') is not null as ok`);
  return r.rows[0]?.ok === true;
}

void worker({
  async init() {
    const storage = pickStorage();
    try {
      post({ type: 'cg-status', phase: 'checking', storage });
      const found = await prepareStore(storage);
      post({ type: 'cg-status', phase: found === 'existing' ? 'opening' : 'loading-snapshot', storage });
      const snapshot = found === 'fresh' ? await fetchBlob('generated/db-snapshot.tar.gz', true) : undefined;
      const db = await PGlite.create({
        ...(await storageOptions(storage)),
        extensions: PGLITE_EXTENSIONS,
        loadDataDir: snapshot,
      }).catch((e: unknown) => {
        // Postgres refusing a copy it wrote itself means the copy is damaged.
        throw found === 'existing' && classifyStartError(e) === 'unknown' ? new StartError('damaged', String((e as Error)?.message ?? e)) : e;
      });
      if (found === 'existing' && !(await isOurs(db))) {
        // A damaged store can come back empty (OPFS resets unreadable state): never run on it
        // silently, or the person would see a database with none of their data.
        throw new StartError('damaged', 'The stored copy has none of our tables.');
      }
      post({ type: 'cg-status', phase: 'migrating', storage });
      const { applied } = await applyMigrations(db, [AUTH_SHIM, ...MIGRATIONS]);
      if (found === 'fresh' && !snapshot) {
        // No snapshot (a dev server that skipped the build step): seed from SQL instead.
        const seed = await fetchBlob('generated/seed.sql', false);
        if (seed) await db.exec(await seed.text());
      }
      await markStoreComplete();
      post({ type: 'cg-status', phase: 'ready', storage, applied });
      // After start-up, so migrations still see PGlite's own DatabaseError.
      return carryPgErrors(db);
    } catch (e) {
      const reason = classifyStartError(e);
      post({ type: 'cg-init-error', reason, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      // PGliteWorker keeps the leader's lock until its worker ends: end this one, so another
      // tab's worker can try (and say why it failed to its own page) instead of waiting forever.
      setTimeout(() => self.close(), 100);
      throw e;
    }
  },
});
