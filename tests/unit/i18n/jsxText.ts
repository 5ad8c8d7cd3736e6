// The scan behind staffStrings and residentStrings: the text a component's JSX shows without
// going through t(). A JSX text node with letters, a quoted string with letters written as a
// child expression ({'Saved'}, {busy ? 'Saving…' : t('save')}), or one in an attribute people
// read (aria-label, label, title…), is reported with its line.
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

/**
 * The quoted text an expression can evaluate to, as written: a string or template literal (the
 * words outside its `${}`), or one reached through parentheses, `a ? b : c`, `a || b`, `a ?? b` or
 * `a && b`. Text from anything else (a call such as t(), a variable) is not the scan's business.
 */
function literalsOf(e: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isParenthesizedExpression(e)) return literalsOf(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsOf(e.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return [...literalsOf(e.left), ...literalsOf(e.right)];
    return [];
  }
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ node: e, text: e.text }];
  if (ts.isTemplateExpression(e)) return [{ node: e, text: [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ') }];
  return [];
}

/** Each hard-coded piece of text in the file's JSX, as "line: text". */
export function untranslatedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().replace(/\s+/g, ' ')}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node, node.text);
    // Text written as a child expression: {'Saved'}, {busy ? 'Saving…' : t('save')}.
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const l of literalsOf(node.expression)) if (hasLetters(l.text)) report(l.node, l.text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && hasLetters(init.text)) report(node, init.text);
      if (ts.isJsxExpression(init) && init.expression) for (const l of literalsOf(init.expression)) if (hasLetters(l.text)) report(node, l.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
