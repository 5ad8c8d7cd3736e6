// The catchment layer's union is drawn in a worker while the layer is shown. The worker is a
// stand-in that runs the real catchments() when the test says, so the test controls the order
// answers arrive in.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchments } from '../../../src/geo/catchments';
import type { CatchmentReply, CatchmentRequest } from '../../../src/features/plan/catchment.worker';
import { createCatchments } from '../../../src/features/plan/createCatchments';
import { StandInWorker } from '../fixtures/standInWorker';

class CatchmentWorker extends StandInWorker<CatchmentRequest, CatchmentReply> {
  static made: CatchmentWorker[] = [];
  constructor() {
    super();
    CatchmentWorker.made.push(this);
  }
  /** Answers request `n` (0 = the first received) as the real worker would. */
  answer(n: number) {
    const m = this.received[n];
    const points = [];
    for (let i = 0; i < m.assets.length; i += 2) points.push({ lng: m.assets[i], lat: m.assets[i + 1] });
    const out = catchments(points, m.radius);
    this.reply({ id: m.id, union: out.union, used: out.used, truncated: out.truncated });
  }
  refuse(n: number, error: string) {
    this.reply({ id: this.received[n].id, error });
  }
}

const wigan = { lng: -2.63, lat: 53.54 };
const leigh = { lng: -2.52, lat: 53.5 };
const settle = () => new Promise((r) => setTimeout(r, 0));
let dispose = () => {};

type Input = { assets: { lng: number; lat: number }[]; radius: number } | null;
function catchmentsFor(initial: Input) {
  const [input, setInput] = createSignal<Input>(initial);
  const state = createRoot((d) => {
    dispose = d;
    return createCatchments(input);
  });
  return { ...state, setInput };
}

beforeEach(() => {
  CatchmentWorker.made = [];
  vi.stubGlobal('Worker', CatchmentWorker);
});
afterEach(() => {
  dispose();
  vi.unstubAllGlobals();
});

describe('createCatchments', () => {
  it('starts no worker while the layer is hidden', () => {
    const c = catchmentsFor(null);
    expect(CatchmentWorker.made).toHaveLength(0);
    expect(c.busy()).toBe(false);
    expect(c.union()).toBeNull();
  });

  it('is busy while the worker draws, then shows the union of the circles', async () => {
    const c = catchmentsFor({ assets: [wigan], radius: 800 });
    expect(c.busy()).toBe(true);
    expect(Array.from(CatchmentWorker.made[0].received[0].assets)).toEqual([wigan.lng, wigan.lat]);
    CatchmentWorker.made[0].answer(0);
    await settle();
    expect(c.busy()).toBe(false);
    expect(c.union()?.geometry.type).toMatch(/Polygon/);
    expect(c.truncated()).toBeNull();
    expect(c.error()).toBeNull();
  });

  it('shows only the newest request’s union, whatever order the answers come in', async () => {
    const c = catchmentsFor({ assets: [wigan], radius: 800 });
    c.setInput({ assets: [wigan, leigh], radius: 800 });
    const w = CatchmentWorker.made[0];
    w.answer(1);
    await settle();
    const newest = c.union();
    w.answer(0);
    await settle();
    expect(c.union()).toBe(newest);
    expect(newest?.geometry.type).toBe('MultiPolygon'); // two circles 8 km apart do not merge
  });

  it('clears the union when the layer is hidden, and drops an answer that comes after', async () => {
    const c = catchmentsFor({ assets: [wigan], radius: 800 });
    c.setInput(null);
    expect(c.busy()).toBe(false);
    CatchmentWorker.made[0].answer(0);
    await settle();
    expect(c.union()).toBeNull();
  });

  it('says what went wrong when the worker cannot draw', async () => {
    const c = catchmentsFor({ assets: [wigan], radius: 800 });
    CatchmentWorker.made[0].refuse(0, 'out of memory');
    await settle();
    expect(c.error()).toBe('out of memory');
    expect(c.busy()).toBe(false);
  });

  it('ends the worker when the page goes', () => {
    catchmentsFor({ assets: [wigan], radius: 800 });
    dispose();
    expect(CatchmentWorker.made[0].ended).toBe(true);
  });
});
