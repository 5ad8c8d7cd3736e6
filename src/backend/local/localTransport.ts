// Local mode: the app talks to PGlite in a worker exactly as PostgREST talks to Postgres —
// one transaction per call, `set local role`, and the JWT claims in `request.jwt.claims`.
import { LeaderChangedError, PGliteWorker } from '@electric-sql/pglite/worker';
import type { AuthPort, Session, Transport } from '../transport';
import { ApiError } from '../transport';
import { PERSONAS, personaClaims, type Persona } from '../personas';
import { rpcSql } from '../rpcSql';
import { toApiError } from '../errors';
import { requestResetOnNextStart } from './storage';
import type { WorkerStatus } from './db.worker';

const PERSONA_KEY = 'cg.persona';
const SLOW_START_S = 30;

export interface LocalTransport extends Transport {
  readonly ready: Promise<void>;
  onStatus(listener: (s: WorkerStatus) => void): () => void;
  /** Throws the database away (after a failed start, say) and reloads from the snapshot. */
  reset(): Promise<void>;
}

export function createLocalTransport(): LocalTransport {
  const w = new Worker(new URL('./db.worker.ts', import.meta.url), { type: 'module' });
  const statusListeners = new Set<(s: WorkerStatus) => void>();
  let lastStatus: WorkerStatus | null = null;
  const emit = (m: WorkerStatus) => {
    lastStatus = m;
    statusListeners.forEach((l) => l(m));
  };
  let rejectReady: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (rejectReady = reject));
  w.addEventListener('message', (ev: MessageEvent) => {
    const m = ev.data as WorkerStatus;
    if (m?.type === 'cg-status' || m?.type === 'cg-init-error') emit(m);
    if (m?.type === 'cg-init-error') rejectReady(new ApiError(`The local database could not start: ${m.message}`, 'local-init'));
  });
  w.addEventListener('error', (ev) => rejectReady(new ApiError(`The local database could not start: ${ev.message || 'its worker failed'}`, 'local-init')));
  const db = new PGliteWorker(w);
  const ready = Promise.race([db.waitReady, failed]);
  // A store that hangs while opening says nothing: after a while, offer the reset anyway.
  const slow = setTimeout(() => emit({ type: 'cg-slow', seconds: SLOW_START_S }), SLOW_START_S * 1000);
  ready.then(
    () => clearTimeout(slow),
    (e: Error) => {
      clearTimeout(slow);
      if (lastStatus?.type !== 'cg-init-error') emit({ type: 'cg-init-error', message: e.message.replace(/^The local database could not start: /, '') });
    },
  );

  let persona: Persona = PERSONAS.find((p) => p.id === safeStorageGet(PERSONA_KEY)) ?? PERSONAS[0];
  const authListeners = new Set<(s: Session | null) => void>();
  const sessionOf = (p: Persona): Session | null =>
    p.user_id ? { user_id: p.user_id, email: p.email, claims: personaClaims(p) } : null;

  const auth: AuthPort = {
    session: () => sessionOf(persona),
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
    await ready;
    const { sql, params } = rpcSql(fn, args);
    const claims = personaClaims(persona);
    const call = () =>
      db.transaction(async (tx) => {
        await tx.exec(`set local role ${claims.role === 'authenticated' ? 'authenticated' : 'anon'}`);
        await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
        const res = await tx.query<{ result: T }>(sql, params);
        return res.rows[0]?.result as T;
      });
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

  return {
    mode: 'local',
    rpc,
    auth,
    ready,
    onStatus(listener) {
      statusListeners.add(listener);
      if (lastStatus) listener(lastStatus);
      return () => statusListeners.delete(listener);
    },
    async reset() {
      // Deleting now could race the worker's open file handles; the next start deletes first.
      requestResetOnNextStart();
      w.terminate();
      location.reload();
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
