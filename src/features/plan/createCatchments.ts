// The catchment union for the map, computed in its own worker only while the layer is shown.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createWorkerClient, RunCancelled, type WorkerPort } from '../../lib/workerClient';
import type { CatchmentReply, CatchmentRequest } from './catchment.worker';

export interface CatchmentState {
  union: Accessor<GeoJSON.Feature | null>;
  busy: Accessor<boolean>;
  /** How many assets were drawn when there were too many to merge quickly. */
  truncated: Accessor<{ used: number; of: number } | null>;
  error: Accessor<string | null>;
}

type Drawn = Extract<CatchmentReply, { union: unknown }>;

export function createCatchments(input: Accessor<{ assets: { lng: number; lat: number }[]; radius: number } | null>): CatchmentState {
  const [union, setUnion] = createSignal<GeoJSON.Feature | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [truncated, setTruncated] = createSignal<{ used: number; of: number } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  // A replaced request is left to finish unheard: the worker itself skips requests already replaced.
  const client = createWorkerClient<CatchmentRequest, CatchmentReply, Drawn>({
    name: 'catchment client',
    worker: () => new Worker(new URL('./catchment.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort<CatchmentRequest, CatchmentReply>,
    read: (r) => ('error' in r ? { error: r.error } : { result: r }),
  });
  onCleanup(() => client.dispose());

  createEffect(() => {
    const i = input();
    if (!i) {
      client.cancel();
      setBusy(false);
      setUnion(null);
      return;
    }
    const packed = new Float64Array(i.assets.length * 2);
    i.assets.forEach((a, k) => ((packed[2 * k] = a.lng), (packed[2 * k + 1] = a.lat)));
    const of = i.assets.length;
    setBusy(true);
    client
      .run((id, post) => post({ id, assets: packed, radius: i.radius }, [packed.buffer]))
      .then(
        (drawn) => {
          setBusy(false);
          setError(null);
          setUnion(drawn.union);
          setTruncated(drawn.truncated ? { used: drawn.used, of } : null);
        },
        (err: Error) => {
          if (err instanceof RunCancelled) return;
          setBusy(false);
          setError(err.message);
        },
      );
  });

  return { union, busy, truncated, error };
}
