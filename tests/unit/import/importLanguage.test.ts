// The import's words come from its dictionary (src/features/import/i18n/en.ts): the problems of a
// file, of its mapping and of its rows, and the progress the page shows. In the pseudo-locale
// every message that came through a dictionary is wrapped in direction marks, so one written
// into a module fails here. The worker cannot read the page's language, so the page sends it.
import { afterEach, describe, expect, it } from 'vitest';
import { createImportClient, type WorkerLike } from '../../../src/features/import/importClient';
import type { ImportRequest, ImportResponse } from '../../../src/features/import/importProtocol';
import { interruptedCommitText } from '../../../src/features/import/interruptedCommit';
import type { Mapping } from '../../../src/features/import/fields';
import { checkMapping, suggestMapping } from '../../../src/features/import/mapping';
import { runImport } from '../../../src/features/import/runImport';
import { setLocale } from '../../../src/i18n';
import { StandInWorker } from '../fixtures/standInWorker';
import { categories } from './helpers';

const RLO = '\u202e';
const TODAY = new Date(2026, 11, 2);

/** A file with a problem in nearly every column, and a title line, an empty and a repeated header. */
const MESSY = [
  'Partner list',
  '',
  'id,name,kind,categories,subcategory,lat,lng,postcode,phone,email,website,opening_hours,free,cost,age_groups,min_age,max_age,accessibility,languages,last_checked,description,,name',
  '1,=SUM(A1),wizard,Health;Nonsense,Foo bar,53.5,,WN1 1AA,abc,nope,ftp:x,Mo-Fr 9-5,maybe,£2,toddlers,5,200,ramps,Klingon,2030-01-01,<b>x</b>,,dup',
  '2,Swap,group,Health,,-2.6,53.5,,01942 000000,a@b.org,example.org,Mo 9:00-5:00,no,,,,,,,banana,d,,',
  '3,Far,service,Health,,40,10,WN1,,,,,,,,,,,,,,,',
  '4,Nowhere,service,Health',
  '5,Extra,service,,,,,ZZ9,,,,,,,,,,,,,,,,x,y',
  '6,"open quote,Health,WN1 1AA',
  '7,next,,Health,,,,WN1 1AA',
].join('\n');

afterEach(() => setLocale('en-GB', { remember: false }));

describe('the import’s words', () => {
  it('come from the dictionary: every problem of a file and its rows', async () => {
    const english = await runImport(MESSY, { categories, today: TODAY });
    await setLocale('en-XB', { remember: false });
    const r = await runImport(MESSY, { categories, today: TODAY });
    const messages = [...r.fileIssues.map((i) => i.message), ...r.rows.flatMap((row) => (row.issues ?? []).map((i) => i.message))];
    // The same problems are found in both languages; only their words differ.
    expect(messages.length).toBe(english.fileIssues.length + english.rows.reduce((n, row) => n + (row.issues?.length ?? 0), 0));
    expect(new Set(r.rows.flatMap((row) => (row.issues ?? []).map((i) => i.code))).size).toBeGreaterThan(15);
    expect(messages.filter((m) => !m.startsWith(RLO))).toEqual([]);
  });

  it('come from the dictionary: the mapping’s problems, an ORUK file’s and the page’s notices', async () => {
    await setLocale('en-XB', { remember: false });
    const notes = suggestMapping(['Name', 'Name of service', 'Latitude', 'lat']).columns.flatMap((c) => (c.note ? [c.note] : []));
    const mappings: Mapping[] = [{}, { a: 'lat' }, { a: 'schedule_opens', b: 'name' }, { a: 'name', b: 'name' }];
    const problems = mappings.flatMap((m) => checkMapping(m).map((p) => p.message));
    const oruk = await runImport('[{"id":"a","name":"A","service_at_locations":[{"location":{}},{"location":{}}]}, 3]', { categories });
    const notOruk = await runImport('{"service":{},"location":{}}', { categories });
    const pending = { partner: 'NHS', file_name: 'a.csv', rows: 3, started_at: new Date().toISOString() };
    const words = [
      ...notes,
      ...problems,
      ...oruk.rows.flatMap((row) => (row.issues ?? []).map((i) => i.message)),
      ...notOruk.fileIssues.map((i) => i.message),
      interruptedCommitText({ kind: 'absent', pending }),
    ];
    expect(notes.length).toBeGreaterThan(0);
    expect(oruk.rows.some((row) => row.issues?.some((i) => i.code === 'oruk'))).toBe(true);
    expect(notOruk.fileIssues).toHaveLength(1);
    expect(problems.length).toBeGreaterThan(3);
    expect(words.filter((m) => !m.startsWith(RLO))).toEqual([]);
  });

  it('are in the page’s language: the client sends it to the worker', async () => {
    const worker = new StandInWorker<ImportRequest, ImportResponse>();
    const client = createImportClient(() => worker as unknown as WorkerLike);
    void client.run('name\nA\n', { categories }).catch(() => {});
    await setLocale('pl', { remember: false });
    void client.run('name\nB\n', { categories }).catch(() => {});
    expect(worker.received.map((m) => m.options.locale)).toEqual(['en-GB', 'pl']);
    client.dispose();
  });
});
