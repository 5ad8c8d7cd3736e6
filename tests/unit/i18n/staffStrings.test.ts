// Staff pages show no text that bypasses i18n: every word a person reads in a staff page's JSX
// comes from its namespace's t(). A JSX text node with letters, or a quoted string with letters
// in an attribute people read (aria-label, label, title…), fails here with its file and line.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsxFiles, untranslatedText } from './jsxText';

const ROOT = join(__dirname, '../../..');
const STAFF_FOLDERS = ['organisation', 'review', 'plan', 'import', 'signin', 'outbox'].map((f) => join(ROOT, 'src/features', f));

describe('staff pages take their text from i18n', () => {
  it('the scan finds text and attributes written straight into JSX, and passes t() calls', () => {
    const sample = `const A = () => (<div aria-label="Pick one" title={t('x')}><h1>Review queue</h1><p>{t('intro')}</p><span>12 –</span><i label={'Name'} /></div>);`;
    expect(untranslatedText('a.tsx', sample)).toEqual(['1: Pick one', '1: Review queue', '1: Name']);
  });

  it('finds text written as an expression or one of its branches, and passes data and t() calls', () => {
    const sample = [
      "const A = () => (<div title={busy ? 'Saving…' : t('save')} aria-label={`Row ${n}`}>",
      "{'Saved'}{done && 'All done'}{name ?? 'Unnamed'}{`${count} rows`}{`${a} (${b})`}{item.name}{t('x')}{' '}{cond ? <b>{t('y')}</b> : null}",
      '</div>);',
    ].join('\n');
    expect(untranslatedText('a.tsx', sample)).toEqual(['1: Saving…', '1: Row', '2: Saved', '2: All done', '2: Unnamed', '2: rows']);
  });

  const files = STAFF_FOLDERS.flatMap(tsxFiles);
  it('finds the staff pages', () => expect(files.length).toBeGreaterThan(40));
  for (const path of files) {
    const name = relative(ROOT, path);
    it(`${name} has no hard-coded text`, () => {
      expect(untranslatedText(name, readFileSync(path, 'utf8'))).toEqual([]);
    });
  }
});
