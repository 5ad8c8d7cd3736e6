// Stylesheets cannot restyle each other's pages (issue 12, item 4). Each feature's stylesheet
// arrives with its lazily loaded page and then stays for the rest of the visit, so a rule in it
// that matches another page's markup changes that page, but only after the first one was
// visited: the asset details list broke into four columns after Sign in, because two files both
// styled `.summary-list`. The rules that stop that coming back:
//   - shared patterns live in src/ui/ and load with the shell (main.tsx), so every page always
//     has the same shared rules, whatever was visited before;
//   - no selector is styled in two files;
//   - every selector in a feature's stylesheet names a class no other stylesheet uses, so it can
//     only match that feature's own markup.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

interface StyledSelector {
  file: string;
  /** The selector, with the at-rules it sits in, e.g. "@media (max-width: 40em) .summary-list dd". */
  where: string;
  selector: string;
  classes: string[];
}

/** Class names a selector mentions (inside :is(), :has() and the like too). */
function classesIn(selector: string): string[] {
  const plain = selector.replace(/\[[^\]]*\]/g, '').replace(/(["']).*?\1/g, '');
  return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

function styledSelectors(file: string): StyledSelector[] {
  const out: StyledSelector[] = [];
  postcss.parse(readFileSync(file, 'utf8')).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const context: string[] = [];
    for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent) context.unshift(`@${(p as postcss.AtRule).name} ${(p as postcss.AtRule).params}`);
    for (const raw of rule.selectors) {
      const selector = raw.replace(/\s+/g, ' ').trim();
      out.push({ file: relative(SRC, file), where: [...context, selector].join(' '), selector, classes: classesIn(selector) });
    }
  });
  return out;
}

const files = cssFiles(SRC);
const styled = files.flatMap(styledSelectors);
const isFeature = (file: string) => file.startsWith('features/');

describe('stylesheets cannot restyle another page', () => {
  it('finds the stylesheets (a sanity check on the walk)', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(styled.some((s) => s.selector === '.asset-page')).toBe(true);
  });

  it('loads every shared stylesheet with the shell, not with whichever page comes first', () => {
    const main = readFileSync(join(SRC, 'main.tsx'), 'utf8');
    const shared = files.map((f) => relative(SRC, f)).filter((f) => f.startsWith('ui/'));
    expect(shared.length).toBeGreaterThan(1);
    for (const file of shared) expect(main, `src/main.tsx imports src/${file}`).toContain(`import './${file}';`);
  });

  it('styles each selector in one stylesheet only', () => {
    const filesOf = new Map<string, Set<string>>();
    for (const s of styled) filesOf.set(s.where, (filesOf.get(s.where) ?? new Set()).add(s.file));
    const clashes = [...filesOf].filter(([, f]) => f.size > 1).map(([where, f]) => `${where} is styled in ${[...f].join(' and ')}`);
    expect(clashes).toEqual([]);
  });

  it('scopes every rule of a feature stylesheet to a class only that stylesheet uses', () => {
    const filesUsing = new Map<string, Set<string>>();
    for (const s of styled) for (const c of s.classes) filesUsing.set(c, (filesUsing.get(c) ?? new Set()).add(s.file));
    const owned = (s: StyledSelector) => s.classes.some((c) => filesUsing.get(c)!.size === 1);
    const unscoped = styled
      .filter((s) => isFeature(s.file) && !owned(s))
      .map(
        (s) =>
          `${s.file}: “${s.selector}” can match other pages (its classes: ${s.classes.map((c) => `${c} in ${[...filesUsing.get(c)!].join(', ')}`).join('; ') || 'none'})`,
      );
    expect(unscoped).toEqual([]);
  });
});
