// What a resident reads when the server refuses something (Report a problem, Suggest a group, a
// link from an e-mail), in the language they chose. The database words its refusals in English
// (supabase/migrations/*.sql; they are not changed here): each one a resident can meet is known by
// its SQLSTATE and its sentence, and said again from a dictionary, whose English is the
// database's sentence to the letter. Anything else is said with a generic sentence that keeps the
// server's own words, so nothing is lost; in English the server's words are the message.
import { ApiError } from '../backend/transport';
import { REWORDED, userMessage, type Reworded } from '../backend/errors';
import { FAILURE_TEXT, type StartFailure } from '../backend/local/startFailure';
import { t as domainT } from '../domain/i18n';
import { formatDate } from '../i18n';
import { t } from './i18n';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 December 2026", as the database writes a London date (to_char 'FMDD FMMonth YYYY'), in the reader's language. */
function londonDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month);
  if (m < 0) return null;
  return formatDate(new Date(Date.UTC(Number(year), m, Number(day))), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The database's names for what a resident typed (private.public_text's `what`), and ours. */
const FIELD_WORDS: Record<string, () => string> = {
  'What is wrong': () => domainT('fieldWhatIsWrong'),
  'The name': () => domainT('fieldName'),
  'What it is': () => domainT('fieldWhatItIs'),
  'Where it is': () => domainT('fieldWhereItIs'),
  'When it happens': () => domainT('fieldWhenItHappens'),
  'How to contact it': () => domainT('fieldHowToContact'),
};

const count = (digits: string) => Number(digits.replace(/,/g, ''));

/** A refusal a resident can meet: its SQLSTATE, its sentence, and how to say it (null: not this one after all). */
const KNOWN: { code: string; when: RegExp; say: (m: RegExpExecArray) => string | null }[] = [
  // private.take_rate_slot
  {
    code: '54000',
    when: /^You have sent (\d+) (reports|suggestions) in the last hour, which is as many as we take from one place\. Please try again after (\d\d:\d\d)$/,
    say: (m) => t('errTooMany', { count: Number(m[1]), what: m[2] === 'reports' ? 'report' : 'suggestion', after: m[3] }),
  },
  // api.report_problem, api.confirm_listing
  { code: '22023', when: /^This listing is not on the map any more, so there is nothing to report$/, say: () => t('errNothingToReport') },
  { code: '22023', when: /^This listing is not on the map any more, so there is nothing to confirm$/, say: () => t('errNothingToConfirm') },
  {
    code: '22023',
    when: /^This listing changed on (\d{1,2}) ([A-Z][a-z]+) (\d{4}) after the reminder was sent, so this link cannot confirm it$/,
    say: (m) => {
      const date = londonDate(m[1], m[2], m[3]);
      return date && t('errListingChanged', { date });
    },
  },
  // private.redeem_link
  { code: '22023', when: /^This link is not valid: it may have been cut short when it was copied$/, say: () => t('errLinkCut') },
  { code: '22023', when: /^This link is not valid any more$/, say: () => t('errLinkGone') },
  {
    code: '22023',
    when: /^This link was already used on (\d{1,2}) ([A-Z][a-z]+) (\d{4}) at (\d\d:\d\d)$/,
    say: (m) => {
      const date = londonDate(m[1], m[2], m[3]);
      return date && t('errLinkUsed', { date, time: m[4] });
    },
  },
  {
    code: '22023',
    when: /^This link expired on (\d{1,2}) ([A-Z][a-z]+) (\d{4})$/,
    say: (m) => {
      const date = londonDate(m[1], m[2], m[3]);
      return date && t('errLinkExpired', { date });
    },
  },
  // The public forms' fields (private.public_text, private.reply_email, the forms' own checks):
  // the same sentences as the browser's checks (src/domain/publicForms.ts), said the same way.
  {
    code: '23514',
    when: /^(.+) is at most ([\d,]+) characters \(this has ([\d,]+)\): please shorten it$/,
    say: (m) => (FIELD_WORDS[m[1]] ? domainT('formTooLong', { what: FIELD_WORDS[m[1]](), limit: count(m[2]), has: count(m[3]) }) : null),
  },
  {
    code: '23514',
    when: /^(.+) holds characters that cannot be shown \(control characters\): please type it again$/,
    say: (m) => (FIELD_WORDS[m[1]] ? domainT('formControl', { what: FIELD_WORDS[m[1]]() }) : null),
  },
  { code: '23514', when: /^E-mail addresses are at most (\d+) characters$/, say: (m) => domainT('emailTooLong', { limit: Number(m[1]) }) },
  {
    code: '23514',
    when: /^That does not look like an e-mail address \(got "(.*)"\): leave it empty if you do not want a reply$/s,
    say: (m) => domainT('emailInvalid', { got: m[1] }),
  },
  { code: '23514', when: /^Choose what is wrong with the listing$/, say: () => domainT('chooseReason') },
  { code: '23514', when: /^Say what is wrong with the listing$/, say: () => domainT('sayWhatIsWrong') },
  { code: '23514', when: /^Give the name of the group, place or service$/, say: () => domainT('giveName') },
];

const REWORDED_KEYS = {
  notAllowed: 'errNotAllowed',
  badInput: 'errBadInput',
  tooSlow: 'errTooSlow',
  sameMoment: 'errSameMoment',
  outOfDate: 'errOutOfDate',
  unreachable: 'errUnreachable',
} as const satisfies Record<Reworded, string>;

/** The sentence for an error from the server, in the current language. Read it where it is shown. */
export function residentErrorMessage(e: unknown): string {
  const code = e instanceof ApiError ? e.code : null;
  const raw = e instanceof Error ? e.message : String(e);
  // An error that did not come through the API's wording yet (a plain network failure) gets it now.
  const message = e instanceof ApiError ? raw : userMessage(null, raw);
  const reworded = (Object.keys(REWORDED) as Reworded[]).find((k) => REWORDED[k] === message);
  if (reworded) return t(REWORDED_KEYS[reworded]);
  // Local mode: the browser's own database (src/backend/local/localTransport.ts).
  if (code === 'local-released') return `${t('dbResetElsewhere')}${t('dbReloadToCarryOn')}`;
  if (code === 'local-init') {
    const reason = (Object.keys(FAILURE_TEXT) as StartFailure[]).find((r) => message.endsWith(` ${FAILURE_TEXT[r].what} ${FAILURE_TEXT[r].todo}`));
    if (reason) return `${t('dbCouldNotStart')} ${t(`start_${reason}`)} ${t(`start_${reason}_todo`)}`;
  }
  for (const k of KNOWN) {
    if (k.code !== code) continue;
    const m = k.when.exec(message);
    const said = m && k.say(m);
    if (said) return said;
  }
  return t('errUnknown', { server: message });
}
