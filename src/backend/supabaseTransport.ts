// Supabase mode: the same `api` functions over PostgREST, and Supabase Auth's one-time codes.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { AuthPort, Session, Transport } from './transport';
import { toApiError } from './errors';

const KNOWN_AFTER_MS = 10_000;

export function createSupabaseTransport(
  url: string,
  anonKey: string,
  // Lets tests run the real supabase-js against a fake server; the app passes nothing.
  options?: { fetch?: typeof fetch },
): Transport {
  const client: SupabaseClient = createClient(url, anonKey, options?.fetch ? { global: { fetch: options.fetch } } : undefined);
  let session: Session | null = null;
  const listeners = new Set<(s: Session | null) => void>();
  // supabase-js restores a saved session after start-up and then reports it (INITIAL_SESSION);
  // until then nobody can tell whether this person is signed in. A stuck restore (offline token
  // refresh) must not leave the page undecided for ever.
  let known: () => void = () => {};
  const whenKnown = new Promise<void>((resolve) => {
    known = resolve;
    setTimeout(resolve, KNOWN_AFTER_MS);
  });

  client.auth.onAuthStateChange((_event, s) => {
    known();
    session = s ? { user_id: s.user.id, email: s.user.email ?? null, claims: { sub: s.user.id, role: 'authenticated', email: s.user.email } } : null;
    listeners.forEach((l) => l(session));
  });

  const auth: AuthPort = {
    session: () => session,
    whenKnown: () => whenKnown,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async signInWithEmail(email) {
      const { error } = await client.auth.signInWithOtp({ email, options: { emailRedirectTo: location.origin } });
      if (error) throw toApiError(error);
    },
    async verifyCode(email, code) {
      const { error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
      if (error) throw toApiError(error);
    },
    async signOut() {
      const { error } = await client.auth.signOut();
      if (error) throw toApiError(error);
    },
  };

  return {
    mode: 'supabase',
    auth,
    async rpc<T>(fn: string, args?: Record<string, unknown>) {
      const { data, error } = await client.schema('api').rpc(fn, args ?? {});
      if (error) throw toApiError(error);
      return data as T;
    },
  };
}
