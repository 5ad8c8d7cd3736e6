// Staff pages show no text that bypasses i18n: every word a person reads in a staff page's JSX
// comes from its namespace's t(). A JSX text node with letters, or a quoted string with letters
// in an attribute people read (aria-label, label, title…), fails here with its file and line.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsxFiles, untranslatedText } from './jsxText';

const ROOT = join(__dirname, '../../..');
const STAFF_FOLDERS = ['organisation', 'review', 'plan', 'import', 'signin', 'outbox'].map((f) => join(ROOT, 'src/features', f));

/** Pages not yet moved to i18n (issue 17): take a file off this list when its text moves. Never add one. */
const NOT_YET_TRANSLATED = new Set<string>([
  'src/features/import/MappingStep.tsx',
  'src/features/organisation/editor/AssetEditor.tsx',
  'src/features/organisation/editor/AudienceFields.tsx',
  'src/features/organisation/editor/ConflictPanel.tsx',
  'src/features/organisation/editor/ListingStatusBanners.tsx',
  'src/features/organisation/editor/LocationPicker.tsx',
  'src/features/organisation/editor/OpeningHoursEditor.tsx',
  'src/features/plan/AreaSummary.tsx',
  'src/features/plan/CoverageMap.tsx',
  'src/features/plan/GapList.tsx',
  'src/features/plan/LoadAreasPanel.tsx',
  'src/features/plan/MethodNote.tsx',
  'src/features/plan/PlanPage.tsx',
  'src/features/plan/SettingsPanel.tsx',
]);

describe('staff pages take their text from i18n', () => {
  it('the scan finds text and attributes written straight into JSX, and passes t() calls', () => {
    const sample = `const A = () => (<div aria-label="Pick one" title={t('x')}><h1>Review queue</h1><p>{t('intro')}</p><span>12 –</span><i label={'Name'} /></div>);`;
    expect(untranslatedText('a.tsx', sample)).toEqual(['1: Pick one', '1: Review queue', '1: Name']);
  });

  const files = STAFF_FOLDERS.flatMap(tsxFiles);
  it('finds the staff pages', () => expect(files.length).toBeGreaterThan(40));
  for (const path of files) {
    const name = relative(ROOT, path);
    it.skipIf(NOT_YET_TRANSLATED.has(name))(`${name} has no hard-coded text`, () => {
      expect(untranslatedText(name, readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});
