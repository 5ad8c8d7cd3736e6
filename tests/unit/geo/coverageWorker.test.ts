// The worker protocol (src/lib/coverage/coverage.worker.ts and coverageClient.ts) driven in Node:
// the handler runs in-process behind a stand-in Worker that delivers messages asynchronously and
// copies them with structuredClone, as a real worker would.
import { describe, expect, it } from 'vitest';
import type { CoverageReply, CoverageRequest } from '../../../src/lib/coverage/coverage.worker.ts';
import { createCoverageHandler } from '../../../src/lib/coverage/coverage.worker.ts';
import { CoverageCancelled, createCoverageClient, type WorkerLike } from '../../../src/lib/coverage/coverageClient.ts';
import { readTinyBorough } from './tinyBorough.ts';

const tiny = readTinyBorough();

function fakeWorker(sent: CoverageRequest[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    postMessage(message) {
      sent.push(message);
      const copy = structuredClone(message);
      setTimeout(() => handle(copy), 0);
    },
    terminate() {},
  };
  const handle = createCoverageHandler((reply: CoverageReply) => {
    const copy = structuredClone(reply);
    setTimeout(() => w.onmessage?.({ data: copy } as MessageEvent<CoverageReply>), 0);
  });
  return w;
}

describe('coverage worker and client', () => {
  it('runs the analysis with progress and returns typed arrays', async () => {
    const sent: CoverageRequest[] = [];
    const client = createCoverageClient({ worker: () => fakeWorker(sent) });
    const phases: string[] = [];
    const r = await client.run({ ...tiny, cellSide: 100, threshold: 250 }, (phase, fraction) => fraction === 1 && phases.push(phase));
    expect(r.totals.populationWithin).toBe(5350);
    expect(r.cells.distance).toBeInstanceOf(Float64Array);
    expect(r.cells.isGap).toBeInstanceOf(Uint8Array);
    expect(r.assetWard).toEqual(Int32Array.from([0, 1, 1, 1]));
    expect(phases).toEqual(['grid', 'population', 'index', 'nearest', 'summary', 'gaps']);
    client.dispose();
  });

  it('sends the areas once, then only assets when the filter changes', async () => {
    const sent: CoverageRequest[] = [];
    const client = createCoverageClient({ worker: () => fakeWorker(sent) });
    await client.run({ ...tiny, cellSide: 100, threshold: 250 });
    const second = await client.run({ ...tiny, assets: tiny.assets.slice(0, 1), cellSide: 100, threshold: 250 });
    expect(sent.map((m) => m.type)).toEqual(['base', 'run', 'run']);
    expect(second.totals.populationWithin).toBe(700);
    expect(second.totals.timings.grid).toBe(0); // the worker reused its grid
    client.dispose();
  });

  it('a newer run cancels the older one, whose promise rejects and whose answer never shows', async () => {
    const sent: CoverageRequest[] = [];
    const client = createCoverageClient({ worker: () => fakeWorker(sent) });
    const older = client.run({ ...tiny, cellSide: 100, threshold: 250 });
    const newer = client.run({ ...tiny, assets: [], cellSide: 100, threshold: 250 });
    await expect(older).rejects.toBeInstanceOf(CoverageCancelled);
    const r = await newer;
    expect(r.totals.gapCells).toBe(84);
    expect(sent.map((m) => m.type)).toEqual(['base', 'run', 'cancel', 'run']);
    client.dispose();
  });

  it('reports analysis errors as a rejected promise with the message', async () => {
    const client = createCoverageClient({ worker: () => fakeWorker([]) });
    await expect(client.run({ ...tiny, cellSide: 100, threshold: -5 })).rejects.toThrow('threshold must be 0 or more metres');
    client.dispose();
    await expect(client.run({ ...tiny })).rejects.toThrow('run() after dispose()');
  });
});
