// How residents get in touch: phone, email and website.
import { ASSET_LIMITS } from '../../../domain/limits';
import { TextField } from '../../../ui/TextField';
import { assetFieldId } from './assetForm';
import type { FieldSectionProps } from './fieldSection';

export function ContactFields(props: FieldSectionProps) {
  return (
    <>
      <TextField
        id={assetFieldId('phone')}
        name="phone"
        type="tel"
        class="short-medium"
        label="Phone (optional)"
        error={props.errors.phone}
        autocomplete="off"
        value={props.form.phone}
        onInput={(v) => props.setForm('phone', v)}
      />
      <TextField
        id={assetFieldId('email')}
        name="email"
        type="email"
        label="Email (optional)"
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
        label="Website (optional)"
        hint="Starting https://"
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
