// The wizard as the page watches it: effects under a root see each step, the progress of a read,
// and derived values (problems, the commit preview, known partners) change as the moderator acts.
// The database is the real one (PGlite with every migration and the seed, as the moderator);
// the file is read in-process by the real engine.
import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { createEffect, createRoot, on } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/backend/api';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { createImportWizard } from '../../../src/features/import/createImportWizard';
import type { ImportClient } from '../../../src/features/import/importClient';
import { LEAVE_OUT } from '../../../src/features/import/rows';
import { runImport } from '../../../src/features/import/runImport';
import { createTestDb } from '../../sql/db';
import { rpc } from '../../sql/as';

const fixture = (name: string) => new Blob([readFileSync(`tests/fixtures/import/${name}`)]);
const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const inProcessClient: ImportClient = { run: (input, options, onProgress) => runImport(input, options, onProgress), cancel() {}, dispose() {} };

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

let dispose = () => {};
afterEach(() => dispose());

function watchedWizard() {
  const api = createApi({ mode: 'local', rpc: (fn, args) => rpc(db, 'moderator', fn, args), auth: {} as never });
  let written = 0;
  const seen = { steps: [] as string[], busy: [] as string[], problems: [] as number[], partners: [] as string[][] };
  const w = createRoot((d) => {
    dispose = d;
    const w = createImportWizard({ api, client: inProcessClient, categories: () => categories, geocoder: async () => geocoder, onWritten: () => written++ });
    createEffect(on(w.step, (s) => seen.steps.push(s)));
    createEffect(() => {
      const b = w.busy();
      if (b && seen.busy.at(-1) !== b.label) seen.busy.push(b.label);
    });
    createEffect(() => seen.problems.push(w.categoryProblems().length));
    createEffect(() => seen.partners.push(w.knownPartners()));
    return w;
  });
  return { w, seen, written: () => written };
}

describe('the import wizard, watched as the page watches it', () => {
  it('shows each step and what it is busy with, from the file to the committed batch and back', async () => {
    const { w, seen, written } = watchedWizard();
    await w.refreshLists();
    expect(await w.start('Reactive Partner', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' })).toBe(true);
    expect(seen.busy).toEqual(['Reading the file']);
    expect(w.busy()).toBeNull();
    // The unknown category is a problem until the moderator decides about it.
    expect(seen.problems).toEqual([0, 1]);
    w.setCategory('Knitting', LEAVE_OUT);
    expect(seen.problems).toEqual([0, 1, 0]);

    expect(await w.check()).toBe(true);
    expect(seen.busy.slice(1)).toEqual(['Checking every row', 'Placing rows by postcode', 'Looking for assets already on the map']);
    w.decideUndecided('insert');
    expect(w.toImport()).toBe(true);
    const lenient = w.commitPreview()!;
    w.setStrict(true);
    expect(w.commitPreview()!.heldBack).toBe(lenient.losingValues);
    expect(w.commitPreview()!.inserts).toBe(lenient.inserts - lenient.losingValues);

    expect(await w.commit()).toBe(true);
    expect(seen.steps).toEqual(['source', 'mapping', 'check', 'import', 'done']);
    expect(w.committed()).toMatchObject({ partner: 'Reactive Partner', file_name: 'messy-partner.csv', inserted: w.commitPreview()!.inserts });
    expect(written()).toBe(1);
    expect(seen.partners.at(-1)).toContain('Reactive Partner');
    const published = await rpc<{ features: { properties: { name: string } }[] }>(db, 'resident', 'published_assets');
    expect(published.features.some((f) => f.properties.name === 'Sample Hindley Knit and Natter')).toBe(false); // left out

    expect(await w.undo(w.committed()!.id)).toBeNull();
    expect(w.batches().find((b) => b.id === w.committed()!.id)?.undone_at).not.toBeNull();
    w.restart();
    expect(seen.steps.at(-1)).toBe('source');
    expect(w.plan()).toBeNull();
    expect(w.commitPreview()).toBeNull();
    expect(w.partner()).toBe('Reactive Partner'); // offered again for the next file
  });

  it('knows on step 4 which rows of a second file would change nothing, and the batch counts the same (issue 21)', async () => {
    const { w } = watchedWizard();
    const importFile = async (name: string) => {
      await w.refreshLists();
      await w.start('Unchanged Partner', { kind: 'file', file: fixture('messy-partner.csv'), name });
      w.setCategory('Knitting', LEAVE_OUT);
      expect(await w.check()).toBe(true);
      w.decideUndecided('insert');
      w.goTo('import');
      await expect.poll(() => w.commitPreview()!.unchangedState).toBe('known');
      const preview = w.commitPreview()!;
      expect(await w.commit()).toBe(true);
      expect(w.committed()).toMatchObject({ inserted: preview.inserts, updated: preview.updates, unchanged: preview.unchanged });
      return preview;
    };
    const first = await importFile('first.csv');
    expect(first.unchanged).toBe(0);
    w.restart();
    const again = await importFile('again.csv');
    expect(again.unchanged).toBeGreaterThan(0);
    expect(again.updates).toBe(0);
  });

  it('reads the file again when the categories column changes, and the problems follow', async () => {
    const { w, seen } = watchedWizard();
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    const categoryColumn = Object.entries(w.mapping()).find(([, f]) => f === 'categories')![0];
    await w.setField(categoryColumn, null);
    expect(seen.busy.at(-1)).toBe('Finding the categories in the new column');
    expect(w.categoryProblems()).toEqual([]);
    await w.setField(categoryColumn, 'categories');
    expect(w.categoryProblems().map((p) => p.value)).toEqual(['Knitting']);
    expect(seen.problems).toEqual([0, 1, 0, 1]);
  });

  it('remembers the mapping saved in the database for the partner’s next file', async () => {
    const first = watchedWizard();
    await first.w.start('Saved Partner', { kind: 'file', file: fixture('messy-partner.csv'), name: 'a.csv' });
    first.w.setCategory('Knitting', 'arts-culture');
    expect(await first.w.saveMapping()).toBe(true);
    dispose();
    const next = watchedWizard();
    await next.w.refreshLists();
    expect(next.w.knownPartners()).toContain('Saved Partner');
    await next.w.start('saved partner', { kind: 'file', file: fixture('messy-partner.csv'), name: 'b.csv' });
    expect(next.w.savedUsed()?.partner).toBe('Saved Partner');
    expect(next.w.categoryMap()).toEqual({ Knitting: 'arts-culture' });
    expect(next.seen.problems.at(-1)).toBe(0);
  });
});
