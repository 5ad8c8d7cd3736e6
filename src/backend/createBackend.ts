// Chooses the transport at start: Supabase when its URL and key are configured, else the
// embedded PGlite with sample data. Supabase code is loaded only when it is used.
import { createApi, type Api } from './api';
import type { Transport } from './transport';
import type { LocalTransport } from './local/localTransport';

export interface Backend {
  api: Api;
  mode: 'local' | 'supabase';
  /** Local mode only: start-up, its status, and reset. */
  local: LocalTransport | null;
}

export async function createBackend(env = import.meta.env): Promise<Backend> {
  if (env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY) {
    const { createSupabaseTransport } = await import('./supabaseTransport');
    const t: Transport = createSupabaseTransport(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY);
    return { api: createApi(t), mode: 'supabase', local: null };
  }
  // The transport is small; the database worker behind it starts on the first call.
  const { createLocalTransport } = await import('./local/localTransport');
  const local = createLocalTransport();
  return { api: createApi(local), mode: 'local', local };
}
