// The optional address a resident leaves to hear back, worded the same on every form that asks.
import { TextField } from '../../ui/TextField';

export function ReplyEmailField(props: { id: string; value: string; onInput: (v: string) => void; error?: string; maxlength: number }) {
  return (
    <TextField
      id={props.id}
      name="email"
      type="email"
      autocomplete="email"
      spellcheck={false}
      label="Your e-mail address (optional)"
      hint="Only if you want to hear back. We use it once, to tell you what happened, and then delete it."
      error={props.error}
      value={props.value}
      onInput={props.onInput}
      maxlength={props.maxlength}
    />
  );
}
