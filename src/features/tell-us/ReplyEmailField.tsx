// The optional address a resident leaves to hear back, worded the same on every form that asks.
import { TextField } from '../../ui/TextField';
import { t } from './i18n';

export function ReplyEmailField(props: { id: string; value: string; onInput: (v: string) => void; error?: string; maxlength: number }) {
  return (
    <TextField
      id={props.id}
      name="email"
      type="email"
      autocomplete="email"
      spellcheck={false}
      label={t('emailLabel')}
      hint={t('emailHint')}
      error={props.error}
      value={props.value}
      onInput={props.onInput}
      maxlength={props.maxlength}
    />
  );
}
