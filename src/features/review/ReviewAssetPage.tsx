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
import { t } from './i18n';

const STATUS_WORDS: Record<string, () => string> = {
  draft: () => t('statusDraft'),
  pending: () => t('statusPending'),
  published: () => t('statusPublished'),
  rejected: () => t('statusRejected'),
  archived: () => t('statusArchived'),
  taken_down: () => t('statusTakenDown'),
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
  usePageTitle(() => t('reviewTitle', { name: data()?.asset?.name ?? t('listing') }));
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
    const done = d === 'approve' ? t('approved', { name: a.name }) : d === 'reject' ? t('rejected', { name: a.name }) : t('sentBack', { name: a.name });
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
      d === 'take_down' ? t('tookDown', { name: a.name }) : a.status === 'published' ? t('reinstated', { name: a.name }) : t('reinstatedAsDraft', { name: a.name });
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <Loadable resource={data} errorTitle={t('listingUnavailable')} loading={t('loading')} missing={(d) => !d.asset} notFound={<h1>{t('listingNotFound')}</h1>}>
        {(d) => {
          const asset = () => d().asset!;
          const item = () => data()!.item;
          const rows = () => changeRows(item()?.diff, ORDER).filter((r) => !ON_THE_MAP.has(r.field));
          return (
            <>
              <p class="caption muted">{asset().org_name ?? t('noOrganisation')}</p>
              <h1>{asset().name}</h1>
              <Show
                when={item()}
                fallback={
                  <>
                    <p class="banner">
                      {t('nothingToReview', { status: STATUS_WORDS[asset().status]?.() ?? asset().status })}
                      {asset().review_note ? t('withNote', { note: asset().review_note! }) : ''}.
                    </p>
                    <DecisionForm<Hold>
                      options={
                        asset().status === 'taken_down'
                          ? [{ value: 'reinstate', label: t('reinstate'), hint: t('reinstateHint'), needsReason: false }]
                          : [{ value: 'take_down', label: t('takeDown'), hint: t('takeDownHint'), needsReason: true }]
                      }
                      reasonLabel={(d) => (d === 'take_down' ? t('reason') : t('noteOptional'))}
                      onDecide={hold}
                    />
                  </>
                }
              >
                {(it) => (
                  <>
                    <p>
                      <strong class={`tag ${it().is_new ? 'status-pending' : 'status-draft'}`}>{it().is_new ? t('newListing') : t('editToPublished')}</strong>{' '}
                      {t('submitted', { when: formatDateTime(it().submitted_at) })}
                    </p>
                    {/* A private address is the organisation's, not what residents see (the preview below is). */}
                    <h2>{it().is_new ? (isGeneralArea(proposedListing(asset())) ? t('whatOrganisationGave') : t('whatResidentsWouldSee')) : t('whatWouldChange')}</h2>
                    <Show when={rows().length > 0} fallback={<p>{t('onlyPinMoves')}</p>}>
                      <ChangesTable
                        caption={it().is_new ? t('fieldsOfNew') : t('changesToPublished')}
                        rows={rows()}
                        fromLabel={t('publishedNow')}
                        toLabel={it().is_new ? t('value') : t('proposed')}
                        valuesOnly={it().is_new}
                        categoryLabel={categoryLabel}
                        renderValue={hoursInWords}
                      />
                    </Show>
                    <ListingPreview asset={asset()} categories={published.categories} categoryLabel={categoryLabel} />
                    <DecisionForm<Decision>
                      options={[
                        { value: 'approve', label: t('approve'), hint: it().is_new ? t('approveNewHint') : t('approveEditHint'), needsReason: false },
                        {
                          value: 'changes',
                          label: t('requestChanges'),
                          hint: t('requestChangesHint'),
                          needsReason: true,
                        },
                        {
                          value: 'reject',
                          label: t('reject'),
                          hint: it().is_new ? t('rejectNewHint') : t('rejectEditHint'),
                          needsReason: true,
                        },
                      ]}
                      reasonLabel={(d) => (d === 'approve' || d === null ? t('noteOptionalApproving') : t('reason'))}
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
