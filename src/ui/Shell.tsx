// The frame around every page: skip link, header with navigation for the roles the person has,
// the local-mode banner, and the page itself.
import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { useBackend } from './BackendProvider';
import { LocalModeBanner } from './LocalModeBanner';

export function Shell(props: { children?: JSX.Element }) {
  const { me, backend, session, authKnown } = useBackend();
  // Until who this is is known, the nav offers neither "Sign in" nor links for roles: never a
  // wrong one. Staff links wait for the person's roles (me), sign-in state only for the session.
  const signedIn = () => authKnown() && !!session();
  const signedOut = () => authKnown() && !session();
  const role = () => (me.state === 'ready' ? me()?.staff_role : null);
  const isStaff = (r: string) => role() === r || role() === 'admin';
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="site-header">
        <A href="/" class="brand" end>
          Common Ground
        </A>
        <nav aria-label="Main">
          <ul>
            <li>
              <A href="/" end>
                Find
              </A>
            </li>
            <Show when={signedIn()}>
              <li>
                <A href="/organisation">Your organisation</A>
              </li>
            </Show>
            <Show when={isStaff('moderator')}>
              <li>
                <A href="/review">Review</A>
              </li>
              <li>
                <A href="/import">Import</A>
              </li>
            </Show>
            <Show when={isStaff('planner') || isStaff('moderator')}>
              <li>
                <A href="/plan">Coverage</A>
              </li>
            </Show>
            <li>
              <A href="/about">About</A>
            </li>
            <Show when={signedOut()}>
              <li>
                <A href="/sign-in">Sign in</A>
              </li>
            </Show>
            <Show when={signedIn() && backend.mode === 'supabase'}>
              <li>
                <button type="button" class="link nav-button" onClick={() => void backend.api.transport.auth.signOut()}>
                  Sign out
                </button>
              </li>
            </Show>
          </ul>
        </nav>
      </header>
      <LocalModeBanner />
      <main id="main" tabindex="-1">
        {props.children}
      </main>
    </>
  );
}
