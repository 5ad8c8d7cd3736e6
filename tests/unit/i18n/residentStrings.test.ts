// Resident pages show no text that bypasses i18n: every word a resident reads in their pages' JSX
// comes from a namespace's t(), so it follows the language switcher (and Polish is complete).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsxFiles, untranslatedText } from './jsxText';

const ROOT = join(__dirname, '../../..');
const RESIDENT_FOLDERS = [
  'src/app',
  'src/ui',
  'src/features/find',
  'src/features/about',
  'src/features/tell-us',
  'src/features/email-links',
  'src/features/ward',
  'src/features/shortlist',
  'src/features/legal',
].map((f) => join(ROOT, f));

/** Names that read the same in every language: the service's own name. */
const NAMES = new Set(['Common Ground']);

describe('resident pages take their text from i18n', () => {
  const files = RESIDENT_FOLDERS.flatMap(tsxFiles);
  it('finds the resident pages', () => expect(files.length).toBeGreaterThan(40));
  for (const path of files) {
    const name = relative(ROOT, path);
    it(`${name} has no hard-coded text`, () => {
      const found = untranslatedText(name, readFileSync(path, 'utf8')).filter((line) => !NAMES.has(line.replace(/^\d+: /, '')));
      expect(found).toEqual([]);
    });
  }
});
