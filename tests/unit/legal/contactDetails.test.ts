// The council's name and addresses on the legal pages come from the build's settings; bad or
// missing ones never make a broken link.
import { describe, expect, it } from 'vitest';
import { addressLines, contactDetails, SAMPLE_CONTACT } from '../../../src/features/legal/contactDetails';

describe('contact details', () => {
  it('unset: the sample deployment’s placeholders, marked as a sample', () => {
    expect(contactDetails({})).toEqual({
      council: SAMPLE_CONTACT.council,
      email: SAMPLE_CONTACT.email,
      phone: null,
      address: null,
      dpoEmail: SAMPLE_CONTACT.email,
      sample: true,
    });
  });

  it('set: the council’s own, trimmed, the general e-mail standing in for the data protection officer’s', () => {
    const c = contactDetails({ VITE_COUNCIL_NAME: ' Wigan Council ', VITE_CONTACT_EMAIL: 'map@wigan.gov.uk', VITE_CONTACT_PHONE: '01942 244991' });
    expect(c).toMatchObject({ council: 'Wigan Council', email: 'map@wigan.gov.uk', phone: '01942 244991', dpoEmail: 'map@wigan.gov.uk', sample: false });
    expect(contactDetails({ VITE_CONTACT_EMAIL: 'map@wigan.gov.uk', VITE_DPO_EMAIL: 'dpo@wigan.gov.uk' }).dpoEmail).toBe('dpo@wigan.gov.uk');
  });

  it('a malformed e-mail falls back to the sample address rather than a broken mailto link', () => {
    const c = contactDetails({ VITE_COUNCIL_NAME: 'Wigan Council', VITE_CONTACT_EMAIL: 'not an address', VITE_DPO_EMAIL: 'nope' });
    expect(c.email).toBe(SAMPLE_CONTACT.email);
    expect(c.dpoEmail).toBe(SAMPLE_CONTACT.email);
  });

  it('an address is split into lines at commas and new lines', () => {
    expect(addressLines('Town Hall, Library Street\nWigan,  WN1 1YN')).toEqual(['Town Hall', 'Library Street', 'Wigan', 'WN1 1YN']);
  });
});
