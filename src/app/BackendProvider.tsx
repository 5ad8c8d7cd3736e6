// The one place the backend enters the component tree. Leaf components call useBackend();
// none imports a transport.
import { createContext, createEffect, createSignal, onCleanup, untrack, useContext, type JSX, type Resource, type Accessor } from 'solid-js';
import type { Backend } from '../backend/createBackend';
import { createLiveRead, written } from './data/liveData';
import { createReads, type Reads } from './data/reads';
import type { Session } from '../backend/transport';
import type { Me } from '../domain/types';
import type { WorkerStatus } from '../backend/local/db.worker';

export interface BackendContextValue {
  backend: Backend;
  session: Accessor<Session | null>;
  /** False until the transport knows whether anyone is signed in (Supabase restores it later). */
  authKnown: Accessor<boolean>;
  /** Every live read, as named queries (src/app/data/reads.ts); writes say what they changed with `written`. */
  reads: Reads;
  me: Resource<Me | undefined>;
  /** Who this is changed (signed in, joined or left an organisation): ask again. */
  refetchMe: () => void;
  dbStatus: Accessor<WorkerStatus | null>;
}

const BackendContext = createContext<BackendContextValue>();

const ANONYMOUS: Me = { user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 };

export function BackendProvider(props: { backend: Backend; children: JSX.Element }) {
  // The backend is chosen once, before the tree renders: it never changes.
  const backend = untrack(() => props.backend);
  const { auth } = backend;
  const [session, setSession] = createSignal<Session | null>(auth.session());
  const [authKnown, setAuthKnown] = createSignal(false);
  onCleanup(auth.onChange(setSession));
  void auth.whenKnown().then(() => {
    setSession(auth.session());
    setAuthKnown(true);
  });
  const [dbStatus, setDbStatus] = createSignal<WorkerStatus | null>(null);
  if (backend.local) onCleanup(backend.local.onStatus(setDbStatus));
  const reads = createReads(backend.api, async () => {
    await auth.whenKnown();
    const s = auth.session();
    if (!s) return ANONYMOUS;
    try {
      return await backend.api.me();
    } catch {
      // The database could not answer (the banner says why): signed in, roles unknown.
      return { ...ANONYMOUS, user_id: s.user_id, email: s.email };
    }
  });
  const [me] = createLiveRead(() => reads.me(session()?.user_id ?? 'anon'));
  // Tests and support staff can see how far the local database has got.
  createEffect(() => {
    const s = dbStatus();
    document.documentElement.dataset.localDb = !s
      ? 'idle'
      : s.type === 'cg-status'
        ? s.phase
        : s.type === 'cg-init-error'
          ? 'failed'
          : s.type === 'cg-slow'
            ? 'slow'
            : 'released';
  });
  const value: BackendContextValue = {
    backend,
    session,
    authKnown,
    reads,
    me,
    refetchMe: () => void written('me'),
    dbStatus,
  };
  return <BackendContext.Provider value={value}>{props.children}</BackendContext.Provider>;
}

export function useBackend(): BackendContextValue {
  const ctx = useContext(BackendContext);
  if (!ctx) throw new Error('useBackend must be used inside <BackendProvider>');
  return ctx;
}
