// Numbers, dates and times in the current language's conventions.
import { intlLocale } from './locale';

// Making an Intl formatter costs far more than using one, and a list of 1,500 results formats
// thousands of numbers: keep one per language and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, options: object | undefined, make: (locale: string) => F): F {
  const locale = intlLocale();
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make(locale);
    formatters.set(key, found);
  }
  return found;
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(n);
}

export function formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(typeof date === 'string' ? new Date(date) : date);
}

export function formatTime(date: Date | string, options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }): string {
  return formatDate(date, options);
}

/** Chooses the plural form Intl says the number takes in the current language. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = cached('plural', undefined, (locale) => new Intl.PluralRules(locale)).select(n);
  return forms[rule] ?? forms.other;
}
