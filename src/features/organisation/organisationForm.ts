// An organisation's profile as typed, checked against the same rules as the organisations
// table (supabase/migrations/*_organisations.sql), so mistakes are explained before saving.
import { isEmail, isHttpUrl, nameProblem } from '../../domain/validation';
import { ORG_LIMITS } from '../../domain/limits';
import type { Organisation } from '../../domain/types';
import { t } from './i18n';

export interface OrganisationForm {
  name: string;
  description: string;
  email: string;
  website: string;
  phone: string;
}

export type OrganisationField = keyof OrganisationForm;
export const ORGANISATION_FIELDS: OrganisationField[] = ['name', 'description', 'email', 'website', 'phone'];

// The database's phone rule: digits, spaces, brackets and dashes, an optional leading + or (.
const PHONE = /^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$/;

export const emptyOrganisationForm = (): OrganisationForm => ({ name: '', description: '', email: '', website: '', phone: '' });

export function organisationFormFrom(o: Organisation): OrganisationForm {
  return { name: o.name, description: o.description ?? '', email: o.email ?? '', website: o.website ?? '', phone: o.phone ?? '' };
}

/** What the api functions take: trimmed, with empty boxes as null. */
export function organisationInput(f: OrganisationForm): Pick<Organisation, 'name' | 'description' | 'email' | 'website' | 'phone'> {
  const t = (s: string) => (s.trim() === '' ? null : s.trim());
  return { name: f.name.trim(), description: f.description.trim(), email: t(f.email), website: t(f.website), phone: t(f.phone) };
}

export function validateOrganisationForm(f: OrganisationForm): Partial<Record<OrganisationField, string>> {
  const errors: Partial<Record<OrganisationField, string>> = {};
  const name = f.name.trim();
  const problem = nameProblem(name);
  if (problem === 'empty') errors.name = t('nameMissing');
  else if (problem === 'invisible') errors.name = t('nameInvisible');
  else if (name.length > ORG_LIMITS.name) errors.name = t('nameTooLong', { limit: ORG_LIMITS.name, length: name.length });
  if (f.description.trim().length > ORG_LIMITS.description) {
    errors.description = t('descriptionTooLong', { limit: ORG_LIMITS.description });
  }
  const email = f.email.trim();
  if (email && !isEmail(email)) errors.email = t('emailFormat');
  const website = f.website.trim();
  if (website && !isHttpUrl(website)) errors.website = t('websiteFormat');
  const phone = f.phone.trim();
  if (phone && !PHONE.test(phone)) errors.phone = t('phoneFormat');
  return errors;
}
