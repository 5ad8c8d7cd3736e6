import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainGeocoders, createOfflineGeocoder, createPostcodesIoGeocoder, type FetchLike, type Geocoder } from '../../../src/domain/geocoder';

const table = readFileSync(join(__dirname, '../../../data/postcodes.csv'), 'utf8');

describe('offline geocoder over data/postcodes.csv', () => {
  const g = createOfflineGeocoder(table);

  it('loads every Wigan postcode', () => {
    expect(g.size).toBe(7624);
  });

  it('finds a postcode however it is typed', async () => {
    expect(await g.lookup('WN1 1AA')).toEqual({ lat: 53.546959, lng: -2.635089 });
    expect(await g.lookup(' wn11aa ')).toEqual({ lat: 53.546959, lng: -2.635089 });
  });

  it('returns null for unknown or malformed postcodes', async () => {
    expect(await g.lookup('WN1 9ZZ')).toBeNull();
    expect(await g.lookup('nonsense')).toBeNull();
  });

  it('answers a batch keyed by the postcodes as given', async () => {
    const m = await g.lookupMany(['wn1 1aa', 'WN1 1AA', 'WN1 9ZZ']);
    expect([...m.keys()]).toEqual(['wn1 1aa', 'WN1 1AA', 'WN1 9ZZ']);
    expect(m.get('wn1 1aa')).toEqual({ lat: 53.546959, lng: -2.635089 });
    expect(m.get('WN1 9ZZ')).toBeNull();
  });
});

/** A stand-in for postcodes.io's POST /postcodes that records each request. */
function fakePostcodesIo(known: Record<string, [number, number]>, status = 200) {
  const requests: string[][] = [];
  const fetch: FetchLike = async (url, init) => {
    expect(url).toBe('https://api.postcodes.io/postcodes');
    expect(init.method).toBe('POST');
    const { postcodes } = JSON.parse(init.body) as { postcodes: string[] };
    requests.push(postcodes);
    return {
      ok: status === 200,
      status,
      json: async () => ({
        status,
        result: postcodes.map((q) => ({ query: q, result: known[q] ? { postcode: q, latitude: known[q][0], longitude: known[q][1] } : null })),
      }),
    };
  };
  return { fetch, requests };
}

describe('postcodes.io geocoder', () => {
  it('sends distinct valid postcodes in batches of at most 100', async () => {
    const known: Record<string, [number, number]> = {};
    const postcodes: string[] = [];
    for (let i = 0; i < 250; i++) {
      const pc = `M${1 + (i % 99)} ${1 + Math.floor(i / 99)}AA`;
      known[pc] = [53 + i / 1000, -2];
      postcodes.push(pc, pc.toLowerCase());
    }
    const { fetch, requests } = fakePostcodesIo(known);
    const g = createPostcodesIoGeocoder(fetch);
    const m = await g.lookupMany([...postcodes, 'not a postcode']);
    expect(requests.map((r) => r.length)).toEqual([100, 100, 50]);
    expect(m.get('m1 1aa')).toEqual({ lat: 53, lng: -2 });
    expect(m.get('not a postcode')).toBeNull();
  });

  it('rejects when the service fails, naming the status', async () => {
    const g = createPostcodesIoGeocoder(fakePostcodesIo({}, 503).fetch);
    await expect(g.lookup('WN1 1AA')).rejects.toThrow(/postcodes.io answered 503/);
  });
});

describe('chainGeocoders', () => {
  const offline = createOfflineGeocoder(table);

  it('asks the next geocoder only for what the first could not place', async () => {
    const { fetch, requests } = fakePostcodesIo({ 'WN1 9ZZ': [53.5, -2.6] });
    const g = chainGeocoders(offline, createPostcodesIoGeocoder(fetch));
    const m = await g.lookupMany(['WN1 1AA', 'wn1 9zz', 'WN1 9ZY']);
    expect(requests).toEqual([['WN1 9ZZ', 'WN1 9ZY']]);
    expect(m.get('WN1 1AA')).toEqual({ lat: 53.546959, lng: -2.635089 });
    expect(m.get('wn1 9zz')).toEqual({ lat: 53.5, lng: -2.6 });
    expect(m.get('WN1 9ZY')).toBeNull();
  });

  it('keeps going when one geocoder fails (offline), reporting the error', async () => {
    const broken: Geocoder = {
      lookup: async () => null,
      lookupMany: async () => {
        throw new Error('offline');
      },
    };
    const errors: unknown[] = [];
    const g = chainGeocoders(broken, offline, { onError: (e) => errors.push(e) });
    expect(await g.lookup('WN1 1AA')).toEqual({ lat: 53.546959, lng: -2.635089 });
    expect(String(errors[0])).toMatch(/offline/);
  });
});
