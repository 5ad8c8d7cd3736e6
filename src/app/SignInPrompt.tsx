// Shown instead of a page that needs someone signed in (or with a role they lack): says who can
// use it and how to get there — an email code in Supabase mode, a sample person in local mode.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { PERSONAS } from '../backend/personas';
import { useBackend } from './BackendProvider';
import { usePageTitle } from '../ui/usePageTitle';
import { WhoCanDoWhat } from './WhoCanDoWhat';
import { usePersonaSwitch } from './usePersonaSwitch';

export function SignInPrompt(props: {
  title: string;
  /** Why this page needs a sign-in, in one sentence. */
  reason: string;
  /** Sample people who can use this page (local mode), by persona id. */
  personas: string[];
  /** Where to come back to after signing in (Supabase mode). */
  next: string;
}) {
  const { backend, session } = useBackend();
  const switchTo = usePersonaSwitch();
  usePageTitle(() => props.title);
  const people = () => PERSONAS.filter((p) => props.personas.includes(p.id));
  return (
    <div class="page narrow">
      <h1>{props.title}</h1>
      <p>{props.reason}</p>
      <Show
        when={backend.mode === 'local' && switchTo}
        fallback={
          <Show
            when={session()}
            fallback={
              <p>
                <A class="button" href={`/sign-in?next=${encodeURIComponent(props.next)}`}>
                  Sign in with your email
                </A>
              </p>
            }
          >
            <p class="banner warning">You are signed in as {session()!.email}, but this account does not have access to this page.</p>
          </Show>
        }
      >
        <div class="banner">
          <p>
            This is <strong>local mode</strong>: there is no email sign-in. Choose a sample person in the <strong>Acting as</strong> menu at the top of the page, or here:
          </p>
          <div class="button-group">
            <For each={people()}>
              {(p) => (
                <button type="button" class="secondary" onClick={() => void switchTo!(p.id)}>
                  Act as {p.label}
                </button>
              )}
            </For>
          </div>
        </div>
      </Show>
      <h2>Who can do what</h2>
      <WhoCanDoWhat />
    </div>
  );
}
