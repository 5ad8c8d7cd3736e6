// Where the browser keeps the database, and how to tell whether one is there already: PGlite's
// loadDataDir throws on an existing database, so we must decide before creating it.
export const DB_NAME = 'commonground';

export type StorageKind = 'opfs' | 'idb';

export function pickStorage(): StorageKind {
  // opfs-ahp needs sync access handles, which exist only inside dedicated workers.
  const hasOpfs =
    typeof navigator !== 'undefined' &&
    !!navigator.storage?.getDirectory &&
    typeof (globalThis as { FileSystemSyncAccessHandle?: unknown }).FileSystemSyncAccessHandle !== 'undefined';
  return hasOpfs ? 'opfs' : 'idb';
}

/**
 * The PGlite options for a store. OPFS keeps a pool of pre-created files; the default pool
 * (1,000) is smaller than our snapshot (~1,060 files), so loading it would run out.
 */
export async function storageOptions(kind: StorageKind): Promise<Pick<import('@electric-sql/pglite').PGliteOptions, 'dataDir' | 'fs'>> {
  if (kind === 'idb') return { dataDir: `idb://${DB_NAME}` };
  const { OpfsAhpFS } = await import('@electric-sql/pglite/opfs-ahp');
  return { fs: new OpfsAhpFS(DB_NAME, { initialPoolSize: 1600, maintainedPoolSize: 200 }) };
}

export async function databaseExists(kind: StorageKind): Promise<boolean> {
  if (kind === 'opfs') {
    try {
      const root = await navigator.storage.getDirectory();
      const dir = await root.getDirectoryHandle(DB_NAME);
      await dir.getFileHandle('state.txt');
      return true;
    } catch {
      return false;
    }
  }
  const dbs = (await indexedDB.databases?.()) ?? [];
  return dbs.some((d) => d.name?.endsWith(DB_NAME));
}

/** Deletes the local database in every store. The worker must be terminated first. */
export async function deleteLocalDatabase(): Promise<void> {
  try {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(DB_NAME, { recursive: true });
  } catch {
    // not there
  }
  const dbs = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    dbs
      .filter((d) => d.name?.endsWith(DB_NAME))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(d.name!);
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
  );
}

const RESET_FLAG = 'cg.reset-local-db';

/** Asks for the database to be deleted on the next start, before any worker can hold it open. */
export function requestResetOnNextStart(): void {
  sessionStorage.setItem(RESET_FLAG, '1');
}

/** Runs a reset asked for by the previous page, if any. Call before starting the worker. */
export async function runPendingReset(): Promise<boolean> {
  if (sessionStorage.getItem(RESET_FLAG) !== '1') return false;
  await deleteLocalDatabase();
  sessionStorage.removeItem(RESET_FLAG);
  return true;
}
