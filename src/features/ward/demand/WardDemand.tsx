// On a ward's page: the searches centred in it that found little, for planners and moderators
// only (the figures are for planning, not for publishing; docs/SEARCH-DEMAND.md). Renders
// nothing for anyone else, and asks the database nothing for them.
import { Match, Show, Switch, createResource } from 'solid-js';
import { useBackend } from '../../../app/BackendProvider';
import { formatNumber } from '../../../i18n';
import { DemandTable } from '../../../ui/DemandTable';
import { t } from './i18n';

const STAFF = ['planner', 'moderator', 'admin'];

export default function WardDemand(props: { wardCode: string }) {
  const { backend, me } = useBackend();
  const isStaff = () => STAFF.includes(me()?.staff_role ?? '');
  const [rows] = createResource(
    () => (isStaff() ? props.wardCode : null),
    (code) => backend.api.searchDemand(28, code),
  );
  return (
    <Show when={isStaff()}>
      <section class="ward-demand" aria-labelledby="ward-demand-title">
        <h2 id="ward-demand-title">{t('title')}</h2>
        <p>{t('intro')}</p>
        <p class="hint">{t('staffOnly')}</p>
        <Switch>
          <Match when={rows.error}>
            <p class="error-message" role="alert">
              {t('loadFailed')}
            </p>
          </Match>
          <Match when={rows()?.length === 0}>
            <p>{t('none')}</p>
          </Match>
          <Match when={rows()}>
            {(r) => (
              <DemandTable
                rows={r()}
                caption={t('caption')}
                columns={{ term: t('term'), visits: t('visits') }}
                formatVisits={(n) => t('visitCount', { count: n, formatted: formatNumber(n) })}
              />
            )}
          </Match>
        </Switch>
      </section>
    </Show>
  );
}
export { WardDemand };
