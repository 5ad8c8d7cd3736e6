// Drafts kept in the browser (src/ui/formDraft.ts): what someone types survives a reload, comes
// back only for the same person and the same form, is forgotten once saved, and nothing hostile
// or broken in storage is ever offered back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_MAX_AGE_MS, debounce, draftKey, draftTimeText, likeTemplate, makeFormDraft, readDraft, removeDraftsOf, writeDraft } from '../../../src/ui/formDraft';
import { rebaseForm, emptyAssetForm } from '../../../src/features/organisation/editor/assetForm';
import { MemoryStorage } from './memoryStorage';

interface OrgForm {
  name: string;
  description: string;
  email: string;
}
const empty = (): OrgForm => ({ name: '', description: '', email: '' });
const shape = (raw: unknown) => likeTemplate(empty(), raw);
const ANN = 'e0000000-0000-4000-8000-0000000000a1';
const BOB = 'e0000000-0000-4000-8000-0000000000b1';

let storage: MemoryStorage;
let clock: number;
const now = () => clock;
const open = (person = ANN, o: { clean?: OrgForm; version?: number | null; subject?: string } = {}) =>
  makeFormDraft({
    key: draftKey('register-organisation', person, o.subject ?? 'new'),
    storage,
    clean: o.clean ?? empty(),
    version: o.version ?? null,
    shape,
    delayMs: 400,
    now,
  });

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  clock = new Date(2026, 11, 2, 14, 5).getTime();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keeping a form as it is typed', () => {
  it('keeps the form a moment after the last keystroke and offers it back next time', () => {
    const first = open();
    expect(first.found).toBeNull();
    first.changed({ ...empty(), name: 'S' });
    first.changed({ ...empty(), name: 'Shed' });
    // Debounced: nothing written on each keystroke…
    expect(storage.length).toBe(0);
    vi.advanceTimersByTime(400);
    // …once, after a pause.
    expect(storage.length).toBe(1);

    const again = open();
    expect(again.found).toMatchObject({ values: { name: 'Shed', description: '', email: '' }, savedAt: clock, version: null });
  });

  it('writes what is waiting at once when the page is left, and says whether to warn', () => {
    const d = open();
    expect(d.changed(empty())).toBe(false);
    expect(d.leaving()).toBe(false); // nothing typed: no warning
    expect(d.changed({ ...empty(), email: 'shed@example.org' })).toBe(true);
    expect(d.leaving()).toBe(true); // unsaved: warn…
    expect(open().found?.values.email).toBe('shed@example.org'); // …and it is already kept
  });

  it('forgets the draft once the form is saved, and keeps nothing for the saved values', () => {
    const d = open();
    const typed = { ...empty(), name: 'Shed' };
    d.changed(typed);
    vi.advanceTimersByTime(400);
    d.saved(typed);
    expect(storage.length).toBe(0);
    expect(d.leaving()).toBe(false);
    // The same values after saving are not a change.
    d.changed(typed);
    vi.advanceTimersByTime(1000);
    expect(storage.length).toBe(0);
    expect(open().found).toBeNull();
  });

  it('drops a waiting write when the form is saved before the pause ends', () => {
    const d = open();
    d.changed({ ...empty(), name: 'Shed' });
    d.saved({ ...empty(), name: 'Shed' });
    vi.advanceTimersByTime(1000);
    expect(storage.length).toBe(0);
  });

  it('forgets the draft when the person discards it, or types the form back to how it was', () => {
    const d = open();
    d.changed({ ...empty(), name: 'Shed' });
    vi.advanceTimersByTime(400);
    d.discard();
    expect(storage.length).toBe(0);

    const e = open();
    e.changed({ ...empty(), name: 'Shed' });
    vi.advanceTimersByTime(400);
    e.changed(empty());
    expect(storage.length).toBe(0);
    expect(e.leaving()).toBe(false);
  });

  it('does not offer a draft that equals what is saved', () => {
    const saved = { name: 'Shed', description: 'Woodwork', email: '' };
    writeDraft(storage, draftKey('register-organisation', ANN, 'new'), { savedAt: clock, version: 3, base: saved, values: saved });
    expect(open(ANN, { clean: saved, version: 3 }).found).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('records the version the edits started from, and the form as it was then', () => {
    const saved = { name: 'Shed', description: 'Woodwork', email: '' };
    const d = open(ANN, { clean: saved, version: 7, subject: 'asset-1' });
    d.changed({ ...saved, description: 'Woodwork and repairs' });
    vi.advanceTimersByTime(400);
    const back = open(ANN, { clean: { ...saved, email: 'new@example.org' }, version: 8, subject: 'asset-1' }).found!;
    expect(back.version).toBe(7);
    expect(back.base).toEqual(saved);
    expect(back.values.description).toBe('Woodwork and repairs');
  });

  it('keeps the time of the last real change, not of opening the form again', () => {
    const d = open();
    d.changed({ ...empty(), name: 'Shed' });
    vi.advanceTimersByTime(400);
    const typedAt = clock;
    clock += 3_600_000;
    const again = open();
    again.changed(again.found!.values); // the restored form, reported once as the page draws
    vi.advanceTimersByTime(400);
    expect(open().found?.savedAt).toBe(typedAt);
  });
});

