// Published assets and categories for every resident view, static file first
// (src/app/createStaticThenLive.ts). Local mode reads the build's file, then the browser's database once
// the page is idle (it may hold local edits). Supabase mode reads the file the publish function
// keeps in Storage, and the live API only until that file exists or when it fails. Both ask the
// database again after each write that changes what is published (the `published` key).
// Supabase mode never shows the build's synthetic sample: its file is the one in Storage.
import { createContext, createEffect, createMemo, createResource, onMount, useContext, type Accessor, type JSX } from 'solid-js';
import type { AssetCollection, AssetFeature, Category } from '../domain/types';
import { categoryName } from '../domain/i18n';
import { useBackend } from './BackendProvider';
import { createStaticThenLive, type ReadSource } from './createStaticThenLive';
import { fetchJson } from '../lib/fetchJson';
import { whenIdle } from '../ui/whenIdle';
import { registerServiceWorker } from './offline/registerServiceWorker';

const base = import.meta.env.BASE_URL;

interface PublishedEnv {
  VITE_PUBLISHED_URL?: string;
  VITE_SUPABASE_URL?: string;
}

/** Where the published-assets file is read from in each mode. */
export function publishedFileUrl(mode: 'local' | 'supabase', env: PublishedEnv = import.meta.env): string {
  if (env.VITE_PUBLISHED_URL) return env.VITE_PUBLISHED_URL;
  if (mode === 'supabase') return `${(env.VITE_SUPABASE_URL ?? '').replace(/\/+$/, '')}/storage/v1/object/public/published/published.json`;
  return `${base}generated/published.json`;
}

/**
 * The published assets from their file, or null when there is no usable file: not written yet
 * (Storage answers 400 or 404 for a missing object), unreachable, or not a FeatureCollection.
 */
export async function fetchPublishedFile(url: string): Promise<AssetCollection | null> {
  try {
    const fc = await fetchJson<AssetCollection>(url);
    return fc?.type === 'FeatureCollection' && Array.isArray(fc.features) ? fc : null;
  } catch {
    return null;
  }
}

export const fetchStaticCategories = () => fetchJson<Category[]>(`${base}generated/categories.json`);

export interface PublishedValue {
  features: Accessor<readonly AssetFeature[]>;
  categories: Accessor<readonly Category[]>;
  /** 'static' while the file is on screen, 'live' once the backend has answered. */
  source: Accessor<ReadSource>;
  error: Accessor<string | null>;
}

const PublishedContext = createContext<PublishedValue & { pageMounted: () => void }>();

export function PublishedProvider(props: { children: JSX.Element }) {
  const { backend, reads } = useBackend();
  // The first page to use the published data has mounted (its code had to load first), so once
  // the file is in, that page has drawn it: only then may the browser's database start.
  let pageMounted: () => void = () => {};
  const mounted = new Promise<void>((resolve) => (pageMounted = resolve));
  const published = createStaticThenLive<AssetCollection>({
    readFile: () => fetchPublishedFile(publishedFileUrl(backend.mode)),
    readLive: () => reads.published(),
    liveAfterFile: backend.mode === 'local' ? () => mounted.then(() => whenIdle()) : false,
    key: 'published',
  });

  // Keeps the shell and these listings for offline use (docs/OFFLINE.md).
  onMount(() => registerServiceWorker(publishedFileUrl(backend.mode)));

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
  const built = () => builtCategories() ?? published.value()?.categories;
  // Named in the resident's language; the taxonomy's own name stays findable as an alias.
  const categories = createMemo(() =>
    built()?.map((c) => {
      const label = categoryName(c);
      return label === c.label ? c : { ...c, label, aliases: [...(c.aliases ?? []), c.label] };
    }),
  );

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
