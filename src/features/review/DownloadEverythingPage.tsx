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

const STATUS_LABELS: Record<(typeof ASSET_STATUSES)[number], string> = {
  draft: 'Drafts',
  pending: 'Waiting for review',
  published: 'Published',
  rejected: 'Rejected',
  archived: 'Archived',
  taken_down: 'Taken down',
};

export function DownloadEverythingPage() {
  const { backend } = useBackend();
  usePageTitle(() => 'Download every listing');
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
      meta: { title: 'Every listing, all statuses', generatedAt: new Date(), link: location.href, sample: backend.mode === 'local' || sampleListings(rows) },
      orukServices: () => backend.api.orukExport(rows.map((r) => r.id)),
    });
  };

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <h1>Download every listing</h1>
      <p>
        Every listing in every status, with its status, for checking or sharing with partners. Listings that meet at a private address have only their general area, never
        the exact place, as anywhere outside this site.
      </p>
      <Show when={listings.error}>
        <p class="banner danger" role="alert">
          The listings could not be loaded: {(listings.error as Error).message}
        </p>
      </Show>
      <Show
        when={listings.latest}
        fallback={
          <Show when={!listings.error}>
            <p>Loading the listings…</p>
          </Show>
        }
      >
        <h2>What the files hold</h2>
        <ul>
          <For each={byStatus()}>
            {(s) => (
              <li>
                {STATUS_LABELS[s.status]}: {s.count.toLocaleString('en-GB')}
              </li>
            )}
          </For>
        </ul>
        <h2>Download</h2>
        <DownloadChoices
          label="Download every listing"
          contents={
            count() === 0
              ? 'There are no listings to download.'
              : `The file will hold all ${count().toLocaleString('en-GB')} listings, each with its status. CSV and GeoJSON files also say which partner file an imported listing came from.`
          }
          ready={count() > 0}
          build={build}
        />
      </Show>
    </div>
  );
}
