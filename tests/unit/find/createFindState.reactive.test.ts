// The find page's state lives in the URL. The router is a stand-in (a location signal and a
// navigate that records each write): typing replaces the history entry, a filter change pushes
// one, Back puts the URL's words back in the box, and the filters follow the words at once.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFindState } from '../../../src/features/find/createFindState';

const router = vi.hoisted(() => ({
  history: [] as { to: string; replace: boolean }[],
  search: (() => '') as () => string,
  setSearch: (_: string) => {},
}));

vi.mock('@solidjs/router', () => ({
  useLocation: () => ({
    pathname: '/',
    get search() {
      return router.search();
    },
  }),
  useNavigate: () => (to: string, options: { replace?: boolean }) => {
    router.history.push({ to, replace: !!options.replace });
    router.setSearch(to.includes('?') ? to.slice(to.indexOf('?')) : '');
  },
}));

let dispose = () => {};
afterEach(() => dispose());

function stateAt(search: string) {
  router.history = [];
  const [s, set] = createSignal(search);
  router.search = s;
  router.setSearch = set;
  return createRoot((d) => {
    dispose = d;
    return createFindState();
  });
}

describe('createFindState', () => {
  it('reads the view from the URL', () => {
    const f = stateAt('?q=food&cat=youth&sel=abc&view=map');
    expect(f.query()).toBe('food');
    expect(f.filters()).toMatchObject({ q: 'food', categories: ['youth'] });
    expect(f.sel()).toBe('abc');
    expect(f.view()).toBe('map');
  });

  it('filters by the words as typed, replacing the history entry rather than adding one per keystroke', () => {
    const f = stateAt('');
    f.setQuery('f');
    f.setQuery('fo');
    expect(f.filters().q).toBe('fo');
    expect(router.history).toEqual([
      { to: '/?q=f', replace: true },
      { to: '/?q=fo', replace: true },
    ]);
  });

  it('pushes a history entry for a filter change, keeping the words', () => {
    const f = stateAt('?q=food');
    f.setFilters({ categories: ['youth'] });
    expect(router.history).toEqual([{ to: '/?q=food&cat=youth', replace: false }]);
    expect(f.filters()).toMatchObject({ q: 'food', categories: ['youth'] });
  });

  it('puts the URL’s words back in the box on Back, but not its own writes', () => {
    const f = stateAt('?q=food');
    f.setQuery('food bank');
    expect(f.query()).toBe('food bank');
    router.setSearch('?q=youth'); // Back to another search
    expect(f.query()).toBe('youth');
    expect(f.filters().q).toBe('youth');
  });

  it('does not hand out new filters when nothing in them changed', () => {
    const f = stateAt('?q=food&cat=youth');
    const before = f.filters();
    f.setSel('abc');
    expect(f.sel()).toBe('abc');
    expect(f.filters()).toBe(before);
  });

  it('switches view and selection in one write, and drops a looked-up postcode', () => {
    const f = stateAt('?pc=WN2%203AA&sel=a');
    f.setView('map', 'b');
    expect(router.history).toHaveLength(1);
    expect(f.view()).toBe('map');
    expect(f.sel()).toBe('b');
    expect(f.url().postcode).toBe('WN2 3AA');
    f.clearPostcode();
    expect(f.url().postcode).toBeNull();
    f.clearPostcode();
    expect(router.history).toHaveLength(2);
  });

  it('replaces every filter at once, words included', () => {
    const f = stateAt('?q=food&free=1');
    f.replaceFilters({ ...f.filters(), q: '', free: false, categories: ['youth'] });
    expect(f.query()).toBe('');
    expect(router.history.at(-1)).toEqual({ to: '/?cat=youth', replace: false });
  });
});
