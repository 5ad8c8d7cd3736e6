// One listing under review: what would change for residents (field, published now, proposed),
// the listing's history, and the decision.
import { A, useNavigate } from '@solidjs/router';
import { Match, Show, Switch, createMemo, createResource, For } from 'solid-js';
import type { Uuid } from '../../domain/types';
import { describe as describeHours } from '../../domain/openingHours';
import { AssetHistory } from '../../ui/AssetHistory';
import { useBackend } from '../../ui/BackendProvider';
import { ChangesTable, changeRows } from '../../ui/ChangesTable';
import { formatDateTime } from '../../ui/formatChange';
import { usePublished } from '../../ui/PublishedProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { DecisionForm } from './DecisionForm';
import { reviewPaths } from './reviewRoute';

const ORDER = ['kind', 'name', 'description', 'categories', 'postcode', 'address', 'lat', 'lng', 'opening_hours', 'free', 'cost', 'age_groups', 'accessibility', 'languages', 'phone', 'email', 'website'];

type Decision = 'approve' | 'changes' | 'reject';

export function ReviewAssetPage(props: { id: Uuid }) {
  const { backend, bumpData } = useBackend();
  const published = usePublished();
  const navigate = useNavigate();
  const [data] = createResource(
    () => props.id,
    async (id) => {
      const [queue, asset] = await Promise.all([backend.api.reviewQueue(), backend.api.asset(id)]);
      return { item: queue.find((i) => i.kind === 'asset' && i.id === id) ?? null, asset };
    },
  );
  usePageTitle(() => `Review ${data()?.asset?.name ?? 'listing'}`);
  const labels = createMemo(() => new Map(published.categories().map((c) => [c.slug, c.label])));
  const categoryLabel = (slug: string) => labels().get(slug) ?? slug;

  async function decide(d: Decision, reason: string) {
    const api = backend.api;
    const a = await (d === 'approve' ? api.approveAsset(props.id, reason || null) : d === 'reject' ? api.rejectAsset(props.id, reason) : api.requestChanges(props.id, reason));
    bumpData();
    const done =
      d === 'approve'
        ? `Approved “${a.name}”. Residents can see it now.`
        : d === 'reject'
          ? `Rejected “${a.name}”. The organisation can see your reason.`
          : `Sent “${a.name}” back to the organisation with your request.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <Switch>
        <Match when={data.error}>
          <h1>Listing not available</h1>
          <p class="banner danger" role="alert">
            {(data.error as Error).message}
          </p>
        </Match>
        <Match when={data() && !data()!.asset}>
          <h1>Listing not found</h1>
        </Match>
        <Match when={data()?.asset}>
          {(asset) => {
            const item = () => data()!.item;
            const rows = () => changeRows(item()?.diff, ORDER);
            const hours = () => (item()?.diff.opening_hours?.to as string | undefined) ?? null;
            return (
              <>
                <p class="caption muted">{asset().org_name ?? 'No organisation'}</p>
                <h1>{asset().name}</h1>
                <Show
                  when={item()}
                  fallback={
                    <p class="banner">
                      Nothing to review: this listing is {asset().status}
                      {asset().review_note ? ` (note: ${asset().review_note})` : ''}.
                    </p>
                  }
                >
                  {(it) => (
                    <>
                      <p>
                        <strong class={`tag ${it().is_new ? 'status-pending' : 'status-draft'}`}>{it().is_new ? 'New listing' : 'Edit to a published listing'}</strong>{' '}
                        submitted {formatDateTime(it().submitted_at)}
                      </p>
                      <h2>{it().is_new ? 'What residents would see' : 'What would change'}</h2>
                      <ChangesTable
                        caption={it().is_new ? 'Fields of the new listing' : 'Changes to the published listing'}
                        rows={rows()}
                        fromLabel="Published now"
                        toLabel={it().is_new ? 'Value' : 'Proposed'}
                        valuesOnly={it().is_new}
                        categoryLabel={categoryLabel}
                      />
                      <Show when={hours()}>
                        {(h) => (
                          <>
                            <h3>Proposed opening hours in words</h3>
                            <ul>
                              <For each={describeHours(h()).lines}>{(l) => (
                                <li>{l}</li>
                              )}</For>
                            </ul>
                          </>
                        )}
                      </Show>
                      <DecisionForm<Decision>
                        options={[
                          { value: 'approve', label: 'Approve', hint: it().is_new ? 'Publish it on the map' : 'Publish these changes', needsReason: false },
                          {
                            value: 'changes',
                            label: 'Request changes',
                            hint: 'Send it back to the organisation to fix and resubmit',
                            needsReason: true,
                          },
                          {
                            value: 'reject',
                            label: 'Reject',
                            hint: it().is_new ? 'It should not be listed' : 'Discard these changes; the published listing stays as it is',
                            needsReason: true,
                          },
                        ]}
                        reasonLabel={(d) => (d === 'approve' || d === null ? 'Note to the organisation (optional when approving)' : 'Reason')}
                        onDecide={decide}
                      />
                    </>
                  )}
                </Show>
                <AssetHistory assetId={asset().id} categoryLabel={categoryLabel} />
              </>
            );
          }}
        </Match>
        <Match when={data.loading}>
          <p>Loading…</p>
        </Match>
      </Switch>
    </div>
  );
}
