// Which built files the service worker precaches: the app shell and every chunk a resident's
// pages can load (find, a listing, tell us, about, the legal pages, the map and search workers),
// read from Vite's manifest by following imports from index.html and stopping at the routes for
// signed-in people and at the local database engine. Those load from the network when used:
// precaching them would put tens of megabytes in every resident's browser.

export interface ViteManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type ViteManifest = Record<string, ViteManifestChunk>;

/** Route modules for signed-in people (src/app/App.tsx): not followed. */
export const STAFF_ROUTE_MODULES = [
  'src/features/organisation/OrganisationPage.tsx',
  'src/features/review/ReviewPage.tsx',
  'src/features/plan/PlanPage.tsx',
  'src/features/import/ImportPage.tsx',
  'src/features/outbox/OutboxPage.tsx',
];

/** The database engine, its snapshot and the staff workers: never precached. */
export const NEVER_PRECACHED = /pglite|initdb|db\.worker|import\.worker|coverage\.worker|catchment\.worker|\.wasm$|\.data$|\.tar\.gz$|seed\.sql$|\.map$/;

/** Workers residents' pages start by URL (not in the manifest's import graph). */
export const RESIDENT_WORKERS = /maplibre-gl-worker|searchIndex\.worker/;

/** The files (paths relative to dist/) reachable from index.html without entering a staff route. */
export function residentFiles(manifest: ViteManifest, entry = 'index.html'): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || STAFF_ROUTE_MODULES.includes(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) if (!NEVER_PRECACHED.test(f)) files.add(f);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return files;
}

/** Keeps a precache entry (URL relative to dist/) when a resident can need it. */
export function keepForResidents(url: string, resident: Set<string>): boolean {
  if (NEVER_PRECACHED.test(url)) return false;
  if (!url.startsWith('assets/')) return true; // the shell and the build's small data files (globPatterns chose them)
  return resident.has(url) || RESIDENT_WORKERS.test(url);
}
