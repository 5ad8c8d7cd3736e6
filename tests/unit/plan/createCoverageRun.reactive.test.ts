// The coverage page reruns the analysis whenever its settings change, with progress, and shows
// only the newest run's answer. The client is a stand-in whose runs the test settles by hand;
// replacing a run rejects the older one as cancelled, as the real client does.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoverageResult } from '../../../src/geo/coverage';
import { CoverageCancelled, type CoverageClient, type CoverageProgress, type CoverageRunParams } from '../../../src/lib/coverage/coverageClient';
import { createCoverageRun } from '../../../src/features/plan/createCoverageRun';

interface Run {
  params: CoverageRunParams;
  progress: CoverageProgress;
  resolve: (r: CoverageResult) => void;
  reject: (e: Error) => void;
}

function standInClient() {
  const runs: Run[] = [];
  let disposed = false;
  const client: CoverageClient = {
    run: (params, onProgress) =>
      new Promise<CoverageResult>((resolve, reject) => {
        runs.at(-1)?.reject(new CoverageCancelled(runs.length));
        runs.push({ params, progress: onProgress ?? (() => {}), resolve, reject });
      }),
    dispose: () => void (disposed = true),
  };
  return { client, runs, disposed: () => disposed };
}

const params = (cellSide: number) => ({ cellSide }) as unknown as CoverageRunParams;
const result = (label: string) => ({ label }) as unknown as CoverageResult;
const settle = () => new Promise((r) => setTimeout(r, 0));
let dispose = () => {};
afterEach(() => dispose());

function runFor(initial: CoverageRunParams | null) {
  const c = standInClient();
  const [p, setParams] = createSignal(initial);
  const run = createRoot((d) => {
    dispose = d;
    return createCoverageRun(p, c.client);
  });
  return { ...run, ...c, setParams };
}

describe('createCoverageRun', () => {
  it('waits for its inputs', () => {
    const r = runFor(null);
    expect(r.runs).toHaveLength(0);
    expect(r.running()).toBe(false);
  });

  it('runs, moves the bar through the phases, then shows the result and how long it took', async () => {
    const r = runFor(params(200));
    expect(r.running()).toBe(true);
    expect(r.progress()).toEqual({ phase: 'grid', value: 0 });
    r.runs[0].progress('population', 0.5);
    expect(r.progress()?.phase).toBe('population');
    expect(r.progress()?.value).toBeCloseTo(0.1 + 0.35 / 2);
    r.runs[0].resolve(result('first'));
    await settle();
    expect(r.result()).toEqual(result('first'));
    expect(r.running()).toBe(false);
    expect(r.progress()).toBeNull();
    expect(r.elapsed()).toBeGreaterThanOrEqual(0);
  });

  it('runs again when a setting changes, and never shows the replaced run', async () => {
    const r = runFor(params(200));
    r.runs[0].resolve(result('first'));
    await settle();
    r.setParams(params(400));
    expect(r.runs[1].params).toEqual(params(400));
    r.setParams(params(800));
    expect(r.running()).toBe(true);
    r.runs[2].resolve(result('third'));
    await settle();
    expect(r.result()).toEqual(result('third'));
    expect(r.error()).toBeNull();
  });

  it('keeps the last result and says what went wrong when a run fails', async () => {
    const r = runFor(params(200));
    r.runs[0].resolve(result('first'));
    await settle();
    r.setParams(params(400));
    r.runs[1].reject(new Error('the worker stopped: out of memory'));
    await settle();
    expect(r.error()).toBe('the worker stopped: out of memory');
    expect(r.result()).toEqual(result('first'));
    expect(r.running()).toBe(false);
  });

  it('ends its worker when the page goes', () => {
    const r = runFor(params(200));
    dispose();
    expect(r.disposed()).toBe(true);
  });
});
