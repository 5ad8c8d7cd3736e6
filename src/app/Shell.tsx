// The frame around every page: skip link, header with navigation for the roles the person has,
// the local-mode banner, the offline notice, the page itself and the footer.
import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { useBackend } from './BackendProvider';
import { removeDraftsOf } from '../ui/formDraft';
import { LocalModeBanner } from './LocalModeBanner';
import { t } from './i18n';
import { SiteFooter } from './footer/SiteFooter';
import { OfflineNotice } from './offline/OfflineNotice';
import { ShortlistLink } from '../ui/shortlist/ShortlistLink';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Focus, not only scroll: the next Tab then starts inside the page (the router would only scroll). */
function skipToMain(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

export function Shell(props: { children?: JSX.Element }) {
  const { me, backend } = useBackend();
  // Until who this is is known (signed in or not, and in which roles), the nav offers neither
  // "Sign in" nor links for roles: never a wrong one, even while the local database starts.
  const known = () => (me.state === 'ready' ? me() : undefined);
  const signedIn = () => !!known()?.user_id;
  const signedOut = () => !!known() && !known()!.user_id;
  const isStaff = (r: string) => known()?.staff_role === r || known()?.staff_role === 'admin';
  return (
    <>
      <a class="skip-link" href="#main" on:click={skipToMain}>
        {t('skipToMain')}
      </a>
      <header class="site-header">
        <A href="/" class="brand" end>
          {t('brand')}
        </A>
        <LanguageSwitcher />
        <nav aria-label={t('mainNav')}>
          <ul>
            <li>
              <A href="/" end>
                {t('find')}
              </A>
            </li>
            <li>
              <ShortlistLink />
            </li>
            <Show when={signedIn()}>
              <li>
                <A href="/organisation">{t('yourOrganisation')}</A>
              </li>
            </Show>
            <Show when={isStaff('moderator')}>
              <li>
                <A href="/review">{t('review')}</A>
              </li>
              <li>
                <A href="/import">{t('import')}</A>
              </li>
            </Show>
            <Show when={isStaff('planner') || isStaff('moderator')}>
              <li>
                <A href="/plan">{t('coverage')}</A>
              </li>
            </Show>
            <li>
              <A href="/about">{t('about')}</A>
            </li>
            <Show when={signedOut()}>
              <li>
                <A href="/sign-in">{t('signIn')}</A>
              </li>
            </Show>
            <Show when={signedIn() && backend.mode === 'supabase'}>
              <li>
                <button
                  type="button"
                  class="link nav-button"
                  onClick={() => {
                    // Unsaved work stays private on a shared computer: signing out forgets it.
                    const who = known()?.user_id;
                    if (who) removeDraftsOf(who);
                    void backend.auth.signOut();
                  }}
                >
                  {t('signOut')}
                </button>
              </li>
            </Show>
          </ul>
        </nav>
      </header>
      <LocalModeBanner />
      <OfflineNotice />
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <SiteFooter />
    </>
  );
}