describe('whose draft it is', () => {
  it('never shows one person’s draft to another sharing the browser, or in another form or listing', () => {
    const ann = open(ANN);
    ann.changed({ ...empty(), name: 'Ann’s shed' });
    vi.advanceTimersByTime(400);
    expect(open(BOB).found).toBeNull();
    expect(open(ANN, { subject: 'other' }).found).toBeNull();
    expect(open(ANN).found?.values.name).toBe('Ann’s shed');
  });

  it('keeps nothing when nobody is known to be signed in', () => {
    const d = makeFormDraft({ key: null, storage, clean: empty(), shape, now });
    expect(d.changed({ ...empty(), name: 'Shed' })).toBe(true);
    vi.advanceTimersByTime(400);
    expect(storage.length).toBe(0);
  });

  it('stops writing once someone else signs in while the form is open', () => {
    let signedIn = ANN;
    const d = makeFormDraft({ key: draftKey('f', ANN, 'new'), storage, clean: empty(), shape, stillTheirs: () => signedIn === ANN, now });
    signedIn = BOB;
    d.changed({ ...empty(), name: 'typed by Bob' });
    vi.advanceTimersByTime(400);
    expect(storage.length).toBe(0);
  });

  it('forgets every draft of a person who signs out, and only theirs', () => {
    writeDraft(storage, draftKey('register-organisation', ANN, 'new'), { savedAt: clock, version: null, base: empty(), values: { ...empty(), name: 'a' } });
    writeDraft(storage, draftKey('listing', ANN, 'asset-1'), { savedAt: clock, version: 1, base: empty(), values: { ...empty(), name: 'b' } });
    writeDraft(storage, draftKey('listing', BOB, 'asset-1'), { savedAt: clock, version: 1, base: empty(), values: { ...empty(), name: 'c' } });
    storage.setItem('unrelated', 'x');
    removeDraftsOf(ANN, storage);
    expect([...storage.map.keys()].sort()).toEqual([draftKey('listing', BOB, 'asset-1'), 'unrelated'].sort());
  });
});

