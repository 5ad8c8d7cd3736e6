// Who runs this copy of Common Ground and how to reach them, for the accessibility statement, the
// privacy notice and the contact page. Set at build time (docs/DEPLOY.md); unset, the sample
// deployment's placeholders, which say plainly that they are examples.

export interface ContactEnv {
  VITE_COUNCIL_NAME?: string;
  VITE_CONTACT_EMAIL?: string;
  VITE_CONTACT_PHONE?: string;
  VITE_CONTACT_ADDRESS?: string;
  VITE_DPO_EMAIL?: string;
}

export interface ContactDetails {
  /** The body that runs the site and is the data controller, e.g. "Wigan Council". */
  council: string;
  email: string;
  /** Shown only when set. */
  phone: string | null;
  /** Postal address, lines separated by commas or new lines; shown only when set. */
  address: string | null;
  /** The data protection officer's address; the general e-mail when unset. */
  dpoEmail: string;
  /** True when nothing was configured: the pages say this is a sample. */
  sample: boolean;
}

export const SAMPLE_CONTACT = { council: 'Wigan Council (sample deployment)', email: 'commonground@example.org' } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const clean = (v: string | undefined) => v?.trim() || null;

/** The configured details; a malformed e-mail falls back to the sample one rather than a broken link. */
export function contactDetails(env: ContactEnv = import.meta.env): ContactDetails {
  const council = clean(env.VITE_COUNCIL_NAME);
  const emailSet = clean(env.VITE_CONTACT_EMAIL);
  const email = emailSet && EMAIL.test(emailSet) ? emailSet : null;
  const dpo = clean(env.VITE_DPO_EMAIL);
  return {
    council: council ?? SAMPLE_CONTACT.council,
    email: email ?? SAMPLE_CONTACT.email,
    phone: clean(env.VITE_CONTACT_PHONE),
    address: clean(env.VITE_CONTACT_ADDRESS),
    dpoEmail: dpo && EMAIL.test(dpo) ? dpo : (email ?? SAMPLE_CONTACT.email),
    sample: !council && !email,
  };
}

/** The address as lines. */
export const addressLines = (address: string) =>
  address
    .split(/\s*(?:,|\n)\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
