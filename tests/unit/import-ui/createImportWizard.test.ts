// The wizard's steps driven as the page drives them, on the real engine (runImport, planImport,
// the offline geocoder) with the shipped messy partner file; only the database is a stand-in,
// recording what the wizard asks of it.
import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitRow, ImportBatch, SavedMapping } from '../../../src/backend/api';
import { ApiError } from '../../../src/backend/transport';
import { createOfflineGeocoder } from '../../../src/domain/geocoder';
import { createImportWizard } from '../../../src/features/import/createImportWizard';
import type { WizardDeps } from '../../../src/features/import/wizardTypes';
import { LEAVE_OUT } from '../../../src/features/import/rows';
import type { ImportClient } from '../../../src/features/import/importClient';
import { importReportCsv } from '../../../src/features/import/importReport';
import { problemRows } from '../../../src/features/import/problemRows';
import { runImport } from '../../../src/features/import/runImport';

const fixture = (name: string) => new Blob([readFileSync(`tests/fixtures/import/${name}`)]);
const categories = (JSON.parse(readFileSync('data/categories.json', 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const geocoder = createOfflineGeocoder(readFileSync('data/postcodes.csv', 'utf8'));
const HOMEWORK_CLUB = '11111111-1111-4111-8111-111111111111';

const inProcessClient: ImportClient = {
  run: (input, options, onProgress) => runImport(input, options, onProgress),
  cancel() {},
  dispose() {},
};

function fakeDatabase(opts: { commitError?: string | Error; unchanged?: number[] } = {}) {
  const saved: SavedMapping[] = [];
  const batches: ImportBatch[] = [];
  const commits: { partner: string; file_name: string; rows: CommitRow[]; report: { row: number; reason: string }[] }[] = [];
  let writes = 0;
  const previews: CommitRow[][] = [];
  // The rows the database would leave unchanged: those of opts.unchanged the file imports.
  const same = (rows: CommitRow[]) => rows.filter((r) => (r.action === 'insert' || r.action === 'update') && opts.unchanged?.includes(r.row));
  const api: WizardDeps['api'] = {
    // The listings on the map the check runs against: the homework club at its own postcode, so
    // the file's row for it (same name, same place) is a possible duplicate.
    importListings: async () => {
      const at = (await geocoder.lookup('WN2 4BG'))!;
      return { listings: [[HOMEWORK_CLUB, 'Sample: Hindley Homework Club', at.lat, at.lng]], partner_ids: [] };
    },
    previewImport: async (_partner, _org, rows) => {
      previews.push(rows);
      return { unchanged: same(rows).map((r) => r.row!) };
    },
    commitImport: async (partner, file_name, _org, rows, report) => {
      if (opts.commitError) throw typeof opts.commitError === 'string' ? new Error(opts.commitError) : opts.commitError;
      commits.push({ partner, file_name, rows, report });
      const b: ImportBatch = {
        id: `b${batches.length + 1}`,
        partner,
        file_name,
        created_at: new Date().toISOString(),
        created_by: null,
        org_id: _org,
        inserted: rows.filter((r) => r.action === 'insert').length - same(rows).filter((r) => r.action === 'insert').length,
        updated: rows.filter((r) => r.action === 'update').length - same(rows).filter((r) => r.action === 'update').length,
        unchanged: same(rows).length,
        skipped: rows.filter((r) => r.action === 'skip').length,
        rejected: report.length,
        archived: rows.filter((r) => r.action === 'archive').length,
        undone_at: null,
        report,
      };
      batches.push(b);
      return b;
    },
    undoImport: async (id) => {
      const b = batches.find((x) => x.id === id)!;
      b.undone_at = new Date().toISOString();
      return b;
    },
    importBatches: async () => [...batches],
    savedMappings: async () => [...saved],
    saveMapping: async (partner, mapping, category_map) => {
      const s = { partner, mapping, category_map, updated_at: new Date().toISOString() };
      const i = saved.findIndex((x) => x.partner === partner);
      if (i >= 0) saved[i] = s;
      else saved.push(s);
      return s;
    },
  };
  return { api, saved, batches, commits, previews, written: () => writes, onWritten: () => writes++ };
}

// The wizard's derived values are memos, so it lives under a root as it does in the page.
const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

function wizardWith(db: ReturnType<typeof fakeDatabase>) {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return createImportWizard({ api: db.api, client: inProcessClient, categories: () => categories, geocoder: async () => geocoder, onWritten: db.onWritten });
  });
}

describe('the import wizard on the messy partner file', () => {
  it('reads the file, suggests a mapping, finds the unknown category and the renamed duplicate header', async () => {
    const w = wizardWith(fakeDatabase());
    expect(await w.start('Wigan Voluntary Network', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' })).toBe(true);
    expect(w.step()).toBe('mapping');
    expect(w.discovery()!.encoding).toBe('windows-1252');
    expect(w.mapping()).toMatchObject({ 'Service name': 'name', 'Post code': 'postcode', Tel: 'phone', 'Tel (2)': null });
    expect(w.otherIssues().map((i) => i.code)).toContain('duplicate_header');
    expect(w.unknownCategories().map((u) => u.value)).toEqual(['Knitting']);
    expect(w.mappingProblems()).toEqual([]);
  });

  it('checks the rows: counts, precise problems, the possible duplicate, and commits the decisions in one call', async () => {
    const db = fakeDatabase();
    const w = wizardWith(db);
    await w.start('Wigan Voluntary Network', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    await w.setField('Org name', null);
    expect(w.origins()['Org name']).toBe('you');
    w.setCategory('Knitting', 'arts-culture');
    expect(await w.check()).toBe(true);
    expect(w.step()).toBe('check');
    const counts = w.plan()!.counts;
    expect(counts).toMatchObject({ total: 16, duplicates: 1, unplaceable: 1 });
    expect(counts.new + counts.updated + counts.duplicates + counts.invalid + counts.unplaceable).toBe(16);
    const problems = problemRows(w.plan()!);
    const latitude = problems.find((p) => p.column === 'Lat' && p.outcome === 'not_imported')!;
    expect(latitude).toMatchObject({ row: 6, value: '153.54' });
    expect(latitude.message).toMatch(/outside -90 to 90/);
    expect(problems.find((p) => p.column === 'Post code' && p.value === 'WN1 1CA')!.message).toMatch(/last part "1CA"/);
    // Knitting was matched, so the knit group is imported with our category.
    expect(w.plan()!.planned.find((p) => p.asset.name === 'Sample Hindley Knit and Natter')!.asset.categories).toEqual(['arts-culture']);

    const dup = w.plan()!.planned.find((p) => p.status === 'duplicate')!;
    w.decide(dup.row, { action: 'update', target_id: HOMEWORK_CLUB });
    w.goTo('import');
    const preview = w.commitPreview()!;
    expect(preview.updates).toBe(1);
    expect(await w.commit()).toBe(true);
    expect(w.step()).toBe('done');
    expect(db.commits).toHaveLength(1);
    expect(db.commits[0].rows.find((r) => r.row === dup.row)).toMatchObject({ action: 'update', target_id: HOMEWORK_CLUB });
    expect(db.commits[0].report.map((r) => r.row)).toEqual(w.plan()!.rejected.map((r) => r.row));
    expect(db.written()).toBe(1);
    expect(w.batches()).toHaveLength(1);

    expect(await w.undo(w.batches()[0].id)).toBeNull();
    expect(w.batches()[0].undone_at).not.toBeNull();
    expect(db.written()).toBe(2);
  });

  it('counts apart, before the commit, the rows the database says would change nothing, as the batch counts them (issue 21)', async () => {
    const first = fakeDatabase();
    const probe = wizardWith(first);
    await probe.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    probe.setCategory('Knitting', 'arts-culture');
    await probe.check();
    const dup = probe.plan()!.planned.find((p) => p.status === 'duplicate')!.row;
    const inserted = probe.plan()!.planned.find((p) => p.status !== 'duplicate')!.row;

    const db = fakeDatabase({ unchanged: [dup, inserted] });
    const w = wizardWith(db);
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', 'arts-culture');
    await w.check();
    w.decide(dup, { action: 'update', target_id: HOMEWORK_CLUB });
    w.goTo('import');
    expect(w.commitPreview()!.unchangedState).toBe('asking');
    await new Promise((r) => setTimeout(r, 0));
    const preview = w.commitPreview()!;
    expect(preview).toMatchObject({ unchangedState: 'known', unchanged: 2, updates: 0 });
    expect([...preview.unchangedRows].sort((a, b) => a - b)).toEqual([dup, inserted].sort((a, b) => a - b));
    expect(db.previews.at(-1)).toEqual(preview.rows); // asked with the rows the commit sends

    const c = w.checked()!;
    const csv = importReportCsv(c.headers, c.mapping, w.plan()!, w.decisions(), { unchanged: preview.unchangedRows });
    expect(
      csv
        .split('\r\n')
        .filter((l) => l.split(',')[1] === 'Unchanged')
        .map((l) => Number(l.split(',')[0])),
    ).toEqual([dup, inserted].sort((a, b) => a - b));

    expect(await w.commit()).toBe(true);
    expect(w.committed()).toMatchObject({ inserted: preview.inserts, updated: preview.updates, unchanged: preview.unchanged });
  });

  it('never skips a possible duplicate unasked: it waits for the moderator, one by one or all at once (issue 21)', async () => {
    const db = fakeDatabase();
    const w = wizardWith(db);
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', LEAVE_OUT);
    await w.check();
    const dup = w.plan()!.planned.find((p) => p.status === 'duplicate')!.row;
    expect(w.undecided()).toEqual([dup]);
    expect(w.toImport()).toBe(false);
    expect(w.step()).toBe('check');
    expect(w.error()).toBe('Decide what to do with the possible duplicate still undecided: nothing is skipped unless you choose to skip it.');
    w.goTo('import');
    expect(await w.commit()).toBe(false);
    expect(db.commits).toHaveLength(0);
    w.decideUndecided('insert');
    expect(w.undecided()).toEqual([]);
    expect(w.error()).toBeNull();
    expect(w.commitPreview()).toMatchObject({ skips: 0, undecided: [] });
    expect(w.toImport()).toBe(true);
    expect(await w.commit()).toBe(true);
    expect(db.commits[0].rows.find((r) => r.row === dup)).toMatchObject({ action: 'insert' });
  });

  it('says nothing was imported, and why, when the database refuses the batch', async () => {
    const w = wizardWith(fakeDatabase({ commitError: 'Row 5: new row violates check constraint "assets_name_check"' }));
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', LEAVE_OUT);
    await w.check();
    w.decideUndecided('skip');
    w.goTo('import');
    expect(await w.commit()).toBe(false);
    expect(w.step()).toBe('import');
    expect(w.error()).toBe('Nothing was imported. Row 5: new row violates check constraint "assets_name_check"');
  });

  it('holds back the rows that would lose a value when the moderator chooses a strict import (issue 21)', async () => {
    const db = fakeDatabase();
    const w = wizardWith(db);
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', LEAVE_OUT);
    await w.check();
    w.decideUndecided('skip');
    w.goTo('import');
    const lenient = w.commitPreview()!;
    expect(lenient.losingValues).toBeGreaterThan(0);
    expect(lenient.heldBack).toBe(0);
    w.setStrict(true);
    const strict = w.commitPreview()!;
    expect(strict.heldBack).toBe(lenient.losingValues);
    expect(strict.inserts + strict.updates).toBe(lenient.inserts + lenient.updates - strict.heldBack);
    expect(await w.commit()).toBe(true);
    expect(db.commits[0].report.filter((r) => r.reason.startsWith('Held back to fix'))).toHaveLength(strict.heldBack);
    expect(db.batches[0].rejected).toBe(strict.rejected + strict.heldBack);
  });

  // Supabase stops any one signed-in request after 8 s; trying again would only fail again.
  it('says how to get a file in when the database stops the commit for taking too long', async () => {
    const w = wizardWith(fakeDatabase({ commitError: new ApiError('The database took too long to answer. Nothing was changed: try again in a moment.', '57014') }));
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', LEAVE_OUT);
    await w.check();
    w.decideUndecided('skip');
    w.goTo('import');
    const n = w.commitPreview()!.inserts;
    expect(await w.commit()).toBe(false);
    expect(w.error()).toBe(
      `Nothing was imported: the database stops any one request that runs for more than a few seconds, and writing these ${n} assets took longer. Import the file in parts of at most 10,000 rows.`,
    );
  });

  it('uses a saved mapping and category map for the partner’s next file', async () => {
    const db = fakeDatabase();
    const first = wizardWith(db);
    await first.refreshLists();
    await first.start('Wigan Voluntary Network', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    await first.setField('Tel (2)', 'description');
    first.setCategory('Knitting', 'arts-culture');
    expect(await first.saveMapping()).toBe(true);
    expect(first.savedMessage()).toMatch(/saved for Wigan Voluntary Network/);

    const next = wizardWith(db);
    await next.refreshLists();
    expect(next.knownPartners()).toEqual(['Wigan Voluntary Network']);
    await next.start('wigan voluntary network', { kind: 'file', file: fixture('messy-partner.csv'), name: 'again.csv' });
    expect(next.savedUsed()?.partner).toBe('Wigan Voluntary Network');
    expect(next.mapping()['Tel (2)']).toBe('description');
    expect(next.origins()['Tel (2)']).toBe('saved');
    expect(next.categoryMap()).toEqual({ Knitting: 'arts-culture' });
  });

  it('stays on the first step with a clear message for an empty file and a header-only file', async () => {
    const w = wizardWith(fakeDatabase());
    expect(await w.start('P', { kind: 'file', file: fixture('empty.csv'), name: 'empty.csv' })).toBe(false);
    expect(w.step()).toBe('source');
    expect(w.fatalIssues()[0].message).toMatch(/The file is empty/);
    expect(await w.start('P', { kind: 'file', file: fixture('header-only.csv'), name: 'header-only.csv' })).toBe(false);
    expect(w.fatalIssues()[0].message).toMatch(/header row \(3 columns: "Name", "Post code", "Category"\) but no data rows/);
  });

  // Issue 13 item 9: a quote left open near the end cost the whole file.
  it('lets the moderator import the rows before a quote that never closes, and leaves out the rows it swallowed', async () => {
    const db = fakeDatabase();
    const w = wizardWith(db);
    expect(await w.start('P', { kind: 'file', file: fixture('open-quote.csv'), name: 'open-quote.csv' })).toBe(true);
    expect(w.step()).toBe('mapping');
    expect(w.otherIssues().find((i) => i.code === 'unterminated_quote')!.message).toMatch(/^Row 4: a quote .* rows 5 to 6 were read into that cell/);
    expect(await w.check()).toBe(true);
    expect(w.plan()!.planned.map((p) => p.row)).toEqual([2, 3]);
    expect(w.plan()!.rejected.map((p) => p.row)).toEqual([4, 5, 6]);
    w.goTo('import');
    expect(await w.commit()).toBe(true);
    expect(db.commits[0].rows.map((r) => r.asset.name)).toEqual(['Sample Good One', 'Sample Good Two']);
    expect(db.commits[0].report.map((r) => r.row)).toEqual([4, 5, 6]);
  });

  // Issue 13 item 9: unmatched categories passed the mapping step, then every such row was rejected.
  it('stops at the mapping step while a partner category is not matched, listing each with its rows', async () => {
    const w = wizardWith(fakeDatabase());
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    expect(w.categoryProblems()).toEqual([
      {
        value: 'Knitting',
        count: 1,
        firstRow: 7,
        field: 'categories',
        message: 'Choose what the category “Knitting” (1 row) means: one of ours, ignore it, or leave those rows out.',
      },
    ]);
    expect(await w.check()).toBe(false);
    expect(w.step()).toBe('mapping');
    // Leaving its rows out is a choice too: they are then listed as not imported.
    w.setCategory('Knitting', LEAVE_OUT);
    expect(w.categoryProblems()).toEqual([]);
    expect(await w.check()).toBe(true);
    const knit = w.plan()!.rejected.find((p) => p.asset.name === 'Sample Hindley Knit and Natter')!;
    expect(knit.issues.map((i) => i.message)).toContain('Category "Knitting" was left unmatched, so this row is not imported.');
  });
});

describe('the downloadable report', () => {
  it('lists rejected, skipped and changed rows with reasons, and neutralises formula cells', async () => {
    const w = wizardWith(fakeDatabase());
    await w.start('P', { kind: 'file', file: fixture('messy-partner.csv'), name: 'messy-partner.csv' });
    w.setCategory('Knitting', LEAVE_OUT);
    await w.check();
    w.decide(w.plan()!.planned.find((p) => p.status === 'duplicate')!.row, { action: 'skip' });
    const c = w.checked()!;
    const csv = importReportCsv(c.headers, c.mapping, w.plan()!, w.decisions());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFRow,Status,Reason,' + c.headers.map((h) => (/[",]/.test(h) ? `"${h}"` : h)).join(','));
    const status = new Map(
      lines
        .slice(1)
        .filter(Boolean)
        .map((l) => [Number(l.split(',')[0]), l.split(',')[1]]),
    );
    const dup = w.plan()!.planned.find((p) => p.status === 'duplicate')!.row;
    const notImported = [...status].filter(([, s]) => s.startsWith('Not imported')).map(([r]) => r);
    expect(notImported).toEqual([...w.plan()!.rejected.map((r) => r.row), dup].sort((a, b) => a - b));
    const formulaRow = w.plan()!.planned.find((p) => p.asset.name.startsWith('=HYPERLINK'))!.row;
    expect(status.get(formulaRow)).toBe('Imported with changes');
    expect(csv).toMatch(/Skipped by the moderator: possible duplicate of ""?Sample: Hindley Homework Club/);
    expect(csv).toContain("'=HYPERLINK(");
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
