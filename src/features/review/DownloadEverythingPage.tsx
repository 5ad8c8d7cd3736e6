// "Download every listing": a moderator takes away every listing in every status (drafts, those
// waiting for review, published, rejected, archived, taken down) as CSV or GeoJSON with a status
// column (api.listings_export), or as ORUK JSON (api.oruk_export(null): everything they may read).
import { A } from '@solidjs/router';
import { For, Show, createMemo, createResource } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { buildExport, sampleListings } from '../../domain/export/buildExport';
import type { ExportFormat } from '../../domain/export/exportMeta';
import { ASSET_STATUSES } from '../../domain/types';
import { DownloadChoices } from '../../ui/DownloadChoices';
import { usePageTitle } from '../../ui/usePageTitle';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

const STATUS_LABELS: Record<(typeof ASSET_STATUSES)[number], () => string> = {
  draft: () => t('exportDrafts'),
  pending: () => t('exportPending'),
  published: () => t('exportPublished'),
  rejected: () => t('exportRejected'),
  archived: () => t('exportArchived'),
  taken_down: () => t('exportTakenDown'),
};

export function DownloadEverythingPage() {
  const { backend } = useBackend();
  usePageTitle(() => t('exportTitle'));
  const [listings] = createResource(() => backend.api.listingsExport());
  const byStatus = createMemo(() => {
    const rows = listings.latest ?? [];
    return ASSET_STATUSES.map((s) => ({ status: s, count: rows.filter((r) => r.status === s).length })).filter((s) => s.count > 0);
  });
  const count = () => listings.latest?.length ?? 0;

  const build = (format: ExportFormat) => {
    const rows = listings.latest ?? [];
    return buildExport(format, {
      what: 'all-listings',
      listings: rows,
      withStatus: true,
      meta: { title: t('exportFileTitle'), generatedAt: new Date(), link: location.href, sample: backend.mode === 'local' || sampleListings(rows) },
      orukServices: () => backend.api.orukExport(rows.map((r) => r.id)),
    });
  };

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <h1>{t('exportTitle')}</h1>
      <p>{t('exportIntro')}</p>
      <Show when={listings.error}>
        <p class="banner danger" role="alert">
          {t('listingsUnloadable', { reason: (listings.error as Error).message })}
        </p>
      </Show>
      <Show
        when={listings.latest}
        fallback={
          <Show when={!listings.error}>
            <p>{t('loadingListings')}</p>
          </Show>
        }
      >
        <h2>{t('whatFilesHold')}</h2>
        <ul>
          <For each={byStatus()}>{(s) => <li>{t('statusCount', { label: STATUS_LABELS[s.status](), count: s.count })}</li>}</For>
        </ul>
        <h2>{t('download')}</h2>
        <DownloadChoices
          label={t('exportTitle')}
          contents={count() === 0 ? t('nothingToDownload') : t('fileHolds', { count: count() })}
          ready={count() > 0}
          build={build}
        />
      </Show>
    </div>
  );
}
