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
import { t } from './i18n';
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_SORTS,
  QUEUE_TYPES,
  arrangeQueue,
  changeKind,
  queueOrganisations,
  queueViewFromParams,
  queueViewToQuery,
  sortName,
  typeName,
  type QueueSort,
  type QueueType,
  type QueueView,
} from './queueView';

const ORGANISATION_TYPES: readonly QueueType[] = ['new-organisation', 'profile-edit'];

export function ReviewQueuePage() {
  const { reads } = useBackend();
  const location = useLocation();
  const navigate = useNavigate();
  usePageTitle(() => t('queueTitle'));
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
  const count = (n: number, of: number) => (filtered() ? t('countOf', { count: n, of }) : `${n}`);
  const showOrgs = () => !view().type || ORGANISATION_TYPES.includes(view().type!);
  const showAssets = () => !view().type || !ORGANISATION_TYPES.includes(view().type!);
  const organisations = createMemo(() => queueOrganisations(all()));
  return (
    <div class="page review-page">
      <h1>{t('queueTitle')}</h1>
      <FlashBanner />
      <ul class="review-links">
        <li>
          <A href={reviewPaths.reports()}>{t('linkReports')}</A>
        </li>
        <li>
          <A href={reviewPaths.suggestions()}>{t('linkSuggestions')}</A>
        </li>
        <li>
          <A href={reviewPaths.stale()}>{t('linkStale')}</A>
        </li>
        <li>
          <A href={reviewPaths.mail()}>{t('linkMail')}</A>
        </li>
        <li>
          <A href={reviewPaths.export()}>{t('linkExport')}</A>
        </li>
      </ul>
      <Show when={queue.error}>
        <p class="banner danger" role="alert">
          {t('queueUnloadable', { reason: (queue.error as Error).message })}
        </p>
      </Show>
      <Show when={queue.latest} fallback={<p>{t('loadingQueue')}</p>}>
        <form class="queue-controls" aria-label={t('queueControls')} onSubmit={(e) => e.preventDefault()}>
          <div class="field">
            <label for="queue-sort">{t('sortBy')}</label>
            <select id="queue-sort" value={view().sort} onChange={(e) => setView({ sort: e.currentTarget.value as QueueSort })}>
              <For each={QUEUE_SORTS}>{(value) => <option value={value}>{sortName(value)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="queue-type">{t('show')}</label>
            <select id="queue-type" value={view().type ?? ''} onChange={(e) => setView({ type: (e.currentTarget.value || null) as QueueType | null })}>
              <option value="">{t('everyType')}</option>
              <For each={QUEUE_TYPES}>{(value) => <option value={value}>{typeName(value)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="queue-org">{t('organisationFilter')}</label>
            <select id="queue-org" value={view().org ?? ''} onChange={(e) => setView({ org: e.currentTarget.value || null })}>
              <option value="">{t('everyOrganisation')}</option>
              <For each={organisations()}>{(o) => <option value={o.id}>{`${o.name} (${o.count})`}</option>}</For>
              <Show when={view().org && !organisations().some((o) => o.id === view().org)}>
                <option value={view().org!}>{t('orgWithNothing')}</option>
              </Show>
            </select>
          </div>
          <Show when={filtered() || view().sort !== DEFAULT_QUEUE_VIEW.sort}>
            <p class="queue-reset">
              <A href={reviewPaths.queue()}>{t('showEverything')}</A>
            </p>
          </Show>
        </form>
        <Show when={showOrgs()}>
          <h2>{t('organisationsHeading', { count: count(orgs().length, totals().orgs) })}</h2>
          <Show when={orgs().length > 0} fallback={<p>{filtered() ? t('noOrgsMatch') : t('noOrgsWaiting')}</p>}>
            <QueueTable caption={t('orgsCaption')} items={orgs()} showOrg={false} />
          </Show>
        </Show>
        <Show when={showAssets()}>
          <h2>{t('listingsHeading', { count: count(assets().length, totals().assets) })}</h2>
          <Show when={assets().length > 0} fallback={<p>{filtered() ? t('noListingsMatch') : t('noListingsWaiting')}</p>}>
            <QueueTable caption={t('listingsCaption')} items={assets()} showOrg />
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
            {t('colName')}
          </th>
          <Show when={props.showOrg}>
            <th scope="col" role="columnheader">
              {t('colOrganisation')}
            </th>
          </Show>
          <th scope="col" role="columnheader">
            {t('colTypeOfChange')}
          </th>
          <th scope="col" role="columnheader">
            {t('colSubmitted')}
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
                <td role="cell" data-label={t('colOrganisation')}>
                  {item.org_name ?? t('noOrganisation')}
                </td>
              </Show>
              <td role="cell" data-label={t('colTypeOfChange')}>
                <strong class={`tag ${item.is_new ? 'status-pending' : 'status-draft'}`}>{changeKind(item)}</strong>{' '}
                <Show when={!item.is_new}>
                  <span class="muted">{t('fieldCount', { count: Object.keys(item.diff).length })}</span>
                </Show>
              </td>
              <td role="cell" data-label={t('colSubmitted')}>
                {formatDateTime(item.submitted_at)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
