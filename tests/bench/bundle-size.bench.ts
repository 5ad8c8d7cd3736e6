// The resident route's JavaScript, from the last `npm run build` (reads dist/, builds nothing):
// gzip size per chunk that the find page loads before its first list, then the map's chunks,
// and a check, from each chunk's source map, that Turf, PapaParse and the PGlite engine are not
// among them. Baseline: the same app with every route bundled eagerly would load all chunks the
// entry can reach, printed beside it as "ours / naive".
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');
const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json is missing: run `npm run build` first (vite.config.ts sets build.manifest).');
  process.exit(1);
}

interface Chunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

/** The chunk and everything it imports statically (what the browser must fetch to run it). */
function closure(keys: string[], into = new Set<string>()): Set<string> {
  for (const k of keys) {
    if (into.has(k) || !manifest[k]) continue;
    into.add(k);
    closure(manifest[k].imports ?? [], into);
  }
  return into;
}

/** Everything reachable, dynamic imports included: an app with no code splitting loads it all. */
function reachable(keys: string[], into = new Set<string>()): Set<string> {
  for (const k of keys) {
    if (into.has(k) || !manifest[k]) continue;
    into.add(k);
    reachable([...(manifest[k].imports ?? []), ...(manifest[k].dynamicImports ?? [])], into);
  }
  return into;
}

const keyOf = (src: string) => {
  // A module shared by several routes becomes a chunk named after it, with no `src`.
  const base = src
    .split('/')
    .pop()!
    .replace(/\.tsx?$/, '');
  const k =
    Object.keys(manifest).find((key) => key === src || manifest[key].src === src) ??
    Object.keys(manifest).find((key) => manifest[key].name === base || new RegExp(`^_${base}-[\\w-]+\\.js$`).test(key));
  if (!k) throw new Error(`${src} is not in the build manifest`);
  return k;
};

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
// What the find page needs before its list: the entry, the backend choice it awaits
// (createBackend imports the local transport), and the page itself.
const initial = closure([entry, keyOf('src/backend/local/localTransport.ts'), keyOf('src/features/find/FindPage.tsx')]);
// The map arrives after, in parallel (wide screens) or when asked for (phones).
const map = new Set([...closure([keyOf('src/features/find/MapPanel.tsx')])].filter((k) => !initial.has(k)));
const later = new Set([...closure([keyOf('src/domain/openingHours.ts')])].filter((k) => !initial.has(k) && !map.has(k)));

function gz(k: string): number {
  return gzipSync(readFileSync(join(dist, manifest[k].file)), { level: 9 }).length;
}

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
}
function sourcesOf(k: string): { path: string; bytes: number }[] {
  const mapFile = join(dist, `${manifest[k].file}.map`);
  if (!existsSync(mapFile)) return [];
  const m = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap;
  return m.sources.map((path, i) => ({ path, bytes: m.sourcesContent?.[i]?.length ?? 0 }));
}

// A source that must not reach the resident route. The PGlite worker client (pglite/dist/worker
// and the small protocol chunks it shares, ~30 KB of source) does run on the page: the local
// transport talks to the database worker through it. The engine (pglite/dist/index.js and its
// large chunks, ~475 KB of source plus the wasm) must stay inside db.worker.
const PGLITE = /node_modules\/@electric-sql\/pglite\//;
const FORBIDDEN: [string, (s: { path: string; bytes: number }) => boolean][] = [
  ['Turf', (s) => /node_modules\/@turf\//.test(s.path)],
  ['PapaParse', (s) => /node_modules\/papaparse\//.test(s.path)],
  ['PGlite engine', (s) => PGLITE.test(s.path) && (/pglite\/dist\/index\.js$/.test(s.path) || s.bytes > 50_000)],
];

function report(title: string, keys: Set<string>): number {
  console.log(`\n${title}`);
  let total = 0;
  for (const k of [...keys].filter((x) => manifest[x].file.endsWith('.js')).sort((a, b) => gz(b) - gz(a))) {
    const size = gz(k);
    total += size;
    console.log(`  ${(size / 1024).toFixed(1).padStart(7)} KB gzip  ${manifest[k].file}`);
  }
  console.log(`  ${(total / 1024).toFixed(1).padStart(7)} KB gzip  total`);
  return total;
}

const initialTotal = report('Resident route, before the first list (entry + backend choice + FindPage):', initial);
const mapTotal = report('Map, loaded beside the list on wide screens, on request on phones:', map);
report('Opening hours, loaded after the first list:', later);

let clean = true;
for (const [name, pattern] of FORBIDDEN) {
  const hits = [...initial, ...map].flatMap((k) =>
    sourcesOf(k)
      .filter(pattern)
      .map((s) => `${manifest[k].file}: ${s.path} (${s.bytes} B)`),
  );
  console.log(`${hits.length === 0 ? 'OK  ' : 'FAIL'} ${name} ${hits.length === 0 ? 'is not in' : 'IS in'} the resident route's initial or map chunks`);
  for (const h of hits.slice(0, 5)) console.log(`       ${h}`);
  if (hits.length) clean = false;
}

const everything = reachable([entry]);
const naive = [...everything].filter((k) => manifest[k].file.endsWith('.js')).reduce((s, k) => s + gz(k), 0);
console.log(
  `\nfirst list: ours ${(initialTotal / 1024).toFixed(1)} KB / naive (every route eagerly) ${(naive / 1024).toFixed(1)} KB = ${(initialTotal / naive).toFixed(3)}`,
);
console.log(`list + map: ${((initialTotal + mapTotal) / 1024).toFixed(1)} KB gzip (aim: under 350 KB; maplibre-gl alone is ~288 KB)`);
const client = [...initial].flatMap((k) => sourcesOf(k).filter((s) => PGLITE.test(s.path)));
console.log(
  `PGlite worker client on the page: ${client.length} modules, ${(client.reduce((n, s) => n + s.bytes, 0) / 1024).toFixed(1)} KB of source (the engine stays in db.worker)`,
);
if (!clean) process.exit(1);
