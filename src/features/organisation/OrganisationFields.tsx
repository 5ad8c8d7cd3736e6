// The profile fields an organisation fills in when registering and when editing its profile.
import type { SetStoreFunction } from 'solid-js/store';
import { ORG_LIMITS } from '../../domain/limits';
import { TextArea, TextField, type TextFieldProps } from '../../ui/TextField';
import type { OrganisationField, OrganisationForm } from './organisationForm';
import { t } from './i18n';

export const orgFieldId = (f: OrganisationField) => `org-${f}`;

export function OrganisationFields(props: { form: OrganisationForm; setForm: SetStoreFunction<OrganisationForm>; errors: Partial<Record<OrganisationField, string>> }) {
  const input = (f: Exclude<OrganisationField, 'description'>, type: TextFieldProps['type'], autocomplete: string) => (
    <TextField
      id={orgFieldId(f)}
      name={f}
      type={type}
      label={{ name: t('fieldName'), email: t('fieldEmail'), website: t('fieldWebsite'), phone: t('fieldPhone') }[f]}
      hint={f === 'name' ? t('nameHint') : f === 'website' ? t('websiteHint') : undefined}
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
        {t('publicDetails')}
      </p>
      {input('name', 'text', 'organization')}
      <TextArea
        id={orgFieldId('description')}
        name="description"
        rows={4}
        label={t('fieldDescription')}
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
