// One small record beside the browser's database that says whether its copy is whole. Creating a
// copy takes seconds (a pool of files, then the snapshot, file by file), and a full page load can
// stop it at any moment; only a start that got to the end writes 'complete'. A reset writes
// 'reset', which the next start honours before it opens anything. Kept in IndexedDB because
// both tabs and workers can reach it in every browser, whichever store holds the database.
const STATUS_DB = 'commonground-status';
const STORE = 'status';
const KEY = 'store';

export type StoreStatus = 'complete' | 'reset';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(STATUS_DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result as T);
      tx.onerror = tx.onabort = () => reject(tx.error ?? req.error);
    });
  } finally {
    db.close();
  }
}

export async function readStoreStatus(): Promise<StoreStatus | null> {
  const value = await run<{ status?: StoreStatus } | undefined>('readonly', (s) => s.get(KEY));
  return value?.status ?? null;
}

export async function writeStoreStatus(status: StoreStatus | null): Promise<void> {
  await run('readwrite', (s) => (status ? s.put({ status, at: new Date().toISOString() }, KEY) : s.delete(KEY)));
}

/** Records a whole copy, unless a reset was asked for while it started (the reset wins). */
export async function markStoreComplete(): Promise<void> {
  await run('readwrite', (s) => {
    const req = s.get(KEY);
    req.onsuccess = () => {
      if ((req.result as { status?: StoreStatus } | undefined)?.status !== 'reset') s.put({ status: 'complete', at: new Date().toISOString() }, KEY);
    };
    return req;
  });
}
