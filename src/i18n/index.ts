export { createTranslator, type Dictionary, type Translation } from './createTranslator';
export { locale, setLocale, initialLocale, intlLocale } from './locale';
export { LOCALES, localeInfo, matchLocale, type LocaleCode } from './locales';
export { formatNumber, formatDate, formatTime, plural } from './format';
