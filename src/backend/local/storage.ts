// Where the browser keeps the database, and whether the copy there can be opened. Runs in the
// database worker, which holds PGliteWorker's election lock: no other worker of this build is
// using the store while this code runs. A worker that was just stopped (its page reloaded or
// closed) can still hold its file handles for a moment, so opening and deleting wait for them.
import { markStoreComplete, readStoreStatus, writeStoreStatus } from './storeStatus';
import { StartError } from './startFailure';

export const DB_NAME = 'commonground';
/** The IndexedDB database PGlite's idb:// store writes (its files live under this mount point). */
const IDB_NAME = `/pglite/${DB_NAME}`;

/**
 * OPFS keeps a pool of pre-created files, one per database file. A new copy needs the whole
 * snapshot at once (scripts/build-static.ts checks it fits, with room for migrations); an open
 * copy only tops the pool up to `maintained` after each write.
 */
export const OPFS_POOL = { initial: 1600, maintained: 200 } as const;
/** Files a new copy needs beyond the snapshot's own (migrations applied on top, temp files). */
export const OPFS_POOL_HEADROOM = 300;

const FREE_WAIT_MS = 10_000;

export type StorageKind = 'opfs' | 'idb';

export function pickStorage(): StorageKind {
  // opfs-ahp needs sync access handles, which exist only inside dedicated workers.
  const hasOpfs =
    typeof navigator !== 'undefined' &&
    !!navigator.storage?.getDirectory &&
    typeof (globalThis as { FileSystemSyncAccessHandle?: unknown }).FileSystemSyncAccessHandle !== 'undefined';
  return hasOpfs ? 'opfs' : 'idb';
}

export async function storageOptions(kind: StorageKind): Promise<Pick<import('@electric-sql/pglite').PGliteOptions, 'dataDir' | 'fs'>> {
  if (kind === 'idb') return { dataDir: `idb://${DB_NAME}` };
  const { OpfsAhpFS } = await import('@electric-sql/pglite/opfs-ahp');
  return { fs: new OpfsAhpFS(DB_NAME, { initialPoolSize: OPFS_POOL.initial, maintainedPoolSize: OPFS_POOL.maintained }) };
}

/**
 * Decides between opening the stored copy and making a new one, and clears the way for a new
 * one: an unfinished copy (a start cut short) or one a reset asked to throw away is deleted.
 */
export async function prepareStore(kind: StorageKind): Promise<'existing' | 'fresh'> {
  await waitUntilFree(kind);
  const status = await readStoreStatus();
  if (status === 'complete' && (await hasStore(kind))) return 'existing';
  // No record: a copy made before the record existed, or a start cut short. Whole once Postgres
  // has run on a fully written directory.
  if (status === null && (await hasWholeDatabase(kind))) return 'existing';
  await deleteStore(kind);
  if (status !== null) await writeStoreStatus(null);
  return 'fresh';
}

/** Called once a start has got to the end: from now on the copy is whole. */
export { markStoreComplete };

/** Asks the next start to throw the copy away. Safe from any tab, whatever is running. */
export const requestStoreReset = () => writeStoreStatus('reset');

async function hasStore(kind: StorageKind): Promise<boolean> {
  if (kind === 'idb') return hasWholeDatabase(kind);
  const dir = await opfsDir();
  try {
    return !!(await dir?.getFileHandle('state.txt'));
  } catch {
    return false;
  }
}

/**
 * True when the store holds a whole Postgres data directory. OPFS: its state file's checkpoint
 * (line 1; later lines are a log on top) lists PG_VERSION, which it does only once Postgres has
 * run on a fully written directory. IndexedDB: files are written in one transaction per sync, so
 * PG_VERSION there means the rest is there.
 */
async function hasWholeDatabase(kind: StorageKind): Promise<boolean> {
  if (kind === 'idb') return idbHasKey(IDB_NAME, 'FILE_DATA', `${IDB_NAME}/PG_VERSION`);
  const dir = await opfsDir();
  if (!dir) return false;
  try {
    const text = await (await (await dir.getFileHandle('state.txt')).getFile()).text();
    const checkpoint = JSON.parse(text.split('\n', 1)[0]) as { root?: { children?: Record<string, unknown> } };
    return !!checkpoint.root?.children?.PG_VERSION;
  } catch {
    return false;
  }
}

async function opfsDir(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await (await navigator.storage.getDirectory()).getDirectoryHandle(DB_NAME);
  } catch {
    return null;
  }
}

/** Waits until no lingering worker holds the store's files open. */
async function waitUntilFree(kind: StorageKind): Promise<void> {
  if (kind === 'idb') return; // IndexedDB connections do not exclude each other
  const dir = await opfsDir();
  if (!dir) return;
  let state: FileSystemFileHandle;
  try {
    state = await dir.getFileHandle('state.txt');
  } catch {
    return;
  }
  await whileBusy(async () => {
    const handle = await (state as FileSystemFileHandle & { createSyncAccessHandle(): Promise<{ close(): void }> }).createSyncAccessHandle();
    handle.close();
  });
}

async function deleteStore(kind: StorageKind): Promise<void> {
  if (kind === 'idb') return deleteIdb(IDB_NAME);
  const root = await navigator.storage.getDirectory();
  await whileBusy(async () => {
    try {
      await root.removeEntry(DB_NAME, { recursive: true });
    } catch (e) {
      if ((e as Error).name !== 'NotFoundError') throw e;
    }
  });
}

/** Runs `op` until it stops failing because files are still held open, for up to 10 s. */
async function whileBusy(op: () => Promise<void>): Promise<void> {
  const until = Date.now() + FREE_WAIT_MS;
  for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await op();
    } catch (e) {
      const name = (e as Error).name;
      if (name !== 'NoModificationAllowedError' && name !== 'InvalidStateError') throw e;
      if (Date.now() > until) throw new StartError('busy', `${name}: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

/** Whether an IndexedDB database has a key, without creating the database when it is missing. */
function idbHasKey(name: string, store: string, key: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction?.abort(); // it did not exist: leave it so
    req.onerror = () => resolve(false);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        return resolve(false);
      }
      const get = db.transaction(store).objectStore(store).getKey(key);
      get.onsuccess = () => {
        db.close();
        resolve(get.result !== undefined);
      };
      get.onerror = () => {
        db.close();
        resolve(false);
      };
    };
  });
}

function deleteIdb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    // Blocked means a stopped worker's connection has not closed yet; the request stays queued.
    const timer = setTimeout(() => reject(new StartError('busy', `IndexedDB ${name} stayed open`)), FREE_WAIT_MS);
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error);
    };
  });
}
