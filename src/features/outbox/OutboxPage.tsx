// /outbox, local mode only: every e-mail the app would have sent, newest first, with its links
// working, so a person can follow a reminder or an invitation as its recipient would. It also runs
// the daily reminders job on demand, which a hosted project runs by itself.
import { A } from '@solidjs/router';
import { For, Show, createMemo, createResource, createSignal, createUniqueId } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import type { OutboxMessage } from '../../backend/api';
import { formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { bodyText, isAppPath, kindInWords, recipients } from './outboxView';
import './outbox.css';

const MAX_SHOWN = 200;

export default function OutboxPage() {
  const { backend } = useBackend();
  usePageTitle(() => 'Outbox');
  return (
    <div class="page outbox-page">
      <h1>Outbox</h1>
      <Show
        when={backend.local}
        fallback={<p>This site sends its e-mail for real, so it has no outbox page. Moderators see any e-mail that could not be delivered on the review pages.</p>}
      >
        {(local) => <LocalOutbox local={local()} />}
      </Show>
    </div>
  );
}

/** The two local controls this page uses (the shell's LocalControls). */
interface OutboxControls {
  outbox(): Promise<OutboxMessage[]>;
  queueDueReminders(): Promise<number>;
}

function LocalOutbox(props: { local: OutboxControls }) {
  const [messages, { refetch }] = createResource(() => props.local.outbox());
  const [to, setTo] = createSignal('');
  const [said, setSaid] = createSignal<string | null>(null);
  const [queueing, setQueueing] = createSignal(false);
  const shown = createMemo(() => (messages.latest ?? []).filter((m) => !to() || m.to_email === to()));

  const queueReminders = async () => {
    setQueueing(true);
    setSaid(null);
    try {
      const n = await props.local.queueDueReminders();
      setSaid(n === 0 ? 'No listing is due for a check reminder now.' : `${n} reminder ${n === 1 ? 'e-mail' : 'e-mails'} written, at the top of the list.`);
      await refetch();
    } catch (e) {
      setSaid(`The reminders could not be written: ${(e as Error).message}`);
    } finally {
      setQueueing(false);
    }
  };

  return (
    <>
      <p>
        In local mode nothing is e-mailed. Every message the app would have sent is kept here instead, newest first. Its links work, so you can open one as the person it
        was written to would.
      </p>
      <p>
        On a hosted site, the day's check reminders are written each morning. Here you can write them now: organisations are reminded of listings due for a check, and
        again two weeks later.
      </p>
      <div class="button-group">
        <button type="button" class="button" disabled={queueing()} onClick={() => void queueReminders()}>
          Write the check reminders due now
        </button>
      </div>
      <p role="status" class="outbox-said">
        {said() ?? ''}
      </p>
      <Show when={messages.error}>
        <p class="banner danger" role="alert">
          The outbox could not be read: {(messages.error as Error).message}
        </p>
      </Show>
      <Show when={messages.latest} fallback={<p>Loading the outbox…</p>}>
        <div class="field outbox-filter">
          <label for="outbox-to">Show messages to</label>
          <select id="outbox-to" value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">Everyone ({messages.latest!.length})</option>
            <For each={recipients(messages.latest!)}>
              {(r) => (
                <option value={r.email}>
                  {r.email} ({r.count})
                </option>
              )}
            </For>
          </select>
        </div>
        <Show when={messages.latest!.length >= MAX_SHOWN}>
          <p class="muted">Showing the newest {MAX_SHOWN} messages.</p>
        </Show>
        <ol class="outbox-list">
          <For each={shown()} fallback={<li>No messages yet. Submitting a listing, a moderator's decision or an invitation writes one.</li>}>
            {(m) => <Message message={m} />}
          </For>
        </ol>
      </Show>
    </>
  );
}

function Message(props: { message: OutboxMessage }) {
  const id = createUniqueId();
  const m = () => props.message;
  const link = (l: { label: string; url: string }) => (isAppPath(l.url) ? <A href={l.url}>{l.label}</A> : <a href={l.url}>{l.label}</a>);
  return (
    <li>
      <article class="outbox-message" aria-labelledby={`${id}-subject`}>
        <h2 id={`${id}-subject`}>{m().subject}</h2>
        <p class="muted">
          To <strong>{m().to_email}</strong>, {formatDateTime(m().created_at)}. {kindInWords(m().kind)}
          {m().optional ? ' (optional: they can stop these)' : ''}.
        </p>
        <div class="outbox-body">{bodyText(m())}</div>
        <Show when={m().links.length > 0 || m().unsubscribe_url}>
          <ul class="outbox-links" aria-label={`Links in “${m().subject}”`}>
            <For each={m().links}>{(l) => <li>{link(l)}</li>}</For>
            <Show when={m().unsubscribe_url}>{(u) => <li>{link({ label: 'Stop these e-mails', url: u() })}</li>}</Show>
          </ul>
        </Show>
      </article>
    </li>
  );
}
