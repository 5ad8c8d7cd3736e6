// Time from navigation to the first assets in the list and on the map, in Chromium, in local
// mode with warm storage (loaded once, then reloaded and measured; median of 3). Ours: the list
// and map render from the static published file while the database starts in its worker.
// Naive: the same page with the static file withheld, so it waits for the database's
// api.published_assets(). 1.5k assets is the built sample; 20k is a copy of dist/ whose static
// file holds 20k synthetic assets (the database snapshot stays at the sample, so the naive path
// is measured at 1.5k only). Needs `npm run build` first; builds nothing itself.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { preview } from 'vite';
import type { AssetCollection, AssetFeature } from '../../src/domain/types';
import { mulberry32 } from '../../scripts/sample/random';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const RUNS = 3;

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  process.exit(1);
}

// Seeded, so every run measures the same 20k assets.
function scaled(base: AssetCollection, n: number): AssetCollection {
  const rnd = mulberry32(20_000);
  const features: AssetFeature[] = [];
  for (let i = 0; i < n; i++) {
    const src = base.features[i % base.features.length];
    const [lng, lat] = src.geometry.coordinates;
    const hex = i.toString(16).padStart(12, '0');
    features.push({
      ...src,
      geometry: { type: 'Point', coordinates: [lng + (rnd() - 0.5) * 0.02, lat + (rnd() - 0.5) * 0.012] },
      properties: { ...src.properties, id: `b0000000-0000-4000-8000-${hex}`, name: `${src.properties.name} ${i}` },
    });
  }
  return { type: 'FeatureCollection', features };
}

// Records, from navigation start, when the first result is in the list and when MapLibre has
// drawn the first asset (cluster or marker).
const PROBE = `
  (() => {
    const t = { list: null, map: null };
    window.__cgStart = t;
    const tick = () => {
      if (t.list === null && document.querySelector('.result')) t.list = performance.now();
      const m = window.__cgMap;
      if (t.map === null && m && m.getLayer && m.getLayer('asset-clusters')) {
        try {
          if (m.queryRenderedFeatures({ layers: ['asset-clusters', 'asset-markers'].filter((l) => m.getLayer(l)) }).length > 0) t.map = performance.now();
        } catch {}
      }
      if (t.list === null || t.map === null) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
`;

async function measure(context: BrowserContext, url: string, opts: { naive: boolean }): Promise<{ list: number; map: number }> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  if (opts.naive) await page.route('**/generated/published.json', (r) => r.abort());
  // Warm-up: the database starts once (from its snapshot) and is kept in this context's storage.
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { __cgStart: { list: number | null; map: number | null } }).__cgStart;
      return t.list !== null && t.map !== null;
    },
    undefined,
    { timeout: 120_000 },
  );
  if (!opts.naive) await page.waitForTimeout(8000); // let the database finish starting and saving
  const lists: number[] = [];
  const maps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(
      () => {
        const t = (window as unknown as { __cgStart: { list: number | null; map: number | null } }).__cgStart;
        return t.list !== null && t.map !== null;
      },
      undefined,
      { timeout: 120_000 },
    );
    const t = await page.evaluate(() => (window as unknown as { __cgStart: { list: number; map: number } }).__cgStart);
    lists.push(t.list);
    maps.push(t.map);
  }
  await page.close();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { list: median(lists), map: median(maps) };
}

async function run(browser: Browser, outDir: string, port: number, label: string, naiveToo: boolean) {
  const server = await preview({ root, build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
  const url = `http://127.0.0.1:${port}/`;
  try {
    const fresh = () => browser.newContext({ viewport: { width: 1280, height: 800 } });
    const ctxOurs = await fresh();
    const ours = await measure(ctxOurs, url, { naive: false });
    await ctxOurs.close();
    console.log(`${label}: ours  first list ${ours.list.toFixed(0)} ms, first map ${ours.map.toFixed(0)} ms (static file, warm storage, median of ${RUNS})`);
    if (naiveToo) {
      const ctxNaive = await fresh();
      const naive = await measure(ctxNaive, url, { naive: true });
      await ctxNaive.close();
      console.log(`${label}: naive first list ${naive.list.toFixed(0)} ms, first map ${naive.map.toFixed(0)} ms (waits for api.published_assets())`);
      console.log(`${label}: first list ours / naive = ${(ours.list / naive.list).toFixed(2)} (${(naive.list / ours.list).toFixed(1)}x sooner)`);
      console.log(`${label}: first map  ours / naive = ${(ours.map / naive.map).toFixed(2)} (${(naive.map / ours.map).toFixed(1)}x sooner)`);
    }
  } finally {
    await server.close();
  }
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-gl=angle',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
const big = mkdtempSync(join(tmpdir(), 'cg-dist-20k-'));
try {
  const base = JSON.parse(readFileSync(join(dist, 'generated/published.json'), 'utf8')) as AssetCollection;
  await run(browser, dist, 4183, `${base.features.length} assets`, true);
  cpSync(dist, big, { recursive: true });
  writeFileSync(join(big, 'generated/published.json'), JSON.stringify(scaled(base, 20_000)));
  await run(browser, big, 4184, '20000 assets', false);
} finally {
  await browser.close();
  rmSync(big, { recursive: true, force: true });
}
