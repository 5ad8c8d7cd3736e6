// The layers of src/, as docs/ARCHITECTURE.md draws them, kept by reading every static import.
// A new page copies what it sees; these rules make sure what it sees is the shape we want:
//   domain and geo are pure, lib may use geo (shared workers), ui depends only on domain, no feature imports another feature,
//   and only the app shell (src/app) touches how the backend is made or reaches its transports.
//   i18n (the words in the current language) sits beneath them all and imports nothing of ours.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

interface Edge {
  from: string;
  to: string;
}

/** Static imports between files of src/ (dynamic `import()` is how routes load pages lazily). */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"?]+)/gm)) {
      out.push({ from: relative(SRC, file), to: relative(SRC, normalize(join(dirname(file), m[1]))) });
    }
    for (const m of text.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"?]+)['"]/gm)) {
      out.push({ from: relative(SRC, file), to: relative(SRC, normalize(join(dirname(file), m[1]))) });
    }
  }
  return out;
}

/** The layer a path belongs to: `features/find`, `ui`, `backend/local`, … */
function layer(path: string): string {
  const [top, sub] = path.split('/');
  if (top === 'features') return `features/${sub}`;
  if (top === 'backend') return sub === 'local' ? 'backend/local' : `backend/${sub.replace(/\.tsx?$/, '')}`;
  return top.replace(/\.tsx?$/, '');
}

/** The backend a view may use: the api's types and errors, and the sample people's names. */
const BACKEND_FOR_VIEWS = ['backend/api', 'backend/transport', 'backend/personas', 'backend/errors'];

const ALLOWED: Record<string, (to: string) => boolean> = {
  domain: (to) => to === 'domain',
  geo: (to) => to === 'geo' || to === 'domain',
  // lib holds the worker clients features share; a worker may run geo's pure analysis.
  lib: (to) => ['lib', 'domain', 'geo'].includes(to),
  ui: (to) => to === 'ui' || to === 'domain',
  map: (to) => ['map', 'domain', 'geo', 'lib'].includes(to),
  // The UI text's translators and formats (src/i18n), which every page and the frame use.
  i18n: (to) => to === 'i18n',
  backend: (to) => to.startsWith('backend') || ['domain', 'lib'].includes(to),
};

function allowed(from: string, to: string): boolean {
  // The local database runs the very migration files a Supabase project is given.
  if (to.startsWith('../')) return from.startsWith('backend/local/') && to.startsWith('../supabase/');
  const a = layer(from);
  const b = layer(to);
  if (a === b) return true;
  if (a === 'i18n') return false;
  if (b === 'i18n') return true;
  if (a.startsWith('backend')) return ALLOWED.backend(b);
  if (a.startsWith('features/')) return ['domain', 'geo', 'lib', 'ui', 'map', 'app', 'i18n', ...BACKEND_FOR_VIEWS].includes(b);
  if (a === 'app') return !b.startsWith('features/');
  if (a === 'main') return b === 'app' || b === 'ui' || b === 'i18n';
  return ALLOWED[a]?.(b) ?? false;
}

describe('the layers of src/', () => {
  const all = edges();

  it('reads the imports it judges', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all).toContainEqual({ from: 'main.tsx', to: 'app/App' });
  });

  it('keeps every import within what its layer may use', () => {
    const broken = all.filter((e) => !allowed(e.from, e.to)).map((e) => `${e.from} → ${e.to}`);
    expect(broken).toEqual([]);
  });

  it('has no feature import another feature', () => {
    const across = all.filter((e) => layer(e.from).startsWith('features/') && layer(e.to).startsWith('features/') && layer(e.from) !== layer(e.to));
    expect(across.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('has no import cycles', () => {
    const next = new Map<string, string[]>();
    const file = (p: string) => p.replace(/\.tsx?$/, '');
    for (const e of all) next.set(file(e.from), [...(next.get(file(e.from)) ?? []), e.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') return void cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
      state.set(n, 'open');
      for (const m of next.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of next.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it('lets only the shell make the backend or reach a transport', () => {
    const reaching = all.filter(
      (e) =>
        !layer(e.from).startsWith('backend') && layer(e.from) !== 'app' && ['backend/local', 'backend/createBackend', 'backend/supabaseTransport'].includes(layer(e.to)),
    );
    expect(reaching.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
    const throughTransport = sourceFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith('backend/'))
      .filter((f) => /\.transport\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(throughTransport).toEqual([]);
  });
});
