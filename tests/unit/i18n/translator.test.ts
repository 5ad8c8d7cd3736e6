import { afterEach, describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createTranslator, formatDate, formatNumber, locale, matchLocale, plural, setLocale } from '../../../src/i18n';

const en = { hello: 'Hello', results: (p: { count: number }) => plural(p.count, { one: `${p.count} result`, other: `${p.count} results` }) };
const pl = {
  hello: 'Cześć',
  results: (p: { count: number }) => plural(p.count, { one: `${p.count} wynik`, few: `${p.count} wyniki`, many: `${p.count} wyników`, other: `${p.count} wyniku` }),
};

afterEach(() => setLocale('en-GB', { remember: false }));

describe('createTranslator', () => {
  it('answers in the language chosen, with the plural forms of that language', async () => {
    const t = createRoot(() => createTranslator(en, { pl: async () => ({ default: pl }) }));
    expect(t('hello')).toBe('Hello');
    expect(t('results', { count: 1 })).toBe('1 result');
    await setLocale('pl', { remember: false });
    expect(locale()).toBe('pl');
    expect(t('hello')).toBe('Cześć');
    expect([2, 5, 22].map((count) => t('results', { count }))).toEqual(['2 wyniki', '5 wyników', '22 wyniki']);
    expect(formatNumber(1234.5)).toBe('1234,5');
  });

  it('stands in English where a namespace has no translation, and mirrors it in the pseudo-locale', async () => {
    const t = createRoot(() => createTranslator(en));
    await setLocale('pl', { remember: false });
    expect(t('hello')).toBe('Hello');
    await setLocale('en-XB', { remember: false });
    expect(t('hello')).toBe('\u202eHello\u202c');
  });

  it('formats numbers, dates and plurals in the language chosen, back and forth', async () => {
    const day = new Date('2026-12-03T12:00:00Z');
    const seen = () => [
      formatNumber(12345.5),
      formatDate(day),
      formatNumber(0.25, { style: 'percent' }),
      plural(5, { one: 'one', few: 'few', many: 'many', other: 'other' }),
    ];
    expect(seen()).toEqual(['12,345.5', '3 December 2026', '25%', 'other']);
    await setLocale('pl', { remember: false });
    expect(seen()).toEqual(['12\u00a0345,5', '3 grudnia 2026', '25%', 'many']);
    await setLocale('en-GB', { remember: false });
    expect(seen()).toEqual(['12,345.5', '3 December 2026', '25%', 'other']);
  });

  it('reads a requested language tag as the nearest one it speaks', () => {
    expect(['pl-PL', 'en-US', 'EN-xb', 'fr', null].map(matchLocale)).toEqual(['pl', 'en-GB', 'en-XB', undefined, undefined]);
  });
});
