// The coverage page's two build files load as resources: the postcode points people are placed
// at and the town names gaps are named after. Fetch is a stand-in serving the shipped postcode
// table; either file may fail, and the page then says so or does without.
import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlanData } from '../../../src/features/plan/planData';

const postcodes = readFileSync('data/postcodes.csv', 'utf8');
const rows = postcodes.trim().split('\n').length - 1;
const boundaries = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { kind: 'town', name: 'Hindley' }, geometry: { type: 'Point', coordinates: [-2.58, 53.53] } },
    { type: 'Feature', properties: { kind: 'borough' }, geometry: { type: 'Polygon', coordinates: [] } },
  ],
};
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
let dispose = () => {};
afterEach(() => {
  dispose();
  vi.unstubAllGlobals();
});

function dataServedBy(serve: Record<string, () => Response>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const file = Object.keys(serve).find((f) => url.endsWith(f));
    return file ? serve[file]() : new Response('', { status: 404 });
  });
  const data = createRoot((d) => {
    dispose = d;
    return createPlanData();
  });
  return { ...data, asked };
}

describe('createPlanData', () => {
  it('is loading, then holds every postcode point and the town names', async () => {
    const d = dataServedBy({
      'generated/postcodes.csv': () => new Response(postcodes),
      'generated/boundaries.json': () => Response.json(boundaries),
    });
    expect(d.homes()).toBeUndefined();
    expect(d.places()).toEqual([]);
    await settle();
    expect(d.homes()).toBeInstanceOf(Float64Array);
    expect(d.homes()!.length).toBe(rows * 2);
    expect(d.homesError()).toBeNull();
    expect(d.places()).toEqual([{ name: 'Hindley', lng: -2.58, lat: 53.53 }]);
    expect(d.asked).toEqual(['/generated/postcodes.csv', '/generated/boundaries.json']);
  });

  it('says why the postcode file could not be read, and does without town names', async () => {
    const d = dataServedBy({ 'generated/postcodes.csv': () => new Response('', { status: 500 }) });
    await settle();
    expect(d.homes()).toBeNull();
    expect(d.homesError()).toBe('the server answered 500');
    expect(d.places()).toEqual([]);
  });

  it('names a postcode file without coordinates', async () => {
    const d = dataServedBy({ 'generated/postcodes.csv': () => new Response('postcode,ward\nWN1 1AA,x\n') });
    await settle();
    expect(d.homes()).toBeNull();
    expect(d.homesError()).toMatch(/no lat and lng columns/);
  });
});
