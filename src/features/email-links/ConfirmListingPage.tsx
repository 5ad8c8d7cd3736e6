// /confirm?token=…: "Still correct" from a reminder e-mail. Opening the link is the one click:
// the listing is confirmed as the page loads, without signing in. A reused, expired, edited or
// outdated link says which, and how to do it from the app instead.
import { A, useLocation } from '@solidjs/router';
import { Match, Switch, createResource } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { orgPaths } from '../../app/paths';
import { formatDate } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { linkToken } from './linkToken';

export default function ConfirmListingPage() {
  const { backend } = useBackend();
  const location = useLocation();
  const [confirmed] = createResource(
    () => linkToken(location.search),
    (token) => backend.api.confirmListing(token),
  );
  usePageTitle(() => (confirmed.error ? 'This link cannot confirm the listing' : 'Listing confirmed'));
  return (
    <div class="page narrow">
      <Switch fallback={<p role="status">Confirming the listing…</p>}>
        <Match when={confirmed.error as Error | undefined}>
          {(e) => (
            <>
              <h1>This link cannot confirm the listing</h1>
              <p class="banner warning" role="alert">
                {e().message}.
              </p>
              <p>
                You can still check the listing yourself: <A href={orgPaths.home()}>sign in and open your organisation</A>.
              </p>
            </>
          )}
        </Match>
        <Match when={confirmed()}>
          {(c) => (
            <>
              <h1>Thank you</h1>
              <p role="status">
                <strong>{c().name}</strong> is marked as still correct on {formatDate(c().last_verified_at)}. Residents see that it was checked recently.
              </p>
              <p>
                Something changed after all? <A href={orgPaths.asset(c().org_id, c().id)}>Sign in and update it</A>.
              </p>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
