// Every text file in the repository keeps to .editorconfig: UTF-8, LF line ends, a final newline,
// no trailing whitespace, spaces (not tabs) for indentation, as each section of the file says.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/localDatabase';

type Properties = Record<string, string>;

/** The sections of an .editorconfig, in order: a glob and its properties. */
function parseEditorConfig(text: string): { glob: string; properties: Properties }[] {
  const sections: { glob: string; properties: Properties }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) sections.push({ glob: header[1], properties: {} });
    else if (sections.length) {
      const [key, value] = line.split('=').map((s) => s.trim().toLowerCase());
      sections[sections.length - 1].properties[key] = value;
    }
  }
  return sections;
}

/** EditorConfig globs: `*` within a folder, `**` across folders, `{a,b}`; no slash means any folder. */
function globMatches(glob: string, path: string): boolean {
  const source = glob
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replace(/\*\*|\*|\{([^}]*)\}/g, (m, alternatives: string | undefined) => (m === '**' ? '.*' : m === '*' ? '[^/]*' : `(?:${alternatives!.split(',').join('|')})`));
  return new RegExp(`^${source}$`).test(glob.includes('/') ? path : basename(path));
}

/** The properties that apply to a file: later sections override earlier ones. */
function propertiesFor(sections: ReturnType<typeof parseEditorConfig>, path: string): Properties {
  const out: Properties = {};
  for (const s of sections) if (globMatches(s.glob, path)) Object.assign(out, s.properties);
  return out;
}

function problems(path: string, bytes: Buffer, p: Properties): string[] {
  const found: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return p.charset === 'utf-8' ? [`${path}: not UTF-8`] : [];
  }
  const lines = text.split('\n');
  if (p.end_of_line === 'lf' && text.includes('\r')) found.push(`${path}: has CR line ends`);
  if (p.insert_final_newline === 'true' && text.length > 0 && !text.endsWith('\n')) found.push(`${path}: no final newline`);
  if (p.trim_trailing_whitespace === 'true') {
    const n = lines.findIndex((l) => /[ \t]+\r?$/.test(l));
    if (n >= 0) found.push(`${path}:${n + 1}: trailing whitespace`);
  }
  if (p.indent_style === 'space') {
    const n = lines.findIndex((l) => l.startsWith('\t'));
    if (n >= 0) found.push(`${path}:${n + 1}: indented with a tab`);
  }
  return found;
}

describe('.editorconfig', () => {
  const sections = parseEditorConfig(readFileSync(join(repoRoot, '.editorconfig'), 'utf8'));

  it('reads its globs as editors do', () => {
    expect(globMatches('*', 'src/app/App.tsx')).toBe(true);
    expect(globMatches('*.md', 'docs/PERF.md')).toBe(true);
    expect(globMatches('*.md', 'src/app/App.tsx')).toBe(false);
    expect(globMatches('tests/fixtures/**.csv', 'tests/fixtures/import/messy-partner.csv')).toBe(true);
    expect(globMatches('tests/fixtures/**.csv', 'data/postcodes.csv')).toBe(false);
    expect(globMatches('*.{ts,tsx}', 'src/main.tsx')).toBe(true);
    expect(propertiesFor(sections, 'tests/fixtures/import/messy-partner.csv').end_of_line).toBe('unset');
  });

  it('agrees with the formatter on indentation and line ends', () => {
    // Prettier takes these from .prettierrc.json, editors from .editorconfig: one must not undo the other.
    const prettier = JSON.parse(readFileSync(join(repoRoot, '.prettierrc.json'), 'utf8')) as { tabWidth: number; useTabs: boolean; endOfLine: string };
    const code = propertiesFor(sections, 'src/main.tsx');
    expect({ tabWidth: prettier.tabWidth, useTabs: prettier.useTabs, endOfLine: prettier.endOfLine }).toEqual({
      tabWidth: Number(code.indent_size),
      useTabs: code.indent_style === 'tab',
      endOfLine: code.end_of_line,
    });
  });

  it('every file in the repository keeps to it', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(repoRoot, f));
      } catch {
        return []; // deleted in the working tree, not yet committed
      }
      return bytes.includes(0) ? [] : problems(f, bytes, propertiesFor(sections, f));
    });
    expect(found).toEqual([]);
  });
});
