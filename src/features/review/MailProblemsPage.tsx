// E-mail the sender could not deliver: what it gave up on and what it is still retrying, with the
// mail service's words, so a moderator can fix the cause and send a message again.
import { A } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { createLiveRead, written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import type { MailProblem } from '../../backend/api';
import { formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { mailProblemStatus } from './mailProblemStatus';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

export function MailProblemsPage() {
  const { backend, reads } = useBackend();
  usePageTitle(() => t('mailTitle'));
  const [problems] = createLiveRead(() => reads.mailProblems());
  const [said, setSaid] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);

  const sendAgain = async (m: MailProblem) => {
    setBusy(m.id);
    setSaid(null);
    try {
      await backend.api.retryMessage(m.id);
      setSaid({ ok: true, text: t('willResend', { email: m.to_email }) });
    } catch (e) {
      setSaid({ ok: false, text: t('couldNotResend', { reason: (e as Error).message }) });
    } finally {
      setBusy(null);
      void written('mail');
    }
  };

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <h1>{t('mailTitle')}</h1>
      <p>{t('mailIntro')}</p>
      <div aria-live="polite">
        <Show when={said()}>
          {(s) => (
            <p class={`banner ${s().ok ? 'success' : 'danger'}`} role={s().ok ? 'status' : 'alert'}>
              {s().text}
            </p>
          )}
        </Show>
      </div>
      <Show when={problems.error}>
        <p class="banner danger" role="alert">
          {t('listUnloadable', { reason: (problems.error as Error).message })}
        </p>
      </Show>
      <Show when={problems.latest} fallback={<p>{t('loading')}</p>}>
        <Show when={(problems.latest ?? []).length > 0} fallback={<p>{t('allDelivered')}</p>}>
          <table class="stacked-table mail-problems" role="table">
            <caption class="visually-hidden">{t('notDeliveredCaption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('colTo')}
                </th>
                <th scope="col" role="columnheader">
                  {t('colMessage')}
                </th>
                <th scope="col" role="columnheader">
                  {t('colStatus')}
                </th>
                <th scope="col" role="columnheader">
                  {t('colServiceSaid')}
                </th>
                <th scope="col" role="columnheader">
                  <span class="visually-hidden">{t('colAction')}</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              <For each={problems.latest}>
                {(m) => (
                  <tr role="row">
                    <td role="cell" data-label={t('colTo')}>
                      {m.to_email}
                    </td>
                    <td role="cell" data-label={t('colMessage')}>
                      {m.subject}
                      <br />
                      <span class="muted">{t('written', { when: formatDateTime(m.created_at) })}</span>
                    </td>
                    <td role="cell" data-label={t('colStatus')}>
                      {mailProblemStatus(m)}
                    </td>
                    <td role="cell" data-label={t('colServiceSaid')}>
                      {m.last_error ?? t('nothing')}
                    </td>
                    <td role="cell">
                      <Show when={m.status === 'dead'}>
                        <button type="button" class="button" disabled={busy() !== null} onClick={() => void sendAgain(m)}>
                          {t('sendAgain')}
                          <span class="visually-hidden">{t('sendAgainTo', { email: m.to_email })}</span>
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Show>
    </div>
  );
}
