// Published assets and categories for every resident view, static file first (src/ui/
// createStaticThenLive.ts). Local mode reads the build's file, then the browser's database once
// the page is idle (it may hold local edits). Supabase mode reads the file the publish function
// keeps in Storage, and the live API only until that file exists or when it fails. Both ask the
// database again after each write.
import { createContext, createEffect, createResource, useContext, type Accessor, type JSX } from 'solid-js';
import type { AssetCollection, AssetFeature, Category } from '../domain/types';
import { useBackend } from './BackendProvider';
import { createStaticThenLive, type ReadSource } from '../ui/createStaticThenLive';
import { fetchPublishedFile, fetchStaticCategories, publishedFileUrl } from './staticData';
import { whenIdle } from '../ui/whenIdle';

export interface PublishedValue {
  features: Accessor<readonly AssetFeature[]>;
  categories: Accessor<readonly Category[]>;
  /** 'static' while the file is on screen, 'live' once the backend has answered. */
  source: Accessor<ReadSource>;
  error: Accessor<string | null>;
}

const PublishedContext = createContext<PublishedValue & { pageMounted: () => void }>();

export function PublishedProvider(props: { children: JSX.Element }) {
  const { backend, dataVersion } = useBackend();
  // The first page to use the published data has mounted (its code had to load first), so once
  // the file is in, that page has drawn it: only then may the browser's database start.
  let pageMounted: () => void = () => {};
  const mounted = new Promise<void>((resolve) => (pageMounted = resolve));
  const published = createStaticThenLive<AssetCollection>({
    readFile: () => fetchPublishedFile(publishedFileUrl(backend.mode)),
    readLive: () => backend.api.publishedAssets(),
    liveAfterFile: backend.mode === 'local' ? () => mounted.then(() => whenIdle()) : false,
    version: dataVersion,
  });

  // Tests and support staff can see which copy is on screen.
  createEffect(() => (document.documentElement.dataset.published = published.source()));

  // The build's taxonomy (or the API's), as the page was built against; the published set also
  // carries the taxonomy its listings use, which names the categories until that list is in
  // or when it cannot be had.
  const [builtCategories] = createResource(async () => {
    try {
      return await fetchStaticCategories();
    } catch {
      try {
        return await backend.api.categories();
      } catch {
        return undefined;
      }
    }
  });
  const categories = () => builtCategories() ?? published.value()?.categories;

  const value: PublishedValue & { pageMounted: () => void } = {
    pageMounted: () => pageMounted(),
    features: () => published.value()?.features ?? [],
    categories: () => categories() ?? [],
    source: published.source,
    error: published.error,
  };
  return <PublishedContext.Provider value={value}>{props.children}</PublishedContext.Provider>;
}

/** For a page that shows the published data; calling it marks such a page as mounted. */
export function usePublished(): PublishedValue {
  const ctx = useContext(PublishedContext);
  if (!ctx) throw new Error('usePublished must be used inside <PublishedProvider>');
  ctx.pageMounted();
  return ctx;
}
