// /unsubscribe?token=…: stops one kind of optional e-mail for the address it was sent to.
// Messages people need (decisions on their listings, invitations) carry no such link.
import { A, useLocation } from '@solidjs/router';
import { Match, Switch, createResource } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { linkToken } from './linkToken';

const KIND_WORDS: Record<string, string> = {
  submission_received: 'e-mails about listings waiting for review',
  check_due: 'reminders to check listings',
  report_received: 'e-mails about problems residents report',
  suggestion_received: 'e-mails about groups residents suggest',
};

export default function UnsubscribePage() {
  const { backend } = useBackend();
  const location = useLocation();
  const [stopped] = createResource(
    () => linkToken(location.search),
    (token) => backend.api.unsubscribe(token),
  );
  usePageTitle(() => 'Stop e-mails');
  return (
    <div class="page narrow">
      <h1>Stop e-mails</h1>
      <Switch fallback={<p role="status">Working…</p>}>
        <Match when={stopped.error as Error | undefined}>
          {(e) => (
            <p class="banner warning" role="alert">
              {e().message}.
            </p>
          )}
        </Match>
        <Match when={stopped()}>
          {(s) => (
            <>
              <p role="status">
                {s().email} will get no more {KIND_WORDS[s().kind] ?? 'e-mails of this kind'}.
              </p>
              <p class="muted">Listings whose reminders are stopped still show on the moderators' report of listings not checked lately.</p>
            </>
          )}
        </Match>
      </Switch>
      <p>
        <A href="/">Back to the map</A>
      </p>
    </div>
  );
}
