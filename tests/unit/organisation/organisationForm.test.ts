import { describe, expect, it } from 'vitest';
import { emptyOrganisationForm, organisationInput, validateOrganisationForm } from '../../../src/features/organisation/organisationForm';

const form = (patch: Partial<ReturnType<typeof emptyOrganisationForm>>) => ({ ...emptyOrganisationForm(), name: 'Sample: Pemberton Pantry', ...patch });

describe('validateOrganisationForm', () => {
  it('asks for a name when only spaces were typed', () => {
    expect(validateOrganisationForm(form({ name: '   ' }))).toEqual({ name: 'Enter the organisation’s name' });
  });

  it('refuses a name made only of invisible characters, saying so', () => {
    for (const name of ['\u200b\u200b', '\u200c\u200d\u2060', '\ufeff\u200b']) {
      expect(validateOrganisationForm(form({ name }))).toEqual({
        name: 'The name has no visible characters (only invisible ones, such as zero-width spaces); enter the organisation’s name',
      });
    }
  });

  it('explains each malformed contact field the database would reject', () => {
    expect(validateOrganisationForm(form({ email: 'pantry at example', website: 'example.org', phone: 'ring us' }))).toEqual({
      email: 'Enter an email address in the correct format, like name@example.org',
      website: 'Enter a full web address starting https:// or http://, like https://example.org',
      phone: 'Enter a phone number using digits and spaces, like 01942 404 404 or +44 1942 404404',
    });
  });

  it('accepts a complete, well-formed profile', () => {
    expect(validateOrganisationForm(form({ email: 'hello@pantry.example.org', website: 'https://pantry.example.org', phone: '01942 404404' }))).toEqual({});
  });
});

describe('organisationInput', () => {
  it('trims text and sends empty boxes as null', () => {
    expect(organisationInput(form({ name: '  Sample: Pantry ', email: ' ', description: ' Food ' }))).toEqual({
      name: 'Sample: Pantry',
      description: 'Food',
      email: null,
      website: null,
      phone: null,
    });
  });
});
