// Step 1 from an ORUK feed, as the page drives it: the wizard reads the feed with progress, then
// the services as a file; a broken feed keeps the moderator on step 1 with the reason, and Cancel
// stops the read with nothing kept. Only the network and the database are stand-ins.
import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { createImportWizard } from '../../../src/features/import/createImportWizard';
import type { ImportClient } from '../../../src/features/import/importClient';
import { runImport } from '../../../src/features/import/runImport';
import type { Busy, WizardDeps } from '../../../src/features/import/wizardTypes';

const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const client: ImportClient = { run: (input, options, onProgress) => runImport(input, options, onProgress), cancel() {}, dispose() {} };
const api: WizardDeps['api'] = {
  importListings: async () => ({ listings: [], partner_ids: [] }),
  previewImport: async () => ({ unchanged: [] }),
  commitImport: async () => {
    throw new Error('not in these tests');
  },
  undoImport: async () => {
    throw new Error('not in these tests');
  },
  importBatches: async () => [],
  savedMappings: async () => [],
  saveMapping: async () => {
    throw new Error('not in these tests');
  },
};

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

function wizardWith(fetch: typeof globalThis.fetch) {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return createImportWizard({ api, client, categories: () => categories, geocoder: async () => geocoder, onWritten: () => {}, fetch });
  });
}

const example = JSON.parse(readFileSync('tests/fixtures/oruk/examples/service_full.json', 'utf8')) as Record<string, unknown>;
const page = (n: number, total: number) =>
  new Response(JSON.stringify({ total_items: total, total_pages: total, page_number: n, contents: [{ ...example, id: `svc-${n}`, name: `Sample Feed Service ${n}` }] }), {
    headers: { 'content-type': 'application/json' },
  });

describe('the import wizard on an ORUK feed', () => {
  it('reads every page with progress, then moves to the mapping with one row per service', async () => {
    const seen: (Busy | null)[] = [];
    const w: ReturnType<typeof createImportWizard> = wizardWith(async (input) => {
      seen.push(w.busy());
      return page(Number(new URL(String(input)).searchParams.get('page')), 3);
    });
    expect(await w.startFeed('Sample Feed Partner', 'https://feeds.example.org/oruk')).toEqual({ ok: true, message: null });
    expect(w.step()).toBe('mapping');
    expect(w.source()).toMatchObject({ kind: 'oruk', name: 'https://feeds.example.org/oruk' });
    expect(w.discovery()!.rows.map((r) => r.asset.external_id)).toEqual(['svc-1', 'svc-2', 'svc-3']);
    expect(seen.at(-1)).toEqual({ label: 'Reading the ORUK feed', fraction: 1 / 3, detail: '2 of 3 pages, 2 services listed', cancellable: true });
  });

  it('stays on step 1 with the reason when the feed is not ORUK', async () => {
    const w = wizardWith(async () => new Response('<!doctype html><p>Hello</p>', { headers: { 'content-type': 'text/html' } }));
    const r = await w.startFeed('Sample Feed Partner', 'https://feeds.example.org/');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/returned a web page \(HTML\), not ORUK JSON/);
    expect(w.step()).toBe('source');
    expect(w.busy()).toBeNull();
  });

  it('Cancel stops the read: no message, nothing read, still on step 1', async () => {
    const w = wizardWith(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const reading = w.startFeed('Sample Feed Partner', 'https://feeds.example.org/oruk');
    await Promise.resolve();
    expect(w.busy()?.cancellable).toBe(true);
    w.cancelRead();
    expect(await reading).toEqual({ ok: false, message: null });
    expect(w.step()).toBe('source');
    expect(w.source()).toBeNull();
    expect(w.busy()).toBeNull();
  });
});
