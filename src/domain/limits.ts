// The bounds the database enforces on what people type (CHECK constraints and the prepare
// triggers in supabase/migrations/20261202*.sql), in one place for the forms, the import and the
// parity test (tests/sql/limits.test.ts) that keeps them equal to the SQL. Nothing else in src/
// may spell these numbers: read them from here.

/** A listing's fields: characters for text, entries for lists. */
export const ASSET_LIMITS = {
  name: 200,
  description: 10000,
  address: 500,
  email: 254,
  website: 2048,
  opening_hours: 500,
  cost: 500,
  categories: 10,
  languages: 20,
  /** Characters of one language's name. */
  language: 60,
} as const;

/** An organisation's profile. */
export const ORG_LIMITS = {
  name: 200,
  description: 5000,
  email: 254,
  website: 2048,
} as const;

/** A moderator's reason or note, shown to the organisation. */
export const REVIEW_NOTE_LIMIT = 2000;

/** A partner's name: on an import, its saved mapping, and the source it stamps on each listing. */
export const PARTNER_NAME_LIMIT = 200;

/** The address an invitation to join an organisation is sent to. */
export const INVITATION_EMAIL_LIMIT = 254;

/** A resident's report of a problem with a listing (api.report_problem). */
export const REPORT_LIMITS = {
  details: 2000,
  email: 254,
} as const;

/** A resident's suggestion of a group, place or service (api.suggest_group). */
export const SUGGESTION_LIMITS = {
  name: 200,
  description: 2000,
  place: 500,
  times: 500,
  contact: 500,
  email: 254,
} as const;

/** How many reports, or suggestions, one client may send in an hour (private.public_form_hourly_limit). */
export const PUBLIC_FORMS_PER_HOUR = 5;
