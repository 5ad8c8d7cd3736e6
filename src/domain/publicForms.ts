// The two public forms residents fill in without signing in: "Report a problem" with a listing
// and "Suggest a group". The checks here say the same as api.report_problem and
// api.suggest_group (supabase/migrations/20261203090000_reports_suggestions.sql) before anything
// is sent; the database checks again whatever the browser did.
import { formatDate } from '../i18n';
import { PUBLIC_FORMS_PER_HOUR, REPORT_LIMITS, SUGGESTION_LIMITS } from './limits';

export { PUBLIC_FORMS_PER_HOUR };

/** Why a listing is wrong, in the order the form offers them. */
export const REPORT_REASONS = [
  { value: 'closed_or_moved', label: 'It has closed or moved' },
  { value: 'wrong_contact', label: 'The contact details are wrong' },
  { value: 'wrong_times', label: 'The times are wrong' },
  { value: 'wrong_place', label: 'It is in the wrong place on the map' },
  { value: 'not_real', label: 'It is not a real service' },
  { value: 'other', label: 'Something else' },
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number]['value'];

export function reasonLabel(reason: string): string {
  return REPORT_REASONS.find((r) => r.value === reason)?.label ?? reason;
}

export interface ReportForm {
  reason: ReportReason | '';
  details: string;
  email: string;
}

export interface SuggestionForm {
  name: string;
  description: string;
  place: string;
  times: string;
  contact: string;
  email: string;
}

// Control characters other than tab, new line and carriage return: nobody types them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The text as the database keeps it: Windows line ends made plain, trimmed. */
export function tidyText(value: string): string {
  return value.replace(/\r\n/g, '\n').trim();
}

const thousands = (n: number) => n.toLocaleString('en-GB');

function textProblem(value: string, limit: number, what: string): string | undefined {
  const t = tidyText(value);
  if (t.length > limit) return `${what} is at most ${thousands(limit)} characters (this has ${thousands(t.length)}): please shorten it`;
  if (CONTROL.test(t)) return `${what} holds characters that cannot be shown (control characters): please type it again`;
  return undefined;
}

function emailProblem(value: string, limit: number): string | undefined {
  const e = value.trim().toLowerCase();
  if (e === '') return undefined;
  if (e.length > limit) return `E-mail addresses are at most ${limit} characters`;
  if (!EMAIL.test(e) || CONTROL.test(e)) return `That does not look like an e-mail address (got "${e.slice(0, 80)}"): leave it empty if you do not want a reply`;
  return undefined;
}

type Errors<T> = Partial<Record<keyof T, string>>;

function defined<T>(errors: Errors<T>): Errors<T> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as Errors<T>;
}

export function validateReport(form: ReportForm): Errors<ReportForm> {
  return defined<ReportForm>({
    reason: form.reason === '' ? 'Choose what is wrong with the listing' : undefined,
    details:
      textProblem(form.details, REPORT_LIMITS.details, 'What is wrong') ??
      (form.reason === 'other' && tidyText(form.details) === '' ? 'Say what is wrong with the listing' : undefined),
    email: emailProblem(form.email, REPORT_LIMITS.email),
  });
}

export function validateSuggestion(form: SuggestionForm): Errors<SuggestionForm> {
  return defined<SuggestionForm>({
    name: tidyText(form.name) === '' ? 'Give the name of the group, place or service' : textProblem(form.name, SUGGESTION_LIMITS.name, 'The name'),
    description: textProblem(form.description, SUGGESTION_LIMITS.description, 'What it is'),
    place: textProblem(form.place, SUGGESTION_LIMITS.place, 'Where it is'),
    times: textProblem(form.times, SUGGESTION_LIMITS.times, 'When it happens'),
    contact: textProblem(form.contact, SUGGESTION_LIMITS.contact, 'How to contact it'),
    email: emailProblem(form.email, SUGGESTION_LIMITS.email),
  });
}

/** "3 December 2026" from the YYYY-MM-DD date api.asset gives as `reported_on` (a London date), whatever the reader's time zone. */
export function reportedOnText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(Date.UTC(y, m - 1, d)), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
