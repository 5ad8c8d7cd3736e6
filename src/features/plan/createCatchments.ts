// The catchment union for the map, computed in its own worker only while the layer is shown.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { CatchmentReply } from './catchment.worker';

export interface CatchmentState {
  union: Accessor<GeoJSON.Feature | null>;
  busy: Accessor<boolean>;
  /** How many assets were drawn when there were too many to merge quickly. */
  truncated: Accessor<{ used: number; of: number } | null>;
  error: Accessor<string | null>;
}

export function createCatchments(input: Accessor<{ assets: { lng: number; lat: number }[]; radius: number } | null>): CatchmentState {
  const [union, setUnion] = createSignal<GeoJSON.Feature | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [truncated, setTruncated] = createSignal<{ used: number; of: number } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  let worker: Worker | null = null;
  let id = 0;
  let of = 0;
  onCleanup(() => worker?.terminate());

  createEffect(() => {
    const i = input();
    if (!i) {
      id++;
      setBusy(false);
      setUnion(null);
      return;
    }
    if (!worker) {
      worker = new Worker(new URL('./catchment.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<CatchmentReply>) => {
        if (e.data.id !== id) return;
        setBusy(false);
        if ('error' in e.data) return setError(e.data.error);
        setError(null);
        setUnion(e.data.union);
        setTruncated(e.data.truncated ? { used: e.data.used, of } : null);
      };
    }
    const packed = new Float64Array(i.assets.length * 2);
    i.assets.forEach((a, k) => ((packed[2 * k] = a.lng), (packed[2 * k + 1] = a.lat)));
    of = i.assets.length;
    setBusy(true);
    worker.postMessage({ id: ++id, assets: packed, radius: i.radius }, [packed.buffer]);
  });

  return { union, busy, truncated, error };
}
