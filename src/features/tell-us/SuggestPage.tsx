// /suggest: residents suggest a group, place or service they know that is not on the map. A
// council moderator reads each suggestion and makes a listing of it, asks the people who run it
// to join, or explains why not. Anyone may suggest, signed in or not (api.suggest_group).
import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useBackend } from '../../app/BackendProvider';
import { orgPaths } from '../../app/paths';
import { placeResidentError } from '../../app/serverError';
import { SUGGESTION_LIMITS } from '../../domain/limits';
import { tidyText, validateSuggestion, type SuggestionForm } from '../../domain/publicForms';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextArea, TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { Honeypot } from './Honeypot';
import { ReplyEmailField } from './ReplyEmailField';
import './tellUs.css';
import { t } from './i18n';

const FIELDS = ['name', 'description', 'place', 'times', 'contact', 'email'] as const;
type F = (typeof FIELDS)[number];
const idOf = (f: F) => `suggest-${f}`;
const empty = (): SuggestionForm => ({ name: '', description: '', place: '', times: '', contact: '', email: '' });

export default function SuggestPage() {
  const { backend } = useBackend();
  const [form, setForm] = createStore<SuggestionForm>(empty());
  const [trap, setTrap] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const sending = createFormSubmit<F>({ placeError: (e) => placeResidentError(e, FIELDS), fields: FIELDS, idOf });
  usePageTitle(() => (sent() ? t('suggestThanksTitle') : t('suggestTitle')));

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
        <A href="/">{t('backToMap')}</A>
      </p>
      <Show
        when={!sent()}
        fallback={
          <>
            <h1 ref={thanks} tabindex="-1">
              {t('suggestThanksTitle')}
            </h1>
            <p role="status">{t('suggestThanksBody')}</p>
            <Show when={form.email.trim()}>
              <p>{t('suggestThanksEmail')}</p>
            </Show>
            <p>
              <button type="button" class="secondary" onClick={again}>
                {t('suggestAgain')}
              </button>
            </p>
          </>
        }
      >
        <h1>{t('suggestTitle')}</h1>
        <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
        <p>{t('suggestIntro')}</p>
        <p>
          {t('runItYourself')} <A href={orgPaths.register()}>{t('registerLink')}</A>
          {t('registerAfter')}
        </p>
        <form novalidate onSubmit={(e) => void submit(e)} aria-busy={sending.busy() || undefined}>
          <TextField
            id="suggest-name"
            name="name"
            label={t('nameLabel')}
            error={sending.errors().name}
            value={form.name}
            onInput={(v) => setForm('name', v)}
            maxlength={SUGGESTION_LIMITS.name}
          />
          <TextArea
            id="suggest-description"
            name="description"
            rows={4}
            label={t('descriptionLabel')}
            hint={t('descriptionHint')}
            error={sending.errors().description}
            value={form.description}
            onInput={(v) => setForm('description', v)}
          />
          <TextArea
            id="suggest-place"
            name="place"
            rows={2}
            label={t('placeLabel')}
            hint={t('placeHint')}
            error={sending.errors().place}
            value={form.place}
            onInput={(v) => setForm('place', v)}
          />
          <TextField
            id="suggest-times"
            name="times"
            label={t('timesLabel')}
            hint={t('timesHint')}
            error={sending.errors().times}
            value={form.times}
            onInput={(v) => setForm('times', v)}
            maxlength={SUGGESTION_LIMITS.times}
          />
          <TextArea
            id="suggest-contact"
            name="contact"
            rows={2}
            label={t('contactLabel')}
            hint={t('contactHint')}
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
            {t('sendSuggestion')}
          </button>
        </form>
      </Show>
    </div>
  );
}
