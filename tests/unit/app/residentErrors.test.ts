// The server's refusals a resident can meet are said in the resident's language: in English
// exactly as the database words them (the sentences are read from the migrations, so a changed
// SQL message fails here), in Polish from the app's dictionary. An unknown refusal keeps the
// server's words.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeResidentError } from '../../../src/app/serverError';
import { residentErrorMessage } from '../../../src/app/residentErrors';
import { REWORDED, toApiError } from '../../../src/backend/errors';
import { FAILURE_TEXT, type StartFailure } from '../../../src/backend/local/startFailure';
import { ApiError } from '../../../src/backend/transport';
import app from '../../../src/app/i18n/en';
import { setLocale } from '../../../src/i18n';

const MIGRATIONS = join(__dirname, '../../../supabase/migrations');
const sql = readdirSync(MIGRATIONS)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => readFileSync(join(MIGRATIONS, f), 'utf8'))
  .join('\n');

/** What the database sends (SQLSTATE and message), the text each template in the migrations makes, and the Polish. */
const CASES: { code: string; message: string; template: string; polish: string }[] = [
  {
    code: '54000',
    message: 'You have sent 5 reports in the last hour, which is as many as we take from one place. Please try again after 14:05',
    template: "'You have sent %s %s in the last hour, which is as many as we take from one place. Please try again after %s'",
    polish: 'W ciągu ostatniej godziny wysłano stąd 5 zgłoszeń, a tyle przyjmujemy z jednego miejsca. Spróbuj ponownie po 14:05',
  },
  {
    code: '54000',
    message: 'You have sent 5 suggestions in the last hour, which is as many as we take from one place. Please try again after 09:30',
    template: "case purpose when 'report' then 'reports' else 'suggestions' end",
    polish: 'W ciągu ostatniej godziny wysłano stąd 5 propozycji, a tyle przyjmujemy z jednego miejsca. Spróbuj ponownie po 09:30',
  },
  {
    code: '22023',
    message: 'This listing is not on the map any more, so there is nothing to report',
    template: "'This listing is not on the map any more, so there is nothing to report'",
    polish: 'Tego wpisu nie ma już na mapie, więc nie ma czego zgłaszać',
  },
  {
    code: '22023',
    message: 'This listing is not on the map any more, so there is nothing to confirm',
    template: "'This listing is not on the map any more, so there is nothing to confirm'",
    polish: 'Tego wpisu nie ma już na mapie, więc nie ma czego potwierdzać',
  },
  {
    code: '22023',
    message: 'This listing changed on 3 December 2026 after the reminder was sent, so this link cannot confirm it',
    template: "'This listing changed on % after the reminder was sent, so this link cannot confirm it', private.london_date(",
    polish: 'Ten wpis zmienił się 3 grudnia 2026, już po wysłaniu przypomnienia, więc ten link nie może go potwierdzić',
  },
  {
    code: '22023',
    message: 'This link is not valid: it may have been cut short when it was copied',
    template: "'This link is not valid: it may have been cut short when it was copied'",
    polish: 'Ten link jest nieprawidłowy: mógł zostać ucięty przy kopiowaniu',
  },
  { code: '22023', message: 'This link is not valid any more', template: "'This link is not valid any more'", polish: 'Ten link nie jest już ważny' },
  {
    code: '22023',
    message: 'This link was already used on 3 December 2026 at 14:05',
    template: `'This link was already used on %', to_char(link.used_at at time zone 'Europe/London', 'FMDD FMMonth YYYY "at" HH24:MI')`,
    polish: 'Ten link został już użyty 3 grudnia 2026 o 14:05',
  },
  {
    code: '22023',
    message: 'This link expired on 14 March 2027',
    template: `'This link expired on %', to_char(link.expires_at at time zone 'Europe/London', 'FMDD FMMonth YYYY')`,
    polish: 'Ten link wygasł 14 marca 2027',
  },
  {
    code: '23514',
    message: 'What is wrong is at most 2,000 characters (this has 2,345): please shorten it',
    template: "'%s is at most %s characters (this has %s): please shorten it', what, to_char(max_length, 'FM999,999')",
    polish: 'Pole „Co jest nie tak” może mieć najwyżej 2000 znaków (wpisano 2345): skróć je',
  },
  {
    code: '23514',
    message: 'The name holds characters that cannot be shown (control characters): please type it again',
    template: "'%s holds characters that cannot be shown (control characters): please type it again', what",
    polish: 'Pole „Nazwa” zawiera znaki, których nie da się wyświetlić (znaki sterujące): wpisz je ponownie',
  },
  {
    code: '23514',
    message: 'E-mail addresses are at most 254 characters',
    template: "'E-mail addresses are at most 254 characters'",
    polish: 'Adres e-mail może mieć najwyżej 254 znaki',
  },
  {
    code: '23514',
    message: 'That does not look like an e-mail address (got "sam@home"): leave it empty if you do not want a reply',
    template: `'That does not look like an e-mail address (got "%s"): leave it empty if you do not want a reply'`,
    polish: 'To nie wygląda na adres e-mail („sam@home”): zostaw pole puste, jeśli nie chcesz odpowiedzi',
  },
  {
    code: '23514',
    message: 'Choose what is wrong with the listing',
    template: "'Choose what is wrong with the listing'",
    polish: 'Wybierz, co jest nie tak z wpisem',
  },
  { code: '23514', message: 'Say what is wrong with the listing', template: "'Say what is wrong with the listing'", polish: 'Napisz, co jest nie tak z wpisem' },
  {
    code: '23514',
    message: 'Give the name of the group, place or service',
    template: "'Give the name of the group, place or service'",
    polish: 'Podaj nazwę grupy, miejsca lub usługi',
  },
];

