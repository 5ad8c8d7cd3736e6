import { defineConfig, loadEnv } from 'vite';
import solid from 'vite-plugin-solid';
import { cspPlugin } from './scripts/vitePluginCsp.ts';
import { precompress } from './scripts/precompress';
import { serviceWorker } from './scripts/serviceWorkerConfig.ts';

export default defineConfig(({ mode }) => ({
  // The Content-Security-Policy in index.html and dist/_headers; the service worker that keeps
  // residents' pages and listings for offline use (docs/OFFLINE.md); dist/ carries brotli and gzip
  // copies of its files for static servers (scripts/staticServer.ts).
  plugins: [solid(), cspPlugin(), serviceWorker(loadEnv(mode, process.cwd(), 'VITE_')), precompress()],
  // PGlite ships its own wasm and data files; pre-bundling breaks their relative URLs.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true, // tests/bench/bundle-size.bench.ts and the service worker's precache read which chunks each route loads
    chunkSizeWarningLimit: 1500,
    // PGlite fetches its extension bundles; inlined as data: URLs they would need data: in the
    // policy's connect-src (scripts/contentSecurityPolicy.ts), so they stay files.
    assetsInlineLimit: (file) => (file.endsWith('.tar.gz') ? false : undefined),
  },
  preview: { port: 4173 },
  server: { fs: { allow: ['.'] } },
}));
