// /suggest: residents suggest a group, place or service they know that is not on the map. A
// council moderator reads each suggestion and makes a listing of it, asks the people who run it
// to join, or explains why not. Anyone may suggest, signed in or not (api.suggest_group).
import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useBackend } from '../../app/BackendProvider';
import { orgPaths } from '../../app/paths';
import { placeServerError } from '../../app/serverError';
import { SUGGESTION_LIMITS } from '../../domain/limits';
import { tidyText, validateSuggestion, type SuggestionForm } from '../../domain/publicForms';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextArea, TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { Honeypot } from './Honeypot';
import { ReplyEmailField } from './ReplyEmailField';
import './tellUs.css';

const FIELDS = ['name', 'description', 'place', 'times', 'contact', 'email'] as const;
type F = (typeof FIELDS)[number];
const idOf = (f: F) => `suggest-${f}`;
const empty = (): SuggestionForm => ({ name: '', description: '', place: '', times: '', contact: '', email: '' });

export default function SuggestPage() {
  const { backend } = useBackend();
  const [form, setForm] = createStore<SuggestionForm>(empty());
  const [trap, setTrap] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const sending = createFormSubmit<F>({ placeError: (e) => placeServerError(e, FIELDS), fields: FIELDS, idOf });
  usePageTitle(() => (sent() ? 'Thank you for your suggestion' : 'Suggest a group, place or service'));

  let thanks: HTMLHeadingElement | undefined;
  const submit = (ev: Event) =>
    sending.submit(
      {
        validate: () => validateSuggestion(form),
        send: () =>
          backend.api.suggestGroup({
            name: tidyText(form.name),
            description: tidyText(form.description),
            place: tidyText(form.place),
            times: tidyText(form.times),
            contact: tidyText(form.contact),
            email: form.email.trim() || null,
            honeypot: trap() || null,
          }),
        done: () => {
          setSent(true);
          queueMicrotask(() => thanks?.focus());
        },
      },
      ev,
    );

  const again = () => {
    setForm(empty());
    setSent(false);
  };

  return (
    <div class="page narrow tell-us-page">
      <p>
        <A href="/">‹ Back to the map</A>
      </p>
      <Show
        when={!sent()}
        fallback={
          <>
            <h1 ref={thanks} tabindex="-1">
              Thank you for your suggestion
            </h1>
            <p role="status">A council moderator will look at it and, if it fits, get it onto the map.</p>
            <Show when={form.email.trim()}>
              <p>We will e-mail you once it has been looked at, and then delete your address.</p>
            </Show>
            <p>
              <button type="button" class="secondary" onClick={again}>
                Suggest something else
              </button>
            </p>
          </>
        }
      >
        <h1>Suggest a group, place or service</h1>
        <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
        <p>
          Know something local that is not on the map? Tell us about it and a council moderator will look into it. You do not need to sign in, and only the name is
          needed.
        </p>
        <p>
          Run it yourself? <A href={orgPaths.register()}>Register your organisation</A> and list it directly.
        </p>
        <form novalidate onSubmit={(e) => void submit(e)} aria-busy={sending.busy() || undefined}>
          <TextField
            id="suggest-name"
            name="name"
            label="What is it called?"
            error={sending.errors().name}
            value={form.name}
            onInput={(v) => setForm('name', v)}
            maxlength={SUGGESTION_LIMITS.name}
          />
          <TextArea
            id="suggest-description"
            name="description"
            rows={4}
            label="What is it? (optional)"
            hint="What happens there, and who it is for."
            error={sending.errors().description}
            value={form.description}
            onInput={(v) => setForm('description', v)}
          />
          <TextArea
            id="suggest-place"
            name="place"
            rows={2}
            label="Where is it? (optional)"
            hint="An address, a postcode or a description such as ‘the church hall on Market Street’."
            error={sending.errors().place}
            value={form.place}
            onInput={(v) => setForm('place', v)}
          />
          <TextField
            id="suggest-times"
            name="times"
            label="When is it on? (optional)"
            hint="For example ‘Thursdays 2pm to 4pm’."
            error={sending.errors().times}
            value={form.times}
            onInput={(v) => setForm('times', v)}
            maxlength={SUGGESTION_LIMITS.times}
          />
          <TextArea
            id="suggest-contact"
            name="contact"
            rows={2}
            label="How do people contact it? (optional)"
            hint="A phone number, website or e-mail address that is already public."
            error={sending.errors().contact}
            value={form.contact}
            onInput={(v) => setForm('contact', v)}
          />
          <ReplyEmailField
            id="suggest-email"
            error={sending.errors().email}
            value={form.email}
            onInput={(v) => setForm('email', v)}
            maxlength={SUGGESTION_LIMITS.email}
          />
          <Honeypot value={trap()} onInput={setTrap} />
          <button type="submit" disabled={sending.busy()}>
            Send the suggestion
          </button>
        </form>
      </Show>
    </div>
  );
}
