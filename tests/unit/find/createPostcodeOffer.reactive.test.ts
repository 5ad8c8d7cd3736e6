// A postcode typed into Search is offered as a place ("Search near WN2 3AA") once looked up in the
// shipped postcode table (served by a stand-in fetch), and the offer goes when the postcode does.
import { readFileSync } from 'node:fs';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPostcodeOffer } from '../../../src/features/find/createPostcodeOffer';
import { settle } from './reactiveFixtures';

const table = readFileSync('data/postcodes.csv', 'utf8');
let serve: () => Response = () => new Response(table);
const asked: string[] = [];
let dispose = () => {};

function offerFor(initial: string) {
  const [query, setQuery] = createSignal(initial);
  const offer = createRoot((d) => {
    dispose = d;
    return createPostcodeOffer(query);
  });
  return { ...offer, setQuery };
}

/** Waits for the table to load and be read (the first lookup parses 7k rows). */
const looked = async () => {
  for (let i = 0; i < 5; i++) await settle();
};

beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(String(url));
    return serve();
  });
});
afterEach(() => {
  dispose();
  vi.unstubAllGlobals();
  serve = () => new Response(table);
});

describe('createPostcodeOffer', () => {
  // First, while the table has never loaded: a failed load is not kept, the next try loads it.
  it('says the lookup failed when the postcode table cannot be loaded, and searches the other words', async () => {
    serve = () => new Response('', { status: 503 });
    const o = offerFor('food bank WN2 3AA');
    await looked();
    expect(o.place()).toMatchObject({ status: 'failed', code: 'WN2 3AA' });
    expect((o.place() as { message: string }).message).toMatch(/503/);
    expect(o.words()).toBe('food bank');
  });

  it('offers nothing for words without a postcode', async () => {
    const o = offerFor('food bank');
    await looked();
    expect(o.inQuery()).toBeNull();
    expect(o.place()).toBeNull();
    expect(o.words()).toBe('food bank');
    expect(asked).toEqual([]); // the table is fetched only when a postcode is typed
  });

  it('looks a typed postcode up, offers the place, and drops the offer when the postcode is deleted', async () => {
    const o = offerFor('food bank');
    o.setQuery('food bank WN2 3AA');
    expect(o.place()).toEqual({ status: 'looking', code: 'WN2 3AA' });
    expect(o.words()).toBe('food bank');
    await looked();
    expect(o.place()).toMatchObject({ status: 'found', code: 'WN2 3AA', point: { lat: 53.534607, lng: -2.578929 } });
    o.setQuery('food bank');
    expect(o.place()).toBeNull();
    expect(o.words()).toBe('food bank');
  });

  it('does not look again while only the other words change', async () => {
    const o = offerFor('WN2 3AA food');
    await looked();
    const place = o.place();
    o.setQuery('WN2 3AA food bank');
    expect(o.place()).toBe(place);
    expect(o.words()).toBe('food bank');
  });

  it('drops an answer for a postcode no longer in the box', async () => {
    const o = offerFor('WN2 3AA');
    o.setQuery('WN2 3AB');
    await looked();
    expect(o.place()).toMatchObject({ status: 'found', code: 'WN2 3AB', point: { lat: 53.534996 } });
    o.setQuery('WN2 3AA');
    o.setQuery('youth club');
    await looked();
    expect(o.place()).toBeNull();
  });

  it('says a postcode is not known, and searches the other words', async () => {
    const o = offerFor('youth WN9 9ZZ');
    await looked();
    expect(o.place()).toEqual({ status: 'unknown', code: 'WN9 9ZZ' });
    expect(o.words()).toBe('youth');
  });

  it('searches a district the table does not know as text after all', async () => {
    const o = offerFor('A1B');
    expect(o.inQuery()).toMatchObject({ kind: 'district', code: 'A1B' });
    await looked();
    expect(o.place()).toEqual({ status: 'unknown', code: 'A1B' });
    expect(o.words()).toBe('A1B');
  });

  it('places a district it knows', async () => {
    const o = offerFor('WN2');
    await looked();
    expect(o.place()).toMatchObject({ status: 'found', code: 'WN2' });
    expect(o.words()).toBe('');
  });
});
