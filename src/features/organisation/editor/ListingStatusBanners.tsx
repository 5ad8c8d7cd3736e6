// The listing's review state in words, above the form: what a moderator said, what residents see
// meanwhile, and why an archived or taken-down listing cannot be edited.
import { Match, Show, Switch } from 'solid-js';
import type { Asset } from '../../../domain/types';
import { t } from './i18n';

export function ListingStatusBanners(props: { asset: Asset | null; busy: boolean; onRestore: () => void }) {
  return (
    <>
      <StatusNote asset={props.asset} />
      <Show when={props.asset?.status === 'taken_down'}>
        <div class="banner warning" role="status">
          <p>{t('takenDown')}</p>
          <Show when={props.asset?.review_note}>
            <p>
              <span>{t('theirReasonSpace')}</span>
              {props.asset?.review_note}
            </p>
          </Show>
        </div>
      </Show>
      <Show when={props.asset?.status === 'archived'}>
        <div class="banner warning">
          <p>{t('archived')}</p>
          <button type="button" disabled={props.busy} onClick={() => props.onRestore()}>
            {t('restoreListing')}
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
              <h2>{t('rejected')}</h2>
              <p>
                <strong>{t('theirReason')}</strong> {a().review_note ?? t('noReason')}
              </p>
              <p>{t('changeAndResubmit')}</p>
            </div>
          </Match>
          <Match when={a().status === 'draft' && a().review_note}>
            <div class="banner warning">
              <h2>{t('askedForChanges')}</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'pending'}>
            <p class="banner">{t('waitingForReview')}</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().submitted_at}>
            <p class="banner">{t('changesWaiting')}</p>
          </Match>
          <Match when={a().status === 'published' && a().pending_changes && a().review_note}>
            <div class="banner warning">
              <h2>{t('askedForChangesToEdit')}</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
          <Match when={a().status === 'published' && a().review_note}>
            <div class="banner">
              <h2>{t('moderatorNote')}</h2>
              <p>{a().review_note}</p>
            </div>
          </Match>
        </Switch>
      )}
    </Show>
  );
}
