// The listing editor's form state (createListingForm) as the editor uses it, under a root: what an
// editor types is kept in this browser and comes back after a reload, a draft taken from an older
// version is laid over the newer one, a save drops the draft, and discarding goes back to the
// saved listing. Storage is in memory; the window's events are a stand-in, since Node has none.
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Asset } from '../../../src/domain/types';
import { ORG, asset } from './assetFixture';
import { createListingForm } from '../../../src/features/organisation/editor/createListingForm';
import { MemoryStorage } from '../ui/memoryStorage';

const EDITOR = 'e0000000-0000-4000-8000-0000000000a1';

let disposers: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', { localStorage: new MemoryStorage() });
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('removeEventListener', () => {});
});
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function open(loaded: Asset | null) {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return createListingForm(loaded, ORG, () => EDITOR);
  });
}

describe('the listing editor’s form', () => {
  it('starts empty for a new listing and says what is missing before anything is sent', () => {
    const f = open(null);
    expect(f.form.name).toBe('');
    const errors = f.clientErrors();
    expect(errors.name).toBe('Enter the name of the group, place or service');
    expect(errors.categories).toBe('Choose at least one category');
    expect(errors.lat).toMatch(/^Place the listing on the map/);
    expect(errors.lng).toBeUndefined();
  });

  it('keeps what was typed, and offers it again when the editor is opened after a reload', () => {
    const first = open(asset());
    first.setForm('description', 'Bring a project and a friend.');
    vi.advanceTimersByTime(1000);
    const again = open(asset());
    expect(again.form.description).toBe('Bring a project and a friend.');
    expect(again.draftNotice()).not.toBeNull();
    expect(again.sinceDraft).toBeNull(); // nobody saved in between
  });

  it('lays a draft from an older version over the newer one, and says what both changed', () => {
    const first = open(asset({ version: 3 }));
    first.setForm('description', 'Bring a project and a friend.');
    vi.advanceTimersByTime(1000);
    // Someone else renamed it and saved: version 4.
    const again = open(asset({ version: 4, name: 'Sample: Hindley Knitters' }));
    expect(again.form.name).toBe('Sample: Hindley Knitters');
    expect(again.form.description).toBe('Bring a project and a friend.');
    expect(again.sinceDraft?.mine.description).toBe('Bring a project and a friend.');
    expect(again.sinceDraft?.latest.name).toBe('Sample: Hindley Knitters');
  });

  it('drops the draft once saved, and discarding goes back to the saved listing', () => {
    const f = open(asset());
    f.setForm('name', 'Sample: Knit Club');
    vi.advanceTimersByTime(1000);
    f.savedAs(asset({ name: 'Sample: Knit Club', version: 4 }));
    expect(f.base()?.version).toBe(4);
    const reopened = open(asset({ name: 'Sample: Knit Club', version: 4 }));
    expect(reopened.draftNotice()).toBeNull();

    reopened.setForm('name', 'Sample: Something Else');
    const generation = reopened.generation();
    reopened.discardDraft();
    expect(reopened.form.name).toBe('Sample: Knit Club');
    expect(reopened.generation()).toBe(generation + 1); // the hours editor reads the value again
  });
});
