// The current language: one signal for the whole app. Chosen by `?lang=`, then the person's
// earlier choice (this browser only), then the browser's languages, then English.
import { createSignal } from 'solid-js';
import { LOCALES, SOURCE_LOCALE, localeInfo, matchLocale, type LocaleCode } from './locales';

const STORAGE_KEY = 'cg.locale';

function storedLocale(): LocaleCode | undefined {
  try {
    return matchLocale(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return undefined; // storage blocked: the choice lasts this page only
  }
}

export function initialLocale(): LocaleCode {
  const query = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  const fromBrowser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  for (const tag of [query, storedLocale(), ...fromBrowser]) {
    const code = matchLocale(tag);
    if (code) return code;
  }
  return SOURCE_LOCALE;
}

const [current, setCurrent] = createSignal<LocaleCode>(SOURCE_LOCALE);
export const locale = current;

type Loader = (code: LocaleCode) => Promise<void>;
const loaders = new Set<Loader>();

/** Each namespace registers how to fetch its dictionary for a language (see createTranslator). */
export function onLocaleLoad(load: Loader) {
  loaders.add(load);
  if (current() !== SOURCE_LOCALE) void load(current());
}

/**
 * Switches language once every loaded namespace has its dictionary, so the page never shows a
 * mix of two languages while the new one arrives.
 */
export async function setLocale(code: LocaleCode, options: { remember?: boolean } = {}) {
  await Promise.all([...loaders].map((load) => load(code)));
  setCurrent(code);
  if (options.remember !== false) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // storage blocked: nothing to remember with
    }
  }
  applyToDocument(code);
}

function applyToDocument(code: LocaleCode) {
  if (typeof document === 'undefined') return;
  const info = localeInfo(code);
  document.documentElement.lang = info.code === 'en-XB' ? 'en' : info.intl;
  document.documentElement.dir = info.dir;
}

/** Intl's tag for the current language. */
export const intlLocale = () => localeInfo(current()).intl;

export { LOCALES };
