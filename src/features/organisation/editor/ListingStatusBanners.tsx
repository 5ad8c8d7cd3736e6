// The listing's review state in words, above the form: what a moderator said, what residents see
// meanwhile, and why an archived or taken-down listing cannot be edited.
import { Match, Show, Switch } from 'solid-js';
import type { Asset } from '../../../domain/types';

export function ListingStatusBanners(props: { asset: Asset | null; busy: boolean; onRestore: () => void }) {
  return (
    <>
      <StatusNote asset={props.asset} />
      <Show when={props.asset?.status === 'taken_down'}>
        <div class="banner warning" role="status">
          <p>A council moderator took this listing down: residents cannot see it, and it cannot be edited until a moderator reinstates it.</p>
          <Show when={props.asset?.review_note}>
            <p>
              <span>Their reason: </span>
              {props.asset?.review_note}
            </p>
          </Show>
        </div>
      </Show>
      <Show when={props.asset?.status === 'archived'}>
        <div class="banner warning">
          <p>This listing is archived: residents cannot see it. Restore it to edit it again.</p>
          <button type="button" disabled={props.busy} onClick={() => props.onRestore()}>
            Restore listing
          </button>
        </div>
      </Show>
    </>
  );
}

function StatusNote(props: { asset: Asset | null }) {
  return (
    <Show when={props.asset}>
      {(a) => (
        <Switch>
          <Match when={a().status === 'rejected'}>
            <div class="banner danger">
              <h2>A moderator rejected this listing</h2>
              <p>
                <strong>Their reason:</strong> {a().review_note ?? 'No reason given.'}
              </p>
              <p>Change it and submit it again.</p>
            </div>
          </Match>
          <Match when={a().status === 'draft' && a().review_note}>
            <div class="banner warning">
              <h2>A moderator asked for changes</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'pending'}>
            <p class="banner">Waiting for a council moderator to review it. Residents cannot see it yet.</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().submitted_at}>
            <p class="banner">Your changes are waiting for review. Residents see the published version until a moderator approves them.</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().review_note}>
            <div class="banner warning">
              <h2>A moderator asked for changes to your edit</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'published' && a().review_note}>
            <div class="banner">
              <h2>Note from the moderator</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
        </Switch>
      )}
    </Show>
  );
}
