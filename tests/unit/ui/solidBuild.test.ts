import { createEffect, createRoot, createSignal, createResource } from 'solid-js';
import { isServer } from 'solid-js/web';
import { describe, expect, it } from 'vitest';

describe('Solid in tests', () => {
  it('runs the browser build, so effects and resources react', async () => {
    expect(isServer).toBe(false);
    const seen: number[] = [];
    const [n, setN] = createSignal(1);
    let value!: () => number | undefined;
    const dispose = createRoot((d) => {
      createEffect(() => seen.push(n()));
      [value] = createResource(n, async (x) => x * 10);
      return d;
    });
    setN(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([1, 2]);
    expect(value()).toBe(20);
    dispose();
  });
});
