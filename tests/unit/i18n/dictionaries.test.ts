// Every translation has exactly the keys of its English source, none empty; every resident
// namespace has a Polish translation. A key added in English and not translated fails here.
import { describe, expect, it } from 'vitest';

const english = import.meta.glob<{ default: Record<string, unknown> }>('/src/**/i18n/en.ts', { eager: true });
const polish = import.meta.glob<{ default: Record<string, unknown> }>('/src/**/i18n/pl.ts', { eager: true });

/** Namespaces residents see: each must be fully translated. Staff pages may fall back to English. */
const RESIDENT_NAMESPACES = [
  '/src/app/i18n',
  '/src/features/ward/demand/i18n',
  '/src/features/find/reach/i18n',
  '/src/app/footer/i18n',
  '/src/app/offline/i18n',
  '/src/features/legal/i18n',
  '/src/ui/shortlist/i18n',
  '/src/features/shortlist/i18n',
  '/src/features/ward/i18n',
  '/src/domain/i18n',
  '/src/features/about/i18n',
  '/src/features/find/i18n',
  '/src/ui/i18n',
  '/src/map/i18n',
  '/src/features/tell-us/i18n',
  '/src/features/email-links/i18n',
];

const folder = (path: string) => path.replace(/\/[^/]+\.ts$/, '');

describe('dictionaries', () => {
  it('has a Polish translation for every resident namespace', () => {
    const translated = new Set(Object.keys(polish).map(folder));
    expect(RESIDENT_NAMESPACES.filter((ns) => !translated.has(ns))).toEqual([]);
  });

  for (const [path, mod] of Object.entries(polish)) {
    it(`${folder(path)}: Polish has every English key and no other`, () => {
      const source = english[`${folder(path)}/en.ts`]?.default;
      expect(source, 'an English source beside the translation').toBeDefined();
      expect(Object.keys(mod.default).sort()).toEqual(Object.keys(source!).sort());
      for (const [key, value] of Object.entries(mod.default)) {
        expect(typeof value, key).toBe(typeof source![key]);
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    });
  }
});
