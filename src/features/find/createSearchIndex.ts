// The search index for the published assets. Small sets are indexed at once (a few ms for the
// sample's 1.5k); large ones in a worker so typing never waits (PERF.md: ~0.25 s at 50k). The
// previous index stays in use while a new one builds: applyFilters places assets by id, so an
// index of slightly older data still answers correctly.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { AssetFeature, Category } from '../../domain/types';
import { buildSearchIndex, type SearchIndex } from '../../domain/search';
import type { BuildReply, BuildRequest } from '../../domain/search/searchIndex.worker';
import { makeTaxonomy } from '../../domain/taxonomy';
import { createWorkerClient, RunCancelled, type WorkerPort } from '../../lib/workerClient';

const WORKER_THRESHOLD = 5000;

export function createSearchIndex(features: Accessor<readonly AssetFeature[]>, categories: Accessor<readonly Category[]>): Accessor<SearchIndex | null> {
  const [index, setIndex] = createSignal<SearchIndex | null>(null);
  // A newer set replaces the build in progress by ending its worker; each build gets a fresh one,
  // ended once the index has been handed over.
  const client = createWorkerClient<BuildRequest, BuildReply, SearchIndex>({
    name: 'search index client',
    worker: () =>
      new Worker(new URL('../../domain/search/searchIndex.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort<BuildRequest, BuildReply>,
    read: (r) => ({ result: r.index }),
    stop: 'terminate',
    endAfterRun: true,
  });
  onCleanup(() => client.dispose());

  createEffect(
    on([features, categories], ([list, cats]) => {
      if (list.length === 0) return;
      // Other names are searchable as the category's own: "chemist" finds pharmacies.
      const categoryLabels = Object.fromEntries(cats.map((c) => [c.slug, [c.label, ...(c.aliases ?? [])].join(' ')]));
      const categoryParents = makeTaxonomy(cats).parents;
      if (list.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
        // A build still going in the worker is for older listings: it must not answer after this.
        client.cancel();
        setIndex(buildSearchIndex(list, { categoryLabels, categoryParents }));
        return;
      }
      client
        .run((id, post) => post({ id, assets: list.map((f) => f.properties), categoryLabels, categoryParents }))
        .then(setIndex, (err: Error) => {
          if (err instanceof RunCancelled) return;
          // A worker that cannot start (old browser, strict CSP) must not leave search dead.
          setIndex(buildSearchIndex(list, { categoryLabels, categoryParents }));
        });
    }),
  );
  return index;
}
