// The one seam between the app and a database. Both transports (Supabase over HTTP, PGlite in a
// worker) call the same Postgres functions in schema `api`, so the UI cannot tell them apart.

export interface Session {
  user_id: string;
  email: string | null;
  /** The JWT claims the database sees (`auth.jwt()`); `role` is the Postgres role. */
  claims: Record<string, unknown>;
}

export interface AuthPort {
  session(): Session | null;
  /** Resolves once session() is known (Supabase restores a saved session asynchronously). */
  whenKnown(): Promise<void>;
  onChange(listener: (session: Session | null) => void): () => void;
  /** Supabase mode: send a one-time code / magic link. */
  signInWithEmail(email: string): Promise<void>;
  verifyCode(email: string, code: string): Promise<void>;
  signOut(): Promise<void>;
  /** Local mode only: act as a sample persona (see src/backend/personas.ts). */
  switchPersona?(personaId: string): Promise<void>;
}

export interface Transport {
  readonly mode: 'local' | 'supabase';
  rpc<T>(fn: string, args?: Record<string, unknown>): Promise<T>;
  auth: AuthPort;
}

/** An error raised by the database, carrying what the UI needs to show it beside a field. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** SQLSTATE, e.g. 23514 check_violation, 40001 version conflict, 42501 permission */
    readonly code: string | null,
    /** The field the error concerns, when the database said (constraint or hint). */
    readonly field: string | null = null,
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
