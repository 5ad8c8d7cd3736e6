// createStaticThenLive in signals (src/app/createStaticThenLive.ts): the file, then the live
// answer, and live again each time a write revalidates its key, and only its key.
import '../ui/windowForRouter';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { revalidateAll, written } from '../../../src/app/data/liveData';
import { createStaticThenLive, type StaticThenLive, type StaticThenLiveOptions } from '../../../src/app/createStaticThenLive';

// Long enough for a revalidation asked again a millisecond later (liveData.ts).
const tick = () => new Promise((r) => setTimeout(r, 5));

let dispose = () => {};
afterEach(() => dispose());

function published(o: Omit<StaticThenLiveOptions<string>, 'readFile'> & { readFile?: () => Promise<string | null> }): StaticThenLive<string> {
  return createRoot((d) => {
    dispose = d;
    return createStaticThenLive<string>({ readFile: async () => 'file', ...o, key: 'published' });
  });
}

describe('createStaticThenLive', () => {
  it('shows the file, then the live answer, and asks live again when its key is revalidated', async () => {
    let asked = 0;
    const read = published({ readLive: async () => `live ${++asked}`, liveAfterFile: async () => {} });
    expect(read.source()).toBe('loading');
    await tick();
    expect([read.source(), read.value()]).toEqual(['live', 'live 1']);

    await written('areas'); // not what it reads
    await tick();
    expect(asked).toBe(1);

    await written('listing'); // a listing write changes what is published
    await tick();
    expect([read.source(), read.value()]).toEqual(['live', 'live 2']);
    await revalidateAll();
    await tick();
    expect(read.value()).toBe('live 3');
  });

  it('shows the file on its own until a write, then asks live (the file is kept current elsewhere)', async () => {
    let asked = 0;
    const read = published({ readLive: async () => `live ${++asked}`, liveAfterFile: false });
    await tick();
    expect([read.source(), read.value(), asked]).toEqual(['static', 'file', 0]);
    await written('imports');
    await tick();
    expect([read.source(), read.value()]).toEqual(['live', 'live 1']);
  });

  it('keeps the newer answer when an older live read answers last', async () => {
    const answers: ((v: string) => void)[] = [];
    const read = published({ readFile: async () => null, readLive: () => new Promise((r) => answers.push(r)), liveAfterFile: false });
    await tick();
    expect(answers).toHaveLength(1); // no file: live at once
    void written('listing');
    expect(answers).toHaveLength(2);
    answers[1]('newer');
    await tick();
    answers[0]('older');
    await tick();
    expect(read.value()).toBe('newer');
  });

  it('stops listening once its owner is gone', async () => {
    let asked = 0;
    published({ readLive: async () => `live ${++asked}`, liveAfterFile: async () => {} });
    await tick();
    dispose();
    await written('listing');
    await tick();
    expect(asked).toBe(1);
  });
});
