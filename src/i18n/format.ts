// Numbers, dates and times in the current language's conventions.
import { intlLocale } from './locale';

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(n);
}

export function formatDate(date: Date | string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return new Intl.DateTimeFormat(intlLocale(), options).format(typeof date === 'string' ? new Date(date) : date);
}

export function formatTime(date: Date | string, options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }): string {
  return new Intl.DateTimeFormat(intlLocale(), options).format(typeof date === 'string' ? new Date(date) : date);
}

/** Chooses the plural form Intl says the number takes in the current language. */
export function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = new Intl.PluralRules(intlLocale()).select(n);
  return forms[rule] ?? forms.other;
}
