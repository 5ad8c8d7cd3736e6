// Sign in (Supabase mode): email → a one-time code by email → signed in. Local mode has no email
// sign-in, so the page explains the sample people instead.
import { useNavigate, useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { PERSONAS } from '../../backend/personas';
import { isEmail } from '../../domain/validation';
import { useBackend } from '../../app/BackendProvider';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { WhoCanDoWhat } from '../../app/WhoCanDoWhat';
import { usePersonaSwitch } from '../../app/usePersonaSwitch';
import { t } from './i18n';

/** Where each sample person's work starts, when nobody asked to come back somewhere. */
const HOME_OF: Record<string, string> = {
  resident: '/',
  'editor-a': '/organisation',
  'editor-b': '/organisation',
  newcomer: '/organisation',
  moderator: '/review',
  planner: '/plan',
};

/** Only same-site paths: a crafted ?next= must not send someone to another site. */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/organisation';
}

export default function SignInPage() {
  const { backend, session, refetchMe } = useBackend();
  const [params] = useSearchParams<{ next?: string }>();
  const navigate = useNavigate();
  const switchTo = usePersonaSwitch();
  const [step, setStep] = createSignal<'email' | 'code'>('email');
  const [email, setEmail] = createSignal('');
  const [code, setCode] = createSignal('');
  usePageTitle(() => (step() === 'code' ? t('titleEnterCode') : t('titleSignIn')));
  // One per step: each step's summary shows only its own problems.
  const sendingEmail = createFormSubmit({
    placeError: (e) => ({ field: null, message: t('sendFailed', { reason: (e as Error).message }) }),
    fields: ['email'],
    idOf: () => 'signin-email',
  });
  const sendingCode = createFormSubmit({
    placeError: (e) => ({ field: 'code', message: t('codeFailed', { reason: (e as Error).message }) }),
    fields: ['code'],
    idOf: () => 'signin-code',
  });

  const sendCode = (ev: Event) =>
    sendingEmail.submit(
      {
        validate: () => {
          const value = email().trim();
          if (!value) return { email: t('emailMissing') };
          if (!isEmail(value)) return { email: t('emailFormat') };
          return {};
        },
        send: () => backend.auth.signInWithEmail(email().trim()),
        done: () => void setStep('code'),
      },
      ev,
    );

  const typedCode = () => code().replace(/\s+/g, '');
  const verify = (ev: Event) =>
    sendingCode.submit(
      {
        validate: () => (/^\d{6,10}$/.test(typedCode()) ? {} : { code: t('codeFormat') }),
        send: () => backend.auth.verifyCode(email().trim(), typedCode()),
        done: () => {
          refetchMe();
          navigate(safeNext(params.next));
        },
      },
      ev,
    );

  return (
    <div class="page narrow">
      <Switch>
        <Match when={backend.mode === 'local'}>
          <h1>{t('signIn')}</h1>
          <p>
            {t('localIntroStart')}
            <strong>{t('localMode')}</strong>
            {t('localIntroMiddle')} <strong>{t('actingAsMenu')}</strong>
            {t('localIntroEnd')}
          </p>
          <p>
            {t('actingAs')}
            <strong>{PERSONAS.find((p) => p.user_id === (session()?.user_id ?? null))?.label ?? t('resident')}</strong>
          </p>
          <div class="button-group">
            <For each={PERSONAS}>
              {(p) => (
                <button
                  type="button"
                  class="secondary"
                  onClick={async () => {
                    await switchTo?.(p.id);
                    navigate(params.next ? safeNext(params.next) : (HOME_OF[p.id] ?? '/'));
                  }}
                >
                  {t('actAs', { name: p.label })}
                </button>
              )}
            </For>
          </div>
        </Match>
        <Match when={session()}>
          <h1>{t('signedInHeading')}</h1>
          <p>{t('signedInAs', { email: session()!.email ?? '' })}</p>
          <button type="button" class="secondary" onClick={() => void backend.auth.signOut()}>
            {t('signOut')}
          </button>
        </Match>
        <Match when={step() === 'email'}>
          <h1>{t('signIn')}</h1>
          <ErrorSummary errors={sendingEmail.summary()} focusKey={sendingEmail.attempt()} />
          <p>{t('emailIntro')}</p>
          <form novalidate onSubmit={(e) => void sendCode(e)} aria-busy={sendingEmail.busy() || undefined}>
            <TextField
              id="signin-email"
              name="email"
              type="email"
              label={t('emailLabel')}
              error={sendingEmail.errors().email}
              autocomplete="email"
              spellcheck={false}
              value={email()}
              onInput={setEmail}
            />
            <button type="submit" disabled={sendingEmail.busy()}>
              {t('sendCode')}
            </button>
          </form>
        </Match>
        <Match when={step() === 'code'}>
          <h1>{t('checkEmail')}</h1>
          <ErrorSummary errors={sendingCode.summary()} focusKey={sendingCode.attempt()} />
          <p>{t('codeSent', { email: email() })}</p>
          <form novalidate onSubmit={(e) => void verify(e)} aria-busy={sendingCode.busy() || undefined}>
            <TextField
              id="signin-code"
              class="short"
              label={t('codeLabel')}
              hint={t('codeHint')}
              error={sendingCode.errors().code}
              inputmode="numeric"
              autocomplete="one-time-code"
              spellcheck={false}
              value={code()}
              onInput={setCode}
            />
            <div class="button-group">
              <button type="submit" disabled={sendingCode.busy()}>
                {t('signIn')}
              </button>
              <button type="button" class="link" onClick={() => setStep('email')}>
                {t('differentEmail')}
              </button>
            </div>
          </form>
        </Match>
      </Switch>
      <Show when={!session()}>
        <h2>{t('whoCanDoWhat')}</h2>
        <WhoCanDoWhat />
      </Show>
    </div>
  );
}
