// Turns a Postgres error (from PGlite or PostgREST) into an ApiError a form can place beside a
// field. Our constraints are named `<table>_<field>_check`, and functions may put `field=<name>`
// in the error's HINT.
import { ApiError } from './transport';
import { decodePgError } from './local/carryPgErrors';

interface PgLikeError {
  message?: string;
  code?: string;
  detail?: string;
  details?: string;
  hint?: string;
  constraint?: string;
  column?: string;
}

const KNOWN_TABLES = ['assets', 'organisations', 'memberships', 'areas', 'categories', 'import_batches'];

export function fieldFromConstraint(constraint: string | undefined): string | null {
  if (!constraint) return null;
  for (const t of KNOWN_TABLES) {
    if (constraint.startsWith(`${t}_`)) {
      return constraint.slice(t.length + 1).replace(/_(check|key|fkey|not_null)$/, '') || null;
    }
  }
  return null;
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  let pg = (e ?? {}) as PgLikeError;
  // Errors from the local worker carry their fields inside the message (see carryPgErrors).
  const carried = typeof pg.message === 'string' ? decodePgError(pg.message) : null;
  if (carried) pg = { ...carried.fields, message: carried.message };
  const hintField = pg.hint?.match(/field=([a-z_]+)/)?.[1] ?? null;
  const constraint = pg.constraint ?? pg.message?.match(/constraint "([^"]+)"/)?.[1];
  const field = hintField ?? fieldFromConstraint(constraint) ?? pg.column ?? null;
  const message = pg.message ?? (e instanceof Error ? e.message : String(e));
  return new ApiError(message, pg.code ?? null, field, pg.detail ?? pg.details ?? null);
}
