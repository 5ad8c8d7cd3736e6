// /review/reports: problems residents reported with listings, one entry per listing (however
// many reports it has), oldest first. The moderator resolves them (put right), forwards them to
// the listing's organisation, or dismisses them, with a note; residents who left an address are
// told, and the address is deleted.
import { A } from '@solidjs/router';
import { For, Show, createResource, createSignal } from 'solid-js';
import type { ReportAction, ReportGroup } from '../../backend/api';
import { useBackend } from '../../app/BackendProvider';
import { written } from '../../app/data/liveData';
import { residentPaths } from '../../app/paths';
import { REVIEW_NOTE_LIMIT } from '../../domain/limits';
import { reasonLabel } from '../../domain/publicForms';
import { Choice, FieldSet } from '../../ui/Field';
import { TextArea } from '../../ui/TextField';
import { formatDate, formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

const ACTIONS: { value: ReportAction; label: () => string; hint: () => string }[] = [
  { value: 'forward', label: () => t('forward'), hint: () => t('forwardHint') },
  { value: 'resolve', label: () => t('resolve'), hint: () => t('resolveHint') },
  { value: 'dismiss', label: () => t('dismiss'), hint: () => t('dismissHint') },
];

const DONE: Record<ReportAction, () => string> = {
  forward: () => t('doneForward'),
  resolve: () => t('doneResolve'),
  dismiss: () => t('doneDismiss'),
};

export function ReportsQueuePage() {
  const { backend } = useBackend();
  usePageTitle(() => t('reportsTitle'));
  const [queue, { mutate, refetch }] = createResource(() => backend.api.reportQueue());
  const [flash, setFlash] = createSignal<string | null>(null);
  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <h1>{t('reportsTitle')}</h1>
      <p>{t('reportsIntro')}</p>
      <Show when={flash()}>
        <div class="banner success" role="status">
          <p>{flash()}</p>
        </div>
      </Show>
      <Show when={queue.error}>
        <p class="banner danger" role="alert">
          {t('reportsUnloadable', { reason: (queue.error as Error).message })}
        </p>
      </Show>
      <Show
        when={!queue.error && queue.latest}
        fallback={
          <Show when={!queue.error}>
            <p>{t('loadingReports')}</p>
          </Show>
        }
      >
        <For each={queue.latest} fallback={<p>{t('noReports')}</p>}>
          {(g) => (
            <ReportGroupCard
              group={g}
              onDone={(action) => {
                mutate((list) => list?.filter((x) => x.asset_id !== g.asset_id));
                void written('reports');
                setFlash(t('reportsDone', { name: g.asset_name, done: DONE[action]() }));
              }}
              onStale={() => void refetch()}
            />
          )}
        </For>
      </Show>
    </div>
  );
}

function ReportGroupCard(props: { group: ReportGroup; onDone: (action: ReportAction) => void; onStale: () => void }) {
  const { backend } = useBackend();
  const g = () => props.group;
  const [action, setAction] = createSignal<ReportAction | ''>('');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<{ action?: string; note?: string; form?: string }>({});
  const [busy, setBusy] = createSignal(false);
  const id = (s: string) => `report-${g().asset_id}-${s}`;

  async function decide(ev: Event) {
    ev.preventDefault();
    const chosen = action();
    if (!chosen) return setErrors({ action: t('chooseReportAction') });
    if (chosen === 'forward' && !g().org_id) return setErrors({ action: t('noOrgToForward') });
    if (note().length > REVIEW_NOTE_LIMIT) return setErrors({ note: t('noteTooLong', { limit: REVIEW_NOTE_LIMIT }) });
    setErrors({});
    setBusy(true);
    try {
      await backend.api.handleReports(
        g().asset_id,
        g().reports.map((r) => r.id),
        chosen,
        note().trim() || null,
      );
      props.onDone(chosen);
    } catch (e) {
      const err = e as Error & { code?: string | null; field?: string | null };
      if (err.code === '40001') props.onStale();
      setErrors(err.field === 'note' ? { note: err.message } : err.field === 'action' ? { action: err.message } : { form: err.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="report-group" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{g().asset_name}</h2>
      <p>
        <strong>{t('reportCount', { count: g().count })}</strong>
        <Show when={g().count > 1} fallback={<>{t('reportedOn', { date: formatDate(g().first_at) })}</>}>
          {t('reportedFromTo', { from: formatDate(g().first_at), to: formatDate(g().last_at) })}
        </Show>
        {t('runBy', { org: g().org_name ?? t('noOrganisationLower') })}
        <A href={residentPaths.asset(g().asset_id)}>{t('seeAsResidents')}</A>
        {t('or')}
        <A href={reviewPaths.asset(g().asset_id)}>{t('openForReview')}</A>.
      </p>
      <ul class="report-reasons" aria-label={t('reasonsGiven')}>
        <For each={g().reasons}>
          {(r) => (
            <li>
              {reasonLabel(r.reason)}
              <Show when={g().count > 1}>: {r.count}</Show>
            </li>
          )}
        </For>
      </ul>
      <details class="report-details">
        <summary>
          {t('readReports', { count: g().count })}
          <span class="visually-hidden">{t('about', { name: g().asset_name })}</span>
        </summary>
        <ol>
          <For each={g().reports}>
            {(r) => (
              <li>
                <p>
                  <strong>{reasonLabel(r.reason)}</strong>, {formatDateTime(r.created_at)}
                  <Show when={r.wants_reply}>{t('askedForReply')}</Show>
                </p>
                <Show when={r.details} fallback={<p class="muted">{t('noDetails')}</p>}>
                  <p class="reported-text">{r.details}</p>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </details>
      <form novalidate onSubmit={(e) => void decide(e)} aria-busy={busy() || undefined}>
        <Show when={errors().form}>
          <p class="banner danger" role="alert">
            {errors().form}
          </p>
        </Show>
        <FieldSet id={id('action')} legend={t('whatToDo')} error={errors().action}>
          <For each={ACTIONS}>
            {(a) => (
              <Choice
                type="radio"
                id={id(`action-${a.value}`)}
                name={id('action')}
                value={a.value}
                checked={action() === a.value}
                onChange={(on) => on && setAction(a.value)}
                label={a.label()}
                hint={a.hint()}
              />
            )}
          </For>
        </FieldSet>
        <TextArea id={id('note')} rows={3} label={t('noteOptionalShort')} hint={t('reportNoteHint')} error={errors().note} value={note()} onInput={setNote} />
        <button type="submit" disabled={busy()}>
          {t('saveDecision')}
          <span class="visually-hidden">{t('about', { name: g().asset_name })}</span>
        </button>
      </form>
    </section>
  );
}
