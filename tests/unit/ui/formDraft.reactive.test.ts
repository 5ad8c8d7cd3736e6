// A form's draft as the form's component uses it (createFormDraft under a root): the form's
// values are a signal, typing is kept a moment later, leaving the page warns while something is
// unsaved, and closing the form writes what is waiting and stops listening. Storage is in memory;
// the window's events are a stand-in, since Node has no window.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormDraft, draftKey, likeTemplate, readDraft, writeDraft } from '../../../src/ui/formDraft';
import { MemoryStorage } from './memoryStorage';

interface OrgForm {
  name: string;
  email: string;
}
const empty = (): OrgForm => ({ name: '', email: '' });
const shape = (raw: unknown) => likeTemplate(empty(), raw);
const ANN = 'e0000000-0000-4000-8000-0000000000a1';
const BOB = 'e0000000-0000-4000-8000-0000000000b1';
const key = (person: string) => draftKey('register-organisation', person, 'new');

let storage: MemoryStorage;
let listeners: Map<string, Set<(e: Event) => void>>;
let dispose = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  listeners = new Map();
  vi.stubGlobal('addEventListener', (type: string, l: (e: Event) => void) => {
    if (!listeners.has(type)) listeners.set(type, new Set());
    listeners.get(type)!.add(l);
  });
  vi.stubGlobal('removeEventListener', (type: string, l: (e: Event) => void) => listeners.get(type)?.delete(l));
});
afterEach(() => {
  dispose();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const fire = (type: string, e: Partial<BeforeUnloadEvent> = {}) => listeners.get(type)?.forEach((l) => l(e as Event));
const listening = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
const kept = (person = ANN) => readDraft(storage, key(person), shape)?.values ?? null;

function openForm(person: () => string | null = () => ANN) {
  const [values, setValues] = createSignal(empty());
  const draft = createRoot((d) => {
    dispose = d;
    const draft = createFormDraft({ form: 'register-organisation', subject: 'new', person, storage, clean: empty(), shape, delayMs: 400 });
    draft.watch(values);
    return draft;
  });
  return { draft, type: (patch: Partial<OrgForm>) => setValues({ ...values(), ...patch }), values };
}

describe('createFormDraft', () => {
  it('keeps what is typed a moment later and is unsaved until typed back to the clean form', () => {
    const { draft, type } = openForm();
    expect(draft.unsaved()).toBe(false);
    type({ name: 'Shed' });
    expect(draft.unsaved()).toBe(true);
    expect(kept()).toBeNull();
    vi.advanceTimersByTime(400);
    expect(kept()).toEqual({ name: 'Shed', email: '' });
    type({ name: '' });
    expect(draft.unsaved()).toBe(false);
    expect(kept()).toBeNull();
  });

  it('offers a draft found when the form opens, until it is discarded', () => {
    writeDraft(storage, key(ANN), { savedAt: Date.now(), version: null, base: empty(), values: { name: 'Shed', email: '' } });
    const { draft } = openForm();
    expect(draft.found?.values.name).toBe('Shed');
    expect(draft.notice()?.values.name).toBe('Shed');
    draft.discard();
    expect(draft.notice()).toBeNull();
    expect(kept()).toBeNull();
  });

  it('forgets the draft once saved', () => {
    const { draft, type, values } = openForm();
    type({ email: 'shed@example.org' });
    vi.advanceTimersByTime(400);
    draft.saved(values());
    expect(draft.unsaved()).toBe(false);
    expect(kept()).toBeNull();
  });

  it('warns before the page is left with something unsaved, and keeps it at once', () => {
    const { type } = openForm();
    const calm = { preventDefault: vi.fn() };
    fire('beforeunload', calm);
    expect(calm.preventDefault).not.toHaveBeenCalled();
    type({ name: 'Shed' });
    const warned = { preventDefault: vi.fn() };
    fire('beforeunload', warned);
    expect(warned.preventDefault).toHaveBeenCalled();
    expect(kept()).toEqual({ name: 'Shed', email: '' });
  });

  it('keeps what is waiting when the page is hidden', () => {
    const { type } = openForm();
    type({ name: 'Shed' });
    fire('pagehide');
    expect(kept()).toEqual({ name: 'Shed', email: '' });
  });

  it('writes what is waiting and stops listening when the form closes', () => {
    const { type } = openForm();
    expect(listening()).toBe(2);
    type({ name: 'Shed' });
    dispose();
    expect(kept()).toEqual({ name: 'Shed', email: '' });
    expect(listening()).toBe(0);
  });

  it('stops keeping the typing once someone else signs in', () => {
    const [person, setPerson] = createSignal<string | null>(ANN);
    const { type } = openForm(person);
    type({ name: 'Shed' });
    vi.advanceTimersByTime(400);
    setPerson(BOB);
    type({ name: 'Shed of Bob' });
    vi.advanceTimersByTime(400);
    expect(kept(ANN)).toEqual({ name: 'Shed', email: '' });
    expect(kept(BOB)).toBeNull();
  });

  it('keeps nothing while nobody is known to be signed in', () => {
    const { draft, type } = openForm(() => null);
    type({ name: 'Shed' });
    vi.advanceTimersByTime(400);
    expect(draft.unsaved()).toBe(true);
    expect(storage.length).toBe(0);
  });
});
