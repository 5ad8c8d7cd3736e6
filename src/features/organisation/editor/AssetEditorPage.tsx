// /organisation/:org/assets/new and /organisation/:org/assets/:id: the editor, and below it how
// often the listing is checked and its history.
import { Show, createResource } from 'solid-js';
import type { Uuid } from '../../../domain/types';
import { AssetHistory } from '../../../app/AssetHistory';
import { useBackend } from '../../../app/BackendProvider';
import { Loadable } from '../../../ui/Loadable';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { OrgContext } from '../OrganisationFrame';
import { AssetEditor } from './AssetEditor';
import { CheckPlanPanel } from './CheckPlanPanel';

import { t } from './i18n';

export default function AssetEditorPage(props: { ctx: OrgContext; assetId: Uuid | null }) {
  const { reads } = useBackend();
  // Read once per page (the query is asked in the fetcher, untracked, so no revalidation reads
  // again): a background refetch must never replace what someone is typing.
  const [asset] = createResource(
    () => props.assetId,
    (id) => reads.asset(id),
  );
  usePageTitle(() => (props.assetId ? t('editTitle', { name: asset()?.name ?? t('listing') }) : t('addTitle')));
  return (
    <Show when={props.assetId} fallback={<AssetEditor ctx={props.ctx} asset={null} />}>
      <Loadable
        resource={asset}
        errorTitle={t('listingUnavailable')}
        loading={t('loadingListing')}
        notFound={
          <>
            <h1>{t('listingNotFound')}</h1>
            <p>{t('listingNotFoundWhy')}</p>
          </>
        }
      >
        {(a) => (
          <>
            <AssetEditor ctx={props.ctx} asset={a()} />
            <CheckPlanPanel assetId={a().id} />
            <AssetHistory assetId={a().id} categoryLabel={props.ctx.categoryLabel} />
          </>
        )}
      </Loadable>
    </Show>
  );
}
