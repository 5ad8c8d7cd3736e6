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

export function OrgAssetsPage(props: { ctx: OrgContext }) {
  const { backend, reads } = useBackend();
  usePageTitle(() => `Listings – ${props.ctx.org().name}`);
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
      <h1>Listings</h1>
      <FlashBanner message={message()} />
      <Show when={error()}>
        <p class="banner danger" role="alert">
          {error()}
        </p>
      </Show>
      <p class="button-group">
        <A class="button" href={orgPaths.newAsset(props.ctx.orgId)}>
          Add a listing
        </A>
      </p>
      <ReportedProblems orgId={props.ctx.orgId} />
      <Show when={counts().stale6 + counts().stale12 > 0}>
        <ul class="stale-counts" aria-label="Listings that need checking">
          <Show when={counts().stale12 > 0}>
            <li>
              <strong class="tag stale12">{counts().stale12} not checked for over a year</strong>
            </li>
          </Show>
          <Show when={counts().stale6 > 0}>
            <li>
              <strong class="tag stale6">{counts().stale6} not checked for 6 months</strong>
            </li>
          </Show>
        </ul>
        <p class="muted">Residents are told when details may be out of date. If a listing is still right, choose “Still correct”.</p>
      </Show>
      <Show when={assets.error}>
        <p class="banner danger" role="alert">
          The listings could not be loaded: {(assets.error as Error).message}
        </p>
      </Show>
      <Show when={assets.latest} fallback={<p>Loading listings…</p>}>
        <Show when={active().length > 0} fallback={<p>No listings yet. Add your first group, place or service.</p>}>
          <AssetsTable caption="Listings" assets={active()} now={now} act={act} orgId={props.ctx.orgId} />
        </Show>
        <Show when={archived().length > 0}>
          <h2>Archived</h2>
          <p class="muted">
            Archived listings are hidden from residents. Restore one to use it again: a listing that was published goes back to the moderators first, unless your
            organisation publishes without review.
          </p>
          <AssetsTable caption="Archived listings" assets={archived()} now={now} act={act} orgId={props.ctx.orgId} />
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
    done: (a, saved) =>
      saved.status === 'pending' ? `${a.name} is restored and sent for review: residents see it again once a moderator approves it.` : `${a.name} is restored.`,
  },
  verify: { run: (api, a) => api.verifyAsset(a), done: (a) => `${a.name} is marked as checked today.` },
  archive: { run: (api, a) => api.archiveAsset(a), done: (a) => `${a.name} is archived. Residents no longer see it.` },
};

function AssetsTable(props: { caption: string; assets: Asset[]; now: Date; orgId: string; act: (a: Asset, action: ListingAction) => Promise<void> }) {
  return (
    <table class="assets-table stacked-table" role="table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Name
          </th>
          <th scope="col" role="columnheader">
            Status
          </th>
          <th scope="col" role="columnheader">
            Last checked
          </th>
          <th scope="col" role="columnheader">
            <span class="visually-hidden">Actions</span>
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
                      <span>Moderator: </span>
                      {a.review_note}
                    </p>
                  </Show>
                </td>
                <td role="cell" data-label="Status">
                  <StatusTag status={a.status} />
                  <Show when={a.pending_changes && a.status === 'published'}>
                    <p class="muted">Changes waiting for review</p>
                  </Show>
                  <Show when={a.status === 'draft' && a.review_note}>
                    <p class="muted">Changes requested</p>
                  </Show>
                </td>
                <td role="cell" data-label="Last checked">
                  {a.last_verified_at ? formatDate(a.last_verified_at) : neverCheckedText(a)}
                  <Show when={a.status !== 'archived' && f().level !== 'fresh'}>
                    <br />
                    <strong class={`tag ${f().level}`}>{f().level === 'stale12' ? 'Over a year' : 'Over 6 months'}</strong>
                  </Show>
                </td>
                <td role="cell">
                  <div class="actions">
                    <Show
                      when={a.status !== 'archived' && a.status !== 'taken_down'}
                      fallback={
                        <Show when={a.status === 'archived'} fallback={<p class="muted">Only a moderator can reinstate it.</p>}>
                          <button type="button" class="secondary" onClick={() => void props.act(a, 'restore')}>
                            Restore<span class="visually-hidden"> {a.name}</span>
                          </button>
                        </Show>
                      }
                    >
                      <Show when={a.status === 'published' || a.status === 'pending'}>
                        <button type="button" class="secondary" onClick={() => void props.act(a, 'verify')}>
                          Still correct<span class="visually-hidden"> – {a.name}</span>
                        </button>
                      </Show>
                      <button type="button" class="secondary" onClick={() => void props.act(a, 'archive')}>
                        Archive<span class="visually-hidden"> {a.name}</span>
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