afterEach(() => setLocale('en-GB', { remember: false }));

describe('the server’s refusals, in the resident’s language', () => {
  it('knows sentences the database really sends', () => {
    for (const c of CASES) expect(sql, c.template).toContain(c.template);
  });

  it('says each in English exactly as the database words it', () => {
    for (const c of CASES) expect(residentErrorMessage(new ApiError(c.message, c.code)), c.message).toBe(c.message);
  });

  it('says each in Polish', async () => {
    await setLocale('pl', { remember: false });
    for (const c of CASES) expect(residentErrorMessage(new ApiError(c.message, c.code)), c.message).toBe(c.polish);
  });

  it('says the reworded engine and network errors in the resident’s language, in the API’s English words', async () => {
    const failures = [
      toApiError({ code: '57014', message: 'canceling statement due to statement timeout' }),
      toApiError(new TypeError('Failed to fetch')),
      new TypeError('Failed to fetch'),
    ];
    expect(failures.map(residentErrorMessage)).toEqual([REWORDED.tooSlow, REWORDED.unreachable, REWORDED.unreachable]);
    for (const text of Object.values(REWORDED)) expect(residentErrorMessage(new ApiError(text, null))).toBe(text);
    await setLocale('pl', { remember: false });
    expect(failures.map(residentErrorMessage)).toEqual([
      'Baza danych zbyt długo nie odpowiadała. Nic nie zostało zmienione: spróbuj ponownie za chwilę.',
      'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie; nic nie zostało zmienione.',
      'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie; nic nie zostało zmienione.',
    ]);
    for (const text of Object.values(REWORDED)) expect(residentErrorMessage(new ApiError(text, null))).not.toBe(text);
  });

  it('keeps the server’s words for a refusal it does not know, or a known sentence under another code', async () => {
    const unknown = new ApiError('Reports are closed for maintenance', 'P0001');
    const otherCode = new ApiError('This link is not valid any more', 'P0001');
    const oddField = new ApiError('The colour is at most 20 characters (this has 30): please shorten it', '23514');
    expect([unknown, otherCode, oddField].map(residentErrorMessage)).toEqual([unknown.message, otherCode.message, oddField.message]);
    await setLocale('pl', { remember: false });
    expect(residentErrorMessage(unknown)).toBe('Serwer tego nie przyjął. Jego odpowiedź (po angielsku): „Reports are closed for maintenance”');
    expect(residentErrorMessage(oddField)).toContain(oddField.message);
  });

  it('places a form’s refusal beside its field, in the resident’s language', async () => {
    await setLocale('pl', { remember: false });
    const e = new ApiError('Say what is wrong with the listing', '23514', 'details');
    expect(placeResidentError(e, ['reason', 'details', 'email'] as const)).toEqual({ field: 'details', message: 'Napisz, co jest nie tak z wpisem', code: '23514' });
  });

  it('says why the browser’s own database could not start, in the words the local transport uses', async () => {
    const words = app as Record<string, unknown>;
    for (const r of Object.keys(FAILURE_TEXT) as StartFailure[]) {
      expect(words[`start_${r}`], r).toBe(FAILURE_TEXT[r].what);
      expect(words[`start_${r}_todo`], r).toBe(FAILURE_TEXT[r].todo);
    }
    const full = new ApiError(`The local database could not start. ${FAILURE_TEXT.full.what} ${FAILURE_TEXT.full.todo}`, 'local-init');
    const released = new ApiError('The local database was reset in another tab. Reload this page to carry on.', 'local-released');
    expect([full, released].map(residentErrorMessage)).toEqual([full.message, released.message]);
    await setLocale('pl', { remember: false });
    expect(residentErrorMessage(full)).toBe(
      'Nie udało się uruchomić lokalnej bazy danych. W tej przeglądarce zabrakło miejsca na bazę danych. Zwolnij trochę miejsca na tym urządzeniu albo pozwól tej witrynie zapisywać dane, a potem odśwież tę stronę.',
    );
    expect(residentErrorMessage(released)).toBe('Lokalna baza danych została zresetowana w innej karcie. Odśwież tę stronę, aby kontynuować.');
  });
});
