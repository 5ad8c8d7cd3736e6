// An organisation's listings: status, when each was last checked (6 and 12 months flagged), and
// one-click "Still correct", archive and restore.
import { A } from '@solidjs/router';
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Api } from '../../backend/api';
import type { Asset } from '../../domain/types';
import { neverCheckedText, staleness, uncheckedSince } from '../../domain/stale';
import { createLiveRead, written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { FlashBanner } from '../../ui/FlashBanner';
import { formatDate } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import type { OrgContext } from './OrganisationFrame';
import { orgPaths } from '../../app/paths';
import { StatusTag } from './StatusTag';
import { ReportedProblems } from './ReportedProblems';
import { t } from './i18n';

export function OrgAssetsPage(props: { ctx: OrgContext }) {
  const { backend, reads } = useBackend();
  usePageTitle(() => t('listingsTitle', { name: props.ctx.org().name }));
  const [assets, mutate] = createLiveRead(() => reads.orgAssets(props.ctx.orgId));
  const [message, setMessage] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const now = new Date();
  const active = createMemo(() => (assets.latest ?? []).filter((a) => a.status !== 'archived'));
  const archived = createMemo(() => (assets.latest ?? []).filter((a) => a.status === 'archived'));
  const counts = createMemo(() => {
    const levels = active().map((a) => freshness(a, now).level);
    return { stale6: levels.filter((l) => l === 'stale6').length, stale12: levels.filter((l) => l === 'stale12').length };
  });

  async function act(a: Asset, action: ListingAction) {
    setError(null);
    try {
      const saved = await LISTING_ACTIONS[action].run(backend.api, a);
      mutate((list) => list?.map((x) => (x.id === saved.id ? saved : x)));
      setMessage(LISTING_ACTIONS[action].done(a, saved));
      void written('listing');
    } catch (e) {
      setError(`${a.name}: ${(e as Error).message}`);
    }
  }

  return (
    <>
      <h1>{t('listings')}</h1>
      <FlashBanner message={message()} />
      <Show when={error()}>
        <p class="banner danger" role="alert">
          {error()}
        </p>
      </Show>
      <p class="button-group">
        <A class="button" href={orgPaths.newAsset(props.ctx.orgId)}>
          {t('addListing')}
        </A>
      </p>
      <ReportedProblems orgId={props.ctx.orgId} />
      <Show when={counts().stale6 + counts().stale12 > 0}>
        <ul class="stale-counts" aria-label={t('needChecking')}>
          <Show when={counts().stale12 > 0}>
            <li>
              <strong class="tag stale12">{t('overAYear', { count: counts().stale12 })}</strong>
            </li>
          </Show>
          <Show when={counts().stale6 > 0}>
            <li>
              <strong class="tag stale6">{t('overSixMonths', { count: counts().stale6 })}</strong>
            </li>
          </Show>
        </ul>
        <p class="muted">{t('staleHint')}</p>
      </Show>
      <Show when={assets.error}>
        <p class="banner danger" role="alert">
          {t('listingsUnloadable', { reason: (assets.error as Error).message })}
        </p>
      </Show>
      <Show when={assets.latest} fallback={<p>{t('loadingListings')}</p>}>
        <Show when={active().length > 0} fallback={<p>{t('noListings')}</p>}>
          <AssetsTable caption={t('listings')} assets={active()} now={now} act={act} orgId={props.ctx.orgId} />
        </Show>
        <Show when={archived().length > 0}>
          <h2>{t('archived')}</h2>
          <p class="muted">{t('archivedHint')}</p>
          <AssetsTable caption={t('archivedListings')} assets={archived()} now={now} act={act} orgId={props.ctx.orgId} />
        </Show>
      </Show>
    </>
  );
}

function freshness(a: Asset, now: Date) {
  return staleness({ last_verified_at: uncheckedSince(a) }, now);
}

type ListingAction = 'restore' | 'verify' | 'archive';

/** What each button on a listing row does, and what the page then says. */
const LISTING_ACTIONS: Record<ListingAction, { run: (api: Api, a: Asset) => Promise<Asset>; done: (a: Asset, saved: Asset) => string }> = {
  restore: {
    run: (api, a) => api.restoreAsset(a),
    done: (a, saved) => (saved.status === 'pending' ? t('restoredForReview', { name: a.name }) : t('restored', { name: a.name })),
  },
  verify: { run: (api, a) => api.verifyAsset(a), done: (a) => t('checkedToday', { name: a.name }) },
  archive: { run: (api, a) => api.archiveAsset(a), done: (a) => t('archivedDone', { name: a.name }) },
};

function AssetsTable(props: { caption: string; assets: Asset[]; now: Date; orgId: string; act: (a: Asset, action: ListingAction) => Promise<void> }) {
  return (
    <table class="assets-table stacked-table" role="table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('colName')}
          </th>
          <th scope="col" role="columnheader">
            {t('colStatus')}
          </th>
          <th scope="col" role="columnheader">
            {t('colLastChecked')}
          </th>
          <th scope="col" role="columnheader">
            <span class="visually-hidden">{t('colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <For each={props.assets}>
          {(a) => {
            const f = () => freshness(a, props.now);
            return (
              <tr role="row">
                <td role="cell">
                  <A href={orgPaths.asset(props.orgId, a.id)}>{a.name}</A>
                  <Show when={a.review_note && a.status !== 'archived' && a.status !== 'pending'}>
                    <p class="muted">
                      <span>{t('moderatorSays')}</span>
                      {a.review_note}
                    </p>
                  </Show>
                </td>
                <td role="cell" data-label={t('colStatus')}>
                  <StatusTag status={a.status} />
                  <Show when={a.pending_changes && a.status === 'published'}>
                    <p class="muted">{t('changesWaiting')}</p>
                  </Show>
                  <Show when={a.status === 'draft' && a.review_note}>
                    <p class="muted">{t('changesRequested')}</p>
                  </Show>
                </td>
                <td role="cell" data-label={t('colLastChecked')}>
                  {a.last_verified_at ? formatDate(a.last_verified_at) : neverCheckedText(a)}
                  <Show when={a.status !== 'archived' && f().level !== 'fresh'}>
                    <br />
                    <strong class={`tag ${f().level}`}>{f().level === 'stale12' ? t('overAYearTag') : t('overSixMonthsTag')}</strong>
                  </Show>
                </td>
                <td role="cell">
                  <div class="actions">
                    <Show
                      when={a.status !== 'archived' && a.status !== 'taken_down'}
                      fallback={
                        <Show when={a.status === 'archived'} fallback={<p class="muted">{t('onlyModeratorReinstates')}</p>}>
                          <button type="button" class="secondary" onClick={() => void props.act(a, 'restore')}>
                            {t('restore')}
                            <span class="visually-hidden">{t('spacedName', { name: a.name })}</span>
                          </button>
                        </Show>
                      }
                    >
                      <Show when={a.status === 'published' || a.status === 'pending'}>
                        <button type="button" class="secondary" onClick={() => void props.act(a, 'verify')}>
                          {t('stillCorrect')}
                          <span class="visually-hidden">{t('dashedName', { name: a.name })}</span>
                        </button>
                      </Show>
                      <button type="button" class="secondary" onClick={() => void props.act(a, 'archive')}>
                        {t('archive')}
                        <span class="visually-hidden">{t('spacedName', { name: a.name })}</span>
                      </button>
                    </Show>
                  </div>
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
