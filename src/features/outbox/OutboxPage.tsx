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
import { t } from './i18n';
import './outbox.css';

const MAX_SHOWN = 200;

export default function OutboxPage() {
  const { backend } = useBackend();
  usePageTitle(() => t('title'));
  return (
    <div class="page outbox-page">
      <h1>{t('title')}</h1>
      <Show when={backend.local} fallback={<p>{t('hostedSite')}</p>}>
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
      setSaid(n === 0 ? t('noneDue') : t('remindersWritten', { count: n }));
      await refetch();
    } catch (e) {
      setSaid(t('remindersFailed', { reason: (e as Error).message }));
    } finally {
      setQueueing(false);
    }
  };

  return (
    <>
      <p>{t('introKept')}</p>
      <p>{t('introReminders')}</p>
      <div class="button-group">
        <button type="button" class="button" disabled={queueing()} onClick={() => void queueReminders()}>
          {t('writeReminders')}
        </button>
      </div>
      <p role="status" class="outbox-said">
        {said() ?? ''}
      </p>
      <Show when={messages.error}>
        <p class="banner danger" role="alert">
          {t('unreadable', { reason: (messages.error as Error).message })}
        </p>
      </Show>
      <Show when={messages.latest} fallback={<p>{t('loading')}</p>}>
        <div class="field outbox-filter">
          <label for="outbox-to">{t('showTo')}</label>
          <select id="outbox-to" value={to()} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">{t('everyone', { count: messages.latest!.length })}</option>
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
          <p class="muted">{t('newestShown', { count: MAX_SHOWN })}</p>
        </Show>
        <ol class="outbox-list">
          <For each={shown()} fallback={<li>{t('empty')}</li>}>
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
          {t('to')}
          <strong>{m().to_email}</strong>, {formatDateTime(m().created_at)}. {kindInWords(m().kind)}
          {m().optional ? t('optional') : ''}.
        </p>
        <div class="outbox-body">{bodyText(m())}</div>
        <Show when={m().links.length > 0 || m().unsubscribe_url}>
          <ul class="outbox-links" aria-label={t('linksIn', { subject: m().subject })}>
            <For each={m().links}>{(l) => <li>{link(l)}</li>}</For>
            <Show when={m().unsubscribe_url}>{(u) => <li>{link({ label: t('stopThese'), url: u() })}</li>}</Show>
          </ul>
        </Show>
      </article>
    </li>
  );
}
