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

export function StalenessReportPage() {
  const { reads } = useBackend();
  usePageTitle(() => 'Listings not checked lately');
  const [report] = createLiveRead(() => reads.staleness(6));
  const groups = createMemo(() => groupStaleByOrganisation(report.latest ?? []));
  const over12 = createMemo(() => (report.latest ?? []).filter((a) => a.months_since >= 12).length);
  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <h1>Listings not checked lately</h1>
      <p>Residents are warned when a listing has not been checked for 6 months, and told to contact the organisation first after 12 months.</p>
      <p>
        Organisations get an e-mail when a check is due and another two weeks later. Listings with no answer to both come first in each organisation, with whom to
        contact.
      </p>
      <Show when={report.error}>
        <p class="banner danger" role="alert">
          The report could not be loaded: {(report.error as Error).message}
        </p>
      </Show>
      <Show when={report.latest} fallback={<p>Loading the report…</p>}>
        <ul class="stale-counts">
          <li>
            <strong class="tag stale12">{over12()} not checked for over a year</strong>
          </li>
          <li>
            <strong class="tag stale6">{(report.latest?.length ?? 0) - over12()} not checked for 6 to 12 months</strong>
          </li>
        </ul>
        <h2>By organisation</h2>
        <p class="muted">Organisations with the oldest listings first. Open one to see its listings.</p>
        <For each={groups()} fallback={<p>Every listing has been checked in the last 6 months.</p>}>
          {(g) => (
            <details class="stale-group">
              <summary>
                <strong>{g.org_name ?? 'No organisation'}</strong>: {g.assets.length} {g.assets.length === 1 ? 'listing' : 'listings'}
                <Show when={g.assets.some((a) => a.months_since >= 12)}>, {g.assets.filter((a) => a.months_since >= 12).length} over a year</Show>
                <Show when={g.assets.some((a) => a.unanswered)}>, {g.assets.filter((a) => a.unanswered).length} with no answer to reminders</Show>
              </summary>
              <table class="stacked-table" role="table">
                <caption class="visually-hidden">Stale listings of {g.org_name ?? 'no organisation'}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">
                      Listing
                    </th>
                    <th scope="col" role="columnheader">
                      Last checked
                    </th>
                    <th scope="col" role="columnheader">
                      Months
                    </th>
                    <th scope="col" role="columnheader">
                      Reminders
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
                        <td role="cell" data-label="Last checked">
                          {a.last_verified_at ? formatDate(a.last_verified_at) : neverCheckedText(a)}
                        </td>
                        <td role="cell" data-label="Months since">
                          <strong class={`tag ${a.months_since >= 12 ? 'stale12' : 'stale6'}`}>{a.months_since}</strong>
                        </td>
                        <td role="cell" data-label="Reminders" classList={{ 'needs-chasing': a.unanswered }}>
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
