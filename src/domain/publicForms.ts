// The two public forms residents fill in without signing in: "Report a problem" with a listing
// and "Suggest a group". The checks here say the same as api.report_problem and
// api.suggest_group (supabase/migrations/20261203090000_reports_suggestions.sql) before anything
// is sent; the database checks again whatever the browser did.
import { formatDate } from '../i18n';
import { t } from './i18n';
import { PUBLIC_FORMS_PER_HOUR, REPORT_LIMITS, SUGGESTION_LIMITS } from './limits';

export { PUBLIC_FORMS_PER_HOUR };

/** Why a listing is wrong, in the order the form offers them; the words are `reason_<value>` in the dictionary. */
export const REPORT_REASONS = [
  { value: 'closed_or_moved' },
  { value: 'wrong_contact' },
  { value: 'wrong_times' },
  { value: 'wrong_place' },
  { value: 'not_real' },
  { value: 'other' },
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number]['value'];

function isReportReason(reason: string): reason is ReportReason {
  return REPORT_REASONS.some((r) => r.value === reason);
}

/** A reason's words in the current language; a reason the app does not know is shown as it came. */
export function reasonLabel(reason: string): string {
  return isReportReason(reason) ? t(`reason_${reason}`) : reason;
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

function textProblem(value: string, limit: number, what: string): string | undefined {
  const text = tidyText(value);
  if (text.length > limit) return t('formTooLong', { what, limit, has: text.length });
  if (CONTROL.test(text)) return t('formControl', { what });
  return undefined;
}

function emailProblem(value: string, limit: number): string | undefined {
  const e = value.trim().toLowerCase();
  if (e === '') return undefined;
  if (e.length > limit) return t('emailTooLong', { limit });
  if (!EMAIL.test(e) || CONTROL.test(e)) return t('emailInvalid', { got: e.slice(0, 80) });
  return undefined;
}

type Errors<T> = Partial<Record<keyof T, string>>;

function defined<T>(errors: Errors<T>): Errors<T> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as Errors<T>;
}

export function validateReport(form: ReportForm): Errors<ReportForm> {
  return defined<ReportForm>({
    reason: form.reason === '' ? t('chooseReason') : undefined,
    details:
      textProblem(form.details, REPORT_LIMITS.details, t('fieldWhatIsWrong')) ??
      (form.reason === 'other' && tidyText(form.details) === '' ? t('sayWhatIsWrong') : undefined),
    email: emailProblem(form.email, REPORT_LIMITS.email),
  });
}

export function validateSuggestion(form: SuggestionForm): Errors<SuggestionForm> {
  return defined<SuggestionForm>({
    name: tidyText(form.name) === '' ? t('giveName') : textProblem(form.name, SUGGESTION_LIMITS.name, t('fieldName')),
    description: textProblem(form.description, SUGGESTION_LIMITS.description, t('fieldWhatItIs')),
    place: textProblem(form.place, SUGGESTION_LIMITS.place, t('fieldWhereItIs')),
    times: textProblem(form.times, SUGGESTION_LIMITS.times, t('fieldWhenItHappens')),
    contact: textProblem(form.contact, SUGGESTION_LIMITS.contact, t('fieldHowToContact')),
    email: emailProblem(form.email, SUGGESTION_LIMITS.email),
  });
}

/** "3 December 2026" from the YYYY-MM-DD date api.asset gives as `reported_on` (a London date), whatever the reader's time zone. */
export function reportedOnText(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(Date.UTC(y, m - 1, d)), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
