// Staff pages show no text that bypasses i18n: every word a person reads in a staff page's JSX
// comes from its namespace's t(). A JSX text node with letters, or a quoted string with letters
// in an attribute people read (aria-label, label, title…), fails here with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const STAFF_FOLDERS = ['organisation', 'review', 'plan', 'import', 'signin', 'outbox'].map((f) => join(ROOT, 'src/features', f));

/** Attributes whose value is read by people (shown, or spoken by a screen reader). */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'data-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'hint',
  'legend',
  'caption',
  'heading',
  'summary',
  'emptyText',
  'fallbackText',
]);

/** Text that is not words: units and symbols that read the same in every language. */
const NOT_WORDS = /^[\s\d.,:;()[\]–—·…/%+×=*#'"’‘“”!?-]*$/;

const hasLetters = (text: string) => /\p{L}/u.test(text) && !NOT_WORDS.test(text);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Each hard-coded piece of text in the file's JSX, as "line: text". */
export function untranslatedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().replace(/\s+/g, ' ')}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && hasLetters(init.text)) report(node, init.text);
      if (
        ts.isJsxExpression(init) &&
        init.expression &&
        (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) &&
        hasLetters(init.expression.text)
      )
        report(node, init.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('staff pages take their text from i18n', () => {
  it('the scan finds text and attributes written straight into JSX, and passes t() calls', () => {
    const sample = `const A = () => (<div aria-label="Pick one" title={t('x')}><h1>Review queue</h1><p>{t('intro')}</p><span>12 –</span><i label={'Name'} /></div>);`;
    expect(untranslatedText('a.tsx', sample)).toEqual(['1: Pick one', '1: Review queue', '1: Name']);
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
