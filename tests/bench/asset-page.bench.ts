// A resident opens one asset page on a phone, cold (new profile: empty cache, no local database):
// bytes transferred and time until the page is complete, contact details included. Ours: the
// page draws from the published file, served compressed (scripts/staticServer.ts); the database
// engine starts only after that, in the background. Naive: what the page did before issue 12 —
// wait for the database for the contact details (published file withheld) from a host that sends
// files as they are. A third row, the database path served compressed, shows what compression
// alone buys. Chromium at 390 × 844; BENCH_CPU=4 slows the CPU fourfold and BENCH_NET=10,40 makes
// the network 10 Mbit/s with 40 ms latency (DevTools' throttling, which also slows the worker's
// downloads), so the time shows what the bytes cost on a phone's connection.
// Needs `npm run build` first; builds nothing itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createStaticServer, listen } from '../../scripts/staticServer';
import type { AssetCollection } from '../../src/domain/types';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'generated/published.json.br'))) {
  console.error('dist/ is missing or not precompressed: run `npm run build` first.');
  process.exit(1);
}
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU = Number(process.env.BENCH_CPU ?? 1);
const [NET_MBIT, NET_LATENCY_MS] = (process.env.BENCH_NET ?? '').split(',').map(Number);
/** How long the background start of the database is followed after the page is complete. */
const BACKGROUND_MS = 20_000;

const published = JSON.parse(readFileSync(join(dist, 'generated/published.json'), 'utf8')) as AssetCollection;
const asset = published.features.find((f) => f.properties.phone && f.properties.email && f.properties.website)!.properties;

// Notes, on the page's clock, when the name and all three contact links are on screen.
const PROBE = `
  new MutationObserver((_, obs) => {
    const list = document.querySelector('.summary-list');
    if (document.querySelector('h1')?.textContent?.includes(${JSON.stringify(asset.name)})
        && list?.querySelector('a[href^="tel:"]') && list.querySelector('a[href^="mailto:"]') && list.querySelector('a[href^="http"]')) {
      window.__completeAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
`;

interface Way {
  label: string;
  compress: boolean;
  /** Withhold the published file, so the page waits for the database. */
  waitForDatabase: boolean;
}

interface Run {
  ms: number;
  bytes: number;
  /** Bytes sent in the BACKGROUND_MS after the page was complete (ours: the engine). */
  after: number;
}

async function once(browser: Browser, way: Way): Promise<Run> {
  const log: { at: number; bytes: number }[] = [];
  const server = createStaticServer({ root: dist, compress: way.compress, onBytes: (bytes) => log.push({ at: performance.now(), bytes }) });
  const port = await listen(server, 0);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: `http://127.0.0.1:${port}` });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    if (NET_MBIT > 0) {
      await cdp.send('Network.enable');
      const bytesPerSecond = (NET_MBIT * 1e6) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: NET_LATENCY_MS || 0,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond / 4,
      });
    }
    await page.addInitScript(PROBE);
    if (way.waitForDatabase) await page.route('**/generated/published.json', (r) => r.fulfill({ status: 404, body: '' }));
    const started = performance.now();
    await page.goto(`/asset/${asset.id}`);
    await page.waitForFunction(() => (window as unknown as { __completeAt?: number }).__completeAt !== undefined, undefined, { timeout: 300_000 });
    const ms = await page.evaluate(() => (window as unknown as { __completeAt: number }).__completeAt);
    // The page's clock starts at navigation; bytes sent by then (in this process's clock) count.
    const completeAt = started + ms;
    await page.waitForTimeout(BACKGROUND_MS);
    const sum = (from: number, to: number) => log.filter((e) => e.at >= from && e.at < to).reduce((n, e) => n + e.bytes, 0);
    return { ms, bytes: sum(0, completeAt), after: sum(completeAt, Infinity) };
  } finally {
    await context.close();
    server.closeAllConnections();
    server.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MiB`;

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
try {
  const ways: Way[] = [
    { label: 'ours  (published file, compressed)      ', compress: true, waitForDatabase: false },
    { label: 'naive (waits for the database, as sent) ', compress: false, waitForDatabase: true },
    { label: '      (waits for the database, compressed)', compress: true, waitForDatabase: true },
  ];
  const results: { ms: number; bytes: number; after: number }[] = [];
  const net = NET_MBIT > 0 ? `network ${NET_MBIT} Mbit/s, ${NET_LATENCY_MS || 0} ms` : 'network unthrottled (localhost)';
  console.log(`asset page "${asset.name}", cold, 390 × 844, CPU ×${CPU}, ${net}, median of ${RUNS} (each in a new profile)`);
  for (const way of ways) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, way));
    const r = { ms: median(runs.map((x) => x.ms)), bytes: median(runs.map((x) => x.bytes)), after: median(runs.map((x) => x.after)) };
    results.push(r);
    console.log(`  ${way.label}  ${(r.ms / 1000).toFixed(2)} s, ${mb(r.bytes)} to a complete page; then ${mb(r.after)} in the next ${BACKGROUND_MS / 1000} s`);
  }
  const [ours, naive, dbCompressed] = results;
  console.log(`  time  ours / naive = ${(ours.ms / naive.ms).toFixed(3)} (${(naive.ms / ours.ms).toFixed(1)}x sooner)`);
  console.log(`  bytes ours / naive = ${(ours.bytes / naive.bytes).toFixed(3)} (${(naive.bytes / ours.bytes).toFixed(0)}x fewer)`);
  console.log(`  compression alone on the database path: bytes ${(dbCompressed.bytes / naive.bytes).toFixed(2)}, time ${(dbCompressed.ms / naive.ms).toFixed(2)}`);
} finally {
  await browser.close();
}
