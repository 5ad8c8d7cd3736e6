// Shown instead of a page that needs someone signed in (or with a role they lack): says who can
// use it and how to get there — an email code in Supabase mode, a sample person in local mode.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { PERSONAS } from '../backend/personas';
import { useBackend } from './BackendProvider';
import { usePageTitle } from '../ui/usePageTitle';
import { WhoCanDoWhat } from './WhoCanDoWhat';
import { usePersonaSwitch } from './usePersonaSwitch';
import { t } from './i18n';

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
                  {t('signInWithEmail')}
                </A>
              </p>
            }
          >
            <p class="banner warning">{t('signedInNoAccess', { email: session()!.email ?? '' })}</p>
          </Show>
        }
      >
        <div class="banner">
          <p>
            {t('localModeThisIs')}
            <strong>{t('localModeName')}</strong>
            {t('localModeNoEmail')}
            <strong>{t('actingAsMenu')}</strong>
            {t('localModeOrHere')}
          </p>
          <div class="button-group">
            <For each={people()}>
              {(p) => (
                <button type="button" class="secondary" onClick={() => void switchTo!(p.id)}>
                  {t('actAs', { name: p.label })}
                </button>
              )}
            </For>
          </div>
        </div>
      </Show>
      <h2>{t('whoCanDoWhat')}</h2>
      <WhoCanDoWhat />
    </div>
  );
}
