// What the service worker stores in every resident's browser: the pages residents use and their
// chunks, never the database engine or the pages for signed-in people.
import { describe, expect, it } from 'vitest';
import { keepForResidents, residentFiles, type ViteManifest } from '../../../scripts/residentPrecache';

const manifest: ViteManifest = {
  'index.html': {
    file: 'assets/index-1.js',
    css: ['assets/index-1.css'],
    imports: ['_web.js'],
    dynamicImports: ['src/features/find/FindPage.tsx', 'src/features/plan/PlanPage.tsx', 'src/backend/local/localTransport.ts'],
  },
  '_web.js': { file: 'assets/web-1.js' },
  'src/features/find/FindPage.tsx': { file: 'assets/FindPage-1.js', css: ['assets/find-1.css'], imports: ['_web.js'], dynamicImports: ['_createMap.js'] },
  '_createMap.js': { file: 'assets/createMap-1.js', imports: ['index.html'] },
  'src/features/plan/PlanPage.tsx': { file: 'assets/PlanPage-1.js', imports: ['_turf.js'] },
  '_turf.js': { file: 'assets/turf-1.js' },
  'src/backend/local/localTransport.ts': { file: 'assets/localTransport-1.js', assets: ['assets/pglite-1.wasm', 'assets/pglite-1.data'] },
};

describe('the resident precache', () => {
  const files = residentFiles(manifest);

  it('follows static and lazy imports from index.html, with their styles, cycles included', () => {
    expect([...files].sort()).toEqual([
      'assets/FindPage-1.js',
      'assets/createMap-1.js',
      'assets/find-1.css',
      'assets/index-1.css',
      'assets/index-1.js',
      'assets/localTransport-1.js',
      'assets/web-1.js',
    ]);
  });

  it('stops at pages for signed-in people, and never takes the database engine', () => {
    expect(files.has('assets/PlanPage-1.js')).toBe(false);
    expect(files.has('assets/turf-1.js')).toBe(false);
    expect(files.has('assets/pglite-1.wasm')).toBe(false);
  });

  it('keeps the shell, the small data files and the residents’ workers, drops everything else under assets/', () => {
    expect(keepForResidents('index.html', files)).toBe(true);
    expect(keepForResidents('generated/boundaries.json', files)).toBe(true);
    expect(keepForResidents('assets/maplibre-gl-worker-x.mjs', files)).toBe(true);
    expect(keepForResidents('assets/searchIndex.worker-x.js', files)).toBe(true);
    expect(keepForResidents('assets/db.worker-x.js', files)).toBe(false);
    expect(keepForResidents('assets/import.worker-x.js', files)).toBe(false);
    expect(keepForResidents('assets/PlanPage-1.js', files)).toBe(false);
    expect(keepForResidents('generated/db-snapshot.tar.gz', files)).toBe(false);
  });
});
