// Step 1's ORUK feed read: every page and service detail fetched on the page (the feed is on
// another site, so the browser's own fetch and CORS apply), with progress in the wizard's panel
// and Cancel. The services then go through the same worker read as a file.
import type { WizardCore } from '../createWizardCore';
import { FeedCancelled, readOrukFeed, type FeedOptions, type FeedProgress } from './orukFeed';
import type { OrukService } from './orukServices';
import { t } from '../i18n';

function detailOf(p: FeedProgress): { fraction: number | null; detail: string } {
  const pages = t('feedPages', { read: p.pagesRead, total: p.totalPages, services: p.servicesListed });
  if (p.detailsNeeded === 0) return { fraction: p.totalPages ? p.pagesRead / p.totalPages / 2 : null, detail: pages };
  return {
    fraction: 0.5 + p.detailsRead / p.detailsNeeded / 2,
    detail: t('feedDetails', { pages, read: p.detailsRead, needed: p.detailsNeeded }),
  };
}

export function createFeedReader(core: WizardCore, options: Pick<FeedOptions, 'fetch'> = {}) {
  let controller: AbortController | null = null;

  /** The feed's services; a message when the feed cannot be read; null when cancelled. */
  async function read(url: string): Promise<{ services: OrukService[] } | { message: string } | null> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    core.setBusy({ label: t('busyReadingFeed'), fraction: null, detail: t('busyFirstPage'), cancellable: true });
    try {
      const services = await readOrukFeed(url, {
        ...options,
        signal: mine.signal,
        onProgress: (p) => core.setBusy({ label: t('busyReadingFeed'), ...detailOf(p), cancellable: true }),
      });
      return { services };
    } catch (e) {
      if (e instanceof FeedCancelled || mine.signal.aborted) return null;
      return { message: e instanceof Error ? e.message : String(e) };
    } finally {
      if (controller === mine) controller = null;
      core.setBusy(null);
    }
  }

  return {
    read,
    /** Stop the read in progress, if any; true when there was one. */
    cancel(): boolean {
      if (!controller) return false;
      controller.abort();
      return true;
    },
  };
}
