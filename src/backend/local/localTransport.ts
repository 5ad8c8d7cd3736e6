// Local mode: the app talks to PGlite in a worker exactly as PostgREST talks to Postgres —
// one transaction per call, `set local role`, and the JWT claims in `request.jwt.claims`.
// The worker (the engine is ~18 MiB before compression) starts on the first call, so a resident
// who only reads the published file never downloads it.
import { LeaderChangedError, PGliteWorker } from '@electric-sql/pglite/worker';
import type { AuthPort, Session, Transport } from '../transport';
import { ApiError } from '../transport';
import { PERSONAS, personaClaims, type Persona } from '../personas';
import { rpcSql } from '../rpcSql';
import { toApiError } from '../errors';
import { requestStoreReset } from './storage';
import { FAILURE_TEXT } from './startFailure';
import type { WorkerStatus } from './db.worker';

const PERSONA_KEY = 'cg.persona';
const SLOW_START_S = 30;
/** Tabs of this app tell each other about resets here. */
const CHANNEL = 'cg-local-db';

export interface LocalTransport extends Transport {
  /** Starts the database unless it has started already; resolves once it answers. */
  start(): Promise<void>;
  onStatus(listener: (s: WorkerStatus) => void): () => void;
  /** Throws this browser's copy away and reloads; the next start begins again from the snapshot. */
  reset(): Promise<void>;
  /**
   * Runs one statement as the database itself, for what a server does on a hosted project (the
   * Outbox page's read, the reminders' daily job). Never reachable through `rpc`.
   */
  asServer<T>(sql: string): Promise<T>;
}

interface Running {
  worker: Worker;
  db: PGliteWorker;
  ready: Promise<void>;
}

export function createLocalTransport(): LocalTransport {
  const statusListeners = new Set<(s: WorkerStatus) => void>();
  let lastStatus: WorkerStatus | null = null;
  const emit = (m: WorkerStatus) => {
    lastStatus = m;
    statusListeners.forEach((l) => l(m));
  };

  let running: Running | null = null;
  let released = false;
  const releasedError = () => new ApiError('The local database was reset in another tab. Reload this page to carry on.', 'local-released');

  function boot(): Running {
    emit({ type: 'cg-status', phase: 'waiting' });
    const worker = new Worker(new URL('./db.worker.ts', import.meta.url), { type: 'module' });
    let fail: (e: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    const failWith = (m: Extract<WorkerStatus, { type: 'cg-init-error' }>) => {
      const text = FAILURE_TEXT[m.reason];
      if (lastStatus?.type !== 'cg-init-error') emit(m);
      fail(new ApiError(`The local database could not start. ${text.what} ${text.todo}`, 'local-init', null, m.detail));
    };
    worker.addEventListener('message', (ev: MessageEvent) => {
      const m = ev.data as WorkerStatus;
      if (m?.type === 'cg-status') emit(m);
      if (m?.type === 'cg-init-error') failWith(m);
    });
    // The worker's script itself could not load (offline, say).
    worker.addEventListener('error', (ev) => failWith({ type: 'cg-init-error', reason: 'download', detail: ev.message || 'worker failed to load' }));
    const db = new PGliteWorker(worker);
    const ready = Promise.race([db.waitReady, failed]);
    // A store that hangs while opening says nothing: after a while, offer the reset anyway.
    const slow = setTimeout(() => emit({ type: 'cg-slow', seconds: SLOW_START_S }), SLOW_START_S * 1000);
    ready.then(
      () => {
        clearTimeout(slow);
        // Only the tab whose worker leads hears the worker's own 'ready'; the others are ready
        // once connected to it.
        if (!(lastStatus?.type === 'cg-status' && lastStatus.phase === 'ready')) emit({ type: 'cg-status', phase: 'ready' });
      },
      () => clearTimeout(slow),
    );
    return { worker, db, ready };
  }

  const start = () => {
    if (released) return Promise.reject(releasedError());
    running ??= boot();
    return running.ready;
  };

  // Another tab is resetting: let go of the database at once, so its next start can delete it.
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  channel?.addEventListener('message', (ev: MessageEvent) => {
    if ((ev.data as { type?: string })?.type !== 'reset' || !running) return;
    running.worker.terminate();
    running = null;
    released = true;
    emit({ type: 'cg-released' });
  });

  let persona: Persona = PERSONAS.find((p) => p.id === safeStorageGet(PERSONA_KEY)) ?? PERSONAS[0];
  const authListeners = new Set<(s: Session | null) => void>();
  const sessionOf = (p: Persona): Session | null => (p.user_id ? { user_id: p.user_id, email: p.email, claims: personaClaims(p) } : null);

  const auth: AuthPort = {
    session: () => sessionOf(persona),
    // The sample person is remembered in this browser: known at once.
    whenKnown: () => Promise.resolve(),
    onChange(listener) {
      authListeners.add(listener);
      return () => authListeners.delete(listener);
    },
    async signInWithEmail() {
      throw new ApiError('Local mode has no email sign-in: choose a sample person instead.', 'local-auth');
    },
    async verifyCode() {
      throw new ApiError('Local mode has no email sign-in: choose a sample person instead.', 'local-auth');
    },
    async signOut() {
      await auth.switchPersona!('resident');
    },
    async switchPersona(id) {
      const next = PERSONAS.find((p) => p.id === id);
      if (!next) throw new ApiError(`No sample person called ${id}`, 'local-auth');
      persona = next;
      safeStorageSet(PERSONA_KEY, id);
      authListeners.forEach((l) => l(sessionOf(persona)));
    },
  };

  async function rpc<T>(fn: string, args?: Record<string, unknown>): Promise<T> {
    await start();
    const { sql, params } = rpcSql(fn, args);
    const claims = personaClaims(persona);
    const call = () => {
      if (!running) throw releasedError();
      return running.db.transaction(async (tx) => {
        await tx.exec(`set local role ${claims.role === 'authenticated' ? 'authenticated' : 'anon'}`);
        await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
        const res = await tx.query<{ result: T }>(sql, params);
        return res.rows[0]?.result as T;
      });
    };
    try {
      return await call();
    } catch (e) {
      // The tab holding the database closed mid-call: its transaction died uncommitted, so the
      // call is safe to repeat once against the new leader.
      if (!(e instanceof LeaderChangedError)) throw toApiError(e);
      try {
        return await call();
      } catch (again) {
        throw toApiError(again);
      }
    }
  }

  async function asServer<T>(sql: string): Promise<T> {
    await start();
    if (!running) throw releasedError();
    try {
      const res = await running.db.query<{ result: T }>(sql);
      return res.rows[0]?.result as T;
    } catch (e) {
      throw toApiError(e);
    }
  }

  return {
    mode: 'local',
    rpc,
    asServer,
    auth,
    start,
    onStatus(listener) {
      statusListeners.add(listener);
      if (lastStatus) listener(lastStatus);
      return () => statusListeners.delete(listener);
    },
    async reset() {
      // Recorded first, so whichever tab's worker starts next deletes the copy before opening it,
      // even if this page is gone by then; then every tab lets go of it.
      try {
        await requestStoreReset();
        channel?.postMessage({ type: 'reset' });
      } finally {
        running?.worker.terminate();
        location.reload();
      }
    },
  };
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function safeStorageSet(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode: the choice lasts for this page only
  }
}
