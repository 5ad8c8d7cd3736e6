// "Reported problems": what residents said was wrong with the organisation's listings, passed on
// by a council moderator. Each can be marked as dealt with once the listing is right; until then
// residents see that a problem was reported. Shown only when there is something to deal with.
import { A } from '@solidjs/router';
import { For, Show, createResource, createSignal } from 'solid-js';
import type { ForwardedReport } from '../../backend/api';
import type { Uuid } from '../../domain/types';
import { reasonLabel } from '../../domain/publicForms';
import { useBackend } from '../../app/BackendProvider';
import { written } from '../../app/data/liveData';
import { orgPaths } from '../../app/paths';
import { formatDate } from '../../ui/formatChange';
import { SummaryRow } from '../../ui/SummaryRow';
import { t } from './i18n';

export function ReportedProblems(props: { orgId: Uuid }) {
  const { backend } = useBackend();
  const [reports, { mutate }] = createResource(
    () => props.orgId,
    (orgId) => backend.api.orgReports(orgId),
  );
  const [done, setDone] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function dealtWith(r: ForwardedReport) {
    setError(null);
    try {
      await backend.api.markReportDealtWith(r.id);
      mutate((list) => list?.filter((x) => x.id !== r.id));
      void written('reports');
      setDone(t('dealtWith', { name: r.asset_name }));
    } catch (e) {
      setError(`${r.asset_name}: ${(e as Error).message}`);
    }
  }

  return (
    <>
      <Show when={done()}>
        <div class="banner success" role="status">
          <p>{done()}</p>
        </div>
      </Show>
      <Show when={reports.error as Error | undefined}>
        {(e) => (
          <p class="banner danger" role="alert">
            {t('problemsUnloadable', { reason: e().message })}
          </p>
        )}
      </Show>
      <Show when={error()}>
        <p class="banner danger" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={!reports.error && (reports.latest ?? []).length > 0}>
        <section class="reported-problems" aria-labelledby="reported-problems-heading">
          <h2 id="reported-problems-heading">{t('reportedProblems')}</h2>
          <p>{t('reportedProblemsIntro')}</p>
          <ul class="reported-problem-list">
            <For each={reports.latest}>
              {(r) => (
                <li class="reported-problem">
                  <h3>
                    <A href={orgPaths.asset(props.orgId, r.asset_id)}>{r.asset_name}</A>
                  </h3>
                  <dl class="summary-list">
                    <SummaryRow term={t('termWhatIsWrong')}>{reasonLabel(r.reason)}</SummaryRow>
                    <Show when={r.details}>
                      <SummaryRow term={t('termWhatTheySaid')}>{r.details}</SummaryRow>
                    </Show>
                    <SummaryRow term={t('termReported')}>{formatDate(r.created_at)}</SummaryRow>
                    <Show when={r.note}>
                      <SummaryRow term={t('termModeratorNote')}>{r.note}</SummaryRow>
                    </Show>
                  </dl>
                  <button type="button" class="secondary" onClick={() => void dealtWith(r)}>
                    {t('markDealtWith')}
                    <span class="visually-hidden">{t('markDealtWithName', { name: r.asset_name })}</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
