// The scan behind staffStrings and residentStrings: the text a component's JSX shows without
// going through t(). A JSX text node with letters, or a quoted string with letters in an
// attribute people read (aria-label, label, title…), is reported with its line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

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

export function tsxFiles(dir: string): string[] {
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
