// The shortlist on this device: one signal for every page (the result buttons, the header count,
// the shortlist page), kept in localStorage and nowhere else. When the browser will not save it
// (storage blocked or full) the list still works for this tab, and `storageProblem` says so, so
// the page can ask the worker to print, send or download it before closing.
import { createSignal } from 'solid-js';
import {
  SHORTLIST_MAX_ITEMS,
  SHORTLIST_NOTE_MAX,
  itemsToEntries,
  mergeShortlists,
  moveShortlistItem,
  readShortlistItems,
  type ShortlistItem,
} from '../../domain/shortlist';

export const SHORTLIST_KEY = 'cg.shortlist';
/** Where an unreadable stored shortlist is kept aside rather than overwritten. */
export const DAMAGED_KEY = 'cg.shortlist.damaged';

/** Why the shortlist is not being kept: 'blocked' (no storage), 'full', or 'damaged' (the stored copy could not be read). */
export type StorageProblem = 'blocked' | 'full' | 'damaged' | null;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some browsers throw on the very access when site data is blocked
  }
}

function load(): { items: ShortlistItem[]; problem: StorageProblem } {
  const s = storage();
  if (!s) return { items: [], problem: 'blocked' };
  let text: string | null;
  try {
    text = s.getItem(SHORTLIST_KEY);
  } catch {
    return { items: [], problem: 'blocked' };
  }
  if (text === null) return { items: [], problem: null };
  try {
    const parsed = JSON.parse(text) as { items?: unknown };
    return { items: readShortlistItems(parsed.items).items, problem: null };
  } catch {
    try {
      s.setItem(DAMAGED_KEY, text); // kept aside, never silently lost
    } catch {
      // nothing more we can do: the page says the stored list could not be read
    }
    return { items: [], problem: 'damaged' };
  }
}

const initial = load();
const [items, setItems] = createSignal<readonly ShortlistItem[]>(initial.items);
const [problem, setProblem] = createSignal<StorageProblem>(initial.problem);

export const shortlist = items;
export const storageProblem = problem;

function save(next: readonly ShortlistItem[]) {
  setItems(next);
  const s = storage();
  if (!s) return setProblem('blocked');
  try {
    s.setItem(SHORTLIST_KEY, JSON.stringify({ v: 1, items: itemsToEntries(next) }));
    if (problem() !== 'damaged') setProblem(null);
  } catch (e) {
    setProblem((e as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'blocked');
  }
}

// Another tab changed the list: follow it, so two tabs never overwrite each other's work.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === SHORTLIST_KEY) setItems(load().items);
  });
}

export const isShortlisted = (id: string) => items().some((i) => i.id === id.toLowerCase());

export function addToShortlist(id: string, name: string): 'added' | 'already' | 'full' {
  if (isShortlisted(id)) return 'already';
  if (items().length >= SHORTLIST_MAX_ITEMS) return 'full';
  save([...items(), { id: id.toLowerCase(), name, note: '' }]);
  return 'added';
}

export function removeFromShortlist(id: string) {
  save(items().filter((i) => i.id !== id.toLowerCase()));
}

export function moveInShortlist(id: string, by: number) {
  save(moveShortlistItem(items(), id, by));
}

/** Saves a note, or refuses one over the limit (the field keeps the text for the worker to shorten). */
export function setShortlistNote(id: string, note: string): 'saved' | 'too-long' {
  if (note.length > SHORTLIST_NOTE_MAX) return 'too-long';
  save(items().map((i) => (i.id === id ? { ...i, note } : i)));
  return 'saved';
}

export function replaceShortlist(next: readonly ShortlistItem[]) {
  save(next.slice(0, SHORTLIST_MAX_ITEMS));
}

export function mergeIntoShortlist(sent: readonly ShortlistItem[]): { overLimit: number } {
  const merged = mergeShortlists(items(), sent);
  save(merged.items);
  return { overLimit: merged.overLimit };
}
