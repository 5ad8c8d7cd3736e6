// One namespace of UI text, kept beside the feature that shows it (`<feature>/i18n/en.ts`, plus
// one file per other language). English is bundled; other languages load on first use.
import { createSignal } from 'solid-js';
import { identityResolveTemplate, translator } from '@solid-primitives/i18n';
import { locale, onLocaleLoad } from './locale';
import { SOURCE_LOCALE, type LocaleCode } from './locales';
import { pseudoRtl } from './pseudoLocale';

/** A dictionary: each value a string, or a function of named values (plurals, numbers, names). */
export type Dictionary = Readonly<Record<string, string | ((...args: never[]) => string)>>;

/** The shape every translation of `D` must have: the same keys, the same arguments. */
export type Translation<D extends Dictionary> = { readonly [K in keyof D]: D[K] extends string ? string : D[K] };

type Loaders<D extends Dictionary> = Partial<Record<Exclude<LocaleCode, 'en-GB' | 'en-XB'>, () => Promise<{ default: Translation<D> }>>>;

function pseudo<D extends Dictionary>(en: D): D {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(en)) {
    out[key] = typeof value === 'function' ? (...args: never[]) => pseudoRtl((value as (...a: never[]) => string)(...args)) : pseudoRtl(value);
  }
  return out as D;
}

export function createTranslator<D extends Dictionary>(en: D, others: Loaders<D> = {}) {
  const [loaded, setLoaded] = createSignal<Partial<Record<LocaleCode, D>>>({ [SOURCE_LOCALE]: en });
  // A loader, not a tracked scope: it runs when the language changes and only writes the signal.
  // eslint-disable-next-line solid/reactivity
  onLocaleLoad(async (code) => {
    if (loaded()[code]) return;
    // The testing pseudo-locale is made from English only when asked for, not at every start.
    if (code === 'en-XB') return void setLoaded((prev) => ({ ...prev, [code]: pseudo(en) }));
    const load = others[code as keyof Loaders<D>];
    if (!load) return; // no translation yet: English stands in (staff pages)
    const dict = (await load()).default as unknown as D;
    setLoaded((prev) => ({ ...prev, [code]: dict }));
  });
  const dictionary = () => loaded()[locale()] ?? en;
  // Plain string values need no template resolving: parameters are functions. `t(...)` reads the
  // signals where it is called (JSX, effects), so text follows the language.
  // eslint-disable-next-line solid/reactivity
  return translator(dictionary, identityResolveTemplate);
}
