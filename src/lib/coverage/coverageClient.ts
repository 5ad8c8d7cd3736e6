// The main thread's side of the coverage worker: one promise per run, progress as a callback, and
// only the newest run counts. Starting a run cancels the one before it (its promise rejects with
// a CoverageCancelled error the UI can ignore), so dragging a slider never shows an old answer.
import type { AreaCollection } from '../../domain/types.ts';
import type { AssetPoints, CoveragePhase, CoverageResult } from '../../geo/coverage.ts';
import type { OutlineFeature } from '../../geo/hexLattice.ts';
import { createWorkerClient, type WorkerPort } from '../workerClient.ts';
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
export type WorkerLike = WorkerPort<CoverageRequest, CoverageReply>;

export class CoverageCancelled extends Error {
  constructor(id: number) {
    super(`coverage run ${id} was replaced by a newer run`);
    this.name = 'CoverageCancelled';
  }
}

export function createCoverageClient(options: { worker?: () => WorkerLike } = {}): CoverageClient {
  const client = createWorkerClient<CoverageRequest, CoverageReply, CoverageResult, [CoveragePhase, number]>({
    name: 'coverage client',
    worker: options.worker ?? (() => new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike),
    read: (r) => (r.type === 'progress' ? { progress: [r.phase, r.fraction] } : r.type === 'result' ? { result: r.result } : { error: r.message }),
    stop: (id) => ({ type: 'cancel', id }),
    cancelled: (id) => new CoverageCancelled(id),
    // The worker holds the grid between runs; start it with the page so the first run need not wait.
    eager: true,
  });
  // The base (outline, areas, wards, homes, cell side) is re-sent only when one of them is a different object.
  let sent: { outline: object; areas: object; wards: object; homes: object | null; cellSide: number | undefined; key: number } | null = null;

  return {
    run(params, onProgress) {
      return client.run(
        (id, post) => {
          if (
            !sent ||
            sent.outline !== params.outline ||
            sent.areas !== params.areas ||
            sent.wards !== params.wards ||
            sent.homes !== params.homes ||
            sent.cellSide !== params.cellSide
          ) {
            sent = { outline: params.outline, areas: params.areas, wards: params.wards, homes: params.homes, cellSide: params.cellSide, key: id };
            post({ type: 'base', key: id, outline: params.outline, areas: params.areas, wards: params.wards, homes: params.homes, cellSide: params.cellSide });
          }
          const assets = packAssets(params.assets);
          post({ type: 'run', id, key: sent.key, assets, threshold: params.threshold, topGaps: params.topGaps }, [assets.buffer]);
        },
        onProgress && (([phase, fraction]) => onProgress(phase, fraction)),
      );
    },
    dispose: client.dispose,
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
