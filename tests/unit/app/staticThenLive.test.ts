// The one way residents' data is read (src/app/createStaticThenLive.ts): the file at once, the
// live API instead when there is no file, and after it only where the mode asks for it.
import '../ui/windowForRouter';
import { describe, expect, it } from 'vitest';
import { makeStaticThenLive, type Shown, type StaticThenLiveOptions } from '../../../src/app/createStaticThenLive';
import { publishedFileUrl } from '../../../src/app/PublishedProvider';

/** Runs a read to the end and returns every state it showed, in order. */
async function run<T>(o: StaticThenLiveOptions<T>) {
  const seen: Shown<T>[] = [];
  const read = makeStaticThenLive(o, (s) => seen.push(s));
  await read.done;
  return { seen, read };
}

const deferred = () => {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return { gate, open };
};

describe('static then live', () => {
  it('shows the file, then the live answer once the page allows it (local mode)', async () => {
    const idle = deferred();
    let liveAsked = false;
    const seen: Shown<string>[] = [];
    const read = makeStaticThenLive<string>(
      {
        readFile: async () => 'file',
        readLive: async () => ((liveAsked = true), 'live'),
        liveAfterFile: () => idle.gate,
      },
      (s) => seen.push(s),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.map((s) => s.source)).toEqual(['static']);
    expect(liveAsked).toBe(false); // nothing asks the database before the page is idle
    idle.open();
    await read.done;
    expect(seen.map((s) => [s.source, s.value])).toEqual([
      ['static', 'file'],
      ['live', 'live'],
    ]);
  });

  it('never asks live after a good file when the file is kept current (Supabase mode)', async () => {
    let asked = 0;
    const { seen } = await run<string>({ readFile: async () => 'file', readLive: async () => (asked++, 'live'), liveAfterFile: false });
    expect(seen.map((s) => s.source)).toEqual(['static']);
    expect(asked).toBe(0);
  });

  it('reads live at once when there is no file yet, or the file fails', async () => {
    for (const readFile of [async () => null, async () => Promise.reject(new Error('offline'))]) {
      const { seen } = await run<string>({ readFile, readLive: async () => 'live', liveAfterFile: false });
      expect(seen.map((s) => [s.source, s.value])).toEqual([['live', 'live']]);
    }
  });

  it('says why when neither the file nor the live read gives anything', async () => {
    const { seen } = await run<string>({
      readFile: async () => null,
      readLive: async () => Promise.reject(new Error('The local database could not start.')),
      liveAfterFile: false,
    });
    expect(seen).toEqual([{ value: undefined, source: 'loading', error: 'The local database could not start.' }]);
  });

  it('keeps the file on screen when the live read fails after it', async () => {
    const { seen } = await run<string>({ readFile: async () => 'file', readLive: async () => Promise.reject(new Error('down')), liveAfterFile: async () => {} });
    expect(seen).toEqual([{ value: 'file', source: 'static', error: null }]);
  });

  it('lets merge keep what is shown, and a refresh after a write ask again', async () => {
    let n = 0;
    const { seen, read } = await run<string>({
      readFile: async () => 'file',
      readLive: async () => `live ${++n}`,
      liveAfterFile: async () => {},
      merge: (live, shown) => (live === 'live 1' ? null : `${shown} + ${live}`),
    });
    expect(seen.map((s) => s.value)).toEqual(['file']); // merge kept the file
    await read.refresh();
    expect(seen.map((s) => s.value)).toEqual(['file', 'file + live 2']);
  });

  it('shows only the newest of two live reads that answer out of order', async () => {
    const slow = deferred();
    const answers = [async () => (await slow.gate, 'old'), async () => 'new'];
    let i = 0;
    const seen: Shown<string>[] = [];
    const read = makeStaticThenLive<string>({ readFile: async () => null, readLive: () => answers[i++](), liveAfterFile: false }, (s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 0)); // the first read (no file) is under way
    await read.refresh();
    slow.open();
    await read.done;
    expect(seen.map((s) => s.value)).toEqual(['new']);
  });
});

describe('where the published file is read from', () => {
  it('is the build’s own file in local mode', () => {
    expect(publishedFileUrl('local', {})).toBe('/generated/published.json');
  });
  it('is the Storage object in Supabase mode, never the build’s sample', () => {
    expect(publishedFileUrl('supabase', { VITE_SUPABASE_URL: 'https://abc.supabase.co/' })).toBe(
      'https://abc.supabase.co/storage/v1/object/public/published/published.json',
    );
  });
  it('is VITE_PUBLISHED_URL when set (a CDN in front of Storage)', () => {
    expect(publishedFileUrl('supabase', { VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_PUBLISHED_URL: 'https://cdn.example.org/published.json' })).toBe(
      'https://cdn.example.org/published.json',
    );
  });
});
