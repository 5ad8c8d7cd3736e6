// One labelled text box, or a textarea: the Field's label, hint and error wired to the control
// (aria-describedby, aria-invalid), so no form spells that wiring out again. `maxlength` takes
// the database's bound from src/domain/limits.ts, so a box never accepts what the table refuses.
import { splitProps } from 'solid-js';
import { Field } from './Field';
import type { JSX } from 'solid-js';

interface CommonProps {
  id: string;
  label: JSX.Element;
  hint?: JSX.Element;
  error?: string | null;
  value: string;
  onInput: (value: string) => void;
  /** The form field's name; omitted for boxes that are not posted anywhere. */
  name?: string;
  maxlength?: number;
  required?: boolean;
  autocomplete?: string;
  spellcheck?: boolean;
  disabled?: boolean;
  /** The class of the control itself (widths such as `short`). */
  class?: string;
  /** The class of the wrapping field. */
  fieldClass?: string;
}

export interface TextFieldProps extends CommonProps {
  type?: 'text' | 'email' | 'url' | 'tel' | 'time' | 'date';
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
}

export function TextField(props: TextFieldProps) {
  const [field, control] = splitProps(props, ['label', 'hint', 'error', 'fieldClass']);
  return (
    <Field id={control.id} label={field.label} hint={field.hint} error={field.error} class={field.fieldClass}>
      {(c) => (
        <input
          id={c.id}
          name={control.name}
          type={control.type ?? 'text'}
          class={control.class}
          inputmode={control.inputmode}
          autocomplete={control.autocomplete}
          spellcheck={control.spellcheck}
          maxlength={control.maxlength}
          required={control.required}
          disabled={control.disabled}
          aria-describedby={c.describedBy}
          aria-invalid={c.invalid || undefined}
          value={control.value}
          onInput={(e) => control.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface TextAreaProps extends CommonProps {
  rows: number;
}

export function TextArea(props: TextAreaProps) {
  const [field, control] = splitProps(props, ['label', 'hint', 'error', 'fieldClass']);
  return (
    <Field id={control.id} label={field.label} hint={field.hint} error={field.error} class={field.fieldClass}>
      {(c) => (
        <textarea
          id={c.id}
          name={control.name}
          rows={control.rows}
          class={control.class}
          autocomplete={control.autocomplete}
          spellcheck={control.spellcheck}
          maxlength={control.maxlength}
          required={control.required}
          disabled={control.disabled}
          aria-describedby={c.describedBy}
          aria-invalid={c.invalid || undefined}
          value={control.value}
          onInput={(e) => control.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
