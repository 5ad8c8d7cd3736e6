// What is waiting for a moderator: new organisations to verify and profile edits of verified
// ones, new listings and edits to published listings, oldest first.
import { A } from '@solidjs/router';
import { For, Show, createMemo, createResource } from 'solid-js';
import type { ReviewItem } from '../../backend/api';
import { useBackend } from '../../ui/BackendProvider';
import { FlashBanner } from '../../ui/FlashBanner';
import { formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { reviewPaths } from './reviewRoute';

export function ReviewQueuePage() {
  const { backend, dataVersion } = useBackend();
  usePageTitle(() => 'Review queue');
  const [queue] = createResource(dataVersion, () => backend.api.reviewQueue());
  const orgs = createMemo(() => (queue.latest ?? []).filter((i) => i.kind === 'organisation'));
  const assets = createMemo(() => (queue.latest ?? []).filter((i) => i.kind === 'asset'));
  return (
    <div class="page review-page">
      <h1>Review queue</h1>
      <FlashBanner />
      <p>
        <A href={reviewPaths.stale()}>Listings nobody has checked for 6 months or more</A>
      </p>
      <Show when={queue.error}>
        <p class="banner danger" role="alert">
          The queue could not be loaded: {(queue.error as Error).message}
        </p>
      </Show>
      <Show when={queue.latest} fallback={<p>Loading the queue…</p>}>
        <h2>Organisations ({orgs().length})</h2>
        <Show when={orgs().length > 0} fallback={<p>No organisations are waiting.</p>}>
          <QueueTable caption="Organisations waiting to be verified or with profile changes" items={orgs()} showOrg={false} />
        </Show>
        <h2>Listings to review ({assets().length})</h2>
        <Show when={assets().length > 0} fallback={<p>No listings are waiting.</p>}>
          <QueueTable caption="Listings waiting for review" items={assets()} showOrg />
        </Show>
      </Show>
    </div>
  );
}

function QueueTable(props: { caption: string; items: ReviewItem[]; showOrg: boolean }) {
  return (
    <table class="review-table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <Show when={props.showOrg}>
            <th scope="col">Organisation</th>
          </Show>
          <th scope="col">Type of change</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.items}>
          {(item) => (
            <tr>
              <td>
                <A href={item.kind === 'asset' ? reviewPaths.asset(item.id) : reviewPaths.organisation(item.id)}>{item.name}</A>
              </td>
              <Show when={props.showOrg}>
                <td>{item.org_name ?? 'No organisation'}</td>
              </Show>
              <td>
                <strong class={`tag ${item.is_new ? 'status-pending' : 'status-draft'}`}>{changeKind(item)}</strong>{' '}
                <Show when={!item.is_new}>
                  <span class="muted">
                    {Object.keys(item.diff).length} {Object.keys(item.diff).length === 1 ? 'field' : 'fields'}
                  </span>
                </Show>
              </td>
              <td>{formatDateTime(item.submitted_at)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function changeKind(item: ReviewItem): string {
  if (item.kind === 'organisation') return item.is_new ? 'To verify' : 'Profile edit';
  return item.is_new ? 'New listing' : 'Edit';
}
