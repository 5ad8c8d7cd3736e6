// What is waiting for a moderator: new organisations to verify and profile edits of verified
// ones, new listings and edits to published listings, oldest first unless the moderator sorts or
// filters otherwise (queueView.ts, kept in the URL).
import { A, useLocation, useNavigate } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import type { ReviewItem } from '../../backend/api';
import { createLiveRead } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { FlashBanner } from '../../ui/FlashBanner';
import { formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { reviewPaths } from './reviewRoute';
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_SORTS,
  QUEUE_TYPES,
  arrangeQueue,
  changeKind,
  queueOrganisations,
  queueViewFromParams,
  queueViewToQuery,
  type QueueSort,
  type QueueType,
  type QueueView,
} from './queueView';

const ORGANISATION_TYPES: readonly QueueType[] = ['new-organisation', 'profile-edit'];

export function ReviewQueuePage() {
  const { reads } = useBackend();
  const location = useLocation();
  const navigate = useNavigate();
  usePageTitle(() => 'Review queue');
  const [queue] = createLiveRead(() => reads.reviewQueue());
  const view = createMemo(() => queueViewFromParams(new URLSearchParams(location.search)));
  const setView = (patch: Partial<QueueView>) => {
    const qs = queueViewToQuery({ ...view(), ...patch });
    navigate(qs ? `${reviewPaths.queue()}?${qs}` : reviewPaths.queue(), { scroll: false });
  };
  const all = () => queue.latest ?? [];
  const shown = createMemo(() => arrangeQueue(all(), view()));
  const orgs = createMemo(() => shown().filter((i) => i.kind === 'organisation'));
  const assets = createMemo(() => shown().filter((i) => i.kind === 'asset'));
  const totals = createMemo(() => ({
    orgs: all().filter((i) => i.kind === 'organisation').length,
    assets: all().filter((i) => i.kind === 'asset').length,
  }));
  const filtered = () => view().type !== null || view().org !== null;
  const count = (n: number, of: number) => (filtered() ? `${n} of ${of}` : `${n}`);
  const showOrgs = () => !view().type || ORGANISATION_TYPES.includes(view().type!);
  const showAssets = () => !view().type || !ORGANISATION_TYPES.includes(view().type!);
  const organisations = createMemo(() => queueOrganisations(all()));
  return (
    <div class="page review-page">
      <h1>Review queue</h1>
      <FlashBanner />
      <ul class="review-links">
        <li>
          <A href={reviewPaths.reports()}>Problems residents reported with listings</A>
        </li>
        <li>
          <A href={reviewPaths.suggestions()}>Groups, places and services residents suggested</A>
        </li>
        <li>
          <A href={reviewPaths.stale()}>Listings nobody has checked for 6 months or more</A>
        </li>
        <li>
          <A href={reviewPaths.mail()}>E-mail not delivered</A>
        </li>
        <li>
          <A href={reviewPaths.export()}>Download every listing (CSV, GeoJSON, ORUK JSON)</A>
        </li>
      </ul>
      <Show when={queue.error}>
        <p class="banner danger" role="alert">
          The queue could not be loaded: {(queue.error as Error).message}
        </p>
      </Show>
      <Show when={queue.latest} fallback={<p>Loading the queue…</p>}>
        <form class="queue-controls" aria-label="Sort and filter the queue" onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="queue-sort">Sort by</label>
            <select id="queue-sort" value={view().sort} onChange={(e) => setView({ sort: e.currentTarget.value as QueueSort })}>
              <For each={Object.entries(QUEUE_SORTS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="queue-type">Show</label>
            <select id="queue-type" value={view().type ?? ''} onChange={(e) => setView({ type: (e.currentTarget.value || null) as QueueType | null })}>
              <option value="">Every type of change</option>
              <For each={Object.entries(QUEUE_TYPES)}>{([value, label]) => <option value={value}>{label}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="queue-org">Organisation</label>
            <select id="queue-org" value={view().org ?? ''} onChange={(e) => setView({ org: e.currentTarget.value || null })}>
              <option value="">Every organisation</option>
              <For each={organisations()}>{(o) => <option value={o.id}>{`${o.name} (${o.count})`}</option>}</For>
              <Show when={view().org && !organisations().some((o) => o.id === view().org)}>
                <option value={view().org!}>An organisation with nothing waiting</option>
              </Show>
            </select>
          </div>
          <Show when={filtered() || view().sort !== DEFAULT_QUEUE_VIEW.sort}>
            <p class="queue-reset">
              <A href={reviewPaths.queue()}>Show everything, oldest first</A>
            </p>
          </Show>
        </form>
        <Show when={showOrgs()}>
          <h2>Organisations ({count(orgs().length, totals().orgs)})</h2>
          <Show when={orgs().length > 0} fallback={<p>{filtered() ? 'No organisations match these filters.' : 'No organisations are waiting.'}</p>}>
            <QueueTable caption="Organisations waiting to be verified or with profile changes" items={orgs()} showOrg={false} />
          </Show>
        </Show>
        <Show when={showAssets()}>
          <h2>Listings to review ({count(assets().length, totals().assets)})</h2>
          <Show when={assets().length > 0} fallback={<p>{filtered() ? 'No listings match these filters.' : 'No listings are waiting.'}</p>}>
            <QueueTable caption="Listings waiting for review" items={assets()} showOrg />
          </Show>
        </Show>
      </Show>
    </div>
  );
}

function QueueTable(props: { caption: string; items: ReviewItem[]; showOrg: boolean }) {
  return (
    <table class="review-table stacked-table" role="table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Name
          </th>
          <Show when={props.showOrg}>
            <th scope="col" role="columnheader">
              Organisation
            </th>
          </Show>
          <th scope="col" role="columnheader">
            Type of change
          </th>
          <th scope="col" role="columnheader">
            Submitted
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <For each={props.items}>
          {(item) => (
            <tr role="row">
              <td role="cell">
                <A href={item.kind === 'asset' ? reviewPaths.asset(item.id) : reviewPaths.organisation(item.id)}>{item.name}</A>
              </td>
              <Show when={props.showOrg}>
                <td role="cell" data-label="Organisation">
                  {item.org_name ?? 'No organisation'}
                </td>
              </Show>
              <td role="cell" data-label="Type of change">
                <strong class={`tag ${item.is_new ? 'status-pending' : 'status-draft'}`}>{changeKind(item)}</strong>{' '}
                <Show when={!item.is_new}>
                  <span class="muted">
                    {Object.keys(item.diff).length} {Object.keys(item.diff).length === 1 ? 'field' : 'fields'}
                  </span>
                </Show>
              </td>
              <td role="cell" data-label="Submitted">
                {formatDateTime(item.submitted_at)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
