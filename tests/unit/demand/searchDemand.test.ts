// What a search that found little is counted as, and when it is recorded at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demandTerm, wardAt } from '../../../src/domain/searchDemand';
import { createDemandRecorder } from '../../../src/lib/demandRecorder';
import type { Category } from '../../../src/domain/types';

const cat = (slug: string, label: string, aliases: string[] = []): Category => ({ slug, label, parent: null, colour: '#000000', icon: '', description: '', aliases });
const CATEGORIES = [cat('food-bank', 'Food bank', ['foodbank', 'food parcels']), cat('food-support', 'Food support'), cat('libraries', 'Library')];

describe('the term a search is counted under', () => {
  it('takes only our own vocabulary from what was typed, never the rest of it', () => {
    expect(demandTerm('Food banks near 12 Acacia Road', [], CATEGORIES)).toBe('food-bank');
    expect(demandTerm('foodbank', [], CATEGORIES)).toBe('food-bank');
    expect(demandTerm('help with DEBT please', [], CATEGORIES)).toBe('debt');
    expect(demandTerm('a warm space', [], CATEGORIES)).toBe('warm space');
    expect(demandTerm('Mrs Smith at number 4', [], CATEGORIES)).toBeNull();
    // "bank" alone names nothing: whole words of a name, not parts of one.
    expect(demandTerm('bank', [], CATEGORIES)).toBeNull();
  });

  it('falls back to the one category chosen, and to nothing for several', () => {
    expect(demandTerm('', ['libraries'], CATEGORIES)).toBe('libraries');
    expect(demandTerm('zzz', ['libraries'], CATEGORIES)).toBe('libraries');
    expect(demandTerm('', ['libraries', 'food-bank'], CATEGORIES)).toBeNull();
    expect(demandTerm('', ['not-ours'], CATEGORIES)).toBeNull();
  });
});

describe('the ward a search was centred in', () => {
  const square = (code: string, x: number, y: number) => ({
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 1, y],
          [x + 1, y + 1],
          [x, y + 1],
          [x, y],
        ],
      ],
    },
    properties: { code },
  });
  it('is the ward the point lies in, or none outside every ward', () => {
    const wards = { features: [square('W1', 0, 0), square('W2', 1, 0)] };
    expect(wardAt(0.5, 0.5, wards)).toBe('W1');
    expect(wardAt(0.5, 1.5, wards)).toBe('W2');
    expect(wardAt(5, 5, wards)).toBeNull();
  });
});

describe('recording', () => {
  let store: Map<string, string>;
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  beforeEach(() => {
    store = new Map();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('records once the search has settled, once per ward and term in a visit, with one token per visit', async () => {
    const record = vi.fn(() => Promise.resolve());
    const r = createDemandRecorder({ record, storage, optedOut: () => false, settleMs: 1000 });
    r.note({ ward: 'W1', term: 'debt' });
    r.note({ ward: 'W1', term: 'food-bank' }); // typing on: only the settled search counts
    await vi.advanceTimersByTimeAsync(1000);
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenLastCalledWith('W1', 'food-bank', expect.stringMatching(/^[A-Za-z0-9-]{16,64}$/));
    r.note({ ward: 'W1', term: 'food-bank' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(record).toHaveBeenCalledTimes(1);
    r.note({ ward: 'W2', term: 'food-bank' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(record).toHaveBeenCalledTimes(2);
    const calls = record.mock.calls as unknown as [string, string, string][];
    expect(calls[1][2]).toBe(calls[0][2]);
  });

  it('records nothing when the person opted out (or their browser sends Global Privacy Control)', async () => {
    const record = vi.fn(() => Promise.resolve());
    let out = true;
    const r = createDemandRecorder({ record, storage, optedOut: () => out, settleMs: 10 });
    r.note({ ward: 'W1', term: 'debt' });
    await vi.advanceTimersByTimeAsync(10);
    expect(record).not.toHaveBeenCalled();
    out = false;
    r.note({ ward: 'W1', term: 'debt' });
    await vi.advanceTimersByTimeAsync(10);
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('honours Global Privacy Control through the default opt-out', async () => {
    vi.stubGlobal('navigator', { globalPrivacyControl: true });
    try {
      const record = vi.fn(() => Promise.resolve());
      const r = createDemandRecorder({ record, storage, settleMs: 10 });
      r.note({ ward: 'W1', term: 'debt' });
      await vi.advanceTimersByTimeAsync(10);
      expect(record).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('drops a failed call (offline) without an error, and without storage records nothing', async () => {
    const record = vi.fn(() => Promise.reject(new Error('offline')));
    const r = createDemandRecorder({ record, storage, optedOut: () => false, settleMs: 10 });
    r.note({ ward: 'W1', term: 'debt' });
    await vi.advanceTimersByTimeAsync(10);
    expect(record).toHaveBeenCalledTimes(1);
    const none = vi.fn(() => Promise.resolve());
    createDemandRecorder({ record: none, storage: null, optedOut: () => false, settleMs: 10 }).note({ ward: 'W1', term: 'debt' });
    await vi.advanceTimersByTimeAsync(10);
    expect(none).not.toHaveBeenCalled();
  });
});
