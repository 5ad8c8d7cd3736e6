import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { precompress } from './scripts/precompress';

export default defineConfig({
  // dist/ carries brotli and gzip copies of its files for static servers (scripts/staticServer.ts).
  plugins: [solid(), precompress()],
  // PGlite ships its own wasm and data files; pre-bundling breaks their relative URLs.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true, // tests/bench/bundle-size.bench.ts reads which chunks each route loads
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: 4173 },
  server: { fs: { allow: ['.'] } },
});
