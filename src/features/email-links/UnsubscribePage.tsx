// /unsubscribe?token=…: stops one kind of optional e-mail for the address it was sent to.
// Messages people need (decisions on their listings, invitations) carry no such link.
import { A, useLocation } from '@solidjs/router';
import { Match, Switch, createResource } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { residentErrorMessage } from '../../app/residentErrors';
import { usePageTitle } from '../../ui/usePageTitle';
import { linkToken } from './linkToken';
import { t } from './i18n';

const KINDS = ['submission_received', 'check_due', 'report_received', 'suggestion_received'] as const;
const kindWords = (kind: string) => t(KINDS.includes(kind as (typeof KINDS)[number]) ? `kind_${kind as (typeof KINDS)[number]}` : 'kind_other');

export default function UnsubscribePage() {
  const { backend } = useBackend();
  const location = useLocation();
  const [stopped] = createResource(
    () => linkToken(location.search),
    (token) => backend.api.unsubscribe(token),
  );
  usePageTitle(() => t('stopTitle'));
  return (
    <div class="page narrow">
      <h1>{t('stopTitle')}</h1>
      <Switch fallback={<p role="status">{t('working')}</p>}>
        <Match when={stopped.error as Error | undefined}>
          {(e) => (
            <p class="banner warning" role="alert">
              {residentErrorMessage(e())}.
            </p>
          )}
        </Match>
        <Match when={stopped()}>
          {(s) => (
            <>
              <p role="status">{t('noMore', { email: s().email, kind: kindWords(s().kind) })}</p>
              <p class="muted">{t('stoppedStillReported')}</p>
            </>
          )}
        </Match>
      </Switch>
      <p>
        <A href="/">{t('backToMap')}</A>
      </p>
    </div>
  );
}
