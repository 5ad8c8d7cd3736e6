// One listing under review: what would change for residents (field, published now, proposed),
// the listing's history, and the decision.
import { A, useNavigate } from '@solidjs/router';
import { Show, createMemo } from 'solid-js';
import type { Uuid } from '../../domain/types';
import { createLiveRead, written } from '../../app/data/liveData';
import { AssetHistory } from '../../app/AssetHistory';
import { useBackend } from '../../app/BackendProvider';
import { Loadable } from '../../ui/Loadable';
import { ChangesTable, changeRows } from '../../ui/ChangesTable';
import { formatDateTime } from '../../ui/formatChange';
import { usePublished } from '../../app/PublishedProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { DecisionForm } from './DecisionForm';
import { HoursInWords } from './HoursInWords';
import { ListingPreview } from './ListingPreview';
import { proposedListing } from './proposedListing';
import { isGeneralArea } from '../../domain/generalArea';
import { onLatestVersion } from './onLatestVersion';
import { reviewPaths } from './reviewRoute';

const STATUS_WORDS: Record<string, string> = {
  draft: 'a draft',
  pending: 'waiting for review',
  published: 'published',
  rejected: 'rejected',
  archived: 'archived by its organisation',
  taken_down: 'taken down by a moderator',
};

const ORDER = [
  'kind',
  'name',
  'description',
  'categories',
  'postcode',
  'address',
  'private_address',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'accessibility',
  'languages',
  'phone',
  'email',
  'website',
];
// The pin is shown on a map (ListingPreview), not as two numbers.
const ON_THE_MAP = new Set(['lat', 'lng']);

const hoursInWords = (field: string, value: unknown) => (field === 'opening_hours' ? <HoursInWords value={value} /> : undefined);

type Decision = 'approve' | 'changes' | 'reject';
type Hold = 'take_down' | 'reinstate';

export function ReviewAssetPage(props: { id: Uuid }) {
  const { backend, reads } = useBackend();
  const published = usePublished();
  const navigate = useNavigate();
  const [data] = createLiveRead(() => {
    const id = props.id;
    return Promise.all([reads.reviewQueue(), reads.asset(id)]).then(([queue, asset]) => ({
      item: queue.find((i) => i.kind === 'asset' && i.id === id) ?? null,
      asset,
    }));
  });
  // The listing moved meanwhile (someone else changed it): read it again.
  const reread = () => void written('listing');
  usePageTitle(() => `Review ${data()?.asset?.name ?? 'listing'}`);
  const labels = createMemo(() => new Map(published.categories().map((c) => [c.slug, c.label])));
  const categoryLabel = (slug: string) => labels().get(slug) ?? slug;

  async function decide(d: Decision, reason: string) {
    const api = backend.api;
    // The version on screen: if the organisation changed the listing since, the decision fails.
    const seen = data()!.asset!;
    const a = await onLatestVersion(
      () => (d === 'approve' ? api.approveAsset(seen, reason || null) : d === 'reject' ? api.rejectAsset(seen, reason) : api.requestChanges(seen, reason)),
      reread,
      'listing',
    );
    void written('listing');
    const done =
      d === 'approve'
        ? `Approved “${a.name}”. Residents can see it now.`
        : d === 'reject'
          ? `Rejected “${a.name}”. The organisation can see your reason.`
          : `Sent “${a.name}” back to the organisation with your request.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  async function hold(d: Hold, reason: string) {
    const seen = data()!.asset!;
    const a = await onLatestVersion(
      () => (d === 'take_down' ? backend.api.takeDownAsset(seen, reason) : backend.api.reinstateAsset(seen, reason || null)),
      reread,
      'listing',
    );
    void written('listing');
    const done =
      d === 'take_down'
        ? `Took “${a.name}” down. Residents no longer see it, and only a moderator can reinstate it.`
        : a.status === 'published'
          ? `Reinstated “${a.name}”. Residents can see it again.`
          : `Reinstated “${a.name}” as a draft for its organisation.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <Loadable resource={data} errorTitle="Listing not available" loading="Loading…" missing={(d) => !d.asset} notFound={<h1>Listing not found</h1>}>
        {(d) => {
          const asset = () => d().asset!;
          const item = () => data()!.item;
          const rows = () => changeRows(item()?.diff, ORDER).filter((r) => !ON_THE_MAP.has(r.field));
          return (
            <>
              <p class="caption muted">{asset().org_name ?? 'No organisation'}</p>
              <h1>{asset().name}</h1>
              <Show
                when={item()}
                fallback={
                  <>
                    <p class="banner">
                      Nothing to review: this listing is {STATUS_WORDS[asset().status] ?? asset().status}
                      {asset().review_note ? ` (note: ${asset().review_note})` : ''}.
                    </p>
                    <DecisionForm<Hold>
                      options={
                        asset().status === 'taken_down'
                          ? [{ value: 'reinstate', label: 'Reinstate', hint: 'Return it to where it was before it was taken down', needsReason: false }]
                          : [{ value: 'take_down', label: 'Take it down', hint: 'Remove it from the map; its organisation cannot bring it back', needsReason: true }]
                      }
                      reasonLabel={(d) => (d === 'take_down' ? 'Reason' : 'Note to the organisation (optional)')}
                      onDecide={hold}
                    />
                  </>
                }
              >
                {(it) => (
                  <>
                    <p>
                      <strong class={`tag ${it().is_new ? 'status-pending' : 'status-draft'}`}>{it().is_new ? 'New listing' : 'Edit to a published listing'}</strong>{' '}
                      submitted {formatDateTime(it().submitted_at)}
                    </p>
                    {/* A private address is the organisation's, not what residents see (the preview below is). */}
                    <h2>{it().is_new ? (isGeneralArea(proposedListing(asset())) ? 'What the organisation gave' : 'What residents would see') : 'What would change'}</h2>
                    <Show when={rows().length > 0} fallback={<p>Only the pin moves: see the map below.</p>}>
                      <ChangesTable
                        caption={it().is_new ? 'Fields of the new listing' : 'Changes to the published listing'}
                        rows={rows()}
                        fromLabel="Published now"
                        toLabel={it().is_new ? 'Value' : 'Proposed'}
                        valuesOnly={it().is_new}
                        categoryLabel={categoryLabel}
                        renderValue={hoursInWords}
                      />
                    </Show>
                    <ListingPreview asset={asset()} categories={published.categories} categoryLabel={categoryLabel} />
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
      </Loadable>
    </div>
  );
}
