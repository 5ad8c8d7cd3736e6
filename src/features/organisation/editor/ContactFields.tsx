// How residents get in touch: phone, email and website.
import { ASSET_LIMITS } from '../../../domain/limits';
import { TextField } from '../../../ui/TextField';
import { assetFieldId } from './assetForm';
import type { FieldSectionProps } from './fieldSection';

import { t } from './i18n';

export function ContactFields(props: FieldSectionProps) {
  return (
    <>
      <TextField
        id={assetFieldId('phone')}
        name="phone"
        type="tel"
        class="short-medium"
        label={t('phone')}
        error={props.errors.phone}
        autocomplete="off"
        value={props.form.phone}
        onInput={(v) => props.setForm('phone', v)}
      />
      <TextField
        id={assetFieldId('email')}
        name="email"
        type="email"
        label={t('email')}
        error={props.errors.email}
        autocomplete="off"
        spellcheck={false}
        maxlength={ASSET_LIMITS.email}
        value={props.form.email}
        onInput={(v) => props.setForm('email', v)}
      />
      <TextField
        id={assetFieldId('website')}
        name="website"
        type="url"
        label={t('website')}
        hint={t('websiteHint')}
        error={props.errors.website}
        autocomplete="off"
        spellcheck={false}
        maxlength={ASSET_LIMITS.website}
        value={props.form.website}
        onInput={(v) => props.setForm('website', v)}
      />
    </>
  );
}
