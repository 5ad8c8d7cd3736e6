// The one place the backend enters the component tree. Leaf components call useBackend();
// none imports a transport.
import { createContext, createResource, createSignal, onCleanup, useContext, type JSX, type Resource, type Accessor } from 'solid-js';
import type { Backend } from '../backend/createBackend';
import type { Session } from '../backend/transport';
import type { Me } from '../domain/types';
import type { WorkerStatus } from '../backend/local/db.worker';

export interface BackendContextValue {
  backend: Backend;
  session: Accessor<Session | null>;
  me: Resource<Me | undefined>;
  refetchMe: () => void;
  dbStatus: Accessor<WorkerStatus | null>;
  /** Bumped after any write, so views that read live data refetch. */
  dataVersion: Accessor<number>;
  bumpData: () => void;
}

const BackendContext = createContext<BackendContextValue>();

export function BackendProvider(props: { backend: Backend; children: JSX.Element }) {
  const { backend } = props;
  const t = backend.api.transport;
  const [session, setSession] = createSignal<Session | null>(t.auth.session());
  onCleanup(t.auth.onChange(setSession));
  const [dbStatus, setDbStatus] = createSignal<WorkerStatus | null>(null);
  if (backend.local) onCleanup(backend.local.onStatus(setDbStatus));
  const [me, { refetch }] = createResource(
    () => session()?.user_id ?? 'anon',
    async () => {
      if (!session()) return { user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 } satisfies Me;
      return backend.api.me();
    },
  );
  const [dataVersion, setDataVersion] = createSignal(0);
  const value: BackendContextValue = {
    backend,
    session,
    me,
    refetchMe: () => void refetch(),
    dbStatus,
    dataVersion,
    bumpData: () => setDataVersion((v) => v + 1),
  };
  return <BackendContext.Provider value={value}>{props.children}</BackendContext.Provider>;
}

export function useBackend(): BackendContextValue {
  const ctx = useContext(BackendContext);
  if (!ctx) throw new Error('useBackend must be used inside <BackendProvider>');
  return ctx;
}
