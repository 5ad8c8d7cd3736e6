// The shortlist in this browser: kept across visits in localStorage, and still usable for this
// tab when the browser will not keep it (blocked, full) or holds a copy it cannot read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memoryStorage';
import { SHORTLIST_NOTE_MAX } from '../../../src/domain/shortlist';

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'a0000000-0000-4000-8000-00000000000b';
const C = 'a0000000-0000-4000-8000-00000000000c';

class FullStorage extends MemoryStorage {
  override setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(k, v);
  }
}

let storage: FullStorage;
async function openStore() {
  vi.resetModules();
  return import('../../../src/ui/shortlist/store');
}

beforeEach(() => {
  storage = new FullStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('the shortlist store', () => {
  it('keeps added listings, their order and notes for the next visit', async () => {
    let s = await openStore();
    expect(s.addToShortlist(A, 'Alpha')).toBe('added');
    expect(s.addToShortlist(B, 'Beta')).toBe('added');
    expect(s.addToShortlist(A, 'Alpha')).toBe('already');
    s.addToShortlist(C, 'Gamma');
    s.moveInShortlist(C, -1);
    expect(s.setShortlistNote(C, 'ask for Jean')).toBe('saved');
    s.removeFromShortlist(A);

    s = await openStore(); // a later visit
    expect(s.shortlist()).toEqual([
      { id: C, name: 'Gamma', note: 'ask for Jean' },
      { id: B, name: 'Beta', note: '' },
    ]);
    expect(s.storageProblem()).toBeNull();
  });

  it('refuses a note over the limit and keeps the one saved before', async () => {
    const s = await openStore();
    s.addToShortlist(A, 'Alpha');
    s.setShortlistNote(A, 'short');
    expect(s.setShortlistNote(A, 'x'.repeat(SHORTLIST_NOTE_MAX + 1))).toBe('too-long');
    expect(s.shortlist()[0].note).toBe('short');
  });

  it('goes on working in this tab when storage is full, and says so', async () => {
    const s = await openStore();
    s.addToShortlist(A, 'Alpha');
    storage.refuse = true;
    s.addToShortlist(B, 'Beta');
    expect(s.shortlist().map((i) => i.name)).toEqual(['Alpha', 'Beta']);
    expect(s.storageProblem()).toBe('full');
    storage.refuse = false;
    s.addToShortlist(C, 'Gamma');
    expect(s.storageProblem()).toBeNull();
    expect(JSON.parse(storage.getItem('cg.shortlist')!).items).toHaveLength(3);
  });

  it('goes on working in this tab when storage is blocked outright', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const s = await openStore();
    expect(s.storageProblem()).toBe('blocked');
    s.addToShortlist(A, 'Alpha');
    expect(s.shortlist()).toHaveLength(1);
    expect(s.storageProblem()).toBe('blocked');
  });

  it('keeps an unreadable stored shortlist aside instead of overwriting it', async () => {
    storage.setItem('cg.shortlist', '{"items": [truncated');
    const s = await openStore();
    expect(s.storageProblem()).toBe('damaged');
    s.addToShortlist(A, 'Alpha');
    expect(storage.getItem('cg.shortlist.damaged')).toBe('{"items": [truncated');
  });

  it('merges a sent shortlist after mine, or replaces mine', async () => {
    const s = await openStore();
    s.addToShortlist(A, 'Alpha');
    s.mergeIntoShortlist([
      { id: B, name: 'Beta', note: 'hi' },
      { id: A, name: 'Alpha', note: 'theirs' },
    ]);
    expect(s.shortlist().map((i) => [i.name, i.note])).toEqual([
      ['Alpha', 'theirs'],
      ['Beta', 'hi'],
    ]);
    s.replaceShortlist([{ id: C, name: 'Gamma', note: '' }]);
    expect(s.shortlist().map((i) => i.name)).toEqual(['Gamma']);
  });
});
