// The profile fields an organisation fills in when registering and when editing its profile.
import type { SetStoreFunction } from 'solid-js/store';
import { ORG_LIMITS } from '../../domain/limits';
import { TextArea, TextField, type TextFieldProps } from '../../ui/TextField';
import type { OrganisationField, OrganisationForm } from './organisationForm';

export const orgFieldId = (f: OrganisationField) => `org-${f}`;

export function OrganisationFields(props: { form: OrganisationForm; setForm: SetStoreFunction<OrganisationForm>; errors: Partial<Record<OrganisationField, string>> }) {
  const input = (f: Exclude<OrganisationField, 'description'>, type: TextFieldProps['type'], autocomplete: string) => (
    <TextField
      id={orgFieldId(f)}
      name={f}
      type={type}
      label={{ name: 'Name', email: 'Email address (optional)', website: 'Website (optional)', phone: 'Phone (optional)' }[f]}
      hint={f === 'name' ? 'As residents know it' : f === 'website' ? 'Starting https://' : undefined}
      error={props.errors[f]}
      autocomplete={autocomplete}
      spellcheck={f === 'name'}
      maxlength={f === 'phone' ? undefined : ORG_LIMITS[f]}
      value={props.form[f]}
      onInput={(v) => props.setForm(f, v)}
    />
  );
  return (
    <>
      <p class="hint" id="org-public-details">
        Everything here is public once a council moderator has verified the organisation: residents see the name, what you do, and the email, website and phone on your
        listings. Until then only your members and the moderators can see it.
      </p>
      {input('name', 'text', 'organization')}
      <TextArea
        id={orgFieldId('description')}
        name="description"
        rows={4}
        label="What your organisation does (optional)"
        error={props.errors.description}
        maxlength={ORG_LIMITS.description}
        value={props.form.description}
        onInput={(v) => props.setForm('description', v)}
      />
      {input('email', 'email', 'email')}
      {input('website', 'url', 'url')}
      {input('phone', 'tel', 'tel')}
    </>
  );
}
