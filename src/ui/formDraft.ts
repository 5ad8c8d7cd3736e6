// Unsaved work survives a reload, a crash or a closed tab: a long form (register an organisation,
// the listing editor) keeps what someone typed in this browser's localStorage as they type, offers
// it back the next time the form opens, and forgets it once the form is saved. Drafts are keyed
// by form, by what is being edited and by the signed-in person, so two people sharing a browser
// never see each other's work, and what comes back from storage is checked field by field
// against the form's own shape, so a hostile or corrupt value is ignored, never rendered or run.
import { createEffect, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import { intlLocale } from '../i18n';
import { t } from './i18n';

/** What is kept per draft. `base` is what the form held with nothing typed, at `version`. */
export interface StoredDraft<T> {
  savedAt: number;
  /** The saved record's version the edits started from (null for something not saved yet). */
  version: number | null;
  base: T;
  values: T;
}

/** The part of Storage drafts use (a fake in unit tests; null when the browser refuses storage). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'cg:draft:v1:';
/** A draft older than this is dropped rather than offered: the form has likely moved on. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** This browser's localStorage, or null where it is switched off or refused. */
function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function draftKey(form: string, person: string, subject: string): string {
  return `${PREFIX}${encodeURIComponent(form)}:${encodeURIComponent(person)}:${encodeURIComponent(subject)}`;
}

/**
 * A value shaped like `template`, taken from untrusted `raw`: only the template's own fields,
 * each only when it has the template's type (strings, numbers, booleans; arrays keep their string
 * items). Anything else keeps the template's value. Null when raw is not an object at all.
 */
export function likeTemplate<T extends object>(template: T, raw: unknown): T | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out = { ...template } as Record<string, unknown>;
  const src = raw as Record<string, unknown>;
  for (const [k, want] of Object.entries(template)) {
    if (!Object.prototype.hasOwnProperty.call(src, k)) continue;
    const got = src[k];
    if (Array.isArray(want)) {
      if (Array.isArray(got)) out[k] = got.filter((x): x is string => typeof x === 'string');
    } else if (typeof got === typeof want && got !== null && typeof got !== 'object') {
      out[k] = got;
    }
  }
  return out as T;
}

/** The draft kept under `key`, checked; null (and the bad entry removed) when unusable. */
export function readDraft<T>(storage: DraftStorage | null, key: string, shape: (raw: unknown) => T | null, now = Date.now()): StoredDraft<T> | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  const drop = () => {
    removeDraft(storage, key);
    return null;
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return drop();
  }
  if (!raw || typeof raw !== 'object') return drop();
  const r = raw as Record<string, unknown>;
  const savedAt = r.savedAt;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt > now + 60_000 || now - savedAt > DRAFT_MAX_AGE_MS) return drop();
  const version = typeof r.version === 'number' && Number.isFinite(r.version) ? r.version : null;
  const values = shape(r.values);
  const base = shape(r.base);
  if (!values || !base) return drop();
  return { savedAt, version, base, values };
}

/** Keeps a draft; false when the browser would not (storage full or switched off). */
export function writeDraft<T>(storage: DraftStorage | null, key: string, draft: StoredDraft<T>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: DraftStorage | null, key: string) {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: storage that cannot be written holds nothing of ours either.
  }
}

/** Forgets every draft a person left in this browser (on signing out of a shared computer). */
export function removeDraftsOf(person: string, storage: DraftStorage | null = browserStorage()) {
  if (!storage) return;
  const mine: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(PREFIX) && k.slice(PREFIX.length).split(':')[1] === encodeURIComponent(person)) mine.push(k);
    }
  } catch {
    return;
  }
  for (const k of mine) removeDraft(storage, k);
}

/** "today at 14:05", "yesterday at 09:30", "3 December at 14:05", "3 December 2025 at 14:05". */
export function draftTimeText(savedAt: number, now = new Date()): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const daysAgo = Math.round((day(now) - day(at)) / 86_400_000);
  if (daysAgo === 0) return t('draftToday', { time });
  if (daysAgo === 1) return t('draftYesterday', { time });
  const date = at.toLocaleDateString(intlLocale(), { day: 'numeric', month: 'long', ...(at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }) });
  return t('draftOnDay', { date, time });
}

