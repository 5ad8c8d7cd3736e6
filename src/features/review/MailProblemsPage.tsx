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

export function MailProblemsPage() {
  const { backend, reads } = useBackend();
  usePageTitle(() => 'E-mail not delivered');
  const [problems] = createLiveRead(() => reads.mailProblems());
  const [said, setSaid] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);

  const sendAgain = async (m: MailProblem) => {
    setBusy(m.id);
    setSaid(null);
    try {
      await backend.api.retryMessage(m.id);
      setSaid({ ok: true, text: `The message to ${m.to_email} will be sent again within a few minutes.` });
    } catch (e) {
      setSaid({ ok: false, text: `Could not send it again: ${(e as Error).message}` });
    } finally {
      setBusy(null);
      void written('mail');
    }
  };

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <h1>E-mail not delivered</h1>
      <p>
        A message that fails is tried again after 1 minute, 5 minutes, half an hour, 2 hours and 12 hours. When the mail service refuses an address, or the last try
        fails, it stops and the message is listed here as not sent. Fix the cause first, for example by asking the organisation for a working address, then send it again.
      </p>
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
          The list could not be loaded: {(problems.error as Error).message}
        </p>
      </Show>
      <Show when={problems.latest} fallback={<p>Loading…</p>}>
        <Show when={(problems.latest ?? []).length > 0} fallback={<p>Every message has been delivered or is on its way.</p>}>
          <table class="stacked-table mail-problems" role="table">
            <caption class="visually-hidden">Messages not delivered</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  To
                </th>
                <th scope="col" role="columnheader">
                  Message
                </th>
                <th scope="col" role="columnheader">
                  Status
                </th>
                <th scope="col" role="columnheader">
                  What the mail service said
                </th>
                <th scope="col" role="columnheader">
                  <span class="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              <For each={problems.latest}>
                {(m) => (
                  <tr role="row">
                    <td role="cell" data-label="To">
                      {m.to_email}
                    </td>
                    <td role="cell" data-label="Message">
                      {m.subject}
                      <br />
                      <span class="muted">Written {formatDateTime(m.created_at)}</span>
                    </td>
                    <td role="cell" data-label="Status">
                      {mailProblemStatus(m)}
                    </td>
                    <td role="cell" data-label="What the mail service said">
                      {m.last_error ?? 'Nothing'}
                    </td>
                    <td role="cell">
                      <Show when={m.status === 'dead'}>
                        <button type="button" class="button" disabled={busy() !== null} onClick={() => void sendAgain(m)}>
                          Send again<span class="visually-hidden"> to {m.to_email}</span>
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
