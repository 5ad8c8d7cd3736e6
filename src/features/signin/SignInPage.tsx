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
  usePageTitle(() => (step() === 'code' ? 'Enter your code' : 'Sign in'));
  // One per step: each step's summary shows only its own problems.
  const sendingEmail = createFormSubmit({
    placeError: (e) => ({ field: null, message: `We could not send a code: ${(e as Error).message}` }),
    fields: ['email'],
    idOf: () => 'signin-email',
  });
  const sendingCode = createFormSubmit({
    placeError: (e) => ({ field: 'code', message: `That code did not work: ${(e as Error).message}. Check it, or ask for a new one.` }),
    fields: ['code'],
    idOf: () => 'signin-code',
  });

  const sendCode = (ev: Event) =>
    sendingEmail.submit(
      {
        validate: () => {
          const value = email().trim();
          if (!value) return { email: 'Enter your email address' };
          if (!isEmail(value)) return { email: 'Enter an email address in the correct format, like name@example.org' };
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
        validate: () => (/^\d{6,10}$/.test(typedCode()) ? {} : { code: 'Enter the code from the email: 6 digits, like 123456' }),
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
          <h1>Sign in</h1>
          <p>
            This copy of Common Ground runs in <strong>local mode</strong> with sample data, so there is no email sign-in. Choose who to act as in the{' '}
            <strong>Acting as</strong> menu at the top of the page, or here.
          </p>
          <p>
            You are acting as: <strong>{PERSONAS.find((p) => p.user_id === (session()?.user_id ?? null))?.label ?? 'Resident'}</strong>
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
                  Act as {p.label}
                </button>
              )}
            </For>
          </div>
        </Match>
        <Match when={session()}>
          <h1>You are signed in</h1>
          <p>Signed in as {session()!.email}.</p>
          <button type="button" class="secondary" onClick={() => void backend.auth.signOut()}>
            Sign out
          </button>
        </Match>
        <Match when={step() === 'email'}>
          <h1>Sign in</h1>
          <ErrorSummary errors={sendingEmail.summary()} focusKey={sendingEmail.attempt()} />
          <p>We will email you a one-time code. No password needed.</p>
          <form novalidate onSubmit={(e) => void sendCode(e)} aria-busy={sendingEmail.busy() || undefined}>
            <TextField
              id="signin-email"
              name="email"
              type="email"
              label="Email address"
              error={sendingEmail.errors().email}
              autocomplete="email"
              spellcheck={false}
              value={email()}
              onInput={setEmail}
            />
            <button type="submit" disabled={sendingEmail.busy()}>
              Send me a code
            </button>
          </form>
        </Match>
        <Match when={step() === 'code'}>
          <h1>Check your email</h1>
          <ErrorSummary errors={sendingCode.summary()} focusKey={sendingCode.attempt()} />
          <p>We sent a code to {email()}. It expires in an hour.</p>
          <form novalidate onSubmit={(e) => void verify(e)} aria-busy={sendingCode.busy() || undefined}>
            <TextField
              id="signin-code"
              class="short"
              label="Code"
              hint="The 6-digit code from the email"
              error={sendingCode.errors().code}
              inputmode="numeric"
              autocomplete="one-time-code"
              spellcheck={false}
              value={code()}
              onInput={setCode}
            />
            <div class="button-group">
              <button type="submit" disabled={sendingCode.busy()}>
                Sign in
              </button>
              <button type="button" class="link" onClick={() => setStep('email')}>
                Use a different email or send a new code
              </button>
            </div>
          </form>
        </Match>
      </Switch>
      <Show when={!session()}>
        <h2>Who can do what</h2>
        <WhoCanDoWhat />
      </Show>
    </div>
  );
}