/** Runs `fn` once, `ms` after the last call; `flush` runs a waiting call at once. */
export function debounce(fn: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      fn();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export interface DraftCoreOptions<T> {
  /** Where the draft is kept (draftKey); null keeps nothing (nobody known to be signed in). */
  key: string | null;
  storage: DraftStorage | null;
  /** What the form holds with nothing typed: the saved record, or the empty form. */
  clean: T;
  version?: number | null;
  /** Checks what storage gives back; usually `(raw) => likeTemplate(emptyForm(), raw)`. */
  shape: (raw: unknown) => T | null;
  delayMs?: number;
  /** False once someone else has signed in: their typing must not land in this draft. */
  stillTheirs?: () => boolean;
  now?: () => number;
}

/** Drafts for one form, without the framework: the form reports each change to `changed`. */
export function makeFormDraft<T>(opts: DraftCoreOptions<T>) {
  const { key, storage } = opts;
  const now = opts.now ?? Date.now;
  const stillTheirs = opts.stillTheirs ?? (() => true);
  let clean = copy(opts.clean);
  let cleanJson = JSON.stringify(clean);
  let version = opts.version ?? null;
  let found = key ? readDraft(storage, key, opts.shape, now()) : null;
  // A draft equal to the saved version holds nothing to restore.
  if (found && JSON.stringify(found.values) === cleanJson) {
    removeDraft(storage, key!);
    found = null;
  }
  let unsaved = false;
  let pending: T | null = null;
  let savedAt = found?.savedAt ?? 0;
  let lastJson = found ? JSON.stringify(found.values) : cleanJson;

  const writer = debounce(() => {
    if (!key || pending === null || !stillTheirs()) return;
    writeDraft(storage, key, { savedAt, version, base: clean, values: pending });
    pending = null;
  }, opts.delayMs ?? 400);
  const forget = () => {
    writer.cancel();
    pending = null;
    if (key) removeDraft(storage, key);
  };

  return {
    /** The draft found when the form opened (to restore), or null. */
    found,
    /** The form now holds `values`; kept a moment later. Returns whether anything is unsaved. */
    changed(values: T): boolean {
      const json = JSON.stringify(values);
      unsaved = json !== cleanJson;
      if (!unsaved) forget();
      else if (json !== lastJson) {
        savedAt = now();
        pending = JSON.parse(json) as T;
        writer.schedule();
      }
      lastJson = json;
      return unsaved;
    },
    /** Writes a waiting change at once (the page is going away). */
    flush: () => writer.flush(),
    /** The page is about to be left: keep what is waiting, and say whether to warn. */
    leaving(): boolean {
      writer.flush();
      return unsaved;
    },
    /** The form was saved (or replaced by the server's version): forget the draft. */
    saved(values: T, newVersion?: number | null) {
      clean = copy(values);
      cleanJson = lastJson = JSON.stringify(clean);
      if (newVersion !== undefined) version = newVersion;
      unsaved = false;
      forget();
    },
    /** The person threw the draft away; the caller puts the clean form back. */
    discard: forget,
  };
}

export interface FormDraftOptions<T> extends Omit<DraftCoreOptions<T>, 'key' | 'storage' | 'stillTheirs'> {
  /** Which form: "register-organisation", "listing". */
  form: string;
  /** What is being edited: a listing id, or "new" with whatever scopes it (an organisation id). */
  subject: string;
  /** Who is signed in; drafts are off while unknown, and stop if someone else signs in. */
  person: Accessor<string | null | undefined>;
  storage?: DraftStorage | null;
}

export interface FormDraft<T> {
  /** The draft found when the form opened (to restore), or null. */
  found: StoredDraft<T> | null;
  /** The found draft while the form still offers to discard it; null once saved or discarded. */
  notice: Accessor<StoredDraft<T> | null>;
  /** True while the form holds something not saved to the server. */
  unsaved: Accessor<boolean>;
  /** Starts keeping the form as it changes (and warning before the page is left unsaved). */
  watch(values: () => T): void;
  /** The form was saved (or replaced by the server's version): forget the draft. */
  saved(values: T, version?: number | null): void;
  /** The person chose to throw their draft away; the caller puts `clean` back in the form. */
  discard(): void;
}

/** Drafts for one form while it is shown (call inside the form's component). */
export function createFormDraft<T>(opts: FormDraftOptions<T>): FormDraft<T> {
  const person = untrack(opts.person);
  const core = makeFormDraft({
    ...opts,
    key: person ? draftKey(opts.form, person, opts.subject) : null,
    storage: opts.storage === undefined ? browserStorage() : opts.storage,
    stillTheirs: () => opts.person() === person,
  });
  const [notice, setNotice] = createSignal(core.found);
  const [unsaved, setUnsaved] = createSignal(false);
  return {
    found: core.found,
    notice,
    unsaved,
    watch(values) {
      // changed() reads every field (JSON.stringify), so any edit of the store re-runs this.
      createEffect(() => setUnsaved(core.changed(values())));
      const warn = (e: BeforeUnloadEvent) => {
        if (!core.leaving()) return;
        // Browsers show their own words; both calls are needed across browsers.
        e.preventDefault();
        e.returnValue = '';
      };
      addEventListener('pagehide', core.flush);
      addEventListener('beforeunload', warn);
      onCleanup(() => {
        core.flush();
        removeEventListener('pagehide', core.flush);
        removeEventListener('beforeunload', warn);
      });
    },
    saved(values, version) {
      core.saved(values, version);
      setUnsaved(false);
      setNotice(null);
    },
    discard() {
      core.discard();
      setNotice(null);
    },
  };
}
