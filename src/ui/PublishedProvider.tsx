// Published assets and categories for every resident view: the static file at once, then the
// live answer from the backend when it comes (it may include assets published since the build).
import { createContext, createEffect, createResource, createSignal, useContext, type Accessor, type JSX } from 'solid-js';
import type { AssetFeature, Category } from '../domain/types';
import { useBackend } from './BackendProvider';
import { fetchStaticCategories, fetchStaticPublished } from './staticData';

export interface PublishedValue {
  features: Accessor<readonly AssetFeature[]>;
  categories: Accessor<readonly Category[]>;
  /** 'static' until the backend has answered, then 'live'. */
  source: Accessor<'loading' | 'static' | 'live'>;
  error: Accessor<string | null>;
}

const PublishedContext = createContext<PublishedValue>();

export function PublishedProvider(props: { children: JSX.Element }) {
  const { backend, dataVersion } = useBackend();
  const [features, setFeatures] = createSignal<readonly AssetFeature[]>([]);
  const [source, setSource] = createSignal<'loading' | 'static' | 'live'>('loading');
  const [error, setError] = createSignal<string | null>(null);

  fetchStaticPublished()
    .then((fc) => {
      if (source() === 'loading') {
        setFeatures(fc.features);
        setSource('static');
      }
    })
    .catch((e: Error) => setError(e.message));

  // Live data replaces the static file whenever the database answers (and after each write).
  createResource(dataVersion, async () => {
    try {
      const fc = await backend.api.publishedAssets();
      setFeatures(fc.features);
      setSource('live');
      setError(null);
    } catch (e) {
      if (source() === 'loading') setError((e as Error).message);
    }
  });

  // Tests and support staff can see which copy is on screen.
  createEffect(() => (document.documentElement.dataset.published = source()));

  const [categories] = createResource(async () => {
    try {
      return await fetchStaticCategories();
    } catch {
      return backend.api.categories();
    }
  });

  const value: PublishedValue = {
    features,
    categories: () => categories() ?? [],
    source,
    error,
  };
  return <PublishedContext.Provider value={value}>{props.children}</PublishedContext.Provider>;
}

export function usePublished(): PublishedValue {
  const ctx = useContext(PublishedContext);
  if (!ctx) throw new Error('usePublished must be used inside <PublishedProvider>');
  return ctx;
}
