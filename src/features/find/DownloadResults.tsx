// "Download these results": the listings the list shows (same search, filters and area, in the
// same order) as CSV, GeoJSON or ORUK JSON. CSV and GeoJSON are made from the published file in
// the browser; ORUK services come from the database (api.oruk_export) for those listings' ids.
import { useBackend } from '../../app/BackendProvider';
import { buildExport, sampleListings } from '../../domain/export/buildExport';
import { listingFromFeature } from '../../domain/export/exportListing';
import type { ExportFormat } from '../../domain/export/exportMeta';
import { DownloadChoices } from '../../ui/DownloadChoices';
import type { ResultRow } from './createFindResults';
import { t } from './i18n';

export function DownloadResults(props: { rows: readonly ResultRow[]; summary: string }) {
  const { backend } = useBackend();
  const count = () => props.rows.length;
  const contents = () => (count() === 0 ? t('nothingToDownload') : t('fileHolds', { count: count() }));

  const build = (format: ExportFormat) => {
    const features = props.rows.map((r) => r.feature);
    const listings = features.map(listingFromFeature);
    return buildExport(format, {
      what: 'results',
      listings,
      meta: { title: `Find results: ${props.summary}`, generatedAt: new Date(), link: location.href, sample: backend.mode === 'local' || sampleListings(listings) },
      orukServices: () => backend.api.orukExport(listings.map((l) => l.id)),
    });
  };

  return (
    <details class="download-results">
      <summary>{t('downloadResults')}</summary>
      <DownloadChoices label={t('downloadResults')} contents={contents()} ready={count() > 0} build={build} />
    </details>
  );
}
