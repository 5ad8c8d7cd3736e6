// The service worker (vite-plugin-pwa, Workbox's generateSW), described in docs/OFFLINE.md:
// - precache: the shell and residents' chunks (scripts/residentPrecache.ts), the offline basemap's
//   boundaries and glyphs, categories, the postcode table and, in local mode, published.json;
// - the published file in Supabase mode: network first, the last copy when offline;
// - navigations: index.html from the precache, so any resident route opens offline;
// - updates wait: a new worker installs beside the old one and takes over only when the person
//   reloads from the prompt (or every tab has closed), so a page never mixes two builds' chunks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { keepForResidents, residentFiles, type ViteManifest } from './residentPrecache.ts';

export interface SwEnv {
  VITE_SUPABASE_URL?: string;
  VITE_SUPABASE_ANON_KEY?: string;
}

export function serviceWorkerOptions(env: SwEnv, outDir = 'dist'): Partial<VitePWAOptions> {
  const supabase = !!(env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY); // as src/backend/createBackend.ts decides
  return {
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false, // src/app/offline/registerServiceWorker.ts registers it, with workbox-window
    manifest: false, // public/manifest.webmanifest
    includeManifestIcons: false,
    workbox: {
      globPatterns: [
        'index.html',
        'manifest.webmanifest',
        'icon.svg',
        'icon-192.png',
        'assets/*.{js,mjs,css}',
        'generated/{categories,boundaries}.json',
        'generated/postcodes.csv',
        'generated/glyphs/**/*.pbf',
        // Supabase mode never shows the build's sample listings: its file comes from Storage.
        ...(supabase ? [] : ['generated/published.json']),
      ],
      globIgnores: ['**/*.{br,gz,map}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      manifestTransforms: [
        (entries) => {
          const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
          const resident = residentFiles(manifest);
          // A local build never loads the Supabase client, and a Supabase build never the local one.
          const otherTransport = supabase ? /localTransport/ : /supabaseTransport/;
          return { manifest: entries.filter((e) => keepForResidents(e.url, resident) && !otherTransport.test(e.url)) };
        },
      ],
      navigateFallback: 'index.html',
      // The feed and files are not app routes.
      navigateFallbackDenylist: [/^\/oruk(\/|$)/, /\/[^/]+\.[a-z0-9]+$/i],
      runtimeCaching: [
        {
          // The published listings from Storage (or VITE_PUBLISHED_URL): fresh when online, the
          // last copy offline. A same-origin published.json in local mode is answered by the precache.
          urlPattern: ({ url }) => url.pathname.endsWith('/published.json'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'cg-published',
            networkTimeoutSeconds: 5,
            expiration: { maxEntries: 2 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
      clientsClaim: true, // the first install controls the open page at once (there is nothing older to mix with)
      skipWaiting: false, // an update waits for the prompt
      cleanupOutdatedCaches: true,
      sourcemap: false,
    },
  };
}

export const serviceWorker = (env: SwEnv) => VitePWA(serviceWorkerOptions(env));
