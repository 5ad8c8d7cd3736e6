// /confirm?token=…: "Still correct" from a reminder e-mail. Opening the link is the one click:
// the listing is confirmed as the page loads, without signing in. A reused, expired, edited or
// outdated link says which, and how to do it from the app instead.
import { A, useLocation } from '@solidjs/router';
import { Match, Switch, createResource } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { residentErrorMessage } from '../../app/residentErrors';
import { orgPaths } from '../../app/paths';
import { formatDate } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { linkToken } from './linkToken';
import { t } from './i18n';

export default function ConfirmListingPage() {
  const { backend } = useBackend();
  const location = useLocation();
  const [confirmed] = createResource(
    () => linkToken(location.search),
    (token) => backend.api.confirmListing(token),
  );
  usePageTitle(() => (confirmed.error ? t('confirmFailedTitle') : t('confirmedTitle')));
  return (
    <div class="page narrow">
      <Switch fallback={<p role="status">{t('confirming')}</p>}>
        <Match when={confirmed.error as Error | undefined}>
          {(e) => (
            <>
              <h1>{t('confirmFailedTitle')}</h1>
              <p class="banner warning" role="alert">
                {residentErrorMessage(e())}.
              </p>
              <p>
                {t('checkYourself')} <A href={orgPaths.home()}>{t('signInOrganisation')}</A>.
              </p>
            </>
          )}
        </Match>
        <Match when={confirmed()}>
          {(c) => (
            <>
              <h1>{t('thankYou')}</h1>
              <p role="status">
                <strong>{c().name}</strong>
                {t('confirmedOn', { date: formatDate(c().last_verified_at) })}
              </p>
              <p>
                {t('changedAfterAll')} <A href={orgPaths.asset(c().org_id, c().id)}>{t('signInUpdate')}</A>.
              </p>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
