// Chooses the transport at start: Supabase when its URL and key are configured, else the
// embedded PGlite with sample data. Supabase code is loaded only when it is used.
import { createApi, type Api, type OutboxMessage } from './api';
import type { AuthPort, Transport } from './transport';
import type { LocalTransport } from './local/localTransport';

/** Who is signed in, and signing in and out: the only part of a transport views may touch. */
export type BackendAuth = Omit<AuthPort, 'switchPersona'>;

/** Local mode's own controls: the database's start-up and status, reset, acting as a sample person, and the server's jobs. */
export interface LocalControls {
  start: LocalTransport['start'];
  onStatus: LocalTransport['onStatus'];
  reset: LocalTransport['reset'];
  switchPersona(personaId: string): Promise<void>;
  /** Every message the app would have sent, newest first. */
  outbox(): Promise<OutboxMessage[]>;
  /** What the daily job does on a hosted project: queues the check reminders due now; how many. */
  queueDueReminders(): Promise<number>;
}

export interface Backend {
  api: Api;
  mode: 'local' | 'supabase';
  auth: BackendAuth;
  /** Local mode only. */
  local: LocalControls | null;
}

export async function createBackend(env = import.meta.env): Promise<Backend> {
  if (env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY) {
    const { createSupabaseTransport } = await import('./supabaseTransport');
    const t: Transport = createSupabaseTransport(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY);
    return { api: createApi(t), mode: 'supabase', auth: t.auth, local: null };
  }
  // The transport is small; the database worker behind it starts on the first call.
  const { createLocalTransport } = await import('./local/localTransport');
  const local = createLocalTransport();
  const controls: LocalControls = {
    start: () => local.start(),
    onStatus: (listener) => local.onStatus(listener),
    reset: () => local.reset(),
    switchPersona: (personaId) => local.auth.switchPersona!(personaId),
    outbox: () => local.asServer<OutboxMessage[]>('select private.local_outbox() as result'),
    queueDueReminders: () => local.asServer<number>('select private.queue_check_reminders() as result'),
  };
  return { api: createApi(local), mode: 'local', auth: local.auth, local: controls };
}
