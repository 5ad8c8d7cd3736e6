// Sign in (Supabase mode): email → a one-time code by email → signed in. Local mode has no email
// sign-in, so the page explains the sample people instead.
import { useNavigate, useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { PERSONAS } from '../../backend/personas';
import { isEmail } from '../../domain/validation';
import { useBackend } from '../../app/BackendProvider';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
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

type SignInErrors = { email?: string; code?: string; form?: string };

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
  const [errors, setErrors] = createSignal<SignInErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [attempt, setAttempt] = createSignal(0);
  usePageTitle(() => (step() === 'code' ? 'Enter your code' : 'Sign in'));

  const summary = (): SummaryError[] => {
    const e = errors();
    return [
      ...(e.email ? [{ href: 'signin-email', message: e.email }] : []),
      ...(e.code ? [{ href: 'signin-code', message: e.code }] : []),
      ...(e.form ? [{ message: e.form }] : []),
    ];
  };
  const fail = (e: SignInErrors) => {
    setErrors(e);
    setAttempt((n) => n + 1);
  };

  async function sendCode(ev: Event) {
    ev.preventDefault();
    const value = email().trim();
    if (!value) return fail({ email: 'Enter your email address' });
    if (!isEmail(value)) return fail({ email: 'Enter an email address in the correct format, like name@example.org' });
    setBusy(true);
    try {
      await backend.auth.signInWithEmail(value);
      setErrors({});
      setStep('code');
    } catch (e) {
      fail({ form: `We could not send a code: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  async function verify(ev: Event) {
    ev.preventDefault();
    const value = code().replace(/\s+/g, '');
    if (!/^\d{6,10}$/.test(value)) return fail({ code: 'Enter the code from the email: 6 digits, like 123456' });
    setBusy(true);
    try {
      await backend.auth.verifyCode(email().trim(), value);
      refetchMe();
      navigate(safeNext(params.next));
    } catch (e) {
      fail({ code: `That code did not work: ${(e as Error).message}. Check it, or ask for a new one.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page narrow">
      <Switch>
        <Match when={backend.mode === 'local'}>
          <h1>Sign in</h1>
          <p>
            This copy of Common Ground runs in <strong>local mode</strong> with sample data, so there is no email sign-in. Choose who to act
            as in the <strong>Acting as</strong> menu at the top of the page, or here.
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
          <ErrorSummary errors={summary()} focusKey={attempt()} />
          <p>We will email you a one-time code. No password needed.</p>
          <form novalidate onSubmit={sendCode}>
            <Field id="signin-email" label="Email address" error={errors().email}>
              {(c) => (
                <input
                  id={c.id}
                  type="email"
                  name="email"
                  autocomplete="email"
                  spellcheck={false}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid || undefined}
                  value={email()}
                  onInput={(e) => setEmail(e.currentTarget.value)}
                />
              )}
            </Field>
            <button type="submit" disabled={busy()}>
              Send me a code
            </button>
          </form>
        </Match>
        <Match when={step() === 'code'}>
          <h1>Check your email</h1>
          <ErrorSummary errors={summary()} focusKey={attempt()} />
          <p>We sent a code to {email()}. It expires in an hour.</p>
          <form novalidate onSubmit={verify}>
            <Field id="signin-code" label="Code" hint="The 6-digit code from the email" error={errors().code}>
              {(c) => (
                <input
                  id={c.id}
                  class="short"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  spellcheck={false}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid || undefined}
                  value={code()}
                  onInput={(e) => setCode(e.currentTarget.value)}
                />
              )}
            </Field>
            <div class="button-group">
              <button type="submit" disabled={busy()}>
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
