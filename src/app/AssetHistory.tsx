// An asset's audit trail (api.asset_events): who did what, when, and which fields changed.
// Shown to the asset's organisation and to moderators; the database decides who may read it.
import { For, Show } from 'solid-js';
import type { AssetEvent, Uuid } from '../domain/types';
import { createLiveRead } from './data/liveData';
import { useBackend } from './BackendProvider';
import { ChangesTable, changeRows } from '../ui/ChangesTable';
import { formatDateTime } from '../ui/formatChange';
import { actionName } from './assetActions';
import { t } from './i18n';

const FIELD_ORDER = ['status', 'kind', 'name', 'description', 'categories', 'postcode', 'address', 'lat', 'lng', 'private_address', 'opening_hours', 'free', 'cost'];

/** A listing that starts at its own address says nothing about private addresses. */
const noNews = (r: { field: string; from: unknown; to: unknown }) => r.field === 'private_address' && r.from == null && r.to === false;

export function AssetHistory(props: { assetId: Uuid; categoryLabel?: (slug: string) => string; headingLevel?: 2 | 3 }) {
  const { reads } = useBackend();
  const [events] = createLiveRead(() => reads.assetHistory(props.assetId));
  return (
    <section class="asset-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <Show when={!events.error} fallback={<p>{t('historyFailed', { message: (events.error as Error)?.message ?? '' })}</p>}>
        <Show when={events()} fallback={<p>{t('historyLoading')}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t('historyEmpty')}</p>}>
              <ol class="history">
                <For each={list()}>{(e) => <HistoryEntry event={e} categoryLabel={props.categoryLabel} />}</For>
              </ol>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}

function HistoryEntry(props: { event: AssetEvent; categoryLabel?: (slug: string) => string }) {
  const rows = () => changeRows(props.event.diff, FIELD_ORDER).filter((r) => !noNews(r));
  const what = () => actionName(props.event.action);
  return (
    <li>
      <p>
        <strong>{what()}</strong>
        {t('historyBy', { who: props.event.actor_label ?? null })}
        <time datetime={props.event.at}>{formatDateTime(props.event.at)}</time>
      </p>
      <Show when={props.event.note}>
        <p class="note">
          <span class="muted">{t('historyNote')}</span>
          {props.event.note}
        </p>
      </Show>
      <Show when={rows().length > 0}>
        <details>
          <summary>{t('historyWhatChanged', { count: rows().length })}</summary>
          <ChangesTable caption={t('historyCaption', { what: what(), when: formatDateTime(props.event.at) })} rows={rows()} categoryLabel={props.categoryLabel} />
        </details>
      </Show>
    </li>
  );
}
