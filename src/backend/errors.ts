// Turns a Postgres error (from PGlite or PostgREST) into an ApiError a form can place beside a
// field, worded for the person who caused it. Our constraints are named `<table>_<field>_check`,
// and functions may put `field=<name>` in the error's HINT. The database's own sentences (our
// functions raise them) pass through; Postgres' and the network's generic ones are reworded
// here, in one place, by SQLSTATE.
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

const KNOWN_TABLES = [
  'assets',
  'asset_reviews',
  'organisations',
  'organisation_reviews',
  'memberships',
  'invitations',
  'areas',
  'categories',
  'import_batches',
  'import_mappings',
];

/**
 * The sentences a generic Postgres or transport error is reworded to, by name: the API's words
 * (English), which resident pages say in the reader's language by the same names
 * (src/app/residentErrors.ts).
 */
export const REWORDED = {
  notAllowed: 'You are not allowed to do this. Sign in as someone who may, or ask an owner of the organisation or a council moderator.',
  badInput: 'That link or value is not in the form expected: check it and try again.',
  tooSlow: 'The database took too long to answer. Nothing was changed: try again in a moment.',
  sameMoment: 'Someone else was changing the same thing at the same moment. Nothing was changed: try again.',
  outOfDate: 'This page and the database do not match (the app may have been updated): reload the page.',
  unreachable: 'Could not reach the server. Check your connection and try again; nothing was changed.',
} as const;

export type Reworded = keyof typeof REWORDED;

/** Generic Postgres messages, by SQLSTATE, as a person would want to read them. */
const GENERIC: { code: string; when: RegExp; say: Reworded }[] = [
  { code: '42501', when: /^permission denied for (function|table|schema|sequence)/, say: 'notAllowed' },
  { code: '22P02', when: /^invalid input syntax/, say: 'badInput' },
  { code: '57014', when: /statement timeout|canceling statement/, say: 'tooSlow' },
  { code: '40P01', when: /deadlock/, say: 'sameMoment' },
  { code: '42883', when: /^function .* does not exist/, say: 'outOfDate' },
];

/** The wording a person sees for an error, from its SQLSTATE and the database's message. */
export function userMessage(code: string | null, message: string): string {
  const generic = GENERIC.find((g) => g.code === code && g.when.test(message));
  if (generic) return REWORDED[generic.say];
  if (/^(TypeError: )?(Failed to fetch|NetworkError|Load failed)/i.test(message)) return REWORDED.unreachable;
  return message;
}

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
  const raw = pg.message ?? (e instanceof Error ? e.message : String(e));
  return new ApiError(userMessage(pg.code ?? null, raw), pg.code ?? null, field, pg.detail ?? pg.details ?? null);
}
