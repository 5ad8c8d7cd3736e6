// Listings nobody has confirmed for 6 months or more, grouped by organisation, worst first, so
// moderators can chase the organisations whose details are going stale.
import { A } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import { createLiveRead } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { neverCheckedText } from '../../domain/stale';
import { formatDate } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { orgPaths } from '../../app/paths';
import { groupStaleByOrganisation } from './groupStaleByOrganisation';
import { reminderStatus } from './reminderStatus';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

export function StalenessReportPage() {
  const { reads } = useBackend();
  usePageTitle(() => t('staleTitle'));
  const [report] = createLiveRead(() => reads.staleness(6));
  const groups = createMemo(() => groupStaleByOrganisation(report.latest ?? []));
  const over12 = createMemo(() => (report.latest ?? []).filter((a) => a.months_since >= 12).length);
  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <h1>{t('staleTitle')}</h1>
      <p>{t('staleIntroWarned')}</p>
      <p>{t('staleIntroReminders')}</p>
      <Show when={report.error}>
        <p class="banner danger" role="alert">
          {t('reportUnloadable', { reason: (report.error as Error).message })}
        </p>
      </Show>
      <Show when={report.latest} fallback={<p>{t('loadingReport')}</p>}>
        <ul class="stale-counts">
          <li>
            <strong class="tag stale12">{t('overAYear', { count: over12() })}</strong>
          </li>
          <li>
            <strong class="tag stale6">{t('sixToTwelve', { count: (report.latest?.length ?? 0) - over12() })}</strong>
          </li>
        </ul>
        <h2>{t('byOrganisation')}</h2>
        <p class="muted">{t('byOrganisationHint')}</p>
        <For each={groups()} fallback={<p>{t('allChecked')}</p>}>
          {(g) => (
            <details class="stale-group">
              <summary>
                <strong>{g.org_name ?? t('noOrganisation')}</strong>
                {t('listingCount', { count: g.assets.length })}
                <Show when={g.assets.some((a) => a.months_since >= 12)}>{t('overAYearCount', { count: g.assets.filter((a) => a.months_since >= 12).length })}</Show>
                <Show when={g.assets.some((a) => a.unanswered)}>{t('unansweredCount', { count: g.assets.filter((a) => a.unanswered).length })}</Show>
              </summary>
              <table class="stacked-table" role="table">
                <caption class="visually-hidden">{t('staleOf', { org: g.org_name ?? t('noOrganisationLower') })}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">
                      {t('colListing')}
                    </th>
                    <th scope="col" role="columnheader">
                      {t('colLastChecked')}
                    </th>
                    <th scope="col" role="columnheader">
                      {t('colMonths')}
                    </th>
                    <th scope="col" role="columnheader">
                      {t('colReminders')}
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  <For each={g.assets}>
                    {(a) => (
                      <tr role="row">
                        <td role="cell">
                          <Show when={a.org_id} fallback={a.name}>
                            <A href={orgPaths.asset(a.org_id!, a.id)}>{a.name}</A>
                          </Show>
                        </td>
                        <td role="cell" data-label={t('colLastChecked')}>
                          {a.last_verified_at ? formatDate(a.last_verified_at) : neverCheckedText(a)}
                        </td>
                        <td role="cell" data-label={t('colMonthsSince')}>
                          <strong class={`tag ${a.months_since >= 12 ? 'stale12' : 'stale6'}`}>{a.months_since}</strong>
                        </td>
                        <td role="cell" data-label={t('colReminders')} classList={{ 'needs-chasing': a.unanswered }}>
                          {reminderStatus(a)}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </details>
          )}
        </For>
      </Show>
    </div>
  );
}
