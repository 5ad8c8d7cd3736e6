// The public forms' checks speak the resident's language, with its plurals.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n';
import { validateReport, validateSuggestion } from '../../../src/domain/publicForms';
import { SUGGESTION_LIMITS } from '../../../src/domain/limits';

afterEach(() => setLocale('en-GB', { remember: false }));

describe('public form checks in Polish', () => {
  it('says what is wrong in Polish, and in English again after switching back', async () => {
    await setLocale('pl', { remember: false });
    expect(validateReport({ reason: '', details: '', email: 'nope' } as never)).toMatchObject({
      reason: 'Wybierz, co jest nie tak z wpisem',
      email: expect.stringContaining('To nie wygląda na adres e-mail („nope”)'),
    });
    const long = 'x'.repeat(SUGGESTION_LIMITS.name + 1);
    expect(validateSuggestion({ name: long, description: '', place: '', times: '', contact: '', email: '' } as never).name).toMatch(/^Pole „Nazwa” może mieć najwyżej/);
    await setLocale('en-GB', { remember: false });
    expect(validateReport({ reason: '', details: '', email: '' } as never).reason).toBe('Choose what is wrong with the listing');
  });
});
