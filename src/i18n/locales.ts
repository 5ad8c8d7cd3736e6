// The languages the app speaks. English is the source every other dictionary is checked against;
// Polish is the borough's largest community language after English (Census 2021, Wigan).
// `en-XB` is a pseudo-locale for testing right-to-left layout: reachable by `?lang=en-XB`, never
// offered in the switcher.
export type LocaleCode = 'en-GB' | 'pl' | 'en-XB';

export interface LocaleInfo {
  code: LocaleCode;
  /** The language's own name for itself, as the switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The BCP 47 tag Intl formats dates and numbers with. */
  intl: string;
  offered: boolean;
}

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en-GB', name: 'English', dir: 'ltr', intl: 'en-GB', offered: true },
  { code: 'pl', name: 'Polski', dir: 'ltr', intl: 'pl-PL', offered: true },
  { code: 'en-XB', name: 'Pseudo right-to-left', dir: 'rtl', intl: 'en-GB', offered: false },
];

export const SOURCE_LOCALE: LocaleCode = 'en-GB';

export function localeInfo(code: LocaleCode): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

/** The supported locale a requested tag means ("pl-PL" → "pl", "en-US" → "en-GB"), if any. */
export function matchLocale(tag: string | null | undefined): LocaleCode | undefined {
  if (!tag) return undefined;
  const exact = LOCALES.find((l) => l.code.toLowerCase() === tag.toLowerCase());
  if (exact) return exact.code;
  const language = tag.toLowerCase().split('-')[0];
  return LOCALES.find((l) => l.offered && l.code.toLowerCase().split('-')[0] === language)?.code;
}
