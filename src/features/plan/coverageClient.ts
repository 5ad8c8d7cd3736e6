// The main thread's side of the coverage worker: one promise per run, progress as a callback, and
// only the newest run counts. Starting a run cancels the one before it (its promise rejects with
// a CoverageCancelled error the UI can ignore), so dragging a slider never shows an old answer.
import type { AreaCollection } from '../../domain/types.ts';
import type { AssetPoints, CoveragePhase, CoverageResult } from '../../geo/coverage.ts';
import type { OutlineFeature } from '../../geo/hexLattice.ts';
import type { CoverageReply, CoverageRequest } from './coverage.worker.ts';

export interface CoverageRunParams {
  outline: OutlineFeature;
  areas: AreaCollection;
  wards: AreaCollection;
  /** Postcode points [lng, lat, …]; null spreads people by area. */
  homes: Float64Array | null;
  cellSide?: number;
  assets: AssetPoints;
  threshold?: number;
  topGaps?: number;
}

export type CoverageProgress = (phase: CoveragePhase, fraction: number) => void;

export interface CoverageClient {
  run(params: CoverageRunParams, onProgress?: CoverageProgress): Promise<CoverageResult>;
  dispose(): void;
}

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: CoverageRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<CoverageReply>) => void) | null;
  terminate(): void;
}

export class CoverageCancelled extends Error {
  constructor(id: number) {
    super(`coverage run ${id} was replaced by a newer run`);
    this.name = 'CoverageCancelled';
  }
}

export function createCoverageClient(options: { worker?: () => WorkerLike } = {}): CoverageClient {
  const worker =
    options.worker?.() ?? (new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
  let generation = 0;
  let current: { id: number; resolve: (r: CoverageResult) => void; reject: (e: Error) => void; onProgress?: CoverageProgress } | null = null;
  // The base (outline, areas, wards, homes, cell side) is re-sent only when one of them is a different object.
  let sent: { outline: object; areas: object; wards: object; homes: object | null; cellSide: number | undefined; key: number } | null = null;
  let disposed = false;

  worker.onmessage = (e) => {
    const reply = e.data;
    if (!current || reply.id !== current.id) return; // a stale run's message
    if (reply.type === 'progress') current.onProgress?.(reply.phase, reply.fraction);
    else if (reply.type === 'result') {
      const done = current;
      current = null;
      done.resolve(reply.result);
    } else {
      const done = current;
      current = null;
      done.reject(new Error(reply.message));
    }
  };

  return {
    run(params, onProgress) {
      if (disposed) return Promise.reject(new Error('coverage client: run() after dispose()'));
      const id = ++generation;
      if (current) {
        worker.postMessage({ type: 'cancel', id: current.id });
        current.reject(new CoverageCancelled(current.id));
        current = null;
      }
      if (!sent || sent.outline !== params.outline || sent.areas !== params.areas || sent.wards !== params.wards || sent.homes !== params.homes || sent.cellSide !== params.cellSide) {
        sent = { outline: params.outline, areas: params.areas, wards: params.wards, homes: params.homes, cellSide: params.cellSide, key: id };
        worker.postMessage({ type: 'base', key: id, outline: params.outline, areas: params.areas, wards: params.wards, homes: params.homes, cellSide: params.cellSide });
      }
      const assets = packAssets(params.assets);
      return new Promise<CoverageResult>((resolve, reject) => {
        current = { id, resolve, reject, onProgress };
        worker.postMessage({ type: 'run', id, key: sent!.key, assets, threshold: params.threshold, topGaps: params.topGaps }, [assets.buffer]);
      });
    },
    dispose() {
      disposed = true;
      current?.reject(new CoverageCancelled(current.id));
      current = null;
      worker.onmessage = null;
      worker.terminate();
    },
  };
}

/** Packs assets as [lng, lat, …] in a fresh buffer, which is transferred rather than copied. */
function packAssets(assets: AssetPoints): Float64Array {
  if (assets instanceof Float64Array) return assets.slice();
  const out = new Float64Array(assets.length * 2);
  assets.forEach((a, i) => {
    out[2 * i] = a.lng;
    out[2 * i + 1] = a.lat;
  });
  return out;
}
