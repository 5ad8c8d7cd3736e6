// The coverage analysis off the main thread, so the map and table stay responsive while it runs.
// Protocol (coverageClient.ts is the only sender):
//   → { type: 'base', key, outline, areas, wards, homes, cellSide }  the inputs that change rarely;
//     sent once per change, so a filter change ships only the chosen assets.
//   → { type: 'run', id, key, assets: Float64Array [lng, lat, …] (transferred), threshold, topGaps }
//   → { type: 'cancel', id }
//   ← { type: 'progress', id, phase, fraction }
//   ← { type: 'result', id, result }  typed arrays transferred, not copied
//   ← { type: 'error', id, message }
// Runs that are queued behind a newer one are dropped before they start; the client ignores any
// stale answer anyway (generation counter), so this only saves work.
import type { AreaCollection } from '../../domain/types.ts';
import { createCoverageEngine, type CoveragePhase, type CoverageResult } from '../../geo/coverage.ts';
import type { OutlineFeature } from '../../geo/hexLattice.ts';

export interface BaseMessage {
  type: 'base';
  key: number;
  outline: OutlineFeature;
  areas: AreaCollection;
  wards: AreaCollection;
  /** Postcode points [lng, lat, …] where people are placed; null spreads them by area. */
  homes: Float64Array | null;
  cellSide?: number;
}
export interface RunMessage {
  type: 'run';
  id: number;
  key: number;
  assets: Float64Array;
  threshold?: number;
  topGaps?: number;
}
export interface CancelMessage {
  type: 'cancel';
  id: number;
}
export type CoverageRequest = BaseMessage | RunMessage | CancelMessage;

export type CoverageReply =
  | { type: 'progress'; id: number; phase: CoveragePhase; fraction: number }
  | { type: 'result'; id: number; result: CoverageResult }
  | { type: 'error'; id: number; message: string };

export type Post = (reply: CoverageReply, transfer?: Transferable[]) => void;

/**
 * The worker's message handler, separate from `self` so tests can drive it in Node. `defer`
 * schedules the actual run (a macrotask in the worker) so newer queued messages are seen first.
 */
export function createCoverageHandler(post: Post, defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): (msg: CoverageRequest) => void {
  const engine = createCoverageEngine();
  const bases = new Map<number, BaseMessage>();
  let pending: RunMessage | null = null;
  let scheduled = false;

  const execute = (run: RunMessage): void => {
    const base = bases.get(run.key);
    if (!base) {
      post({ type: 'error', id: run.id, message: `coverage worker: no areas loaded for run ${run.id} (base ${run.key}); send a base message first` });
      return;
    }
    try {
      const result = engine.run(
        {
          outline: base.outline,
          areas: base.areas,
          wards: base.wards,
          homes: base.homes,
          cellSide: base.cellSide,
          assets: run.assets,
          threshold: run.threshold,
          topGaps: run.topGaps,
        },
        (phase, fraction) => post({ type: 'progress', id: run.id, phase, fraction }),
      );
      // Arrays shared with the cached grid are copied: transferring them would empty the cache.
      const c = result.cells;
      const cells = { ...c, lng: c.lng.slice(), lat: c.lat.slice(), population: c.population.slice(), decile: c.decile.slice(), wardIndex: c.wardIndex.slice() };
      const out: CoverageResult = { ...result, cells };
      const buffers = [
        cells.lng,
        cells.lat,
        cells.population,
        cells.decile,
        cells.wardIndex,
        cells.distance,
        cells.isGap,
        cells.gapPopulation,
        cells.gapWeighted,
        cells.gapWeightedStrong,
        out.assetWard,
      ];
      post(
        { type: 'result', id: run.id, result: out },
        buffers.map((a) => a.buffer),
      );
    } catch (e) {
      post({ type: 'error', id: run.id, message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (msg) => {
    switch (msg.type) {
      case 'base':
        // Only the newest base is kept: an older key can only belong to a stale run.
        bases.clear();
        bases.set(msg.key, msg);
        break;
      case 'cancel':
        if (pending?.id === msg.id) pending = null;
        break;
      case 'run':
        pending = msg;
        if (!scheduled) {
          scheduled = true;
          defer(() => {
            scheduled = false;
            const run = pending;
            pending = null;
            if (run) execute(run);
          });
        }
        break;
    }
  };
}

// Wire up only inside a real worker (in Node tests this module is imported for the handler).
declare const self: { postMessage?: (m: unknown, t?: Transferable[]) => void; onmessage?: unknown; document?: unknown } | undefined;
if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && self.document === undefined) {
  const worker = self as unknown as DedicatedWorkerGlobalScope;
  const handle = createCoverageHandler((reply, transfer) => worker.postMessage(reply, transfer ?? []));
  worker.onmessage = (e: MessageEvent<CoverageRequest>) => handle(e.data);
}
