// A link worker's shortlist for one resident: listing ids with the name they had when added (so a
// listing taken down since can still be named) and a note. It lives in the browser only, and
// travels in a link the worker sends; both are read through `readShortlistItems`, which keeps
// what it can of damaged or tampered input and says what it dropped or cut.

export interface ShortlistItem {
  id: string;
  /** The listing's name when it was added: named again if the listing is taken down since. */
  name: string;
  note: string;
}

/** A note is a reminder ("ask for Jean"), short enough for a text message and a printed line. */
export const SHORTLIST_NOTE_MAX = 300;
/** Enough listings for one resident; keeps a sent link short enough for any phone or mail program. */
export const SHORTLIST_MAX_ITEMS = 25;
const NAME_MAX = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReadItems {
  items: ShortlistItem[];
  /** Entries with no usable listing id, or repeats of one already read. */
  skipped: number;
  /** Entries past SHORTLIST_MAX_ITEMS. */
  overLimit: number;
  /** Names of the items whose note was longer than SHORTLIST_NOTE_MAX and was cut to it. */
  shortenedNotes: string[];
}

/** The items of a stored or sent shortlist: each entry checked on its own, so one bad entry loses only itself. */
export function readShortlistItems(raw: unknown): ReadItems {
  const out: ReadItems = { items: [], skipped: 0, overLimit: 0, shortenedNotes: [] };
  if (!Array.isArray(raw)) return out;
  const seen = new Set<string>();
  for (const entry of raw) {
    const [id, name, note] = Array.isArray(entry) ? entry : [];
    if (typeof id !== 'string' || !UUID.test(id) || seen.has(id.toLowerCase())) {
      out.skipped++;
      continue;
    }
    if (out.items.length >= SHORTLIST_MAX_ITEMS) {
      out.overLimit++;
      continue;
    }
    seen.add(id.toLowerCase());
    const cleanName = typeof name === 'string' ? name.trim().slice(0, NAME_MAX) : '';
    let cleanNote = typeof note === 'string' ? note : '';
    if (cleanNote.length > SHORTLIST_NOTE_MAX) {
      cleanNote = cleanNote.slice(0, SHORTLIST_NOTE_MAX);
      out.shortenedNotes.push(cleanName || id);
    }
    out.items.push({ id: id.toLowerCase(), name: cleanName, note: cleanNote });
  }
  return out;
}

/** Entries as stored and sent: `[id, name, note]`, the note left out when empty. */
export function itemsToEntries(items: readonly ShortlistItem[]): string[][] {
  return items.map((i) => (i.note ? [i.id, i.name, i.note] : [i.id, i.name]));
}

const LINK_VERSION = '1';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The shortlist as the text of a link's `s` value: a version, a dot, then base64url JSON. */
export function encodeShortlist(items: readonly ShortlistItem[]): string {
  return `${LINK_VERSION}.${toBase64Url(JSON.stringify(itemsToEntries(items)))}`;
}

export type DecodedShortlist = ({ ok: true } & ReadItems) | { ok: false };

/** A sent shortlist read back; `ok: false` when the text is not one at all (cut short, altered). */
export function decodeShortlist(value: string | null | undefined): DecodedShortlist {
  const match = /^1\.([A-Za-z0-9_-]+)$/.exec(value?.trim() ?? '');
  if (!match) return { ok: false };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(match[1]));
  } catch {
    return { ok: false };
  }
  if (!Array.isArray(raw)) return { ok: false };
  const read = readShortlistItems(raw);
  // Nothing usable in a non-empty list: more likely damaged than a real shortlist.
  if (raw.length > 0 && read.items.length === 0) return { ok: false };
  return { ok: true, ...read };
}

/**
 * The local shortlist with a sent one added after it. A listing on both keeps its place and
 * the local note; the sent note is added to it when different and there is room.
 */
export function mergeShortlists(local: readonly ShortlistItem[], sent: readonly ShortlistItem[]): { items: ShortlistItem[]; overLimit: number } {
  const items = local.map((i) => ({ ...i }));
  let overLimit = 0;
  for (const s of sent) {
    const mine = items.find((i) => i.id === s.id);
    if (mine) {
      const joined = mine.note && s.note && mine.note !== s.note ? `${mine.note} / ${s.note}` : mine.note || s.note;
      if (joined.length <= SHORTLIST_NOTE_MAX) mine.note = joined;
    } else if (items.length < SHORTLIST_MAX_ITEMS) items.push({ ...s });
    else overLimit++;
  }
  return { items, overLimit };
}

/** The list with one item moved by `by` places (clamped to the ends). */
export function moveShortlistItem(items: readonly ShortlistItem[], id: string, by: number): ShortlistItem[] {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return [...items];
  const to = Math.max(0, Math.min(items.length - 1, from + by));
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved);
  return out;
}
