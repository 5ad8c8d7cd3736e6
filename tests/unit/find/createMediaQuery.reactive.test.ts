// The wide-screen/phone switch follows the media query as it changes (rotating a phone), and
// stops listening when the page goes. matchMedia is a stand-in: Node has none.
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaQuery } from '../../../src/features/find/createMediaQuery';

function standInMatchMedia(initially: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>();
  const asked: string[] = [];
  const mql = {
    matches: initially,
    addEventListener: (_: 'change', l: (e: MediaQueryListEvent) => void) => listeners.add(l),
    removeEventListener: (_: 'change', l: (e: MediaQueryListEvent) => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', (q: string) => {
    asked.push(q);
    return mql;
  });
  return { listeners, asked, change: (matches: boolean) => listeners.forEach((l) => l({ matches } as MediaQueryListEvent)) };
}

afterEach(() => vi.unstubAllGlobals());

describe('createMediaQuery', () => {
  it('starts from the query and follows its changes until disposed', () => {
    const media = standInMatchMedia(false);
    const { wide, dispose } = createRoot((dispose) => ({ wide: createMediaQuery('(min-width: 48em)'), dispose }));
    expect(media.asked).toEqual(['(min-width: 48em)']);
    expect(wide()).toBe(false);
    media.change(true);
    expect(wide()).toBe(true);
    media.change(false);
    expect(wide()).toBe(false);
    expect(media.listeners.size).toBe(1);
    dispose();
    expect(media.listeners.size).toBe(0);
  });

  it('counts as matching where there is no matchMedia at all', () => {
    vi.stubGlobal('matchMedia', undefined);
    createRoot((dispose) => {
      expect(createMediaQuery('(min-width: 48em)')()).toBe(true);
      dispose();
    });
  });
});