describe('what comes back from storage is checked', () => {
  const key = draftKey('register-organisation', ANN, 'new');
  const good = (values: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ savedAt: clock, version: null, base: empty(), values, ...extra });

  it.each([
    ['not JSON', '{"savedAt": 1, "values": {'],
    ['JSON but not an object', '"hello"'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['no time', JSON.stringify({ values: { name: 'x' }, base: empty() })],
    ['a time in the future', good({ name: 'x' }, { savedAt: clock + 86_400_000 })],
    ['too old to offer', good({ name: 'x' }, { savedAt: clock - DRAFT_MAX_AGE_MS - 1 })],
    ['values that are not an object', good('<img src=x onerror=alert(1)>')],
    ['no base', JSON.stringify({ savedAt: clock, values: { name: 'x' } })],
  ])('ignores and removes a draft that is %s', (_what, text) => {
    storage.setItem(key, text);
    expect(() => open()).not.toThrow();
    expect(open().found).toBeNull();
    expect(storage.getItem(key)).toBeNull();
  });

  it('takes only the form’s own fields, each only with the right type', () => {
    // Written as text: JSON.parse makes "__proto__" an own key, as a hostile value in storage would.
    storage.setItem(
      key,
      `{"savedAt": ${clock}, "version": null, "base": {"__proto__": {"polluted": true}}, "values": {` +
        `"name": "Shed <script>alert(1)</script>", "description": {"toString": "evil"}, "email": 42,` +
        `"__proto__": {"polluted": true}, "extra": "not a field"}}`,
    );
    const found = open().found!;
    // Text stays text: the form shows it as typed, never as markup.
    expect(found.values).toEqual({ name: 'Shed <script>alert(1)</script>', description: '', email: '' });
    expect(Object.keys(found.values).sort()).toEqual(['description', 'email', 'name']);
    expect(found.base).toEqual(empty());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((found.values as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps only the string items of a list, and a boolean only when it is one', () => {
    const form = emptyAssetForm();
    const back = likeTemplate(form, { categories: ['food-support', 7, null, { a: 1 }, 'older-people'], free: 'yes', lat: 53.5, kind: 'group' })!;
    expect(back.categories).toEqual(['food-support', 'older-people']);
    expect(back.free).toBe(false);
    expect(back.lat).toBe(''); // a number where the form holds text is not taken
    expect(back.kind).toBe('group');
  });

  it('carries on without drafts when the browser refuses to store them', () => {
    storage.refuse = true;
    const d = open();
    expect(() => {
      d.changed({ ...empty(), name: 'Shed' });
      vi.advanceTimersByTime(400);
      d.leaving();
    }).not.toThrow();
    expect(readDraft(null, key, shape)).toBeNull();
    expect(makeFormDraft({ key, storage: null, clean: empty(), shape }).found).toBeNull();
  });
});

describe('the restored notice’s time', () => {
  const at = (d: number, h: number, m: number, y = 2026, mo = 11) => new Date(y, mo, d, h, m).getTime();
  const today = new Date(2026, 11, 2, 18, 0);
  it('says today, yesterday, or the date', () => {
    expect(draftTimeText(at(2, 14, 5), today)).toBe('today at 14:05');
    expect(draftTimeText(at(1, 9, 30), today)).toBe('yesterday at 09:30');
    expect(draftTimeText(at(28, 16, 0, 2026, 10), today)).toBe('28 November at 16:00');
    expect(draftTimeText(at(30, 8, 15, 2025, 11), new Date(2026, 0, 3, 8, 0))).toBe('30 December 2025 at 08:15');
  });
});

describe('debounce', () => {
  it('runs once after the last call; flush runs a waiting call at once, and only once', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d.schedule();
    vi.advanceTimersByTime(60);
    d.schedule();
    vi.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
    d.schedule();
    d.flush();
    d.flush();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(2);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe('a listing draft restored after someone else saved the listing', () => {
  it('puts the person’s changes on top of the newer version instead of undoing it', () => {
    const base = { ...emptyAssetForm(), name: 'Lunch club', description: 'Tuesdays', phone: '' };
    const mine = { ...base, description: 'Tuesdays and Thursdays' };
    const latest = { ...base, phone: '01942 404404', name: 'Hindley Lunch Club' };
    expect(rebaseForm(base, mine, latest)).toEqual({ ...latest, description: 'Tuesdays and Thursdays' });
    // Where both changed a field, theirs is replaced by the person's own (the notice says so).
    const both = { ...base, description: 'Fridays now' };
    expect(rebaseForm(base, mine, both).description).toBe('Tuesdays and Thursdays');
  });
});
