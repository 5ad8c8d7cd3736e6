// GOV.UK-style form field: label, hint and error message wired to the control by id, so a screen
// reader announces all three and the error summary can link straight to the control.
import { Show, type JSX } from 'solid-js';
import { t } from './i18n';

export interface FieldControlProps {
  id: string;
  /** ids of the hint and error, for the control's aria-describedby (undefined when neither). */
  describedBy: string | undefined;
  invalid: boolean;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** One labelled control. `children` receives the id and aria-describedby to put on the control. */
export function Field(props: {
  id: string;
  label: JSX.Element;
  hint?: JSX.Element;
  error?: string | null;
  class?: string;
  children: (control: FieldControlProps) => JSX.Element;
}) {
  const control: FieldControlProps = {
    get id() {
      return props.id;
    },
    get describedBy() {
      return describedBy(props.id, props.hint, props.error);
    },
    get invalid() {
      return !!props.error;
    },
  };
  return (
    <div class={`field ${props.class ?? ''}`} classList={{ 'has-error': !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
      <ErrorMessage id={props.id} error={props.error} />
      {props.children(control)}
    </div>
  );
}

/** A group of checkboxes or radios under one legend; `id` names the group (errors link to `${id}-first`). */
export function FieldSet(props: { id: string; legend: JSX.Element; hint?: JSX.Element; error?: string | null; class?: string; children: JSX.Element }) {
  return (
    <fieldset
      class={`field fieldset ${props.class ?? ''}`}
      classList={{ 'has-error': !!props.error }}
      id={props.id}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
      <ErrorMessage id={props.id} error={props.error} />
      {props.children}
    </fieldset>
  );
}

function ErrorMessage(props: { id: string; error?: string | null }) {
  return (
    <Show when={props.error}>
      <span class="error-message" id={`${props.id}-error`}>
        <span class="visually-hidden">{t('errorPrefix')}</span>
        {props.error}
      </span>
    </Show>
  );
}

/** One checkbox or radio with its label and an optional hint (read out as its description). */
export function Choice(props: {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: JSX.Element;
  hint?: JSX.Element;
  class?: string;
}) {
  return (
    <div class={`choice ${props.class ?? ''}`}>
      <input
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      </Show>
    </div>
  );
}
