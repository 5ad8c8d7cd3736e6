// The profile fields an organisation fills in when registering and when editing its profile.
import type { SetStoreFunction } from 'solid-js/store';
import { Field } from '../../ui/Field';
import type { OrganisationField, OrganisationForm } from './organisationForm';

export const orgFieldId = (f: OrganisationField) => `org-${f}`;

export function OrganisationFields(props: {
  form: OrganisationForm;
  setForm: SetStoreFunction<OrganisationForm>;
  errors: Partial<Record<OrganisationField, string>>;
}) {
  const input = (f: Exclude<OrganisationField, 'description'>, type: string, autocomplete: string) => (
    <Field
      id={orgFieldId(f)}
      label={{ name: 'Name', email: 'Email address (optional)', website: 'Website (optional)', phone: 'Phone (optional)' }[f]}
      hint={f === 'name' ? 'As residents know it' : f === 'website' ? 'Starting https://' : undefined}
      error={props.errors[f]}
    >
      {(c) => (
        <input
          id={c.id}
          name={f}
          type={type}
          autocomplete={autocomplete}
          spellcheck={f === 'name'}
          aria-describedby={c.describedBy}
          aria-invalid={c.invalid || undefined}
          value={props.form[f]}
          onInput={(e) => props.setForm(f, e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      <p class="hint" id="org-public-details">
        Everything here is public once a council moderator has verified the organisation: residents see the name, what you do, and the
        email, website and phone on your listings. Until then only your members and the moderators can see it.
      </p>
      {input('name', 'text', 'organization')}
      <Field id={orgFieldId('description')} label="What your organisation does (optional)" error={props.errors.description}>
        {(c) => (
          <textarea
            id={c.id}
            name="description"
            rows={4}
            aria-describedby={c.describedBy}
            aria-invalid={c.invalid || undefined}
            value={props.form.description}
            onInput={(e) => props.setForm('description', e.currentTarget.value)}
          />
        )}
      </Field>
      {input('email', 'email', 'email')}
      {input('website', 'url', 'url')}
      {input('phone', 'tel', 'tel')}
    </>
  );
}
